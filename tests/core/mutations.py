"""Seeded random mutations of valid documents, as file text: numbers at their bounds and
beyond, NaN and Infinity, integers too long for Python, wrong types, keys given twice,
deleted and unknown fields, duplicated and removed beats.

Plain ``random`` with a seed per case (not hypothesis), so 1,000 cases run in seconds and
a failure names the seed that reproduces it: ``mutated_text(seed)``.
"""
from __future__ import annotations

import copy
import json
import random

from beatboard.core.fileio import dumps
from beatboard.core.model import (MAX_COORD, Beat, Emotion, Episode, FrameRect, Framing, Link,
                                  Panel, Point, Project, Series, Thread)

from .samples import sample_data

HUGE_DIGITS = "9" * 4500
_HUGE = "\u0000huge"  # placeholders swapped into the text after json.dumps
_DUP = "\u0000dup"

BOUNDARY_NUMBERS = [
    MAX_COORD, -MAX_COORD, MAX_COORD + 0.5, -MAX_COORD - 1, 1e20, -1e20, 1e308, -1e308,
    5e-324, 0, -0.0, 0.1, 0.0999, 1, 5, 6, 600, 600.001, 9999, 10000, 10001, 2 ** 31,
    2 ** 53 + 1, 2 ** 63, 10 ** 30, -1, float("nan"), float("inf"), float("-inf"), _HUGE,
]
WRONG_TYPES = [True, False, None, "3", "", "NaN", [], {}, [1, 2], {"x": 1}, "x" * 300]


def _edge_document() -> dict:
    """An episode whose cards already sit at the position and duration bounds."""
    framing = Framing(start=FrameRect(x=-1.0, y=-1.0, w=3.0, h=3.0),
                      end=FrameRect(x=2.0, y=2.0, w=0.01, h=0.01))
    panels = [Panel(id="x1-p1", duration_s=0.05, framing=framing),
              Panel(id="x1-p2", duration_s=600, caption="Hold.")]
    beats = [Beat(id="x1", pos=Point(x=MAX_COORD, y=-MAX_COORD), duration_s=0.1,
                  emotion=Emotion(tag="suspense", intensity=5), panels=panels),
             Beat(id="x2", pos=Point(x=-MAX_COORD, y=MAX_COORD), duration_s=600, kind="hook"),
             Beat(id="x3", dialogue="CEO: " + "word " * 3000)]
    links = [Link(**{"from": "x1", "to": "x2"}), Link(**{"from": "x2", "to": "x3"}),
             Link(**{"from": "x1", "to": "x3", "kind": "variant"})]
    project = Project(series=Series(title="Edge", paywall_after="e1"),
                      episodes=[Episode(id="e1", number=10000, beats=beats, links=links)],
                      threads=[Thread(id="t1", label="The bracelet", setup="x1", payoff="x3")])
    return json.loads(dumps(project))


def _version_1(doc: dict) -> dict:
    """The same document as format version 1 wrote it (a beat's image, no panels), so
    mutations also go through the migration."""
    doc = copy.deepcopy(doc)
    doc["format_version"] = 1
    doc.pop("threads", None)
    for ep in doc["episodes"]:
        for beat in ep["beats"]:
            image = beat.pop("panels", [{}])[0].get("image")
            if image:
                beat["image"] = image
    return doc


BASES = [sample_data(), _edge_document(), _version_1(sample_data())]


def _places(node, prefix=()):
    """(container path, key) for every value, and the paths of every object."""
    values, objects = [], []
    if isinstance(node, dict):
        objects.append(prefix)
        items = node.items()
    elif isinstance(node, list):
        items = enumerate(node)
    else:
        return values, objects
    for k, v in items:
        if k == _DUP:
            continue  # a planted repeated key stays as planted
        values.append((prefix, k))
        sub_values, sub_objects = _places(v, prefix + (k,))
        values += sub_values
        objects += sub_objects
    return values, objects


def _at(doc, path):
    for k in path:
        doc = doc[k]
    return doc


def _mutate(doc: dict, rng: random.Random) -> str:
    values, objects = _places(doc)
    action = rng.choice(["bound", "bound", "bound", "wrong type", "delete", "extra",
                         "duplicate key", "copy beat", "drop beat", "swap"])
    numeric = [(p, k) for p, k in values
               if type(_at(doc, p)[k]) in (int, float) or _at(doc, p)[k] is None]
    if action == "bound" and numeric and rng.random() < 0.8:
        prefix, key = rng.choice(numeric)  # mostly numbers: where bounds matter
    else:
        prefix, key = rng.choice(values)
    parent = _at(doc, prefix)
    if action == "bound":
        parent[key] = rng.choice(BOUNDARY_NUMBERS)
    elif action == "wrong type":
        parent[key] = copy.deepcopy(rng.choice(WRONG_TYPES))
    elif action == "delete":
        del parent[key]
    elif action == "extra":
        obj = _at(doc, rng.choice(objects))
        obj[rng.choice(["extra", "Title", "pos_x", "from_"])] = rng.choice(BOUNDARY_NUMBERS)
    elif action == "duplicate key":
        obj = _at(doc, rng.choice(objects))
        if obj:
            value = rng.choice([v for v in BOUNDARY_NUMBERS if v is not _HUGE] + WRONG_TYPES)
            obj[_DUP] = (rng.choice(list(obj)), value)
    elif action in ("copy beat", "drop beat"):
        episodes = doc.get("episodes")
        beats = [b for ep in (episodes if isinstance(episodes, list) else [])
                 if isinstance(ep, dict) for b in [ep.get("beats")] if isinstance(b, list) and b]
        if beats:
            chosen = rng.choice(beats)
            if action == "copy beat":  # with its id (refused) or a fresh one (a valid copy)
                twin = copy.deepcopy(rng.choice(chosen))
                if isinstance(twin, dict) and rng.random() < 0.5:
                    twin["id"] = f"copy{rng.randrange(10 ** 6)}"
                chosen.append(twin)
            else:
                chosen.pop(rng.randrange(len(chosen)))
    else:  # the same value, another type
        current = parent[key]
        swapped = {list: lambda v: dict(enumerate(v)), dict: lambda v: list(v.values()),
                   str: len, int: str, float: str, bool: int}
        parent[key] = swapped.get(type(current), lambda v: [v])(current)
    return action


def _to_text(doc: dict) -> str:
    # allow_nan: write NaN/Infinity as a careless tool would.
    text = json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=True)
    text = text.replace(json.dumps(_HUGE), HUGE_DIGITS)
    dup = json.dumps(_DUP)
    while dup in text:  # "<dup>": ["key", value]  ->  "key": value
        start = text.index(dup)
        value_start = start + len(dup) + 2
        (dup_key, dup_value), end = json.JSONDecoder().raw_decode(text, value_start)
        pair = f"{json.dumps(dup_key, ensure_ascii=False)}: {json.dumps(dup_value, allow_nan=True)}"
        text = text[:start] + pair + text[end:]
    return text


def mutated_text(seed: int) -> tuple[str, list[str]]:
    """A valid base document with one to three random mutations, and what they were."""
    rng = random.Random(seed)
    doc = copy.deepcopy(rng.choice(BASES))
    actions = [_mutate(doc, rng) for _ in range(rng.choice((1, 1, 2, 3)))]
    return _to_text(doc), actions

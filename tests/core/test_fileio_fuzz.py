"""Whatever bytes a file holds, loading gives a Project or a BeatBoardFileError: nothing else."""
from __future__ import annotations

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beatboard.core.errors import BeatBoardFileError
from beatboard.core.fileio import dumps, loads
from beatboard.core.model import Project

from .samples import sample_data, sample_text

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SAMPLE = sample_data()

json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-10**6, max_value=10**6),
    st.floats(allow_nan=False), st.text(max_size=20),
    st.sampled_from(["beatboard", "hook", "up", "down", "next", "variant", "爽", "../x.png",
                     "", "b1", "h1", "ep1"]))
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=10), inner, max_size=4)),
    max_leaves=12)


def load_or_explain(raw: bytes | str) -> Project | None:
    """Load; a BeatBoardFileError is a fine answer, any other exception fails the test."""
    try:
        project = loads(raw, "fuzz.beatboard")
    except BeatBoardFileError as e:
        assert e.problem and "fuzz.beatboard" in str(e)
        return None
    # Whatever loads must also save and load back the same.
    assert loads(dumps(project)) == loads(dumps(loads(dumps(project))))
    return project


def paths(node, prefix=()):
    """Every (container path, key) in a JSON document."""
    out = []
    if isinstance(node, dict):
        for k, v in node.items():
            out.append((prefix, k))
            out.extend(paths(v, prefix + (k,)))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.append((prefix, i))
            out.extend(paths(v, prefix + (i,)))
    return out


SAMPLE_PATHS = paths(SAMPLE)


def at(doc, prefix):
    for k in prefix:
        doc = doc[k]
    return doc


@FUZZ
@given(json_values)
def test_random_json_values(value):
    load_or_explain(json.dumps(value))


@FUZZ
@given(st.dictionaries(st.sampled_from(["format", "format_version", "series", "episodes",
                                        "extra"]), json_values, max_size=5))
def test_random_top_level_objects(doc):
    doc.setdefault("format", "beatboard")
    load_or_explain(json.dumps(doc))


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(SAMPLE_PATHS),
                          st.sampled_from(["delete", "replace", "swap"]), json_values),
                min_size=1, max_size=4))
def test_mutations_of_a_valid_document(mutations):
    doc = copy.deepcopy(SAMPLE)
    for (prefix, key), action, value in mutations:
        try:
            parent = at(doc, prefix)
            current = parent[key]
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this place
        if action == "delete":
            del parent[key]
        elif action == "replace":
            parent[key] = value
        else:  # swap the type: list <-> object, number <-> text
            swapped = {list: lambda v: dict(enumerate(v)), dict: lambda v: list(v.values()),
                       str: lambda v: len(v), int: str, float: str, bool: str}
            parent[key] = swapped.get(type(current), lambda v: [v])(current)
    load_or_explain(json.dumps(doc, ensure_ascii=False))


@FUZZ
@given(st.binary(max_size=200))
def test_random_bytes(raw):
    load_or_explain(raw)


@FUZZ
@given(st.lists(st.tuples(st.integers(min_value=0), st.binary(min_size=1, max_size=3)),
                min_size=1, max_size=5))
def test_random_byte_damage_to_a_valid_file(damage):
    raw = bytearray(sample_text().encode("utf-8"))
    for pos, junk in damage:
        pos %= len(raw)
        raw[pos:pos + len(junk)] = junk
    load_or_explain(bytes(raw))

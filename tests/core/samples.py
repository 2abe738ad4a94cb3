"""Sample documents for core tests: a small bilingual series with a branched episode."""
from __future__ import annotations

import copy
import json

from beatboard.core.fileio import dumps
from beatboard.core.model import (Beat, Character, Emotion, Episode, Link, Panel, Point, Project,
                                  Series, Shot)


def link(a: str, b: str, kind: str = "next") -> Link:
    return Link(**{"from": a, "to": b, "kind": kind})


def branched_episode() -> Episode:
    """Hook, then an A/B variant of the middle beat, then a cliffhanger.

    Cuts: h1 -> m1 -> c1 (10 + 20 + 5 s) and h1 -> m2 -> c1 (10 + 30 + 5 s).
    """
    beats = [
        Beat(id="h1", title="Slap", kind="hook", duration_s=10,
             emotion=Emotion(tag="humiliation", intensity=5)),
        Beat(id="m1", title="Plea", kind="setup", duration_s=20,
             emotion=Emotion(tag="suffering", intensity=3)),
        Beat(id="c1", title="Reveal", kind="cliffhanger", duration_s=5,
             emotion=Emotion(tag="suspense", intensity=5)),
        Beat(id="m2", title="Plea (B)", kind="setup", duration_s=30,
             emotion=Emotion(tag="indignation", intensity=4)),
    ]
    links = [link("h1", "m1"), link("m1", "c1"), link("h1", "m2", "variant"), link("m2", "c1")]
    return Episode(id="ep2", number=2, title="第二集 Branches", beats=beats, links=links)


def sample_project() -> Project:
    ep1 = Episode(id="ep1", number=1, title="The gala 宴会", beats=[
        Beat(id="b1", title="耳光", kind="hook", duration_s=2.5,
             emotion=Emotion(tag="辱", intensity=5),
             dialogue="林夏：你敢打我？", shot=Shot(size="CU", move="push-in"),
             characters=["林夏"], compliance=["violence"],
             panels=[Panel(id="b1-p1", image="panels/b1.png")],
             pos=Point(x=0, y=0)),
        Beat(id="b2", title="Vow", kind="payoff",
             emotion=Emotion(tag="payoff", intensity=4),
             dialogue="LIN: You will regret this.\nCEO: (smiles) I doubt it."),
        Beat(id="b3", title="The will", kind="cliffhanger", duration_s=6,
             emotion=Emotion(tag="suspense", intensity=5), notes="Hold on the envelope."),
    ])
    return Project(
        series=Series(title="隐藏的千金 The Hidden Heiress", language="zh-CN", genre="revenge",
                      paywall_after="ep1", characters=[Character(name="林夏")]),
        episodes=[ep1, branched_episode()])


def sample_text() -> str:
    return dumps(sample_project())


def sample_data() -> dict:
    return json.loads(sample_text())


def mutated(change) -> bytes:
    """The sample document with ``change(data)`` applied, as file bytes."""
    data = copy.deepcopy(sample_data())
    change(data)
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")

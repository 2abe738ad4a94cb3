"""A small project with known beat timings for the audience tests."""
from __future__ import annotations

from pathlib import Path

from beatboard.core.model import Beat, Emotion, Episode, Link, Project

FIXTURES = Path(__file__).parent / "fixtures"


def beat(id: str, seconds: float, kind: str = "other", title: str = "") -> Beat:
    return Beat(id=id, title=title or id.upper(), kind=kind, duration_s=seconds,
                emotion=Emotion(tag="suspense", intensity=4))


def link(a: str, b: str, kind: str = "next") -> Link:
    return Link(**{"from": a, "to": b, "kind": kind})


def forty_second_project() -> Project:
    """Episode 1 (id ep-x): hook 0-2, b2 2-10, b3 10-20, b4 20-30, cliff 30-40; episode 2
    has an A/B variant: main h-a1-c (4 + 8 + 8 s, a1 from 4 to 12) and via-b1 (b1 12 s)."""
    ep1 = Episode(id="ep-x", number=1, beats=[
        beat("hook", 2, "hook"), beat("b2", 8), beat("b3", 10), beat("b4", 10),
        beat("cliff", 10, "cliffhanger")])
    ep2 = Episode(id="ep-y", number=2, beats=[
        beat("h", 4, "hook"), beat("a1", 8, title="Plea"), beat("b1", 12, title="Slap"),
        beat("c", 8, "cliffhanger")],
        links=[link("h", "a1"), link("a1", "c"), link("h", "b1", "variant"), link("b1", "c")])
    return Project(episodes=[ep1, ep2])

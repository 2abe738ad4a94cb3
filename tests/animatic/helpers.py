"""Small projects for animatic tests: panels with known durations, captions and framing."""
from __future__ import annotations

from beatboard.core.model import (Beat, Emotion, Episode, FrameRect, Framing, Link, Panel,
                                  Project, Series)


class FakeClock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


def beat(bid: str, kind: str, seconds: float, panels: list[Panel], tag: str = "suspense",
         intensity: int = 4, dialogue: str = "") -> Beat:
    return Beat(id=bid, title=bid.upper(), kind=kind, duration_s=seconds, dialogue=dialogue,
                emotion=Emotion(tag=tag, intensity=intensity), panels=panels)


def panel(pid: str, seconds: float | None = None, caption: str | None = None,
          framing: Framing | None = None) -> Panel:
    return Panel(id=pid, duration_s=seconds, caption=caption, framing=framing)


PUSH_IN = Framing(start=FrameRect(), end=FrameRect(x=0.25, y=0.25, w=0.5, h=0.5))


def two_variant_episode() -> Episode:
    """h -> a -> m -> b -> c, with B variants for a (a2) and for b (b2): four cuts."""
    beats = [
        beat("h", "hook", 2.5, [panel("h1", 1.0, "LIN: You dare?"), panel("h2", 1.5, "")]),
        beat("a", "setup", 20, [panel("a1", 10, "A first"), panel("a2p", None, "A second")]),
        beat("a2", "setup", 15, [panel("a2x", None, "Variant A")]),
        beat("m", "escalation", 20, [panel("m1", None, "Middle", PUSH_IN)]),
        beat("b", "turn", 12, [panel("b1", None, "B main")]),
        beat("b2", "turn", 8, [panel("b2x", None, "B variant")]),
        beat("c", "cliffhanger", 6, [panel("c1", None, "The will!")], intensity=5),
    ]

    def link(a, b, kind="next"):
        return Link(**{"from": a, "to": b, "kind": kind})

    links = [link("h", "a"), link("a", "m"), link("m", "b"), link("b", "c"),
             link("h", "a2", "variant"), link("a2", "m"),
             link("m", "b2", "variant"), link("b2", "c")]
    return Episode(id="ep1", number=1, title="The Gala", beats=beats, links=links)


def project() -> Project:
    return Project(series=Series(title="Iron Heiress", genre="revenge"),
                   episodes=[two_variant_episode()])

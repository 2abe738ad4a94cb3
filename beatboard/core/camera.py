"""The camera of a panel in the animatic: what its printed move plays, or its framing.

One rule for every output: an explicit ``panel.framing`` (set by hand) wins; otherwise the
move the board prints (the panel's own shot's move, else its beat's: ``effective_shot``)
gives the default framing, played over the panel's own duration. Move words are free
text, so a word that *contains* a known move plays it ("slow push-in" is a push-in, and
slower: it travels half as far in the same time). Directions are words too: pans and
tracks run left to right and tilts and cranes bottom to top unless the words say
otherwise ("pan left", "tilt down"). Moves a still picture cannot fake (whip, orbit) and
words the board does not know hold the frame, and the inspector says "not animated".

Views are rectangles in frame units, kept inside the picture so the video export can
crop a kept picture instead of drawing every frame.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .model import Beat, FrameRect, Framing, Panel, Shot

FULL = FrameRect()

HAND = "hand"  # panel.framing set in the inspector
SHOT = "shot"  # played from the printed move
STILL = "still"  # no move (empty or static)
UNANIMATED = "unanimated"  # a move the animatic cannot play: held

_STATIC_WORDS = ("", "static", "locked", "locked off", "fixed", "固定", "固定镜头")
_SLOW_WORDS = ("slow", "gentle", "subtle", "creep", "gradual", "慢", "缓")
# Checked in order: "zoom out" before "zoom", "whip pan" before "pan".
_KINDS = (
    (("whip", "甩"), "whip"),
    (("orbit", "arc", "360", "环绕"), "orbit"),
    (("pull", "dolly out", "zoom out", "zoom-out", "拉"), "pull-out"),
    (("push", "dolly in", "zoom in", "zoom-in", "zoom", "推", "变焦"), "push-in"),
    (("tilt", "竖摇", "俯仰"), "tilt"),  # before pan: 竖摇 contains 摇
    (("pan", "横摇", "摇"), "pan"),
    (("crane", "jib", "boom", "升", "降"), "crane"),
    (("track", "truck", "dolly", "follow", "跟", "移"), "track"),
    (("handheld", "hand-held", "shaky", "shake", "手持"), "handheld"),
)
PLAYED = ("push-in", "pull-out", "pan", "tilt", "track", "crane", "handheld")


def move_words_kind(move: str) -> str:
    """The move a free-text camera move plays: one of ``PLAYED``, ``static``, or the held
    ``whip``, ``orbit`` and ``unknown``."""
    m = " ".join(move.strip().lower().split())
    if m in _STATIC_WORDS:
        return "static"
    for words, kind in _KINDS:
        if any(w in m for w in words):
            return kind
    return "unknown"


def _reversed(m: str, kind: str) -> bool:
    """True when the words turn the default direction round (right to left, top down)."""
    if kind in ("pan", "track"):
        return any(w in m for w in ("left", "r-l", "right to left", "左"))
    if kind in ("tilt", "crane"):
        return any(w in m for w in ("down", "lower", "descend", "top to bottom", "下", "降"))
    return False


def _rect(x: float, y: float, w: float, h: float) -> FrameRect:
    return FrameRect(x=float(x), y=float(y), w=float(w), h=float(h))


def _centered(size: float) -> FrameRect:
    return _rect((1 - size) / 2, (1 - size) / 2, size, size)


def move_framing(kind: str, slow: bool, reverse: bool) -> Framing | None:
    """Start and end views of a played move (handheld: the frame the shake moves in)."""
    amount = 0.5 if slow else 1.0
    if kind in ("push-in", "pull-out"):
        tight = _centered(1 - 0.3 * amount)
        a, b = (FULL, tight) if kind == "push-in" else (tight, FULL)
        return Framing(start=a, end=b)
    if kind in ("pan", "track", "tilt", "crane"):
        size = 0.75 if kind in ("pan", "tilt") else 0.8
        travel = (1 - size) * amount
        lo, hi = (1 - size - travel) / 2, (1 - size + travel) / 2
        mid = (1 - size) / 2
        if kind in ("pan", "track"):
            a, b = _rect(lo, mid, size, size), _rect(hi, mid, size, size)
        else:  # bottom to top: the view starts low in the picture
            a, b = _rect(mid, hi, size, size), _rect(mid, lo, size, size)
        if reverse:
            a, b = b, a
        return Framing(start=a, end=b)
    if kind == "handheld":
        frame = _centered(HANDHELD_SIZE)
        return Framing(start=frame, end=frame)
    return None


HANDHELD_SIZE = 0.94  # the shake moves inside the 3% margin this leaves on each side


@dataclass(frozen=True)
class Camera:
    """How one panel's picture is viewed over its duration."""

    source: str  # HAND | SHOT | STILL | UNANIMATED
    move: str = ""  # the move words it comes from (empty when set by hand)
    kind: str = "static"
    framing: Framing | None = None
    shake: float = 0.0  # handheld amplitude in frame units

    @property
    def moves(self) -> bool:
        f = self.framing
        return self.shake > 0 or (f is not None and f.start != f.end)

    def view(self, progress: float, local_t: float = 0.0) -> FrameRect:
        """The part of the picture shown ``progress`` (0..1) through the panel, which is
        ``local_t`` seconds in (the shake keeps its pace whatever the panel's length)."""
        if self.framing is None:
            return FULL
        a, b, k = self.framing.start, self.framing.end, ease(progress)
        x, y = a.x + (b.x - a.x) * k, a.y + (b.y - a.y) * k
        w, h = a.w + (b.w - a.w) * k, a.h + (b.h - a.h) * k
        if self.shake:
            x += self.shake * shake_wave(local_t, 0.0)
            y += self.shake * shake_wave(local_t, 1.7)
        return _rect(x, y, w, h)


def shake_wave(t: float, phase: float) -> float:
    """A smooth, non-repeating-looking wobble in -1..1 (three incommensurate sines)."""
    return (0.5 * math.sin(2 * math.pi * 0.9 * t + phase)
            + 0.3 * math.sin(2 * math.pi * 1.7 * t + 2 * phase + 0.4)
            + 0.2 * math.sin(2 * math.pi * 3.1 * t + 3 * phase + 1.1))


def effective_shot(beat: Beat | None, panel: Panel) -> Shot:
    """The panel's shot with empty fields taken from the beat's (what the board prints)."""
    own = panel.shot
    if beat is None:
        return own
    base = beat.shot
    return Shot(size=own.size or base.size, move=own.move or base.move,
                angle=own.angle or base.angle)


def camera_for(beat: Beat | None, panel: Panel | None) -> Camera:
    """The camera of ``panel`` (of ``beat``): set by hand, from its printed move, or none."""
    if panel is None:
        return Camera(STILL)
    if panel.framing is not None:
        return Camera(HAND, framing=panel.framing, kind="framing")
    words = effective_shot(beat, panel).move
    m = " ".join(words.strip().lower().split())
    kind = move_words_kind(m)
    if kind == "static":
        return Camera(STILL, words)
    if kind not in PLAYED:
        return Camera(UNANIMATED, words, kind)
    slow = any(w in m for w in _SLOW_WORDS)
    framing = move_framing(kind, slow, _reversed(m, kind))
    shake = (1 - HANDHELD_SIZE) / 2 * (0.5 if slow else 1.0) if kind == "handheld" else 0.0
    return Camera(SHOT, words, kind, framing, shake)


def ease(x: float) -> float:
    """Ease in and out (smoothstep), so a push-in starts and lands softly."""
    x = min(1.0, max(0.0, x))
    return x * x * (3 - 2 * x)

"""The automatic frame's drawing items, in frame units, and the drawing they are
collected in (background, figures, then arrows and labels spread so none covers another).
See ``core.autoframe`` for the units and tones."""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Optional, Union


Pt = tuple[float, float]


ASPECT = 16 / 9  # frame height over width: one frame-height unit is 16/9 frame widths


@dataclass(frozen=True)
class Shape:
    """A polyline, or a polygon when ``closed``; ``fill`` is a tone or None."""

    points: tuple[Pt, ...]
    width: float = 0.006
    tone: str = "ink"
    closed: bool = False
    fill: Optional[str] = None
    dashed: bool = False
    role: str = "figure"  # figure | set | move | guide


@dataclass(frozen=True)
class Ellipse:
    cx: float
    cy: float
    rx: float  # frame widths
    ry: float  # frame heights
    width: float = 0.006
    tone: str = "ink"
    fill: Optional[str] = None
    dashed: bool = False
    role: str = "figure"


@dataclass(frozen=True)
class Arrow:
    """A path with a filled head at its end (and at its start when ``double``). Drawn
    over a paper halo so it stays readable across figures."""

    points: tuple[Pt, ...]
    width: float = 0.011
    head: float = 0.045
    tone: str = "ink"
    double: bool = False
    dashed: bool = False
    role: str = "move"


@dataclass(frozen=True)
class Label:
    """Text at (x, y): ``anchor`` says which side of the text (x, y) is, y is the text's
    vertical centre; ``size`` is the cap height in frame heights. ``boxed`` labels sit on
    a paper box with an ink border."""

    x: float
    y: float
    text: str
    size: float = 0.022
    role: str = "character"  # character | location | shot | prop | move
    anchor: str = "center"  # left | center | right
    boxed: bool = True


Item = Union[Shape, Ellipse, Arrow, Label]


@dataclass(frozen=True)
class AutoFrame:
    items: tuple[Item, ...]
    size: str  # the normalised shot size drawn: ECU, CU, MCU, MS, MLS, WS, EWS, OTS, POV, INSERT
    move: str
    angle: str
    subjects: tuple[str, ...] = field(default=())  # characters drawn, in focus first


class Drawing:
    def __init__(self, angle: str, names: list[str] = ()):
        self.angle = angle
        self.names = {n: display_name(n, list(names)) for n in names}
        self.back: list[Item] = []  # set lines, drawn first
        self.items: list[Item] = []
        self.top: list[Item] = []  # arrows and labels, drawn last, never tilted

    def name(self, full: str) -> str:
        return self.names.get(full, full)

    def horizon_y(self, default: float) -> Optional[float]:
        return {"low": 0.8, "worm": 0.93, "high": 0.2, "bird": None}.get(self.angle, default)

    def finish(self) -> list[Item]:
        body = self.back + self.items
        if self.angle == "dutch":
            body = [_rotate(item, -12.0) for item in body]
        return body + _spread_labels(self.top)


def _label_box(lab: "Label") -> tuple[float, float, float, float]:
    """Rough extent of a label in frame units (renderers fit the real text inside)."""
    chars = sum(1.0 if ord(c) > 0x2e80 else 0.72 if c.isupper() or c.isdigit()
                else 0.32 if c in " ·.,:;'" else 0.6 for c in lab.text) + 0.7  # + the box
    w = chars * lab.size * 1.45 * ASPECT
    h = lab.size * 1.45 * 1.35
    x0 = lab.x - w / 2 if lab.anchor == "center" else lab.x - w if lab.anchor == "right" else lab.x
    return x0, lab.y - h / 2, x0 + w, lab.y + h / 2


def _spread_labels(items: list[Item]) -> list[Item]:
    """Move character labels that would cover one another apart vertically."""
    placed: list[tuple[float, float, float, float]] = []
    out: list[Item] = []
    for item in items:
        if isinstance(item, Label) and item.role in ("character", "location", "shot"):
            for _ in range(6):
                x0, y0, x1, y1 = _label_box(item)
                hit = next((b for b in placed if x0 < b[2] and b[0] < x1 and y0 < b[3]
                            and b[1] < y1), None)
                if hit is None:
                    break
                step = (y1 - y0) * 1.1
                ny = hit[3] + step / 2 if hit[3] + step < 0.95 else hit[1] - step / 2
                item = replace(item, y=ny)
            placed.append(_label_box(item))
        out.append(item)
    return out


def display_name(name: str, others: list[str]) -> str:
    """What a figure's label says: a Latin name's first word (Ava for Ava Sterling) unless
    another character shares it; other names whole."""
    name = name.strip()
    first = name.split()[0] if name.isascii() and " " in name else name
    if first != name and any(o != name and o.split()[:1] == [first] for o in others):
        return name
    return first


def _rotate(item: Item, degrees: float) -> Item:
    """Rotate about the frame centre in true proportions (y measured in frame widths)."""
    a = math.radians(degrees)
    ca, sa = math.cos(a), math.sin(a)

    def rot(p: Pt) -> Pt:
        x, y = p[0] - 0.5, (p[1] - 0.5) * ASPECT
        return (0.5 + x * ca - y * sa, 0.5 + (x * sa + y * ca) / ASPECT)

    if isinstance(item, (Shape, Arrow)):
        return replace(item, points=tuple(rot(p) for p in item.points))
    if isinstance(item, Ellipse):
        cx, cy = rot((item.cx, item.cy))
        return replace(item, cx=cx, cy=cy)
    return item


def towards(a: Pt, b: Pt, t: float) -> Pt:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)

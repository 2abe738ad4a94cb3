"""Schematic figures for the automatic frame: a mannequin with a head, hair and, on
close shots, a face, and the label naming it."""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass

from .autoframe_items import ASPECT, Drawing, Ellipse, Item, Label, Pt, Shape


def _hair_style(name: str) -> int:
    return hashlib.sha256(name.encode("utf-8")).digest()[0] % 3


@dataclass
class Fig:
    """A mannequin: head height ``u`` (frame heights), head top at (cx, top)."""

    cx: float
    top: float
    u: float
    facing: float = 0.0  # -1 profile left .. 0 to camera .. 1 profile right
    name: str = ""
    back: bool = False  # seen from behind (OTS foreground)
    face: bool = True  # draw eyes, nose and mouth (close shots)

    def x(self, bu: float) -> float:
        return self.cx + bu * self.u * ASPECT

    def y(self, bu: float) -> float:
        return self.top + bu * self.u

    def p(self, bx: float, by: float) -> Pt:
        return (self.x(bx), self.y(by))

    @property
    def line(self) -> float:
        return min(0.009, max(0.0035, self.u * ASPECT * 0.045))


def limb(f: Fig, path: list[tuple[float, float]], w0: float, w1: float) -> Shape:
    """A closed outline around a body-unit path, ``w0`` wide at the start, ``w1`` at the end."""
    left: list[Pt] = []
    right: list[Pt] = []
    n = len(path)
    for i, (bx, by) in enumerate(path):
        ax, ay = path[max(i - 1, 0)]
        cx, cy = path[min(i + 1, n - 1)]
        dx, dy = cx - ax, cy - ay
        d = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / d, dx / d
        w = (w0 + (w1 - w0) * i / max(n - 1, 1)) / 2
        left.append(f.p(bx + nx * w, by + ny * w))
        right.append(f.p(bx - nx * w, by - ny * w))
    # round the far end a little
    ex, ey = path[-1]
    px, py = path[-2]
    d = math.hypot(ex - px, ey - py) or 1.0
    tip = f.p(ex + (ex - px) / d * w1 * 0.5, ey + (ey - py) / d * w1 * 0.5)
    pts = left + [tip] + right[::-1]
    return Shape(tuple(pts), f.line, "ink", True, "paper")


def figure(f: Fig, fill: str = "paper", tone: str = "ink", pose: int = 0) -> list[Item]:
    """Mannequin parts back to front; ``pose`` varies the arms (0 hanging, 1 gesturing)."""
    w = 1.0 - 0.42 * abs(f.facing)  # a body turned to profile looks narrower
    lw = f.line
    sx = f.facing * 0.12  # the chest turns with the face
    items: list[Item] = []
    # legs
    for side in (-1, 1):
        items.append(limb(f, [(side * 0.36 * w + sx, 3.7), (side * 0.42 * w + sx, 5.5),
                               (side * 0.46 * w + sx, 7.25)], 0.62, 0.36))
        items.append(Shape((f.p(side * 0.46 * w + sx, 7.3),
                            f.p(side * 0.46 * w + sx + (0.45 * f.facing or side * 0.25), 7.45)),
                           lw * 1.6, tone, role="figure"))
    # far arm, torso, near arm
    arms = []
    for side in (-1, 1):
        if pose == 1 and side == 1:  # a hand raised to the waist: a figure mid-gesture
            path = [(side * 0.93 * w + sx, 1.7), (side * 1.12 * w + sx, 2.75),
                    (side * 0.62 * w + sx, 3.05)]
        else:
            path = [(side * 0.93 * w + sx, 1.7), (side * 1.06 * w + sx, 2.85),
                    (side * 0.98 * w + sx, 3.85)]
        arms.append(limb(f, path, 0.34, 0.24))
    items.append(arms[0])
    torso = [(-0.22, 1.2), (-0.72 * w, 1.36), (-0.98 * w, 1.62), (-0.86 * w, 2.3),
             (-0.62 * w, 3.0), (-0.74 * w, 3.6), (-0.5 * w, 3.95), (0.0, 4.05),
             (0.5 * w, 3.95), (0.74 * w, 3.6), (0.62 * w, 3.0), (0.86 * w, 2.3),
             (0.98 * w, 1.62), (0.72 * w, 1.36), (0.22, 1.2)]
    items.append(Shape(tuple(f.p(bx + sx, by) for bx, by in torso), lw, tone, True, fill))
    if not f.back:  # a collar line says which way the chest faces
        items.append(Shape((f.p(-0.3 + sx, 1.3), f.p(sx + f.facing * 0.2, 1.65),
                            f.p(0.3 + sx, 1.3)), lw * 0.8, tone))
    items.append(arms[1])
    # neck and head
    items.append(Shape((f.p(-0.16, 0.85), f.p(-0.19, 1.3), f.p(0.19, 1.3), f.p(0.16, 0.85)),
                       lw, tone, True, fill))
    items += _head(f, fill, tone)
    return items


def _head(f: Fig, fill: str, tone: str) -> list[Item]:
    lw = f.line
    hx = f.facing * 0.06
    cx, cy = f.x(hx), f.y(0.5)
    rx, ry = 0.37 * f.u * ASPECT, 0.5 * f.u
    style = _hair_style(f.name)
    items: list[Item] = []
    if style == 2:  # a bun, behind the head
        items.append(Ellipse(f.x(hx - 0.12), f.y(0.0), 0.16 * f.u * ASPECT, 0.13 * f.u,
                             lw * 0.8, tone, "mid"))
    items.append(Ellipse(cx, cy, rx, ry, lw, tone, fill))
    # hair: a cap over the top of the head, longer for style 1, a bun for style 2
    cap = [(-0.39, 0.5), (-0.38, 0.25), (-0.22, 0.04), (0.0, -0.03), (0.22, 0.04), (0.38, 0.25),
           (0.39, 0.5)]
    if f.back:
        cap = [(-0.4, 0.75), (-0.39, 0.3), (-0.2, 0.0), (0.0, -0.04), (0.2, 0.0), (0.39, 0.3),
               (0.4, 0.75), (0.2, 0.9), (-0.2, 0.9)]
        if style == 1:
            cap = cap[:7] + [(0.45, 1.5), (-0.45, 1.5)]
    elif style == 1:
        cap = [(-0.45, 1.45), (-0.43, 0.5)] + cap[1:-1] + [(0.43, 0.5), (0.45, 1.45),
                                                          (0.3, 1.45), (0.3, 0.45),
                                                          (0.12, 0.2), (-0.25, 0.28),
                                                          (-0.3, 1.45)]
    else:
        cap = cap + [(0.3, 0.22), (0.0, 0.16), (-0.3, 0.22)]
    items.append(Shape(tuple(f.p(bx + hx, by) for bx, by in cap), lw * 0.8, tone, True, "mid"))
    if f.back:
        return items
    # face: eye line and centre line turn with the head; features on close shots
    ex = hx + f.facing * 0.2
    if f.face:
        for side in (-1, 1):
            if f.facing * side < -0.7:
                continue  # the far eye hides behind the nose in profile
            e = ex + side * 0.15 * (1 - 0.5 * abs(f.facing))
            items.append(Ellipse(f.x(e), f.y(0.52), 0.055 * f.u * ASPECT, 0.035 * f.u,
                                 lw * 0.7, tone, "ink"))
            items.append(Shape((f.p(e - 0.09, 0.43), f.p(e, 0.41), f.p(e + 0.09, 0.43)),
                               lw * 0.9, tone))
        items.append(Shape((f.p(ex + f.facing * 0.03, 0.56), f.p(ex + f.facing * 0.09, 0.67),
                            f.p(ex, 0.69)), lw * 0.7, tone))
        items.append(Shape((f.p(ex - 0.09, 0.8), f.p(ex, 0.81), f.p(ex + 0.09, 0.8)),
                           lw * 0.8, tone))
    else:  # construction cross, as a storyboard artist roughs a head
        items.append(Shape((f.p(hx - 0.37, 0.52), f.p(ex, 0.56), f.p(hx + 0.37, 0.52)),
                           lw * 0.6, tone))
        items.append(Shape((f.p(ex, 0.08), f.p(ex + f.facing * 0.05, 0.5), f.p(ex, 0.95)),
                           lw * 0.6, tone))
    return items


def name_label(d: "Drawing", f: Fig, y_body: float, lo: float = 0.08,
                hi: float = 0.9) -> Label:
    y = min(max(f.y(y_body), lo), hi)
    x = min(max(f.cx, 0.14), 0.86)
    return Label(x, y, d.name(f.name), role="character")

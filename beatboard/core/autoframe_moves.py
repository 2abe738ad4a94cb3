"""The camera move drawn as arrows over the automatic frame, and its shot tags."""
from __future__ import annotations

import math

from .autoframe_items import Arrow, Drawing, Label, Shape, towards
from .model import Beat, Shot


def draw_move(d: Drawing, move: str, size: str) -> None:
    top = d.top
    if move in ("push-in", "pull-out"):
        box = (0.24, 0.2, 0.76, 0.62) if size not in ("WS", "EWS") else (0.2, 0.38, 0.8, 0.8)
        x0, y0, x1, y1 = box
        top.append(Shape(((x0, y0), (x1, y0), (x1, y1), (x0, y1)), 0.006, "ink", True,
                         dashed=True, role="move"))
        corners = (((0.05, 0.06), (x0, y0)), ((0.95, 0.06), (x1, y0)),
                   ((0.95, 0.94), (x1, y1)), ((0.05, 0.94), (x0, y1)))
        for outer, inner in corners:
            a, b = (outer, inner) if move == "push-in" else (inner, outer)
            top.append(Arrow((towards(a, b, 0.12), towards(b, a, 0.08)), 0.009, 0.04))
    elif move in ("pan", "whip"):
        y = 0.11
        top.append(Arrow(((0.12, y), (0.88, y)), 0.012, 0.05))
        if move == "whip":
            for k in (1, 2):
                top.append(Shape(((0.14, y + 0.02 * k), (0.6 - 0.12 * k, y + 0.02 * k)), 0.005,
                                 "ink", role="move"))
    elif move == "tilt":
        top.append(Arrow(((0.92, 0.78), (0.92, 0.2)), 0.012, 0.05))
    elif move == "track":
        y = 0.955
        top.append(Arrow(((0.1, y), (0.9, y)), 0.012, 0.05))
        for k in range(9):
            x = 0.12 + k * 0.085
            top.append(Shape(((x, y - 0.012), (x, y + 0.012)), 0.004, "ink", role="move"))
    elif move == "handheld":
        pts = tuple((0.1 + 0.8 * k / 24, 0.1 + 0.012 * (1 if k % 2 else -1)) for k in range(25))
        top.append(Arrow(pts, 0.007, 0.04))
    elif move == "crane":
        a, c, b = (0.93, 0.8), (0.72, 0.5), (0.93, 0.2)  # a rising arc on the right
        pts = tuple(((1 - t) ** 2 * a[0] + 2 * (1 - t) * t * c[0] + t * t * b[0],
                     (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * c[1] + t * t * b[1])
                    for t in [k / 20 for k in range(21)])
        top.append(Arrow(pts, 0.012, 0.05))
    elif move == "orbit":
        pts = tuple((0.5 + 0.42 * math.cos(a), 0.6 + 0.05 * math.sin(a))
                    for a in [math.pi * (0.1 + 1.6 * k / 40) for k in range(41)])
        top.append(Arrow(pts, 0.009, 0.045, dashed=False))


def draw_tags(d: Drawing, beat: Beat, size: str, shot: Shot) -> None:
    if beat.location.strip():
        d.top.append(Label(0.04, 0.035, beat.location.strip(), size=0.019, role="location",
                           anchor="left"))
    tag = " · ".join(t for t in (size, shot.move.strip().upper() if shot.move.strip().lower()
                                 not in ("", "static") else "",
                                 shot.angle.strip().upper()) if t)
    d.top.append(Label(0.96, 0.035, tag, size=0.019, role="shot", anchor="right"))

"""One drawer per shot size for the automatic frame (ECU to EWS, OTS, POV, insert), and
the interior or exterior set behind the figures."""
from __future__ import annotations

import math
from typing import Optional

from .autoframe_figures import Fig, figure, limb, name_label
from .autoframe_items import ASPECT, Drawing, Ellipse, Label, Pt, Shape
from .autoframe_props import object_box, prop_for
from .model import Beat


def _set_room(d: Drawing, horizon: Optional[float], light: bool = True) -> None:
    """An interior in one-point perspective: the back wall, and the floor and ceiling
    edges running from its corners to the frame's corners."""
    tone = "light" if light else "ink"
    width = 0.003 if light else 0.004
    if horizon is None:  # bird's eye: a floor grid
        for k in range(1, 5):
            d.back.append(Shape(((0, k / 5), (1, k / 5)), 0.003, "light", role="set"))
            d.back.append(Shape(((k / 5, 0), (k / 5, 1)), 0.003, "light", role="set"))
        return
    x0, x1 = 0.14, 0.86
    top = max(0.02, horizon - 0.3)
    bottom = min(0.98, horizon + (1 - horizon) * 0.35)
    d.back.append(Shape(((x0, top), (x1, top), (x1, bottom), (x0, bottom)), width, tone, True,
                        role="set"))
    for (cx, cy), (fx, fy) in (((x0, top), (-0.2, -0.1)), ((x1, top), (1.2, -0.1)),
                               ((x0, bottom), (-0.35, 1.05)), ((x1, bottom), (1.35, 1.05))):
        d.back.append(Shape(((cx, cy), (fx, fy)), width, tone, role="set"))
    if not light:  # a door in the back wall gives the room its scale
        dx0, dx1 = 0.62, 0.76
        d.back.append(Shape(((dx0, bottom), (dx0, top + (bottom - top) * 0.25),
                             (dx1, top + (bottom - top) * 0.25), (dx1, bottom)), width, tone,
                            role="set"))


def _set_exterior(d: Drawing, horizon: Optional[float], skyline: bool) -> None:
    if horizon is None:
        return _set_room(d, None)
    d.back.append(Shape(((0, horizon), (1, horizon)), 0.005, "ink", role="set"))
    if skyline:
        xs = [0.0, 0.08, 0.16, 0.22, 0.35, 0.41, 0.55, 0.63, 0.72, 0.8, 0.9, 1.0]
        hs = [0.05, 0.09, 0.04, 0.12, 0.07, 0.03, 0.1, 0.06, 0.14, 0.05, 0.08, 0.04]
        pts: list[Pt] = [(0.0, horizon)]
        for x0, x1, h in zip(xs, xs[1:], hs):
            pts += [(x0, horizon - h * 0.6), (x1, horizon - h * 0.6)]
        pts.append((1.0, horizon))
        d.back.append(Shape(tuple(pts), 0.003, "light", True, "light", role="set"))
    for x in (0.2, 0.8):  # a road or path to the horizon gives depth
        d.back.append(Shape(((0.5 + (x - 0.5) * 0.08, horizon), (0.5 + (x - 0.5) * 2.6, 1.0)),
                            0.003, "light", role="set"))


_OUTDOORS = ("street", "road", "park", "garden", "roof", "beach", "bridge", "car park",
             "gate", "rain", "outside", "exterior", "ext.", "square", "field", "cemetery",
             "front steps", "driveway", "the drive", "umbrellas", "headlights", "街", "路", "园", "桥", "门口", "外", "屋顶",
             "海", "雨")


def _is_interior(beat: Beat) -> bool:
    """Indoors unless the location or the action says otherwise (rain, a street...)."""
    text = f"{beat.location} {beat.action}".lower()
    return not any(w in text for w in _OUTDOORS)


def _draw_ecu(d: Drawing, focus: list[str], beat: Beat, index: int) -> list[str]:
    if not focus:  # no one in the beat: a hand on the first prop
        return _draw_hand_insert(d, beat)
    tone, lw = "ink", 0.009
    # cheeks and brow framing the eyes, cut by the frame
    d.items.append(Shape(((-0.05, 0.12), (0.04, 0.5), (0.12, 0.82), (0.3, 1.05)), lw, tone))
    d.items.append(Shape(((1.05, 0.12), (0.96, 0.5), (0.88, 0.82), (0.7, 1.05)), lw, tone))
    for cx in (0.27, 0.73):
        w, h = 0.17, 0.045
        upper = tuple((cx + w * math.cos(a), 0.45 - h * math.sin(a))
                      for a in [math.pi * k / 12 for k in range(13)])
        lower = tuple((cx - w * math.cos(a), 0.45 + h * 0.7 * math.sin(a))
                      for a in [math.pi * k / 12 for k in range(1, 12)])
        d.items.append(Shape(upper + lower, lw, tone, True, "paper"))
        d.items.append(Ellipse(cx, 0.445, 0.075, 0.04, lw * 0.7, tone, "mid"))
        d.items.append(Ellipse(cx, 0.445, 0.032, 0.018, lw * 0.5, tone, "ink"))
        d.items.append(Ellipse(cx + 0.025, 0.435, 0.012, 0.006, 0.001, "paper", "paper"))
        # brow
        d.items.append(Shape(((cx - 0.2, 0.38), (cx - 0.05, 0.355), (cx + 0.18, 0.37)),
                             lw * 1.8, tone))
    d.items.append(Shape(((0.47, 0.42), (0.45, 0.62), (0.42, 0.7)), lw, tone))
    d.items.append(Shape(((0.53, 0.42), (0.55, 0.62), (0.58, 0.7)), lw, tone))
    d.items.append(Shape(((0.38, 0.72), (0.45, 0.75), (0.5, 0.73), (0.55, 0.75), (0.62, 0.72)),
                         lw, tone))
    d.top.append(Label(0.5, 0.86, d.name(focus[0]), role="character"))
    return focus[:1]


def _draw_hand_insert(d: Drawing, beat: Beat) -> list[str]:
    prop = beat.props[0] if beat.props else "INSERT"
    object_box(d, 0.5, 0.52, 0.46, prop)
    f = Fig(cx=0.95, top=0.0, u=0.12)
    # a hand entering from the right: palm and four fingers reaching to the object
    palm = [(0.0, 4.6), (-1.4, 4.3), (-2.2, 4.5), (-2.2, 5.3), (-1.3, 5.6), (0.0, 5.4)]
    d.items.append(Shape(tuple(f.p(*p) for p in palm), 0.008, "ink", True, "paper"))
    for k in range(4):
        y = 4.45 + k * 0.3
        d.items.append(limb(f, [(-2.1, y), (-2.7 - 0.15 * (k % 2), y - 0.05),
                                 (-3.1 + 0.1 * k, y + 0.1)], 0.26, 0.2))
    d.items.append(limb(f, [(-1.6, 5.45), (-2.2, 5.75), (-2.7, 5.6)], 0.3, 0.24))  # thumb
    d.items.append(limb(f, [(0.0, 4.6), (1.5, 4.8)], 1.0, 1.0))  # wrist into frame edge
    return []


def _two_facing(n: int, k: int) -> float:
    """Figures in a group turn towards each other."""
    if n == 1:
        return 0.0
    return 0.55 if k == 0 else -0.55 if k == 1 else 0.0


def _draw_portrait(top: float, bottom_landmark: float, face: bool, pose: int = 0,
                   group: bool = True):
    """CU / MCU / MS / MLS: the focus character large; in MS and MLS (``group``) the
    others stand behind at the other side. A CU or MCU is a single."""
    def draw(d: Drawing, focus: list[str], beat: Beat, index: int) -> list[str]:
        horizon = d.horizon_y(0.42)
        if bottom_landmark > 3:
            (_set_room if _is_interior(beat) else
             lambda dd, hh: _set_exterior(dd, hh, False))(d, horizon)
        if not focus:  # a close shot of no one: the beat's prop, or the empty set
            if beat.props:
                return _draw_insert(d, focus, beat, index)
            if bottom_landmark <= 3:
                _set_exterior(d, horizon, True)
            return []
        top_y = top - (0.03 if d.angle in ("low", "worm") else 0)
        u = (1.0 - top_y) / bottom_landmark
        if not group:
            focus = focus[:1]
        n = len(focus)
        if n == 3:  # the focus in the middle, the others behind at both sides
            main_x, spots = 0.5, [(0.06, 1), (0.94, -1)]
        elif n == 2:
            main_x = 0.36 if index % 2 == 0 else 0.64
            spots = [(main_x + (0.5 if main_x < 0.5 else -0.5), -1 if main_x < 0.5 else 1)]
        else:
            main_x, spots = 0.5, []
        others = [Fig(cx=x, top=top_y + u * 0.35, u=u * 0.78, facing=0.55 * face_dir,
                       name=name, face=face)
                  for name, (x, face_dir) in zip(focus[1:], spots)]
        if n == 1:  # shot / reverse shot: each character keeps a side of the line
            order = [c for c in beat.characters if c.strip()]
            k = order.index(focus[0]) if focus[0] in order else 0
            facing = 0.0 if len(order) < 2 else (0.28 if k % 2 == 0 else -0.28)
        else:
            facing = 0.35 if main_x < 0.5 else -0.35
        main = Fig(cx=main_x, top=top_y, u=u, facing=facing, name=focus[0], face=face)
        for o in others:
            d.items += figure(o)
        d.items += figure(main, pose=pose)
        for o in others:
            d.top.append(name_label(d, o, 2.2 if o.y(2.2) < 0.9 else 1.6))
        d.top.append(name_label(d, main, 2.3, hi=0.93))
        return [main.name] + [o.name for o in others]
    return draw


def _draw_full(fig_h: float, feet_y: float, skyline: bool):
    """WS / EWS: full bodies small on the ground, a horizon behind."""
    def draw(d: Drawing, focus: list[str], beat: Beat, index: int) -> list[str]:
        horizon = d.horizon_y(0.46 if fig_h > 0.2 else 0.55)
        feet = feet_y
        if d.angle == "high":
            feet = min(0.88, feet_y + 0.06)
        elif d.angle in ("low", "worm"):
            feet = max(feet_y, (horizon or 0.5) + 0.08)
        if _is_interior(beat) and not skyline:
            _set_room(d, horizon, light=False)
        else:
            _set_exterior(d, horizon, skyline or fig_h < 0.2)
        u = fig_h / 7.5
        n = len(focus)
        xs = {0: [], 1: [0.5], 2: [0.34, 0.66], 3: [0.25, 0.52, 0.77]}[n]
        figs = []
        for k, (name, x) in enumerate(zip(focus, xs)):
            depth = 1.0 if k == 0 else 0.9
            f = Fig(cx=x, top=feet - fig_h * depth + (0.0 if k == 0 else -0.01),
                     u=u * depth, facing=_two_facing(n, k) if n > 1 else 0.0, name=name,
                     face=False)
            figs.append(f)
        if d.angle == "bird":  # seen from above: shoulders and the top of the head
            for f in figs:
                r = f.u * 1.1
                cy = 0.55
                d.items.append(Ellipse(f.cx, cy, r * ASPECT, r * 0.42, f.line, "ink", "paper"))
                d.items.append(Ellipse(f.cx, cy, r * 0.42 * ASPECT, r * 0.42 * 0.9, f.line,
                                       "ink", "mid"))
                d.top.append(Label(f.cx, cy - r * 0.9, d.name(f.name), size=0.02,
                                   role="character"))
            return [f.name for f in figs]
        for f in sorted(figs, key=lambda f: f.u):  # the nearest last
            d.items.append(Ellipse(f.cx, feet + 0.004, f.u * ASPECT * 0.9, f.u * 0.12, 0.001,
                                   "light", "light", role="set"))  # a shadow grounds them
            d.items += figure(f)
        for f in figs:
            d.top.append(Label(f.cx, max(0.08, f.top - 0.035), d.name(f.name), size=0.02,
                               role="character"))
        return [f.name for f in figs]
    return draw


def _draw_ots(d: Drawing, focus: list[str], beat: Beat, index: int) -> list[str]:
    horizon = d.horizon_y(0.4)
    if _is_interior(beat):
        _set_room(d, horizon)
    else:
        _set_exterior(d, horizon, False)
    facing_name = focus[0] if focus else ""
    over_name = focus[1] if len(focus) > 1 else ""
    far = Fig(cx=0.63, top=0.14, u=0.2, facing=-0.4, name=facing_name, face=True)
    if facing_name:
        d.items += figure(far)
    # the shoulder and back of the head we look over, large and dark, cut by the frame
    near = Fig(cx=0.1, top=0.5, u=0.3, facing=0.3, name=over_name, back=True)
    shoulder = [(-0.25, 1.05), (-0.8, 1.22), (-1.3, 1.45), (-1.6, 1.85), (-1.7, 2.6),
                (1.6, 2.6), (1.45, 1.85), (1.15, 1.45), (0.7, 1.22), (0.25, 1.05)]
    d.items.append(Shape(tuple(near.p(bx, by) for bx, by in shoulder), near.line, "ink", True,
                         "mid"))
    d.items.append(Shape((near.p(-0.17, 0.8), near.p(-0.22, 1.12), near.p(0.22, 1.12),
                          near.p(0.17, 0.8)), near.line, "ink", True, "mid"))
    d.items.append(Ellipse(near.x(0.36), near.y(0.55), 0.07 * near.u * ASPECT, 0.14 * near.u,
                           near.line, "ink", "light"))  # the ear says we see the back
    d.items.append(Ellipse(near.x(0.0), near.y(0.5), 0.37 * near.u * ASPECT, 0.5 * near.u,
                           near.line, "ink", "mid"))
    if facing_name:
        d.top.append(name_label(d, far, 2.2))
    if over_name:
        d.top.append(Label(0.2, 0.9, d.name(over_name), role="character"))
    return [n for n in (facing_name, over_name) if n]


def _draw_pov(d: Drawing, focus: list[str], beat: Beat, index: int) -> list[str]:
    viewer = focus[0] if focus else ""
    seen = focus[1:] or []
    if seen:
        _draw_portrait(0.2, 3.7, True)(d, seen[:1], beat, 0)
    else:
        _set_exterior(d, d.horizon_y(0.45), True) if not _is_interior(beat) else _set_room(
            d, d.horizon_y(0.45), light=False)
        if beat.props:
            object_box(d, 0.5, 0.6, 0.36, beat.props[0])
    # the viewer's eye: a soft vignette and corner brackets
    d.top.append(Ellipse(0.5, 0.5, 0.58, 0.56, 0.006, "ink", None, dashed=True, role="guide"))
    if viewer:
        d.top.append(Label(0.5, 0.15, f"POV: {d.name(viewer)}", size=0.024, role="character"))
    return seen[:1] + ([viewer] if viewer else [])


def _draw_insert(d: Drawing, focus: list[str], beat: Beat, index: int) -> list[str]:
    object_box(d, 0.5, 0.5, 0.6, prop_for(beat, index))
    return []


SHOT_DRAWERS = {
    "ECU": _draw_ecu,
    "CU": _draw_portrait(0.15, 1.95, True, group=False),
    "MCU": _draw_portrait(0.13, 2.7, True, group=False),
    "MS": _draw_portrait(0.13, 3.8, True),
    "MLS": _draw_portrait(0.16, 5.8, False),
    "WS": _draw_full(0.36, 0.8, False),
    "EWS": _draw_full(0.11, 0.72, True),
    "OTS": _draw_ots,
    "POV": _draw_pov,
    "INSERT": _draw_insert,
}

"""The automatic frame: a storyboard drawing of a panel that has no picture yet.

Built from what the board knows: the panel's effective shot (its own, else the beat's)
frames schematic figures (eyes for ECU, head and shoulders for CU, chest up for MCU,
waist up for MS, knees up for MLS, small full bodies and a horizon for WS/EWS, a
shoulder in the foreground for OTS...), labelled with the beat's characters; the
location is captioned and the camera move drawn as arrows. The angle places the horizon
(low: low, high: high) and a Dutch angle tilts the drawing.

Everything is geometry in *frame units*: x from 0 (left) to 1 (right) across the frame's
width, y from 0 (top) to 1 (bottom) down its height; line widths and arrow heads are in
frame widths, label sizes in frame heights. Renderers (Qt in beatboard.render, reportlab
for the PDF) only stroke and fill, clipped to the frame, in list order, so it reads the
same on screen and on paper, in black and white. Tones: ``ink`` (lines), ``mid``
(silhouettes, irises), ``light`` (background set lines), ``paper`` (the page).
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field, replace
from typing import Optional, Union

from .model import Beat, Panel, Shot
from .panel_timing import panel_captions, speaker_of

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


# --- shot vocabulary -----------------------------------------------------------------

_SIZE_ALIASES = {
    "ECU": "ECU", "XCU": "ECU", "BCU": "ECU", "EXTREME CLOSE-UP": "ECU", "大特写": "ECU",
    "CU": "CU", "CLOSE-UP": "CU", "CLOSE UP": "CU", "CLOSEUP": "CU", "特写": "CU",
    "MCU": "MCU", "MEDIUM CLOSE-UP": "MCU", "近景": "MCU", "中近景": "MCU",
    "MS": "MS", "MEDIUM": "MS", "MEDIUM SHOT": "MS", "MID": "MS", "中景": "MS",
    "MLS": "MLS", "MWS": "MLS", "MFS": "MLS", "COWBOY": "MLS", "中全景": "MLS",
    "WS": "WS", "LS": "WS", "FS": "WS", "WIDE": "WS", "WIDE SHOT": "WS", "FULL SHOT": "WS",
    "全景": "WS",
    "EWS": "EWS", "ELS": "EWS", "XWS": "EWS", "XLS": "EWS", "ESTABLISHING": "EWS", "远景": "EWS",
    "大远景": "EWS",
    "OTS": "OTS", "OVER THE SHOULDER": "OTS", "OVER-THE-SHOULDER": "OTS", "过肩": "OTS",
    "POV": "POV", "主观": "POV", "主观镜头": "POV",
    "INSERT": "INSERT", "CUTAWAY": "INSERT", "插入": "INSERT", "道具特写": "INSERT",
}


def normal_size(size: str) -> str:
    """The shot size the frame draws, from free text (``cu``, ``Close-up``, ``特写``)."""
    key = " ".join(size.strip().upper().split())
    return _SIZE_ALIASES.get(key, _SIZE_ALIASES.get(key.split(" ")[0] if key else "", ""))


def effective_shot(beat: Beat, panel: Panel) -> Shot:
    """The panel's shot with empty fields taken from the beat's."""
    own, base = panel.shot, beat.shot
    return Shot(size=own.size or base.size, move=own.move or base.move,
                angle=own.angle or base.angle)


def move_kind(move: str) -> str:
    m = move.strip().lower()
    table = (
        (("push", "dolly in", "zoom in", "zoom-in", "推"), "push-in"),
        (("pull", "dolly out", "zoom out", "zoom-out", "拉"), "pull-out"),
        (("whip", "甩"), "whip"),
        (("pan", "摇"), "pan"),
        (("tilt", "俯仰"), "tilt"),
        (("track", "truck", "dolly", "follow", "跟", "移"), "track"),
        (("handheld", "hand-held", "shaky", "手持"), "handheld"),
        (("crane", "jib", "boom", "升", "降"), "crane"),
        (("orbit", "arc", "360", "环绕"), "orbit"),
        (("zoom", "变焦"), "push-in"),
    )
    for words, kind in table:
        if any(w in m for w in words):
            return kind
    return "static" if m in ("", "static", "locked", "fixed", "固定") else "static"


def angle_kind(angle: str) -> str:
    a = angle.strip().lower()
    if any(w in a for w in ("bird", "overhead", "top", "鸟瞰", "顶")):
        return "bird"
    if any(w in a for w in ("worm", "虫")):
        return "worm"
    if any(w in a for w in ("low", "仰")):
        return "low"
    if any(w in a for w in ("high", "俯")):
        return "high"
    if any(w in a for w in ("dutch", "canted", "tilted", "斜", "倾")):
        return "dutch"
    return "eye"


# --- entry point --------------------------------------------------------------------

def auto_frame(beat: Beat, panel: Panel) -> AutoFrame:
    """The drawing for ``panel`` of ``beat`` (a panel not in the beat counts as its first)."""
    shot = effective_shot(beat, panel)
    index = next((i for i, p in enumerate(beat.panels) if p.id == panel.id), 0)
    chars = [c for c in beat.characters if c.strip()][:3]
    size = normal_size(shot.size) or ("MS" if chars else "WS")
    caption = panel_captions(beat)[index] if index < len(beat.panels) else ""
    focus = _focus_order(chars, caption, index)
    move, angle = move_kind(shot.move), angle_kind(shot.angle)
    d = _Drawing(angle, chars)
    _draw_tags(d, beat, size, shot)  # first: the figures' labels make way for them
    subjects = _SHOT_DRAWERS[size](d, focus, beat, index)
    _draw_move(d, move, size)
    items = d.finish()
    return AutoFrame(tuple(items), size, move, angle, tuple(subjects))


def _focus_order(chars: list[str], caption: str, index: int) -> list[str]:
    """Characters with the one the shot is about first: the speaker of the panel's line,
    else alternating with the panel's position (shot / reverse shot)."""
    if not chars:
        return []
    speaker = speaker_of(caption.splitlines()[0]) if caption else None
    first = None
    if speaker:
        s = speaker.lower()
        for c in chars:
            low = c.lower()
            if s == low or s in low.split() or (not s.isascii() and s in low) or low.startswith(s):
                first = c
                break
    if first is None:
        first = chars[index % len(chars)]
    return [first] + [c for c in chars if c != first]


class _Drawing:
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


# --- figures --------------------------------------------------------------------------

def _hair_style(name: str) -> int:
    return hashlib.sha256(name.encode("utf-8")).digest()[0] % 3


@dataclass
class _Fig:
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


def _limb(f: _Fig, path: list[tuple[float, float]], w0: float, w1: float) -> Shape:
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


def _figure(f: _Fig, fill: str = "paper", tone: str = "ink", pose: int = 0) -> list[Item]:
    """Mannequin parts back to front; ``pose`` varies the arms (0 hanging, 1 gesturing)."""
    w = 1.0 - 0.42 * abs(f.facing)  # a body turned to profile looks narrower
    lw = f.line
    sx = f.facing * 0.12  # the chest turns with the face
    items: list[Item] = []
    # legs
    for side in (-1, 1):
        items.append(_limb(f, [(side * 0.36 * w + sx, 3.7), (side * 0.42 * w + sx, 5.5),
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
        arms.append(_limb(f, path, 0.34, 0.24))
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


def _head(f: _Fig, fill: str, tone: str) -> list[Item]:
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


def _name_label(d: "_Drawing", f: _Fig, y_body: float, lo: float = 0.08,
                hi: float = 0.9) -> Label:
    y = min(max(f.y(y_body), lo), hi)
    x = min(max(f.cx, 0.14), 0.86)
    return Label(x, y, d.name(f.name), role="character")


# --- one drawer per shot size ------------------------------------------------------

def _set_room(d: _Drawing, horizon: Optional[float], light: bool = True) -> None:
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


def _set_exterior(d: _Drawing, horizon: Optional[float], skyline: bool) -> None:
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


def _is_interior(beat: Beat) -> bool:
    loc = beat.location.lower()
    outdoors = ("street", "road", "park", "garden", "roof", "beach", "bridge", "car park",
                "gate", "rain", "outside", "exterior", "ext.", "square", "field", "cemetery",
                "街", "路", "园", "桥", "门口", "外", "屋顶", "海", "雨")
    return not any(w in loc for w in outdoors)


def _draw_ecu(d: _Drawing, focus: list[str], beat: Beat, index: int) -> list[str]:
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


def _draw_hand_insert(d: _Drawing, beat: Beat) -> list[str]:
    prop = beat.props[0] if beat.props else "INSERT"
    _object_box(d, 0.5, 0.52, 0.46, prop)
    f = _Fig(cx=0.95, top=0.0, u=0.12)
    # a hand entering from the right: palm and four fingers reaching to the object
    palm = [(0.0, 4.6), (-1.4, 4.3), (-2.2, 4.5), (-2.2, 5.3), (-1.3, 5.6), (0.0, 5.4)]
    d.items.append(Shape(tuple(f.p(*p) for p in palm), 0.008, "ink", True, "paper"))
    for k in range(4):
        y = 4.45 + k * 0.3
        d.items.append(_limb(f, [(-2.1, y), (-2.7 - 0.15 * (k % 2), y - 0.05),
                                 (-3.1 + 0.1 * k, y + 0.1)], 0.26, 0.2))
    d.items.append(_limb(f, [(-1.6, 5.45), (-2.2, 5.75), (-2.7, 5.6)], 0.3, 0.24))  # thumb
    d.items.append(_limb(f, [(0.0, 4.6), (1.5, 4.8)], 1.0, 1.0))  # wrist into frame edge
    return []


def _object_box(d: _Drawing, cx: float, cy: float, w: float, label: str) -> None:
    """A box in perspective on a table edge, with its name."""
    h = w * 0.38
    dx, dy = w * 0.16, -w * 0.16
    x0, x1 = cx - w / 2, cx + w / 2
    y0, y1 = cy - h / 2 * ASPECT * 0.5, cy + h / 2 * ASPECT * 0.5
    d.back.append(Shape(((0.0, y1 + 0.06), (1.0, y1 + 0.06)), 0.005, "ink", role="set"))
    d.back.append(Shape(((0.0, y1 + 0.2), (1.0, y1 + 0.2)), 0.003, "light", role="set"))
    d.items.append(Shape(((x0, y0), (x0 + dx, y0 + dy), (x1 + dx, y0 + dy), (x1, y0)),
                         0.007, "ink", True, "light"))
    d.items.append(Shape(((x1, y0), (x1 + dx, y0 + dy), (x1 + dx, y1 + dy), (x1, y1)),
                         0.007, "ink", True, "mid"))
    d.items.append(Shape(((x0, y0), (x1, y0), (x1, y1), (x0, y1)), 0.007, "ink", True, "paper"))
    d.top.append(Label(cx, (y0 + y1) / 2, label, size=0.024, role="prop"))


def _two_facing(n: int, k: int) -> float:
    """Figures in a group turn towards each other."""
    if n == 1:
        return 0.0
    return 0.55 if k == 0 else -0.55 if k == 1 else 0.0


def _draw_portrait(top: float, bottom_landmark: float, face: bool, pose: int = 0,
                   group: bool = True):
    """CU / MCU / MS / MLS: the focus character large; in MS and MLS (``group``) the
    others stand behind at the other side. A CU or MCU is a single."""
    def draw(d: _Drawing, focus: list[str], beat: Beat, index: int) -> list[str]:
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
        others = [_Fig(cx=x, top=top_y + u * 0.35, u=u * 0.78, facing=0.55 * face_dir,
                       name=name, face=face)
                  for name, (x, face_dir) in zip(focus[1:], spots)]
        main = _Fig(cx=main_x, top=top_y, u=u,
                    facing=0.0 if n == 1 else (0.35 if main_x < 0.5 else -0.35),
                    name=focus[0], face=face)
        for o in others:
            d.items += _figure(o)
        d.items += _figure(main, pose=pose)
        for o in others:
            d.top.append(_name_label(d, o, 2.2 if o.y(2.2) < 0.9 else 1.6))
        d.top.append(_name_label(d, main, 2.3, hi=0.93))
        return [main.name] + [o.name for o in others]
    return draw


def _draw_full(fig_h: float, feet_y: float, skyline: bool):
    """WS / EWS: full bodies small on the ground, a horizon behind."""
    def draw(d: _Drawing, focus: list[str], beat: Beat, index: int) -> list[str]:
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
            f = _Fig(cx=x, top=feet - fig_h * depth + (0.0 if k == 0 else -0.01),
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
            d.items += _figure(f)
        for f in figs:
            d.top.append(Label(f.cx, max(0.08, f.top - 0.035), d.name(f.name), size=0.02,
                               role="character"))
        return [f.name for f in figs]
    return draw


def _draw_ots(d: _Drawing, focus: list[str], beat: Beat, index: int) -> list[str]:
    horizon = d.horizon_y(0.4)
    if _is_interior(beat):
        _set_room(d, horizon)
    else:
        _set_exterior(d, horizon, False)
    facing_name = focus[0] if focus else ""
    over_name = focus[1] if len(focus) > 1 else ""
    far = _Fig(cx=0.63, top=0.14, u=0.2, facing=-0.4, name=facing_name, face=True)
    if facing_name:
        d.items += _figure(far)
    # the shoulder and back of the head we look over, large and dark, cut by the frame
    near = _Fig(cx=0.1, top=0.5, u=0.3, facing=0.3, name=over_name, back=True)
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
        d.top.append(_name_label(d, far, 2.2))
    if over_name:
        d.top.append(Label(0.2, 0.9, d.name(over_name), role="character"))
    return [n for n in (facing_name, over_name) if n]


def _draw_pov(d: _Drawing, focus: list[str], beat: Beat, index: int) -> list[str]:
    viewer = focus[0] if focus else ""
    seen = focus[1:] or []
    if seen:
        _draw_portrait(0.2, 3.7, True)(d, seen[:1], beat, 0)
    else:
        _set_exterior(d, d.horizon_y(0.45), True) if not _is_interior(beat) else _set_room(
            d, d.horizon_y(0.45), light=False)
        if beat.props:
            _object_box(d, 0.5, 0.6, 0.36, beat.props[0])
    # the viewer's eye: a soft vignette and corner brackets
    d.top.append(Ellipse(0.5, 0.5, 0.58, 0.56, 0.006, "ink", None, dashed=True, role="guide"))
    if viewer:
        d.top.append(Label(0.5, 0.15, f"POV: {d.name(viewer)}", size=0.024, role="character"))
    return seen[:1] + ([viewer] if viewer else [])


def _draw_insert(d: _Drawing, focus: list[str], beat: Beat, index: int) -> list[str]:
    prop = beat.props[index % len(beat.props)] if beat.props else "INSERT"
    _object_box(d, 0.5, 0.5, 0.6, prop)
    return []


_SHOT_DRAWERS = {
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


# --- camera moves and tags ----------------------------------------------------------

def _draw_move(d: _Drawing, move: str, size: str) -> None:
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
            top.append(Arrow((_towards(a, b, 0.12), _towards(b, a, 0.08)), 0.009, 0.04))
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


def _towards(a: Pt, b: Pt, t: float) -> Pt:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def _draw_tags(d: _Drawing, beat: Beat, size: str, shot: Shot) -> None:
    if beat.location.strip():
        d.top.append(Label(0.04, 0.035, beat.location.strip(), size=0.019, role="location",
                           anchor="left"))
    tag = " · ".join(t for t in (size, shot.move.strip().upper() if shot.move.strip().lower()
                                 not in ("", "static") else "",
                                 shot.angle.strip().upper()) if t)
    d.top.append(Label(0.96, 0.035, tag, size=0.019, role="shot", anchor="right"))

"""Vector sketches: layers of pressure strokes, their file format and their outline geometry.

A sketch is drawn on a fixed canvas of ``CANVAS_W`` x ``CANVAS_H`` units (1080 x 1920, the
9:16 frame at full HD); renderers scale it to any size, so it prints crisp. Layers are
painted bottom to top: ``reference`` (an optional picture plus strokes, shown dimmed),
``rough`` and ``ink`` by default. Inside a layer strokes paint in order and an ``eraser``
stroke clears what is under it *in that layer only*.

Geometry stays here, Qt-free: ``stroke_outline`` turns a stroke into one filled polygon
(variable width from pressure, round caps, light smoothing) and ``stroke_paint`` says
how to fill it. Qt (beatboard.render) and reportlab only fill those polygons, using the
non-zero winding rule (the outline of a sharp turn overlaps itself).

File format (``FILE_FORMAT``, version ``FILE_VERSION``): UTF-8 JSON written one stroke per
line so a git diff of an edited panel shows only the strokes that changed::

    {"format": "beatboard-sketch", "version": 1, "canvas": [1080, 1920], "layers": [
    {"kind": "rough", "name": "Rough", "opacity": 1, "visible": true, "strokes": [
    {"tool":"pencil","colour":"grey","width":6,"points":"oGwMkDGBE"}
    ]}
    ]}

``points`` holds integers: the first point ``x, y, p`` in canvas units with the pressure
``p`` in hundredths (0-100), then every further point as the *difference* from the
previous one. BeatBoard writes them as a short text (``encode_ints``: zigzag, 5 bits a
character, about 3-4 characters a point) and reads either that text or a plain JSON list
of integers, which other tools may write. An optional ``tilt`` list holds ``tx, ty`` per
point in whole degrees (-90..90), absolute. A reference layer may carry
``"image"``: a picture path relative to the project folder.

Loading is capped (``MAX_*`` below) and every problem raises ``BeatBoardFileError`` naming
the file and the place (layer and stroke number).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence

from .errors import BeatBoardFileError
from .jsontext import parse_json
from .userfiles import read_user_file

FILE_FORMAT = "beatboard-sketch"
FILE_VERSION = 1
FILE_SUFFIX = ".sketch.json"
CANVAS_W = 1080
CANVAS_H = 1920

TOOLS = ("pencil", "pen", "marker", "eraser")
LAYER_KINDS = ("reference", "rough", "ink")
# Blocking colours a storyboard artist expects; any "#rrggbb" is accepted too.
COLOURS = {"black": "#1a1a1a", "grey": "#7a7a7a", "red": "#d62828", "blue": "#2f6db5"}
# A marker is translucent so blocking tones stack; the others are opaque.
TOOL_ALPHA = {"pencil": 0.9, "pen": 1.0, "marker": 0.35, "eraser": 1.0}
DEFAULT_REFERENCE_OPACITY = 0.35

# Caps on what a sketch file may hold (a typical panel: 200 strokes, ~6,000 points).
MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_LAYERS = 16
MAX_STROKES = 20_000  # in the whole sketch
MAX_POINTS_PER_STROKE = 20_000
MAX_POINTS = 400_000  # in the whole sketch
MAX_COORD = 10_000  # |x|, |y| in canvas units: strokes may run off the frame, not to infinity
MIN_WIDTH, MAX_WIDTH = 0.5, 400.0
MAX_NAME = 80


# --- model -------------------------------------------------------------------------

@dataclass
class Stroke:
    """One pen-down to pen-up. ``points`` are ``(x, y, pressure)`` with x, y whole canvas
    units and pressure 0..1 in hundredths (``make_stroke`` quantises); ``tilt`` is None or
    one ``(tx, ty)`` in whole degrees per point."""

    tool: str
    colour: str
    width: float
    points: list[tuple[int, int, float]]
    tilt: Optional[list[tuple[int, int]]] = None

    @property
    def erases(self) -> bool:
        return self.tool == "eraser"


@dataclass
class Layer:
    kind: str = "rough"
    name: str = ""
    opacity: float = 1.0
    visible: bool = True
    strokes: list[Stroke] = field(default_factory=list)
    image: Optional[str] = None  # reference picture, relative to the project folder

    def __post_init__(self):
        if not self.name:
            self.name = self.kind.capitalize()


@dataclass
class Sketch:
    layers: list[Layer] = field(default_factory=list)

    def layer(self, kind: str) -> Optional[Layer]:
        for layer in self.layers:
            if layer.kind == kind:
                return layer
        return None

    @property
    def stroke_count(self) -> int:
        return sum(len(layer.strokes) for layer in self.layers)

    @property
    def is_empty(self) -> bool:
        return all(not l.strokes and not l.image for l in self.layers)


def new_sketch(reference_image: Optional[str] = None) -> Sketch:
    """An empty sketch with the three standard layers."""
    return Sketch(layers=[
        Layer("reference", opacity=DEFAULT_REFERENCE_OPACITY, image=reference_image),
        Layer("rough"),
        Layer("ink"),
    ])


def colour_hex(colour: str) -> str:
    """``#rrggbb`` for a named blocking colour or a hex colour; ValueError otherwise."""
    c = colour.strip().lower()
    if c in COLOURS:
        return COLOURS[c]
    if len(c) == 7 and c[0] == "#" and all(ch in "0123456789abcdef" for ch in c[1:]):
        return c
    raise ValueError(f"unknown colour {colour!r} (use black, grey, red, blue or #rrggbb)")


def make_stroke(tool: str, colour: str, width: float,
                raw: Iterable[Sequence[float]], tilt: Optional[Iterable[Sequence[float]]] = None,
                tolerance: float = 1.0) -> Stroke:
    """A stroke from raw input points ``(x, y, pressure)`` in canvas units.

    Quantises to the file's precision and drops points that add nothing (within
    ``tolerance`` canvas units of the simplified line, pressure within 0.06), which is what
    keeps a 200-stroke panel a few tens of KB. ``tolerance=0`` keeps every distinct point.
    """
    if tool not in TOOLS:
        raise ValueError(f"unknown tool {tool!r} (use {', '.join(TOOLS)})")
    colour_hex(colour)
    width = round(float(width), 1)
    if not (MIN_WIDTH <= width <= MAX_WIDTH):
        raise ValueError(f"width {width} is outside {MIN_WIDTH}..{MAX_WIDTH}")
    pts: list[tuple[int, int, float]] = []
    tilts: list[tuple[int, int]] = []
    tilt_list = list(tilt) if tilt is not None else None
    for i, p in enumerate(raw):
        x, y = float(p[0]), float(p[1])
        pr = float(p[2]) if len(p) > 2 else 0.5
        if not (math.isfinite(x) and math.isfinite(y) and math.isfinite(pr)):
            continue  # a glitching tablet driver; never store NaN
        q = (_clamp_int(x, MAX_COORD), _clamp_int(y, MAX_COORD),
             round(min(1.0, max(0.0, pr)) * 100) / 100)
        if pts and q[0] == pts[-1][0] and q[1] == pts[-1][1]:
            pts[-1] = (q[0], q[1], max(q[2], pts[-1][2]))
            continue
        pts.append(q)
        if tilt_list is not None:
            t = tilt_list[i] if i < len(tilt_list) else (0, 0)
            tilts.append((_clamp_int(t[0], 90), _clamp_int(t[1], 90)))
    if len(pts) > MAX_POINTS_PER_STROKE:
        pts = pts[:MAX_POINTS_PER_STROKE]
        tilts = tilts[:MAX_POINTS_PER_STROKE]
    if tolerance > 0 and len(pts) > 2:
        # Smooth the hand's jitter first (the renderer would anyway), so the
        # simplification keeps the shape, not the noise.
        pts = _smooth_input(pts)
        keep = _simplify(pts, tolerance)
        pts = [pts[i] for i in keep]
        tilts = [tilts[i] for i in keep] if tilts else tilts
    return Stroke(tool, colour, width, pts, tilts if tilt_list is not None and tilts else None)


def _clamp_int(v: float, limit: int) -> int:
    try:
        return max(-limit, min(limit, int(round(float(v)))))
    except (ValueError, OverflowError):
        return 0


SMOOTH_SPAN = 12.0  # input points this close are jitter of one motion; farther ones are corners


def _smooth_input(pts: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Two passes of a 1-2-1 filter over densely sampled input; a point whose neighbour is
    farther than ``SMOOTH_SPAN`` is a deliberate corner (a zigzag, a sparse line) and stays."""
    n = len(pts)
    xs = [float(p[0]) for p in pts]
    ys = [float(p[1]) for p in pts]
    ps = [p[2] for p in pts]
    span2 = SMOOTH_SPAN * SMOOTH_SPAN
    dense = [0 < i < n - 1
             and (xs[i] - xs[i - 1]) ** 2 + (ys[i] - ys[i - 1]) ** 2 <= span2
             and (xs[i + 1] - xs[i]) ** 2 + (ys[i + 1] - ys[i]) ** 2 <= span2
             for i in range(n)]
    for _ in range(2):
        xs = [(xs[i - 1] + 2 * xs[i] + xs[i + 1]) * 0.25 if dense[i] else xs[i] for i in range(n)]
        ys = [(ys[i - 1] + 2 * ys[i] + ys[i + 1]) * 0.25 if dense[i] else ys[i] for i in range(n)]
        ps = [(ps[i - 1] + 2 * ps[i] + ps[i + 1]) * 0.25 if 0 < i < n - 1 else ps[i]
              for i in range(n)]
    return [(int(round(x)), int(round(y)), round(p * 100) / 100) for x, y, p in zip(xs, ys, ps)]


def _simplify(pts: list[tuple[int, int, float]], tol: float) -> list[int]:
    """Ramer-Douglas-Peucker on x, y that also keeps pressure changes; indices kept."""
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    tol2 = tol * tol
    while stack:
        a, b = stack.pop()
        if b - a < 2:
            continue
        ax, ay, ap = pts[a]
        bx, by, bp = pts[b]
        dx, dy = bx - ax, by - ay
        seg2 = dx * dx + dy * dy
        worst, worst_i = -1.0, -1
        for i in range(a + 1, b):
            px, py, pp = pts[i]
            if seg2 == 0:
                d2 = (px - ax) ** 2 + (py - ay) ** 2
                t = 0.0
            else:
                t = ((px - ax) * dx + (py - ay) * dy) / seg2
                t = 0.0 if t < 0 else 1.0 if t > 1 else t
                d2 = (ax + t * dx - px) ** 2 + (ay + t * dy - py) ** 2
            # a pressure swell matters as much as a bend: weigh it in canvas units
            dp = abs(ap + t * (bp - ap) - pp)
            score = d2 / tol2 if dp <= 0.06 else 1.0 + dp
            if score > worst:
                worst, worst_i = score, i
        if worst > 1.0:
            keep[worst_i] = True
            stack.append((a, worst_i))
            stack.append((worst_i, b))
    return [i for i, k in enumerate(keep) if k]


# --- geometry --------------------------------------------------------------------

def stroke_radius(stroke: Stroke, pressure: float, tilt: tuple[int, int] | None = None) -> float:
    """Half the drawn width at one point: each tool answers pressure differently."""
    half = stroke.width / 2
    if stroke.tool == "pencil":
        r = half * (0.3 + 0.7 * pressure)
        if tilt is not None:  # a tilted pencil shades with its side
            r *= 1.0 + 0.6 * min(1.0, math.hypot(tilt[0], tilt[1]) / 60.0)
    elif stroke.tool == "pen":
        r = half * (0.15 + 0.85 * pressure)
    elif stroke.tool == "marker":
        r = half
    else:  # eraser
        r = half * (0.6 + 0.4 * pressure)
    return max(r, 0.35)


def stroke_paint(stroke: Stroke) -> tuple[str, float, bool]:
    """``(colour #rrggbb, alpha 0..1, erases)``: how a backend fills the outline. An eraser
    clears its layer (Qt: CompositionMode_Clear into the layer image)."""
    try:
        hexc = colour_hex(stroke.colour)
    except ValueError:
        hexc = COLOURS["black"]
    return hexc, TOOL_ALPHA.get(stroke.tool, 1.0), stroke.erases


MAX_SEGMENT = 10.0  # longer segments get Catmull-Rom points so curves stay round


def _radii(stroke: Stroke) -> list[float]:
    pts = stroke.points
    tilts = stroke.tilt if stroke.tilt and len(stroke.tilt) == len(pts) else None
    half = stroke.width / 2
    tool = stroke.tool
    if tool == "pen":
        a, b = half * 0.15, half * 0.85
    elif tool == "pencil":
        a, b = half * 0.3, half * 0.7
    elif tool == "eraser":
        a, b = half * 0.6, half * 0.4
    else:
        a, b = half, 0.0
    out = [max(a + b * p[2], 0.35) for p in pts]
    if tilts is not None and tool == "pencil":
        out = [stroke_radius(stroke, p[2], t) for p, t in zip(pts, tilts)]
    return out


def stroke_centerline(stroke: Stroke, detail: float = 1.0) -> list[tuple[float, float, float]]:
    """The smoothed centre line ``(x, y, radius)`` the outline is built around.
    ``detail``: output pixels per canvas unit; below 1 (a thumbnail) curves get fewer
    in-between points, as they would be invisible anyway."""
    max_seg = MAX_SEGMENT / detail if detail < 1 else MAX_SEGMENT
    max_seg = min(max_seg, 80.0)
    pts = stroke.points
    n = len(pts)
    if n == 0:
        return []
    rad = _radii(stroke)
    if n == 1:
        return [(float(pts[0][0]), float(pts[0][1]), rad[0])]
    xs: list[float] = []
    ys: list[float] = []
    rs: list[float] = []
    for i in range(n - 1):
        x1, y1, _ = pts[i]
        x2, y2, _ = pts[i + 1]
        r1 = rad[i]
        xs.append(x1)
        ys.append(y1)
        rs.append(r1)
        dx, dy = x2 - x1, y2 - y1
        if dx * dx + dy * dy > max_seg * max_seg:
            seg = math.sqrt(dx * dx + dy * dy)
            r2 = rad[i + 1]
            x0, y0, _ = pts[i - 1] if i > 0 else pts[i]
            x3, y3, _ = pts[i + 2] if i + 2 < n else pts[i + 1]
            steps = min(12, int(seg / max_seg) + 1)
            for s in range(1, steps):
                t = s / steps
                t2 = t * t
                t3 = t2 * t
                # Catmull-Rom through p1, p2 with neighbours p0, p3
                a = -0.5 * t3 + t2 - 0.5 * t
                b = 1.5 * t3 - 2.5 * t2 + 1
                c = -1.5 * t3 + 2 * t2 + 0.5 * t
                d = 0.5 * t3 - 0.5 * t2
                xs.append(a * x0 + b * x1 + c * x2 + d * x3)
                ys.append(a * y0 + b * y1 + c * y2 + d * y3)
                rs.append(r1 + (r2 - r1) * t)
    xs.append(pts[-1][0])
    ys.append(pts[-1][1])
    rs.append(rad[-1])
    m = len(xs)
    if m > 3:  # light smoothing of hand jitter; the ends stay where the pen was
        xs = [xs[0]] + [(xs[i - 1] + 2 * xs[i] + xs[i + 1]) * 0.25 for i in range(1, m - 1)] + [xs[-1]]
        ys = [ys[0]] + [(ys[i - 1] + 2 * ys[i] + ys[i + 1]) * 0.25 for i in range(1, m - 1)] + [ys[-1]]
    return list(zip(xs, ys, rs))


def stroke_outline(stroke: Stroke, detail: float = 1.0) -> list[tuple[float, float]]:
    """The stroke as one closed polygon in canvas units: left edge forward, a round cap,
    the right edge back, a round cap. Fill it with the non-zero winding rule.
    ``detail`` is the output pixels per canvas unit (1 for a 1080x1920 frame); smaller
    values give fewer points for thumbnails, the same shape to the eye."""
    line = stroke_centerline(stroke, detail)
    if not line:
        return []
    if len(line) == 1:
        x, y, r = line[0]
        return _arc(x, y, r, 0.0, 2 * math.pi, _cap_steps(r * min(detail, 1.0)) * 2)
    n = len(line)
    left: list[tuple[float, float]] = []
    right: list[tuple[float, float]] = []
    sqrt = math.sqrt
    nx = ny = 0.0
    for i in range(n):
        xa, ya, _ = line[i - 1] if i > 0 else line[i]
        xb, yb, _ = line[i + 1] if i + 1 < n else line[i]
        dx, dy = xb - xa, yb - ya
        d2 = dx * dx + dy * dy
        if d2 > 1e-18:  # else keep the previous normal (a repeated point)
            inv = 1.0 / sqrt(d2)
            nx, ny = -dy * inv, dx * inv
        x, y, r = line[i]
        left.append((x + nx * r, y + ny * r))
        right.append((x - nx * r, y - ny * r))
    xe, ye, re_ = line[-1]
    xs, ys, rs = line[0]
    end_dir = _direction(line[-2], line[-1])
    start_dir = _direction(line[1], line[0])
    poly = left
    # end cap: from the left edge round the tip to the right edge
    k = min(detail, 1.0)
    poly += _arc(xe, ye, re_, end_dir + math.pi / 2, end_dir - math.pi / 2, _cap_steps(re_ * k))
    right.reverse()
    poly += right
    poly += _arc(xs, ys, rs, start_dir + math.pi / 2, start_dir - math.pi / 2, _cap_steps(rs * k))
    return poly


def _direction(a, b) -> float:
    return math.atan2(b[1] - a[1], b[0] - a[0])


def _cap_steps(r: float) -> int:
    return 3 if r < 2 else 5 if r < 6 else 8 if r < 20 else 14


def _arc(cx: float, cy: float, r: float, a0: float, a1: float, steps: int):
    """Points on a circle from angle a0 to a1 (exclusive of both ends for caps)."""
    out = []
    for s in range(1, steps):
        a = a0 + (a1 - a0) * s / steps
        out.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    if a1 - a0 == 2 * math.pi:
        out.append((cx + r * math.cos(a0), cy + r * math.sin(a0)))
    return out


def stroke_bounds(stroke: Stroke) -> tuple[float, float, float, float]:
    """``(x0, y0, x1, y1)`` including the drawn width (for dirty rectangles)."""
    if not stroke.points:
        return (0.0, 0.0, 0.0, 0.0)
    pad = stroke.width * (1.6 if stroke.tool == "pencil" else 1.0) / 2 + 2
    xs = [p[0] for p in stroke.points]
    ys = [p[1] for p in stroke.points]
    return (min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad)


# --- file format -----------------------------------------------------------------

def dumps(sketch: Sketch) -> str:
    """The file text: canonical, one stroke per line, points delta-encoded."""
    lines = [f'{{"format": "{FILE_FORMAT}", "version": {FILE_VERSION}, '
             f'"canvas": [{CANVAS_W}, {CANVAS_H}], "layers": [']
    for li, layer in enumerate(sketch.layers):
        head: dict[str, Any] = {"kind": layer.kind, "name": layer.name,
                                "opacity": _num(layer.opacity), "visible": layer.visible}
        if layer.image:
            head["image"] = layer.image
        text = json.dumps(head, ensure_ascii=False)[:-1] + ', "strokes": ['
        lines.append(text)
        for si, s in enumerate(layer.strokes):
            sep = "," if si + 1 < len(layer.strokes) else ""
            lines.append(_stroke_line(s) + sep)
        lines.append("]}" + ("," if li + 1 < len(sketch.layers) else ""))
    lines.append("]}")
    return "\n".join(lines) + "\n"


def _num(v: float):
    return int(v) if float(v).is_integer() else round(float(v), 3)


# Points as text: each integer zigzag-encoded (0, -1, 1, -2... -> 0, 1, 2, 3...) and
# written as little-endian groups of 5 bits, one character of the URL-safe base64
# alphabet per group, the 6th bit saying "more groups follow". A delta under 16 is one
# character, under 512 two: a point takes 3-4 characters instead of ~10 as JSON numbers.
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_DIGIT = {c: i for i, c in enumerate(_ALPHABET)}


def encode_ints(values: Sequence[int]) -> str:
    out = []
    for v in values:
        z = (v << 1) if v >= 0 else ((-v << 1) - 1)
        while True:
            group = z & 31
            z >>= 5
            if z:
                out.append(_ALPHABET[group | 32])
            else:
                out.append(_ALPHABET[group])
                break
    return "".join(out)


def decode_ints(text: str, limit: int) -> list[int]:
    """The integers of ``encode_ints``; ValueError on a bad character, a dangling group or
    more than ``limit`` values."""
    out: list[int] = []
    z = shift = 0
    digit = _DIGIT
    for ch in text:
        d = digit.get(ch)
        if d is None:
            raise ValueError(f"{ch!r} is not a point character")
        z |= (d & 31) << shift
        if d & 32:
            shift += 5
            if shift > 60:
                raise ValueError("a number in the points is too long")
            continue
        out.append((z >> 1) if not z & 1 else -((z + 1) >> 1))
        if len(out) > limit:
            raise ValueError("too many points")
        z = shift = 0
    if shift:
        raise ValueError("the points end in the middle of a number")
    return out


def flat_points(s: Stroke) -> list[int]:
    """``x0, y0, p0`` then the differences to each next point (pressure in hundredths)."""
    flat: list[int] = []
    px = py = pp = 0
    for i, (x, y, p) in enumerate(s.points):
        q = int(round(p * 100))
        if i == 0:
            flat += (x, y, q)
        else:
            flat += (x - px, y - py, q - pp)
        px, py, pp = x, y, q
    return flat


def _stroke_line(s: Stroke) -> str:
    out = (f'{{"tool":"{s.tool}","colour":{json.dumps(s.colour)},"width":{_num(s.width)},'
           f'"points":"{encode_ints(flat_points(s))}"')
    if s.tilt:
        out += f',"tilt":[{",".join(str(v) for t in s.tilt for v in t)}]'
    return out + "}"


def save(sketch: Sketch, path: str | Path) -> None:
    from .atomic import atomic_write_text
    atomic_write_text(path, dumps(sketch))


def load(path: str | Path) -> Sketch:
    """Read a sketch file; ``BeatBoardFileError`` naming the file and place on any problem."""
    return loads(read_user_file(path, "sketch file", MAX_FILE_BYTES), path)


def _no_constants(name: str):
    raise ValueError(f"{name} is not a number a sketch may hold")


def loads(raw: bytes | str, path: str | Path | None = None) -> Sketch:
    if isinstance(raw, bytes):
        if len(raw) > MAX_FILE_BYTES:
            raise BeatBoardFileError(path, "", f"sketch file is too large ({len(raw)} bytes)")
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise BeatBoardFileError(path, "", "the sketch file is not UTF-8 text") from None
    # Shared with project files: a repeated key or a huge number gets BeatBoard's message.
    data = parse_json(raw, path, parse_constant=_no_constants)
    return _Reader(path).sketch(data)


class _Reader:
    """Turns parsed JSON into a Sketch, checking types and caps with precise places."""

    def __init__(self, path):
        self.path = path
        self.total_points = 0
        self.total_strokes = 0

    def fail(self, place: str, problem: str):
        raise BeatBoardFileError(self.path, place, problem)

    def sketch(self, data: Any) -> Sketch:
        if not isinstance(data, dict):
            self.fail("top level", "expected a JSON object")
        if data.get("format") != FILE_FORMAT:
            self.fail("format", f'not a BeatBoard sketch (expected "format": "{FILE_FORMAT}")')
        version = data.get("version")
        if type(version) is not int or version < 1:
            self.fail("version", f"expected a whole number, got {version!r}")
        if version > FILE_VERSION:
            self.fail("version", f"sketch format version {version} is newer than this "
                                 f"BeatBoard understands ({FILE_VERSION}); please update BeatBoard")
        canvas = data.get("canvas", [CANVAS_W, CANVAS_H])
        if canvas != [CANVAS_W, CANVAS_H]:
            self.fail("canvas", f"expected [{CANVAS_W}, {CANVAS_H}], got {canvas!r}")
        layers = data.get("layers")
        if not isinstance(layers, list):
            self.fail("layers", "expected a list of layers")
        if len(layers) > MAX_LAYERS:
            self.fail("layers", f"too many layers ({len(layers)}; at most {MAX_LAYERS})")
        return Sketch(layers=[self.layer(i, raw) for i, raw in enumerate(layers)])

    def layer(self, i: int, raw: Any) -> Layer:
        place = f"layer {i + 1}"
        if not isinstance(raw, dict):
            self.fail(place, "expected a JSON object")
        kind = raw.get("kind", "rough")
        if not isinstance(kind, str) or not kind or len(kind) > 32:
            self.fail(place, f"kind must be a short text, got {kind!r}")
        place = f"layer {i + 1} ({kind})"
        name = raw.get("name", "")
        if not isinstance(name, str) or len(name) > MAX_NAME:
            self.fail(place, "name must be a text of at most 80 characters")
        opacity = raw.get("opacity", 1)
        if type(opacity) not in (int, float) or not (0 <= opacity <= 1):
            self.fail(place, f"opacity must be a number from 0 to 1, got {opacity!r}")
        visible = raw.get("visible", True)
        if not isinstance(visible, bool):
            self.fail(place, f"visible must be true or false, got {visible!r}")
        image = raw.get("image")
        if image is not None and (not isinstance(image, str) or len(image) > 1000):
            self.fail(place, f"image must be a path, got {image!r}"[:200])
        # A path leading out of the project is kept (nothing is lost) and refused when
        # drawn (core.assets.resolve): the strokes still show, with a warning.
        unknown = set(raw) - {"kind", "name", "opacity", "visible", "image", "strokes"}
        if unknown:
            self.fail(place, f"unknown field {sorted(unknown)[0]!r} (check the spelling)")
        strokes = raw.get("strokes", [])
        if not isinstance(strokes, list):
            self.fail(place, "strokes must be a list")
        out = [self.stroke(place, j, s) for j, s in enumerate(strokes)]
        return Layer(kind, name, float(opacity), visible, out,
                     image.replace("\\", "/") if image else None)

    def stroke(self, layer_place: str, j: int, raw: Any) -> Stroke:
        place = f"{layer_place}, stroke {j + 1}"
        self.total_strokes += 1
        if self.total_strokes > MAX_STROKES:
            self.fail(place, f"too many strokes (at most {MAX_STROKES} in a sketch)")
        if not isinstance(raw, dict):
            self.fail(place, "expected a JSON object")
        tool = raw.get("tool")
        if tool not in TOOLS:
            self.fail(place, f"unknown tool {tool!r} (use {', '.join(TOOLS)})")
        colour = raw.get("colour", "black")
        try:
            if not isinstance(colour, str):
                raise ValueError(f"colour must be a text, got {colour!r}")
            colour_hex(colour)
        except ValueError as e:
            self.fail(place, str(e))
        width = raw.get("width")
        if type(width) not in (int, float) or not (MIN_WIDTH <= width <= MAX_WIDTH):
            self.fail(place, f"width must be a number from {MIN_WIDTH} to {MAX_WIDTH}, "
                             f"got {width!r}")
        flat = raw.get("points")
        if isinstance(flat, str):
            if len(flat) > MAX_POINTS_PER_STROKE * 3 * 4:
                self.fail(place, f"too many points (at most {MAX_POINTS_PER_STROKE} a stroke)")
            try:
                flat = decode_ints(flat, MAX_POINTS_PER_STROKE * 3)
            except ValueError as e:
                self.fail(place, f"points: {e}")
        if not isinstance(flat, list) or len(flat) % 3 or not flat:
            self.fail(place, "points must be a non-empty list of x, y, pressure triples")
        n = len(flat) // 3
        if n > MAX_POINTS_PER_STROKE:
            self.fail(place, f"too many points ({n}; at most {MAX_POINTS_PER_STROKE} a stroke)")
        self.total_points += n
        if self.total_points > MAX_POINTS:
            self.fail(place, f"too many points (at most {MAX_POINTS} in a sketch)")
        if not all(type(v) is int for v in flat):
            k = next(k for k, v in enumerate(flat) if type(v) is not int)
            self.fail(f"{place}, point {k // 3 + 1}",
                      f"coordinates and pressure must be whole numbers, got {flat[k]!r}")
        pts: list[tuple[int, int, float]] = []
        x = y = p = 0
        for k in range(0, len(flat), 3):
            if k == 0:
                x, y, p = flat[0], flat[1], flat[2]
            else:
                x += flat[k]
                y += flat[k + 1]
                p += flat[k + 2]
            if abs(x) > MAX_COORD or abs(y) > MAX_COORD:
                self.fail(f"{place}, point {k // 3 + 1}",
                          f"coordinates ({x}, {y}) are outside ±{MAX_COORD}")
            if not 0 <= p <= 100:
                self.fail(f"{place}, point {k // 3 + 1}",
                          f"pressure {p} is outside 0..100")
            pts.append((x, y, p / 100))
        tilt = raw.get("tilt")
        tilts = None
        if tilt is not None:
            if (not isinstance(tilt, list) or len(tilt) != 2 * n
                    or not all(type(v) is int and -90 <= v <= 90 for v in tilt)):
                self.fail(place, "tilt must hold two whole degrees (-90..90) per point")
            tilts = [(tilt[k], tilt[k + 1]) for k in range(0, len(tilt), 2)]
        unknown = set(raw) - {"tool", "colour", "width", "points", "tilt"}
        if unknown:
            self.fail(place, f"unknown field {sorted(unknown)[0]!r} (check the spelling)")
        return Stroke(tool, colour, float(width), pts, tilts)


def json_schema() -> dict[str, Any]:
    """JSON Schema (2020-12) of a sketch file, for other tools; the loader's caps (NaN,
    point counts, coordinate range) are stricter than a schema can say."""
    points = {"oneOf": [
        {"type": "string", "pattern": "^[A-Za-z0-9_-]+$",
         "description": "encode_ints text: zigzag integers, 5 bits a character, bit 6 = more"},
        {"type": "array", "items": {"type": "integer"}, "minItems": 3,
         "description": "x0, y0, p0, then differences; pressure in hundredths"}]}
    stroke = {"type": "object", "additionalProperties": False,
              "required": ["tool", "width", "points"],
              "properties": {
                  "tool": {"enum": list(TOOLS)},
                  "colour": {"type": "string",
                             "pattern": "^(black|grey|red|blue|#[0-9A-Fa-f]{6})$"},
                  "width": {"type": "number", "minimum": MIN_WIDTH, "maximum": MAX_WIDTH},
                  "points": points,
                  "tilt": {"type": "array", "items": {"type": "integer", "minimum": -90,
                                                      "maximum": 90}}}}
    layer = {"type": "object", "additionalProperties": False,
             "properties": {
                 "kind": {"type": "string", "maxLength": 32,
                          "description": "reference, rough, ink (or another name)"},
                 "name": {"type": "string", "maxLength": MAX_NAME},
                 "opacity": {"type": "number", "minimum": 0, "maximum": 1},
                 "visible": {"type": "boolean"},
                 "image": {"type": "string", "maxLength": 1000,
                           "description": "reference picture, relative to the project folder"},
                 "strokes": {"type": "array", "items": stroke}}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:beatboard:sketch:{FILE_VERSION}",
        "title": f"BeatBoard sketch (format version {FILE_VERSION})",
        "type": "object",
        "required": ["format", "version", "layers"],
        "properties": {
            "format": {"const": FILE_FORMAT},
            "version": {"type": "integer", "minimum": 1, "maximum": FILE_VERSION},
            "canvas": {"const": [CANVAS_W, CANVAS_H]},
            "layers": {"type": "array", "maxItems": MAX_LAYERS, "items": layer},
        },
    }

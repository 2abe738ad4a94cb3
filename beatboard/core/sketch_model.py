"""The sketch model: layers of pressure strokes, and turning raw input into a stroke
(quantising, smoothing the hand's jitter, dropping points that add nothing). Qt-free;
``core.sketch`` is the public face of the sketch modules."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

FILE_FORMAT = "beatboard-sketch"
# 1: three layers found by kind (reference, rough, ink). 2: a free list of layers, each
# with an ``id``; the "nonphoto" colour. Version 1 files read unchanged.
FILE_VERSION = 2
FILE_SUFFIX = ".sketch.json"
CANVAS_W = 1080
CANVAS_H = 1920

TOOLS = ("pencil", "pen", "marker", "eraser")
# A layer's kind is its role: a reference layer carries the picture to trace and starts
# faint; a rough layer's strokes start in non-photo blue. Any other kind is plain drawing.
LAYER_KINDS = ("reference", "rough", "ink")
# Blocking colours a storyboard artist expects; any "#rrggbb" is accepted too.
COLOURS = {"black": "#1a1a1a", "grey": "#7a7a7a", "red": "#d62828", "blue": "#2f6db5",
           "nonphoto": "#8ec9ee"}
# On paper a light blue would vanish from a black-and-white board: it prints mid grey.
PRINT_COLOURS = {"nonphoto": "#8c8c8c"}
DEFAULT_COLOUR = {"rough": "nonphoto"}  # by layer kind; otherwise black
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
    id: str = ""  # unique in its sketch; the kind when left empty

    def __post_init__(self):
        if not self.name:
            self.name = self.kind.capitalize()
        if not self.id:
            self.id = self.kind


@dataclass
class Sketch:
    layers: list[Layer] = field(default_factory=list)

    def layer(self, kind: str) -> Optional[Layer]:
        for layer in self.layers:
            if layer.kind == kind:
                return layer
        return None

    def index_of(self, layer_id: str) -> int:
        """The position of the layer ``layer_id`` (0 is the bottom); KeyError if absent."""
        for i, layer in enumerate(self.layers):
            if layer.id == layer_id:
                return i
        raise KeyError(layer_id)

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


def free_layer_id(taken: set[str], kind: str) -> str:
    """``kind`` if unused, else ``kind-2``, ``kind-3``... (ids stay short and readable)."""
    base = re.sub(r"[^A-Za-z0-9_-]", "", kind)[:24] or "layer"
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def default_colour(kind: str) -> str:
    """The colour a new stroke in a layer of ``kind`` starts with."""
    return DEFAULT_COLOUR.get(kind, "black")


def colour_hex(colour: str) -> str:
    """``#rrggbb`` for a named blocking colour or a hex colour; ValueError otherwise."""
    c = colour.strip().lower()
    if c in COLOURS:
        return COLOURS[c]
    if len(c) == 7 and c[0] == "#" and all(ch in "0123456789abcdef" for ch in c[1:]):
        return c
    raise ValueError(f"unknown colour {colour!r} (use black, grey, red, blue, nonphoto or #rrggbb)")


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


"""A panel's vector sketch as PDF paths: every stroke a filled outline polygon.

The outlines come from ``core.sketch.stroke_outline`` (the geometry the editor fills
too). Each stroke becomes PDF path operators in sketch canvas units (1080 x 1920, y down),
cached per stroke, and one transform places the whole sketch in any frame, so the
strings are built once per sketch whatever the frame size.

Erasers: an eraser clears what is under it *in its own layer only*. On paper we clip:
the strokes drawn before an eraser are painted inside a clip that is the whole frame
minus the eraser's outline (even-odd rule), nested for every later eraser of the layer.
Lower layers and the reference picture stay visible through the erased area, as in the
editor. (Painting paper colour over it would also hide the layers beneath.) A very sharp
turn in an eraser's outline may overlap itself; with the even-odd clip that small overlap
is left unerased, a sliver no one reads on a printed board.
"""
from __future__ import annotations

import math
from ...core import sketch as sk
from .layout import Rect
from .style import Style, hex_rgb

FAR = 20000  # the clip's outer rectangle: beyond any stroke (MAX_COORD is 10,000)


PRINT_TOLERANCE_PT = 0.2  # outline points closer than this on paper (0.07 mm) add nothing visible


def tolerance_for(frame_w: float) -> float:
    """Canvas units a point may move when simplifying for a frame ``frame_w`` pt wide,
    rounded to a power of two so frames of similar size share the cached paths."""
    tol = max(1.0, PRINT_TOLERANCE_PT * sk.CANVAS_W / max(frame_w, 1.0))
    return float(2 ** round(math.log2(tol)))


def simplify(poly, tol: float) -> list:
    """Douglas-Peucker: the fewest points such that the outline moves by less than
    ``tol`` (round caps and smooth edges keep only the points their curvature needs)."""
    n = len(poly)
    if n < 4:
        return list(poly)
    xs = [q[0] for q in poly]
    ys = [q[1] for q in poly]
    keep = [False] * n
    keep[0] = keep[-1] = True
    t2 = tol * tol
    stack = [(0, n - 1)]
    while stack:
        i, j = stack.pop()
        ax, ay = xs[i], ys[i]
        dx, dy = xs[j] - ax, ys[j] - ay
        d2 = dx * dx + dy * dy
        worst, at = -1.0, -1
        if d2 > 1e-12:
            for k in range(i + 1, j):
                c = (xs[k] - ax) * dy - (ys[k] - ay) * dx
                dist = c * c / d2
                if dist > worst:
                    worst, at = dist, k
        else:
            for k in range(i + 1, j):
                px, py = xs[k] - ax, ys[k] - ay
                dist = px * px + py * py
                if dist > worst:
                    worst, at = dist, k
        if worst > t2:
            keep[at] = True
            stack.append((i, at))
            stack.append((at, j))
    return [q for q, k in zip(poly, keep) if k]


def poly_code(poly, tol: float = 1.0) -> str:
    """A closed PDF path in whole canvas units (one unit is 0.3 pt on a 600 pt frame),
    simplified to ``tol``. A closed outline's first and last points coincide in effect,
    so it is simplified as two halves split at the point farthest from the start."""
    n = len(poly)
    if n < 3:
        return ""
    x0, y0 = poly[0]
    gaps = [(x - x0) ** 2 + (y - y0) ** 2 for x, y in poly]
    far = gaps.index(max(gaps))  # the first farthest point, as max(range(n), key=...) gives
    pts = simplify(poly[:far + 1], tol)[:-1] + simplify(poly[far:] + [poly[0]], tol)[:-1]
    if len(pts) < 3:
        pts = list(poly)
    parts = [f"{pts[0][0]:.0f} {pts[0][1]:.0f} m"]
    parts += [f"{x:.0f} {y:.0f} l" for x, y in pts[1:]]
    parts.append("h")
    return " ".join(parts)


class SketchPainter:
    """Writes sketch layers into a reportlab canvas. Outlines and their path code are
    cached per stroke (the core's sketch cache keeps stroke objects alive and the same
    while the file is unchanged) and print tolerance."""

    def __init__(self):
        self._codes: dict[tuple[int, float], tuple[sk.Stroke, str]] = {}

    def _stroke_codes(self, strokes, tol: float) -> list[tuple[str, sk.Stroke]]:
        if len(self._codes) > 50_000:
            self._codes.clear()
        out = []
        for s in strokes:
            key = (id(s), tol)
            hit = self._codes.get(key)
            if hit is None or hit[0] is not s:
                hit = self._codes[key] = (s, poly_code(sk.stroke_outline(s), tol))
            out.append((hit[1], s))
        return out

    def draw_layer(self, canvas, strokes, opacity: float, f: Rect, style: Style) -> None:
        """Paint one layer's strokes into frame ``f`` (clipped to it) at ``opacity``."""
        if not strokes or opacity <= 0:
            return
        k = f.w / sk.CANVAS_W
        # saveState/restoreState (q/Q) keep reportlab's idea of colour and alpha in step.
        code = canvas._code
        canvas.saveState()
        code.append(f"{f.x:.2f} {f.y:.2f} {f.w:.2f} {f.h:.2f} re W n")
        code.append(f"{k:.5f} 0 0 {-k:.5f} {f.x:.2f} {f.top:.2f} cm")
        self._layer(canvas, self._stroke_codes(strokes, tolerance_for(f.w)), opacity, style)
        canvas.restoreState()

    def _layer(self, canvas, strokes, opacity: float, style: Style) -> None:
        code = canvas._code
        erasers = [i for i, (c, s) in enumerate(strokes) if s.erases and c]
        # Open one clip per eraser, last first, so each run of strokes before an eraser
        # sits inside the clips of every eraser that follows it.
        for i in reversed(erasers):
            canvas.saveState()
            code.append(f"-{FAR} -{FAR} {2 * FAR} {2 * FAR} re {strokes[i][0]} W* n")
        current = None
        for c, s in strokes:
            if s.erases:
                if c:
                    canvas.restoreState()  # leave this eraser's clip: later strokes are whole
                    current = None  # Q restored the colour and alpha too
                continue
            if not c:
                continue
            hexc, alpha, _ = sk.stroke_paint(s, printed=True)
            paint = (style.colour(hex_rgb(hexc)), round(alpha * opacity, 3))
            if paint != current:
                r, g, b = paint[0]
                canvas.setFillAlpha(paint[1])
                code.append(f"{r:.3f} {g:.3f} {b:.3f} rg")
                current = paint
            code.append(c + " f")

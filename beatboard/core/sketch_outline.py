"""A stroke's outline geometry: one filled polygon per stroke (variable width from
pressure, round caps, light smoothing), and how to fill it. Qt-free; both backends (Qt in
beatboard.render, reportlab in export.pdf) only fill these polygons, non-zero winding."""
from __future__ import annotations

import math

from .sketch_model import COLOURS, PRINT_COLOURS, TOOL_ALPHA, Stroke, colour_hex


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


def stroke_paint(stroke: Stroke, printed: bool = False) -> tuple[str, float, bool]:
    """``(colour #rrggbb, alpha 0..1, erases)``: how a backend fills the outline. An eraser
    clears its layer (Qt: CompositionMode_Clear into the layer image). ``printed``: the
    colour on paper (non-photo blue prints mid grey)."""
    try:
        name = stroke.colour.strip().lower()
        hexc = PRINT_COLOURS[name] if printed and name in PRINT_COLOURS else colour_hex(name)
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


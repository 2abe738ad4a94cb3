"""The automatic frame for a panel with no picture: ``core.autoframe`` geometry in PDF.

The core gives shapes, ellipses, arrows and labels in frame units (x across the width,
y down the height); this only maps them to the page and strokes and fills them, clipped
to the frame, in the core's order. Tones are greys, so the frame reads the same in
colour and in black and white.
"""
from __future__ import annotations

import math

from ...core import autoframe as af
from .draw import Painter
from .fonts import fit_line, text_width
from .layout import Rect

TONES = {"ink": (0.1, 0.1, 0.1), "mid": (0.55, 0.55, 0.55), "light": (0.78, 0.78, 0.78),
         "paper": (1.0, 1.0, 1.0)}
CAP_TO_SIZE = 1 / 0.72  # the font's cap height is about 0.72 em
PICTURE_FLOOR_PT = 4.0


def _rgb(tone: str | None):
    return TONES.get(tone or "ink", TONES["ink"])


def draw_auto_frame(p: Painter, f: Rect, frame: af.AutoFrame, size: float,
                    opacity: float = 1.0, labels: bool = True) -> None:
    c = p.c
    c.saveState()
    if opacity < 1.0:
        c.setFillAlpha(opacity)
        c.setStrokeAlpha(opacity)
    path = c.beginPath()
    path.rect(f.x, f.y, f.w, f.h)
    c.clipPath(path, stroke=0, fill=0)
    code = c._code

    def pt(x: float, y: float) -> str:
        return f"{f.x + x * f.w:.2f} {f.top - y * f.h:.2f}"

    def paint(fill, stroke, width: float, dashed: bool, closed: bool) -> None:
        if fill is not None:
            code.append("%.3f %.3f %.3f rg" % _rgb(fill))
        if stroke is not None:
            code.append("%.3f %.3f %.3f RG %.2f w" % (*_rgb(stroke), max(width * f.w, 0.25)))
            code.append("[%.1f %.1f] 0 d" % (2.5, 1.8) if dashed else "[] 0 d")
        op = {(True, True): "B", (True, False): "f", (False, True): "S"}
        if fill is None and stroke is None:
            code.append("n")
            return
        code.append(op[(fill is not None, stroke is not None)] if closed or fill is not None
                    else "S")

    code.append("1 J 1 j")  # round caps and joins: a drawn, not plotted, look
    for item in frame.items:
        if isinstance(item, af.Shape):
            if len(item.points) < 2:
                continue
            parts = [pt(*item.points[0]) + " m"] + [pt(*q) + " l" for q in item.points[1:]]
            if item.closed:
                parts.append("h")
            code.append(" ".join(parts))
            paint(item.fill if item.closed else None, item.tone, item.width, item.dashed,
                  item.closed)
        elif isinstance(item, af.Ellipse):
            code.append(_ellipse(f.x + item.cx * f.w, f.top - item.cy * f.h,
                                 item.rx * f.w, item.ry * f.h))
            paint(item.fill, item.tone, item.width, item.dashed, True)
        elif isinstance(item, af.Arrow):
            _arrow(code, item, f, pt, paint)
        elif isinstance(item, af.Label) and labels:
            _label(p, item, f, size)
    p.c.restoreState()
    p.reset_cache()


def _ellipse(cx: float, cy: float, rx: float, ry: float) -> str:
    k = 0.5523  # Bézier circle constant
    return (f"{cx + rx:.2f} {cy:.2f} m "
            f"{cx + rx:.2f} {cy + ry * k:.2f} {cx + rx * k:.2f} {cy + ry:.2f} {cx:.2f} {cy + ry:.2f} c "
            f"{cx - rx * k:.2f} {cy + ry:.2f} {cx - rx:.2f} {cy + ry * k:.2f} {cx - rx:.2f} {cy:.2f} c "
            f"{cx - rx:.2f} {cy - ry * k:.2f} {cx - rx * k:.2f} {cy - ry:.2f} {cx:.2f} {cy - ry:.2f} c "
            f"{cx + rx * k:.2f} {cy - ry:.2f} {cx + rx:.2f} {cy - ry * k:.2f} {cx + rx:.2f} {cy:.2f} c h")


def _arrow(code: list, item, f: Rect, pt, paint) -> None:
    pts = item.points
    if len(pts) < 2:
        return
    line = " ".join([pt(*pts[0]) + " m"] + [pt(*q) + " l" for q in pts[1:]])
    # A paper halo first, so the arrow reads across the figures.
    code.append(line)
    paint(None, "paper", item.width * 2.6, False, False)
    code.append(line)
    paint(None, item.tone, item.width, item.dashed, False)
    ends = [(pts[-2], pts[-1])] + ([(pts[1], pts[0])] if item.double else [])
    for a, b in ends:
        ax, ay = f.x + a[0] * f.w, f.top - a[1] * f.h
        bx, by = f.x + b[0] * f.w, f.top - b[1] * f.h
        ang = math.atan2(by - ay, bx - ax)
        h = item.head * f.w
        left = (bx - h * math.cos(ang - 0.45), by - h * math.sin(ang - 0.45))
        right = (bx - h * math.cos(ang + 0.45), by - h * math.sin(ang + 0.45))
        code.append(f"{bx:.2f} {by:.2f} m {left[0]:.2f} {left[1]:.2f} l "
                    f"{right[0]:.2f} {right[1]:.2f} l h")
        paint(item.tone, "paper", item.width * 0.6, False, True)


def _label(p: Painter, item, f: Rect, size: float) -> None:
    p.reset_cache()  # the raw paint operators above bypassed the painter's colour cache
    # Part of the drawing, clipped to the frame: smaller than body text may go.
    s = max(item.size * f.h * CAP_TO_SIZE, PICTURE_FLOOR_PT)
    pad = s * 0.3
    text, s = fit_line(item.text, f.w - 4 * pad, s, PICTURE_FLOOR_PT)
    if not text:
        return
    w = text_width(text, s)
    x = f.x + item.x * f.w
    x = {"left": x, "right": x - w, "center": x - w / 2}.get(item.anchor, x - w / 2)
    x = min(max(x, f.x + 2 * pad), f.right - 2 * pad - w)  # keep it inside the frame
    cy = f.top - item.y * f.h
    baseline = cy - s * 0.36
    if item.boxed:
        p.rect(Rect(x - pad, cy - s * 0.62, w + 2 * pad, s * 1.24), fill=(1.0, 1.0, 1.0),
               stroke=(0.1, 0.1, 0.1), width=0.4)
    outer, p.container = p.container, None  # picture text: not body text of the panel
    p.string(x, baseline, text, s, (0.0, 0.0, 0.0))
    p.container = outer

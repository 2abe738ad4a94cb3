"""The emotion curve: signed intensity over main-line time.

Up (release) beats rise above zero as solid bars, down (pressure) beats hang below it as
hatched bars, level (suspense) beats sit on zero with a diamond marker, so the shape reads
in grey-scale. The hook zone (first 3 s) and the 60 s / 120 s bounds are marked.
"""
from __future__ import annotations

from ...core.vocab import Direction
from .draw import Painter
from .labels import label
from .layout import Rect
from .plan import EpisodePlan
from .style import GUIDE_GREY, INK, LIGHT, RULE_GREY, Style

HOOK_S = 3.0
BOUNDS_S = (60.0, 120.0)


def plot_rect(r: Rect, fs: float, sparkline: bool = False) -> Rect:
    """The plotting area inside ``r``: room left for the axis, below for time labels."""
    axis_w = 0.0 if sparkline else fs * 2.2
    return Rect(r.x + axis_w, r.y + (0 if sparkline else fs * 1.3), r.w - axis_w,
                r.h - (0 if sparkline else fs * 1.8))


def time_scale(plot: Rect, plan: EpisodePlan) -> float:
    """Points per second on the curve's time axis."""
    return plot.w / (max(BOUNDS_S[-1], plan.duration_s) * 1.02)


def draw_curve(p: Painter, r: Rect, plan: EpisodePlan, style: Style, lang: str,
               fs: float, sparkline: bool = False) -> None:
    plot = plot_rect(r, fs, sparkline)
    kx = time_scale(plot, plan)
    zero = plot.y + plot.h / 2
    ky = plot.h / 2 / 5.4
    if not sparkline:
        p.rect(plot, stroke=RULE_GREY, width=0.4)
        hook = Rect(plot.x, plot.y, HOOK_S * kx, plot.h)
        p.rect(hook, fill=LIGHT)
        p.hatch(hook, GUIDE_GREY, step=2.5, width=0.3)
        for t in BOUNDS_S:
            x = plot.x + t * kx
            p.stroke(INK, 0.6)
            p.c.setDash(3, 2)
            p.c.line(x, plot.y, x, plot.top)
            p.c.setDash()
            p.string(x, r.y + 1, f"{int(t)} s", fs * 0.8, INK, align="center")
        p.string(plot.x, r.y + 1, label("hook_zone", lang), fs * 0.8)
        for v in (5, 0, -5):
            p.string(plot.x - 2, zero + v * ky - fs * 0.3, f"{v:+d}" if v else "0", fs * 0.8,
                     INK, align="right")
    else:  # sparkline: faint 60 s / 120 s ticks so lengths compare down the table
        p.stroke(GUIDE_GREY, 0.4)
        p.c.setDash(1, 1.5)
        for t in BOUNDS_S:
            x = plot.x + t * kx
            p.c.line(x, plot.y, x, plot.top)
        p.c.setDash()
    p.stroke(RULE_GREY, 0.4)
    p.c.line(plot.x, zero, plot.right, zero)

    pts = []
    for panel in plan.main:
        beat = panel.beat
        x0, x1 = plot.x + panel.start_s * kx, plot.x + panel.end_s * kx
        emo = beat.emotion
        h = emo.signed_intensity * ky
        fill = style.emotion_fill(emo.tag, emo.direction) if not style.bw else \
            ((0.55, 0.55, 0.55) if emo.direction == Direction.UP else (1.0, 1.0, 1.0))
        bar = Rect(x0, min(zero, zero + h), max(x1 - x0, 0.3), abs(h))
        if emo.direction == Direction.LEVEL:
            _diamond(p, (x0 + x1) / 2, zero, min(fs * 0.45, plot.h / 8))
        else:
            p.rect(bar, fill=fill, stroke=INK, width=0.3)
            if emo.direction == Direction.DOWN:
                p.hatch(bar, INK, step=2.5, width=0.35)
        pts.append(((x0 + x1) / 2, zero + h))
    if len(pts) > 1:
        p.stroke(INK, 0.8 if not sparkline else 0.6)
        path = p.c.beginPath()
        path.moveTo(*pts[0])
        for pt in pts[1:]:
            path.lineTo(*pt)
        p.c.drawPath(path, stroke=1, fill=0)


def _diamond(p: Painter, cx: float, cy: float, s: float) -> None:
    p.fill(INK)
    path = p.c.beginPath()
    path.moveTo(cx, cy + s)
    path.lineTo(cx + s, cy)
    path.lineTo(cx, cy - s)
    path.lineTo(cx - s, cy)
    path.close()
    p.c.drawPath(path, stroke=0, fill=1)

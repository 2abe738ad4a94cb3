"""Small marks that carry meaning without colour: direction arrows and intensity pips."""
from __future__ import annotations

from ...core.vocab import Direction
from .draw import Painter
from .fonts import has_glyph, text_width
from .style import INK, RGB


def direction_mark(p: Painter, x: float, baseline: float, direction: Direction,
                   size: float, colour: RGB = INK) -> None:
    """↑ ↓ → from the font, or a vector arrow if the font lacks the glyph."""
    glyph = direction.glyph
    if has_glyph(glyph):
        p.string(x, baseline, glyph, size, colour, bold=True)
        return
    s = size * 0.8
    cx, cy = x + s / 2, baseline + s * 0.35
    path = p.c.beginPath()
    if direction == Direction.LEVEL:
        path.moveTo(x, cy + s * 0.3)
        path.lineTo(x + s, cy)
        path.lineTo(x, cy - s * 0.3)
    else:
        sign = 1 if direction == Direction.UP else -1
        path.moveTo(cx - s * 0.4, cy - sign * s * 0.3)
        path.lineTo(cx, cy + sign * s * 0.5)
        path.lineTo(cx + s * 0.4, cy - sign * s * 0.3)
    path.close()
    p.fill(colour)
    p.c.drawPath(path, stroke=0, fill=1)


def pips_text(n: int) -> str:
    return "●" * n + "○" * (5 - n)


def pips(p: Painter, x: float, baseline: float, n: int, size: float,
         colour: RGB = INK) -> float:
    """●●●○○ (filled vs open reads in grey-scale); returns the width drawn."""
    if has_glyph("●") and has_glyph("○"):
        p.string(x, baseline, pips_text(n), size, colour)
        return text_width(pips_text(n), size)
    r = size * 0.3
    p.stroke(colour, 0.5)
    p.fill(colour)
    for i in range(5):
        p.c.circle(x + r + i * r * 2.2, baseline + r, r, stroke=1, fill=1 if i < n else 0)
    return r * 11

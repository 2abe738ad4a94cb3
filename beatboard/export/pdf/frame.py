"""The 9:16 frame's furniture: safe-area guides and the placeholder warning."""
from __future__ import annotations

from .draw import Painter
from .labels import label
from .layout import Rect
from .style import GUIDE_GREY


def guides(p: Painter, f: Rect) -> None:
    """Action-safe (90%) dashed, title-safe (80%) dotted: what the artist composed to."""
    for frac, dash in ((0.9, (3, 2)), (0.8, (1, 2))):
        g = Rect(f.x + f.w * (1 - frac) / 2, f.y + f.h * (1 - frac) / 2, f.w * frac, f.h * frac)
        p.rect(g, stroke=GUIDE_GREY, width=0.4, dash=dash)


def warning(p: Painter, f: Rect, key: str, name: str | None, size: float, ctx) -> None:
    """A visible placeholder note in the frame: what is wrong and with which file."""
    box = Rect(f.x + 3, f.y + f.h * 0.4, f.w - 6, f.h * 0.3)
    p.rect(Rect(box.x - 1, box.y - 1, box.w + 2, box.h + 2), fill=(1.0, 1.0, 1.0))
    p.text_box(box, label(key, ctx.lang) + ("\n" + name if name else ""),
               max(size * 0.95, 6), ctx.style.colour("#C62828"))

"""The 9:16 frame furniture: safe-area guides, the subtitle zone, placeholder warnings."""
from __future__ import annotations

from .draw import Painter
from .labels import label
from .layout import Rect
from .style import GUIDE_GREY, INK, LIGHT


def _zone_label(f: Rect, lang: str, size: float):
    from .fonts import fit_line, text_width
    zone = Rect(f.x, f.y, f.w, f.h * 0.2)
    box = Rect(zone.x + 2, zone.y + zone.h * 0.3, zone.w - 4, zone.h * 0.4)
    text, s = fit_line(label("subtitles", lang), box.w, max(size * 0.75, 6))
    x = box.x + (box.w - text_width(text, s)) / 2
    return x, box.y + max((box.h - s) / 2, 0) + 0.22 * s, text, s


def _empty_frame(p: Painter, f: Rect, lang: str, size: float) -> None:
    # Subtitle / app-button zone: bottom 20%, lightly hatched so nothing is sketched there.
    zone = Rect(f.x, f.y, f.w, f.h * 0.2)
    p.rect(zone, fill=LIGHT)
    p.hatch(zone, GUIDE_GREY, step=4.0, width=0.3)
    x, y, text, s = _zone_label(f, lang, size)
    p.string(x, y, text, s, INK)
    guides(p, f)


def guides(p: Painter, f: Rect) -> None:
    """Action-safe (90%) dashed, title-safe (80%) dotted."""
    for frac, dash in ((0.9, (3, 2)), (0.8, (1, 2))):
        g = Rect(f.x + f.w * (1 - frac) / 2, f.y + f.h * (1 - frac) / 2, f.w * frac, f.h * frac)
        p.rect(g, stroke=GUIDE_GREY, width=0.4, dash=dash)


def empty_frame(p: Painter, f: Rect, lang: str, size: float) -> None:
    # The empty frame is the same on every panel of a layout: draw it once as a form.
    name = f"frame_{f.w:.1f}_{f.h:.1f}_{lang}_{size:.2f}"
    if name not in p.forms:
        p.define_form(name, lambda: _empty_frame(p, Rect(0, 0, f.w, f.h), lang, size))
    p.use_form(name, f.x, f.y)
    p.record_line(*_zone_label(f, lang, size))


def warning(p: Painter, f: Rect, key: str, name: str | None, size: float, ctx) -> None:
    """A visible placeholder note in the frame: what is wrong and with which file."""
    box = Rect(f.x + 3, f.y + f.h * 0.4, f.w - 6, f.h * 0.3)
    p.rect(Rect(box.x - 1, box.y - 1, box.w + 2, box.h + 2), fill=(1.0, 1.0, 1.0))
    p.text_box(box, label(key, ctx.lang) + ("\n" + name if name else ""),
               max(size * 0.95, 6), ctx.style.colour("#C62828"))

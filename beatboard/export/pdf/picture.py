"""What a printed frame shows: the panel's image and sketch, or an automatic frame.

The frame is never empty: a panel with no picture gets the automatic frame drawn from
what the board knows (shot size, characters, camera move). A missing or unreadable
picture gives the automatic frame plus a visible warning naming the file, never a
failed export.
"""
from __future__ import annotations

from .autoframe_pdf import draw_auto_frame
from .draw import Painter
from .frame import guides, warning
from .layout import Rect
from .plan import ShotPlan
from .raster import Unreadable, print_image
from .sketch_pdf import SketchPainter, load_sketch
from .style import INK

_sketches = SketchPainter()  # stroke paths cached per sketch across the export


def draw_picture(p: Painter, f: Rect, shot: ShotPlan, size: float, ctx) -> None:
    panel = shot.panel
    p.rect(f, fill=(1.0, 1.0, 1.0), stroke=INK, width=0.8)
    problems: list[tuple[str, str]] = []
    drawn = False
    if panel.image:
        try:
            _image(p, f, panel.image, ctx)
            drawn = True
        except Unreadable as e:
            problems.append((e.key, panel.image))
    if panel.sketch:
        sketch, problem = load_sketch(panel.sketch, ctx.base_dir)
        if sketch is not None:
            def reference(rel: str, opacity: float) -> None:
                try:
                    _image(p, f, rel, ctx, opacity)
                except Unreadable:
                    pass  # a missing reference picture only dims the background
            _sketches.draw(p.c, sketch, f, ctx.style, reference)
            p.reset_cache()
            drawn = drawn or not sketch.is_empty
        else:
            problems.append((problem[0], panel.sketch))
    if not drawn:
        draw_auto_frame(p, f, shot, size, ctx)
    else:
        guides(p, f)
    p.rect(f, stroke=INK, width=0.8)
    for key, name in problems[:1]:
        warning(p, f, key, name, size, ctx)


def _image(p: Painter, f: Rect, rel: str, ctx, opacity: float = 1.0) -> None:
    image = print_image(rel, ctx.base_dir, f.w, f.h, ctx.style.bw)
    iw, ih = image.getSize()
    k = min(f.w / iw, f.h / ih)
    w, h = iw * k, ih * k
    c = p.c
    if opacity < 1.0:
        c.saveState()
        c.setFillAlpha(opacity)
    c.drawImage(image, f.x + (f.w - w) / 2, f.y + (f.h - h) / 2, w, h)
    if opacity < 1.0:
        c.restoreState()
        p.reset_cache()

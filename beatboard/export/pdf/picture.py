"""What a printed frame shows: the panel's sketch, its image, or an automatic frame.

The frame is never empty. A missing or unreadable picture gives a placeholder with a
visible warning naming the file, never a failed export.
"""
from __future__ import annotations

from .draw import Painter
from .frame import empty_frame, image_frame, resolve_image, warning
from .layout import Rect
from .plan import ShotPlan
from .style import INK


def draw_picture(p: Painter, f: Rect, shot: ShotPlan, size: float, ctx) -> None:
    panel = shot.panel
    p.rect(f, fill=(1.0, 1.0, 1.0), stroke=INK, width=0.8)
    problem = None
    drawn = False
    if panel.image:
        image = resolve_image(panel.image, ctx.base_dir, ctx.style.bw)
        if isinstance(image, str):
            problem = (image, panel.image)
        else:
            image_frame(p, f, image)
            drawn = True
    if not drawn:
        empty_frame(p, f, ctx.lang, size)
    p.rect(f, stroke=INK, width=0.8)
    if problem:
        warning(p, f, problem[0], problem[1], size, ctx)

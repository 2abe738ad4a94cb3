"""The reportlab backend of ``core.picture_plan``: a printed frame shows exactly what
the plan says (the panel's picture cropped or letterboxed by its fit, its sketch
layers, the automatic frame when there is nothing else, the placeholder for a picture
that cannot be shown, guides from the one spec). Nothing here decides what is shown."""
from __future__ import annotations

from pathlib import Path

from ...core import assets
from ...core.assets import AssetProblem
from ...core.errors import BeatBoardError
from ...core.picture_plan import (AutoFrameItem, Box, ImageItem, LayerItem, LineItem,
                                  PicturePlan, RectItem, TextItem, WarningItem,
                                  header_measure, placeholder, plan_panel)
from .autoframe_pdf import draw_auto_frame
from .draw import Painter
from .layout import Rect
from .plan import ShotPlan
from .raster import Unreadable, print_image
from .sketch_pdf import SketchPainter
from .style import INK

_sketches = SketchPainter()  # stroke paths cached per stroke across the export
_DASH = {"dash": (3, 2), "dot": (1, 2)}


def draw_picture(p: Painter, f: Rect, shot: ShotPlan, size: float, ctx) -> None:
    base = Path(ctx.base_dir) if ctx.base_dir is not None else Path.cwd()
    plan = plan_panel(None, base, shot.beat.beat, shot.panel, "print",
                      measure=print_measure(base), lang=ctx.lang)
    draw_plan(p, f, plan, ctx, size, shot)


def print_measure(base: Path):
    """Sizes from the header after the print reader's own checks (format, pixel cap)."""
    header = header_measure(base)

    def measure(rel: str):
        try:
            assets.check_image(assets.resolve(base, rel), decode=False)
        except BeatBoardError as e:
            return None, AssetProblem.from_error(rel, e)
        return header(rel)
    return measure


def box_rect(b: Box, f: Rect) -> Rect:
    """Frame units (y down) to a PDF rectangle (y up)."""
    return Rect(f.x + b.x * f.w, f.top - (b.y + b.h) * f.h, b.w * f.w, b.h * f.h)


def draw_plan(p: Painter, f: Rect, plan: PicturePlan, ctx, size: float = 8.0,
              shot: ShotPlan | None = None) -> None:
    """Paint ``plan`` into frame ``f``; a picture that fails to decode here gets the
    plan's placeholder in its place."""
    p.rect(f, fill=(1.0, 1.0, 1.0), stroke=INK, width=0.8)
    c = p.c
    c.saveState()
    clip = c.beginPath()
    clip.rect(f.x, f.y, f.w, f.h)
    c.clipPath(clip, stroke=0, fill=0)
    for item in plan.items:
        if isinstance(item, ImageItem):
            try:
                draw_image(p, f, item, ctx)
            except Unreadable as e:
                problem = AssetProblem(item.rel, e.kind, str(e))
                plan.problems.append(problem)
                if shot is not None:
                    lang = "zh" if ctx.lang == "zh" else "en"
                    for sub in placeholder(shot.beat.beat, shot.panel, problem, lang):
                        _item(p, f, sub, ctx, size)
        else:
            _item(p, f, item, ctx, size)
    c.restoreState()
    p.reset_cache()
    p.rect(f, stroke=INK, width=0.8)


def _item(p: Painter, f: Rect, item, ctx, size: float) -> None:
    if isinstance(item, LayerItem):
        if item.image is not None:
            try:
                draw_image(p, f, item.image, ctx, item.opacity)
            except Unreadable:
                pass  # a reference picture that cannot be read only dims the background
        _sketches.draw_layer(p.c, item.strokes, item.opacity, f, ctx.style)
        p.reset_cache()
    elif isinstance(item, AutoFrameItem):
        draw_auto_frame(p, f, item.frame, size, item.opacity, item.labels)
    elif isinstance(item, RectItem):
        _rect(p, f, item, ctx)
    elif isinstance(item, WarningItem):
        _triangle(p, f.x + item.cx * f.w, f.top - item.cy * f.h, item.side * f.w)
    elif isinstance(item, TextItem):
        box = box_rect(item.box, f)
        if item.background is not None:
            _alpha(p, item.background[3])
            p.rect(box, fill=ctx.style.colour(item.background[:3]))
            _alpha(p, 1.0)
        p.text_box(box, item.text, max(item.size * f.h, 6), ctx.style.colour(item.colour[:3]))
    elif isinstance(item, LineItem):
        c = p.c
        c.saveState()
        _alpha(p, item.colour[3])
        c.setStrokeColorRGB(*ctx.style.colour(item.colour[:3]))
        c.setLineWidth(max(0.5, item.width * f.w))
        c.setLineCap(1)
        c.line(f.x + item.x1 * f.w, f.top - item.y1 * f.h,
               f.x + item.x2 * f.w, f.top - item.y2 * f.h)
        c.restoreState()
        p.reset_cache()


def draw_image(p: Painter, f: Rect, item: ImageItem, ctx, opacity: float = 1.0) -> None:
    """The picture's ``crop`` into ``dest``: the whole picture placed so the crop lands
    on the destination, clipped to it."""
    d = box_rect(item.dest, f)
    cw, ch = max(item.crop.w, 1e-6), max(item.crop.h, 1e-6)
    full_w, full_h = d.w / cw, d.h / ch
    image = print_image(item.rel, ctx.base_dir, full_w, full_h, ctx.style.bw)
    c = p.c
    c.saveState()
    clip = c.beginPath()
    clip.rect(d.x, d.y, d.w, d.h)
    c.clipPath(clip, stroke=0, fill=0)
    if opacity * item.opacity < 1.0:
        c.setFillAlpha(opacity * item.opacity)
    c.drawImage(image, d.x - item.crop.x * full_w, d.top + item.crop.y * full_h - full_h,
                full_w, full_h)
    c.restoreState()
    p.reset_cache()


def _alpha(p: Painter, a: float) -> None:
    p.c.setFillAlpha(a)
    p.c.setStrokeAlpha(a)


def _rect(p: Painter, f: Rect, item: RectItem, ctx) -> None:
    r = box_rect(item.box, f)
    c = p.c
    c.saveState()
    if item.fill is not None:
        _alpha(p, item.fill[3])
        colour = ctx.style.colour(item.fill[:3])
        if item.hatch:
            p.hatch(r, colour, step=max(2.0, f.w * 0.03), width=max(0.3, f.w * 0.004))
        else:
            p.rect(r, fill=colour)
    if item.stroke is not None:
        _alpha(p, item.stroke[3])
        p.rect(r, stroke=ctx.style.colour(item.stroke[:3]), width=max(0.3, item.width * f.w),
               dash=_DASH.get(item.dash or ""))
    c.restoreState()
    p.reset_cache()


def _triangle(p: Painter, cx: float, cy: float, side: float) -> None:
    h = side * 0.87
    code = p.c._code
    code.append(f"q 1 J 1 j {max(0.6, side * 0.06):.2f} w 0.08 0.08 0.08 RG 0.98 0.78 0.16 rg "
                f"{cx:.2f} {cy + h / 2:.2f} m {cx + side / 2:.2f} {cy - h / 2:.2f} l "
                f"{cx - side / 2:.2f} {cy - h / 2:.2f} l h B "
                f"{max(0.6, side * 0.09):.2f} w {cx:.2f} {cy + h * 0.18:.2f} m "
                f"{cx:.2f} {cy - h * 0.15:.2f} l S "
                f"{cx:.2f} {cy - h * 0.32:.2f} m {cx:.2f} {cy - h * 0.32 + 0.01:.2f} l S Q")
    p.reset_cache()



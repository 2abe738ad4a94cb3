"""Paint a sketch's layers: reference (dimmed picture and strokes), rough, ink.

A layer with an eraser, an opacity below 1 or a picture is painted into its own image
first (the eraser clears only that layer), then composited; plain layers paint straight
into the target, which is the common and fast case.
"""
from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter

from ..core import sketch as sk
from ..core.assets import AssetProblem, try_load_sketch
from .app import clip_to
from .pictures import file_stamp, load_picture
from .strokes import paint_strokes

_sketches: "OrderedDict[tuple, tuple]" = OrderedDict()
_SKETCH_ENTRIES = 64


def load_sketch_cached(base_dir: str | Path, rel: str
                       ) -> tuple[Optional[sk.Sketch], Optional[AssetProblem]]:
    """``core.assets.try_load_sketch`` behind a small cache keyed by the file's stamp."""
    key = (str(Path(base_dir).resolve()),) + file_stamp(base_dir, rel)
    hit = _sketches.get(key)
    if hit is not None:
        _sketches.move_to_end(key)
        return hit
    result = try_load_sketch(base_dir, rel)
    _sketches[key] = result
    while len(_sketches) > _SKETCH_ENTRIES:
        _sketches.popitem(last=False)
    return result


def draw_cover(p: QPainter, img: QImage, r: QRectF) -> None:
    """Scale ``img`` to cover ``r`` (cropping the overflow, centred), as a 9:16 frame does."""
    if img.isNull() or img.width() == 0 or img.height() == 0:
        return
    k = max(r.width() / img.width(), r.height() / img.height())
    sw, sh = r.width() / k, r.height() / k
    src = QRectF((img.width() - sw) / 2, (img.height() - sh) / 2, sw, sh)
    p.save()
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    p.drawImage(r, img, src)
    p.restore()


def paint_sketch(p: QPainter, sketch: sk.Sketch, r: QRectF, base_dir: str | Path | None,
                 problems: list[AssetProblem], reference_dim: float = 1.0) -> None:
    """Paint every visible layer into the frame rectangle ``r`` (9:16).
    ``reference_dim`` multiplies the reference layer's opacity (the sketch pad may fade it)."""
    scale = r.width() / sk.CANVAS_W
    p.save()
    clip_to(p, r)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    for layer in sketch.layers:
        if not layer.visible or (not layer.strokes and not layer.image):
            continue
        opacity = layer.opacity * (reference_dim if layer.kind == "reference" else 1.0)
        own_image = (opacity < 1.0 or layer.image is not None
                     or any(s.erases for s in layer.strokes))
        if not own_image:
            paint_strokes(p, layer.strokes, scale, r.left(), r.top())
            continue
        size = QSize(max(1, round(r.width())), max(1, round(r.height())))
        img = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(Qt.GlobalColor.transparent)
        lp = QPainter(img)
        lp.setRenderHint(QPainter.RenderHint.Antialiasing)
        if layer.image and base_dir is not None:
            pic, problem = load_picture(base_dir, layer.image, max(size.width(), size.height()))
            if pic is not None:
                draw_cover(lp, pic, QRectF(0, 0, size.width(), size.height()))
            elif problem is not None:
                problems.append(problem)
        paint_strokes(lp, layer.strokes, size.width() / sk.CANVAS_W)
        lp.end()
        p.setOpacity(opacity)
        p.drawImage(QRectF(r.topLeft(), r.size()), img)
        p.setOpacity(1.0)
    p.restore()

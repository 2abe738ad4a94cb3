"""The Qt backend of ``core.picture_plan``: fills and strokes a plan into a frame
rectangle of an open painter. It decides nothing about what is shown."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPolygonF

from ..core import sketch as sk
from ..core.picture_plan import (AutoFrameItem, Box, ImageItem, LayerItem, LineItem,
                                 PicturePlan, RectItem, TextItem, WarningItem)
from .app import clip_to
from .autoframe_paint import TONES, label_font, paint_autoframe
from .pictures import load_picture
from .strokes import paint_strokes

_DASH = {"dash": Qt.PenStyle.DashLine, "dot": Qt.PenStyle.DotLine}


def qt_measure(base: Path, max_side: int):
    """``core.picture_plan.Measure`` through the same cached reader the painting uses."""
    def measure(rel: str):
        pic, problem = load_picture(base, rel, max_side)
        return (None, problem) if pic is None else ((pic.width(), pic.height()), None)
    return measure


def qcolor(rgba) -> QColor:
    c = QColor()
    c.setRgbF(*rgba)
    return c


def box_rect(b: Box, r: QRectF) -> QRectF:
    return QRectF(r.left() + b.x * r.width(), r.top() + b.y * r.height(),
                  b.w * r.width(), b.h * r.height())


def paint_plan(p: QPainter, r: QRectF, plan: PicturePlan, base_dir: str | Path | None,
               colour: bool = True) -> None:
    """Paint ``plan`` into the 9:16 rectangle ``r`` (pictures are read as ``qt_measure``
    for the same rectangle read them)."""
    base = Path(base_dir) if base_dir is not None else Path.cwd()
    p.save()
    clip_to(p, r)
    if plan.paper is not None:
        p.fillRect(r, qcolor(plan.paper))
    for item in plan.items:
        if isinstance(item, ImageItem):
            draw_image_item(p, r, item, base, plan)
        elif isinstance(item, LayerItem):
            _layer(p, r, item, base, plan)
        elif isinstance(item, AutoFrameItem):
            p.setOpacity(item.opacity)
            paint_autoframe(p, item.frame, r, colour, labels=item.labels)
            p.setOpacity(1.0)
        elif isinstance(item, RectItem):
            _rect(p, r, item)
        elif isinstance(item, WarningItem):
            _triangle(p, QPointF(r.left() + item.cx * r.width(), r.top() + item.cy * r.height()),
                      item.side * r.width())
        elif isinstance(item, TextItem):
            _text(p, r, item)
        elif isinstance(item, LineItem):
            _line(p, r, item)
    p.restore()


def _line(p: QPainter, r: QRectF, item: LineItem) -> None:
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(qcolor(item.colour), max(1.0, item.width * r.width()),
                  Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(r.left() + item.x1 * r.width(), r.top() + item.y1 * r.height()),
               QPointF(r.left() + item.x2 * r.width(), r.top() + item.y2 * r.height()))
    p.restore()


def draw_image_item(p: QPainter, r: QRectF, item: ImageItem, base: Path,
                    plan: Optional[PicturePlan] = None) -> bool:
    pic, problem = load_picture(base, item.rel, max(round(r.width()), round(r.height())))
    if pic is None:
        if problem is not None and plan is not None:
            plan.problems.append(problem)
        return False
    crop, dest = item.crop, item.dest
    src = QRectF(crop.x * pic.width(), crop.y * pic.height(),
                 crop.w * pic.width(), crop.h * pic.height())
    p.save()
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    p.setOpacity(p.opacity() * item.opacity)
    p.drawImage(box_rect(dest, r), pic, src)
    p.restore()
    return True


def _layer(p: QPainter, r: QRectF, layer: LayerItem, base: Path, plan: PicturePlan) -> None:
    """Plain layers paint straight into the target (the common, fast case); a layer with
    an eraser, an opacity below 1 or a picture is painted into its own image first (the
    eraser clears only that layer), then composited."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if not layer.needs_own_image:
        paint_strokes(p, layer.strokes, r.width() / sk.CANVAS_W, r.left(), r.top())
        p.restore()
        return
    size = QSize(max(1, round(r.width())), max(1, round(r.height())))
    img = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    lp = QPainter(img)
    lp.setRenderHint(QPainter.RenderHint.Antialiasing)
    if layer.image is not None:
        draw_image_item(lp, QRectF(0, 0, size.width(), size.height()), layer.image, base, plan)
    paint_strokes(lp, layer.strokes, size.width() / sk.CANVAS_W)
    lp.end()
    p.setOpacity(layer.opacity)
    p.drawImage(QRectF(r.topLeft(), r.size()), img)
    p.restore()


def _rect(p: QPainter, r: QRectF, item: RectItem) -> None:
    q = box_rect(item.box, r)
    p.save()
    if item.fill is not None:
        style = Qt.BrushStyle.BDiagPattern if item.hatch else Qt.BrushStyle.SolidPattern
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(qcolor(item.fill), style))
        p.drawRect(q)
    if item.stroke is not None:
        pen = QPen(qcolor(item.stroke), max(0.5, item.width * r.width()),
                   _DASH.get(item.dash or "", Qt.PenStyle.SolidLine))
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(q)
    p.restore()


def _text(p: QPainter, r: QRectF, item: TextItem) -> None:
    px = max(7.0, item.size * r.height())
    box = box_rect(item.box, r)
    if px * 10 >= box.width() * 2.3:
        return  # too small a frame to read it: the triangle says enough
    p.save()
    p.setFont(label_font(px))
    if item.background is not None:
        p.fillRect(box, qcolor(item.background))
    p.setPen(qcolor(item.colour))
    lines = item.text.split("\n")
    fm = p.fontMetrics()
    lines = [fm.elidedText(t, Qt.TextElideMode.ElideMiddle, int(box.width())) for t in lines]
    p.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, "\n".join(lines))
    p.restore()


def _triangle(p: QPainter, centre: QPointF, side: float) -> None:
    h = side * 0.87
    tri = QPolygonF([QPointF(centre.x(), centre.y() - h / 2),
                     QPointF(centre.x() + side / 2, centre.y() + h / 2),
                     QPointF(centre.x() - side / 2, centre.y() + h / 2)])
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(TONES["ink"], max(1.5, side * 0.06), Qt.PenStyle.SolidLine,
                  Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    p.setBrush(QColor(250, 200, 40))
    p.drawPolygon(tri)
    p.setPen(QPen(TONES["ink"], max(1.5, side * 0.09), Qt.PenStyle.SolidLine,
                  Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(centre.x(), centre.y() - h * 0.18), QPointF(centre.x(), centre.y() + h * 0.15))
    p.drawPoint(QPointF(centre.x(), centre.y() + h * 0.32))
    p.restore()

"""How a stroke looks: width from pressure and tilt per tool, painted segment by segment.

The sketch pad paints each new segment as it arrives (``paint_segment``); a saved sketch is
re-painted with the same function (``paint_layer``), so what was drawn is what reopens.
QtGui only, no widgets.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from .sketch_file import Stroke

# tool -> (width at zero pressure as a share of size, opacity the finished stroke shows with)
TOOL_LOOK = {"pencil": (0.35, 0.85), "pen": (0.12, 1.0), "marker": (0.85, 0.4),
             "eraser": (0.5, 1.0)}


def width_at(stroke: Stroke, pressure: float, tilt: float) -> float:
    floor, _ = TOOL_LOOK.get(stroke.tool, (0.3, 1.0))
    w = stroke.size * (floor + (1 - floor) * pressure)
    if stroke.tool == "pen":
        w *= 1.0 + 0.6 * tilt  # a tilted nib lays down a broader line
    return max(0.6, w)


def stroke_opacity(stroke: Stroke) -> float:
    return TOOL_LOOK.get(stroke.tool, (0.3, 1.0))[1]


def segment_rect(stroke: Stroke, i: int) -> QRectF:
    """Frame-pixel rectangle the segment ending at point i covers (with its round caps)."""
    x1, y1, p1, t1 = stroke.points[i]
    x0, y0, p0, t0 = stroke.points[i - 1] if i > 0 else stroke.points[i]
    w = max(width_at(stroke, p0, t0), width_at(stroke, p1, t1)) / 2 + 2
    return QRectF(min(x0, x1) - w, min(y0, y1) - w, abs(x1 - x0) + 2 * w, abs(y1 - y0) + 2 * w)


def _pen(stroke: Stroke, width: float) -> QPen:
    colour = QColor(stroke.colour) if stroke.tool != "eraser" else QColor(0, 0, 0)
    pen = QPen(colour, width, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin)
    return pen


def paint_segment(painter: QPainter, stroke: Stroke, i: int) -> None:
    """The piece of ``stroke`` ending at point i, opaque (opacity is applied per stroke
    when it is composited, so overlapping segments of a marker do not darken)."""
    x1, y1, p1, t1 = stroke.points[i]
    if i == 0:
        w = width_at(stroke, p1, t1)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(stroke.colour) if stroke.tool != "eraser" else QColor(0, 0, 0))
        painter.drawEllipse(QPointF(x1, y1), w / 2, w / 2)
        return
    x0, y0, p0, t0 = stroke.points[i - 1]
    painter.setBrush(Qt.NoBrush)
    painter.setPen(_pen(stroke, (width_at(stroke, p0, t0) + width_at(stroke, p1, t1)) / 2))
    painter.drawLine(QPointF(x0, y0), QPointF(x1, y1))


def stroke_bounds(stroke: Stroke) -> QRectF:
    xs = [p[0] for p in stroke.points]
    ys = [p[1] for p in stroke.points]
    pad = stroke.size * 1.7 / 2 + 2
    return QRectF(min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad,
                  max(ys) - min(ys) + 2 * pad)


def composite_stroke(layer: QImage, stroke_img: QImage, stroke: Stroke, rect: QRectF) -> None:
    """Lay a finished stroke (painted opaque in ``stroke_img``) onto its layer."""
    p = QPainter(layer)
    if stroke.tool == "eraser":
        p.setCompositionMode(QPainter.CompositionMode_DestinationOut)
    else:
        p.setOpacity(stroke_opacity(stroke))
    r = rect.toAlignedRect().intersected(layer.rect())
    p.drawImage(r.topLeft(), stroke_img, r)
    p.end()


def paint_stroke(layer: QImage, stroke: Stroke, scratch: QImage, scale: float = 1.0) -> None:
    """Paint a whole stroke onto a layer image (``scratch``: a same-size transparent
    image used for the opaque pass; it is cleared again afterwards)."""
    if not stroke.points:
        return
    rect = stroke_bounds(stroke)
    rect = QRectF(rect.x() * scale, rect.y() * scale, rect.width() * scale, rect.height() * scale)
    p = QPainter(scratch)
    p.setRenderHint(QPainter.Antialiasing, True)
    p.scale(scale, scale)
    for i in range(len(stroke.points)):
        paint_segment(p, stroke, i)
    p.end()
    composite_stroke(layer, scratch, stroke, rect)
    clear_rect(scratch, rect)


def clear_rect(img: QImage, rect: QRectF) -> None:
    p = QPainter(img)
    p.setCompositionMode(QPainter.CompositionMode_Clear)
    p.fillRect(rect.toAlignedRect().adjusted(-1, -1, 1, 1), Qt.transparent)
    p.end()


def new_layer_image(w: int, h: int) -> QImage:
    img = QImage(w, h, QImage.Format_ARGB32_Premultiplied)
    img.fill(Qt.transparent)
    return img


def paint_layer(strokes: list[Stroke], w: int, h: int, scale: float = 1.0) -> QImage:
    layer = new_layer_image(w, h)
    scratch = new_layer_image(w, h)
    for s in strokes:
        paint_stroke(layer, s, scratch, scale)
    return layer

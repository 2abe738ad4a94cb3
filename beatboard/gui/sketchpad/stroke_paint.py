"""Painting strokes into the pad's layer images: live segments while drawing, the
renderer's outline fill after.

While the pen is down each new segment is painted at once into a scratch image (a line
as wide as the core's ``stroke_radius`` says, with round caps): only that segment's
rectangle changes. On release the stored stroke (smoothed and simplified by the core)
is filled by ``render.strokes.paint_stroke``, exactly as the board and a reopened
sketch show it. QtGui only, no widgets.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from ...core import sketch as sk
from ...render.strokes import paint_stroke


def paint_finished(layer: QImage, stroke: sk.Stroke) -> None:
    """Fill a stored stroke into its layer image (an eraser clears the layer)."""
    p = QPainter(layer)
    p.setRenderHint(QPainter.Antialiasing, True)
    paint_stroke(p, stroke, 1.0)
    p.end()


def paint_layer(layer: sk.Layer, w: int, h: int) -> QImage:
    img = new_layer_image(w, h)
    p = QPainter(img)
    p.setRenderHint(QPainter.Antialiasing, True)
    for s in layer.strokes:
        paint_stroke(p, s, w / sk.CANVAS_W)
    p.end()
    return img


def new_layer_image(w: int, h: int) -> QImage:
    img = QImage(w, h, QImage.Format_ARGB32_Premultiplied)
    img.fill(Qt.transparent)
    return img


def live_width(stroke: sk.Stroke, pressure: float, tilt) -> float:
    return 2 * sk.stroke_radius(stroke, pressure, tilt)


def paint_live_segment(painter: QPainter, stroke: sk.Stroke, raw: list, tilts: list,
                       i: int) -> QRectF:
    """Paint the raw input segment ending at point i (opaque); its dirty rectangle in
    canvas units."""
    x1, y1, p1 = raw[i]
    w1 = live_width(stroke, p1, tilts[i] if tilts else None)
    colour = QColor(0, 0, 0) if stroke.erases else QColor(sk.colour_hex(stroke.colour))
    if i == 0:
        painter.setPen(Qt.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(x1, y1), w1 / 2, w1 / 2)
        return QRectF(x1 - w1, y1 - w1, 2 * w1, 2 * w1)
    x0, y0, p0 = raw[i - 1]
    w0 = live_width(stroke, p0, tilts[i - 1] if tilts else None)
    w = (w0 + w1) / 2
    painter.setBrush(Qt.NoBrush)
    painter.setPen(QPen(colour, w, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
    painter.drawLine(QPointF(x0, y0), QPointF(x1, y1))
    pad = max(w0, w1) / 2 + 2
    return QRectF(min(x0, x1) - pad, min(y0, y1) - pad, abs(x1 - x0) + 2 * pad,
                  abs(y1 - y0) + 2 * pad)


def clear_rect(img: QImage, rect: QRectF) -> None:
    p = QPainter(img)
    p.setCompositionMode(QPainter.CompositionMode_Clear)
    p.fillRect(rect.toAlignedRect().adjusted(-2, -2, 2, 2), Qt.transparent)
    p.end()

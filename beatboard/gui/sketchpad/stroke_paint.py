"""Painting strokes with QPainter: the live segments while drawing, the outline after.

While the pen is down each new segment is painted at once into a scratch image (a line
as wide as the core's ``stroke_radius`` says, with round caps): only that segment's
rectangle changes. On release the stored stroke (smoothed and simplified by the core)
is filled from its outline polygon, which is exactly what a reopened sketch shows.
QtGui only, no widgets.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF

from ...core import sketch as sk


def outline_path(stroke: sk.Stroke) -> QPainterPath:
    """The stroke's outline polygon as a path (non-zero fill: sharp turns overlap)."""
    path = QPainterPath()
    poly = sk.stroke_outline(stroke)
    if poly:
        path.addPolygon(QPolygonF([QPointF(x, y) for x, y in poly]))
        path.closeSubpath()
    path.setFillRule(Qt.WindingFill)
    return path


def paint_finished(layer: QImage, stroke: sk.Stroke, scale: float = 1.0) -> None:
    """Fill a stored stroke into its layer image (an eraser clears the layer)."""
    colour, alpha, erases = sk.stroke_paint(stroke)
    p = QPainter(layer)
    p.setRenderHint(QPainter.Antialiasing, True)
    if scale != 1.0:
        p.scale(scale, scale)
    p.setPen(Qt.NoPen)
    if erases:
        p.setCompositionMode(QPainter.CompositionMode_DestinationOut)
        p.setBrush(QColor(0, 0, 0))
    else:
        c = QColor(colour)
        c.setAlphaF(alpha)
        p.setBrush(c)
    p.drawPath(outline_path(stroke))
    p.end()


def paint_layer(layer: sk.Layer, w: int, h: int, scale: float = 1.0) -> QImage:
    img = new_layer_image(w, h)
    if scale < SKETCHY_SCALE:
        _paint_polylines(img, layer.strokes, scale)
        return img
    for s in layer.strokes:
        paint_finished(img, s, scale)
    return img


SKETCHY_SCALE = 0.2  # below this (thumbnails) a stroke is a polyline of its mean width


def _paint_polylines(img: QImage, strokes: list[sk.Stroke], scale: float) -> None:
    """Thumbnail quality at a fraction of the cost: no outline polygons (a 36-pixel-wide
    thumbnail cannot show a pressure swell anyway)."""
    p = QPainter(img)
    p.setRenderHint(QPainter.Antialiasing, True)
    p.scale(scale, scale)
    for s in strokes:
        colour, alpha, erases = sk.stroke_paint(s)
        mean = sum(q[2] for q in s.points) / len(s.points)
        width = 2 * sk.stroke_radius(s, mean)
        c = QColor(colour)
        c.setAlphaF(alpha)
        p.setCompositionMode(QPainter.CompositionMode_DestinationOut if erases
                             else QPainter.CompositionMode_SourceOver)
        p.setPen(QPen(c if not erases else QColor(0, 0, 0), max(width, 1.0 / scale),
                      Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
        if len(s.points) == 1:
            p.drawPoint(QPointF(s.points[0][0], s.points[0][1]))
        else:
            p.drawPolyline(QPolygonF([QPointF(x, y) for x, y, _ in s.points]))
    p.end()


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

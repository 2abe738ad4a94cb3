"""Paint a ``core.autoframe.AutoFrame`` into a frame rectangle."""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen,
                           QPolygonF)

from ..core.autoframe import Arrow, AutoFrame, Ellipse, Label, Shape
from .app import label_families

TONES = {"ink": QColor(30, 30, 30), "mid": QColor(135, 135, 135),
         "light": QColor(205, 205, 205), "paper": QColor(255, 255, 255)}
CAMERA_RED = QColor(200, 30, 30)  # camera arrows in colour: red and thick (studio habit)
MIN_LABEL_PX = 6.5  # smaller text is noise on a thumbnail: the card shows it anyway


def paint_autoframe(p: QPainter, frame: AutoFrame, r: QRectF, colour: bool = True,
                    labels: bool = True) -> None:
    p.save()
    p.setClipRect(r)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.fillRect(r, TONES["paper"])
    w, h = r.width(), r.height()

    def pt(x: float, y: float) -> QPointF:
        return QPointF(r.left() + x * w, r.top() + y * h)

    def pen(width: float, tone: str, dashed: bool = False, colour_override=None) -> QPen:
        q = QPen(colour_override or TONES.get(tone, TONES["ink"]), max(width * w, 0.6))
        q.setCapStyle(Qt.PenCapStyle.RoundCap)
        q.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if dashed:
            q.setStyle(Qt.PenStyle.DashLine)
        return q

    for item in frame.items:
        if isinstance(item, Shape):
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            path.addPolygon(QPolygonF([pt(*xy) for xy in item.points]))
            if item.closed:
                path.closeSubpath()
            p.setBrush(QBrush(TONES[item.fill]) if item.fill and item.closed else Qt.BrushStyle.NoBrush)
            move = colour and item.role == "move"
            p.setPen(pen(item.width, item.tone, item.dashed, CAMERA_RED if move else None))
            p.drawPath(path)
        elif isinstance(item, Ellipse):
            p.setBrush(QBrush(TONES[item.fill]) if item.fill else Qt.BrushStyle.NoBrush)
            p.setPen(pen(item.width, item.tone, item.dashed))
            p.drawEllipse(pt(item.cx, item.cy), item.rx * w, item.ry * h)
        elif isinstance(item, Arrow):
            _arrow(p, item, pt, pen, w, CAMERA_RED if colour else None)
        elif isinstance(item, Label) and labels:
            _label(p, item, r)
    p.restore()


def _arrow(p: QPainter, a: Arrow, pt, pen, w: float, colour) -> None:
    pts = [pt(*xy) for xy in a.points]
    if len(pts) < 2:
        return
    head = a.head * w
    heads = [_head(pts[-2], pts[-1], head)]
    if a.double:
        heads.append(_head(pts[1], pts[0], head))
    # the shaft stops short of the tip so the head stays sharp
    shaft = QPainterPath(pts[0])
    for q in pts[1:-1]:
        shaft.lineTo(q)
    shaft.lineTo(_back(pts[-2], pts[-1], head * 0.6))
    halo = pen(a.width, "paper")
    halo.setWidthF(halo.widthF() + max(3.0, a.width * w * 0.9))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(halo)
    p.drawPath(shaft)
    for hd in heads:
        p.setBrush(QBrush(TONES["paper"]))
        p.drawPolygon(hd)
    p.setPen(pen(a.width, a.tone, a.dashed, colour))
    p.drawPath(shaft)
    p.setBrush(QBrush(colour or TONES[a.tone]))
    p.setPen(pen(a.width * 0.4, a.tone, False, colour))
    for hd in heads:
        p.drawPolygon(hd)


def _back(a: QPointF, b: QPointF, dist: float) -> QPointF:
    dx, dy = b.x() - a.x(), b.y() - a.y()
    d = math.hypot(dx, dy) or 1.0
    return QPointF(b.x() - dx / d * dist, b.y() - dy / d * dist)


def _head(a: QPointF, b: QPointF, size: float) -> QPolygonF:
    dx, dy = b.x() - a.x(), b.y() - a.y()
    d = math.hypot(dx, dy) or 1.0
    ux, uy = dx / d, dy / d
    base = QPointF(b.x() - ux * size, b.y() - uy * size)
    nx, ny = -uy * size * 0.45, ux * size * 0.45
    return QPolygonF([b, QPointF(base.x() + nx, base.y() + ny), QPointF(base.x() - nx, base.y() - ny)])


def label_font(pixel_size: float) -> QFont:
    f = QFont()
    f.setFamilies(label_families())
    f.setPixelSize(max(1, int(round(pixel_size))))
    f.setBold(True)
    return f


def _label(p: QPainter, lab: Label, r: QRectF) -> None:
    px = lab.size * r.height() * 1.45
    if px < MIN_LABEL_PX or not lab.text:
        return
    font = label_font(px)
    fm = QFontMetricsF(font)
    text = fm.elidedText(lab.text, Qt.TextElideMode.ElideRight, r.width() * 0.9)
    tw, th = fm.horizontalAdvance(text), fm.height()
    x = r.left() + lab.x * r.width()
    y = r.top() + lab.y * r.height()
    left = x - tw / 2 if lab.anchor == "center" else x - tw if lab.anchor == "right" else x
    left = min(max(left, r.left() + 2), r.right() - tw - 2)
    box = QRectF(left, y - th / 2, tw, th)
    if lab.boxed:
        pad = px * 0.3
        p.setPen(QPen(TONES["ink"], max(1.0, px * 0.08)))
        p.setBrush(QBrush(TONES["paper"]))
        p.drawRoundedRect(box.adjusted(-pad, -pad * 0.4, pad, pad * 0.4), pad, pad)
    p.setFont(font)
    p.setPen(TONES["ink"] if lab.role != "shot" else QColor(70, 70, 70))
    p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

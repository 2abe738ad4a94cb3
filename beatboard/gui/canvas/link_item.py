"""A link arrow between two cards: next solid, variant dashed, choice dotted, labelled."""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from ...core.vocab import LinkKind
from .layout import FULL_H
from .palette import LIGHT, CanvasPalette, font

_STYLE = {LinkKind.NEXT: Qt.SolidLine, LinkKind.VARIANT: Qt.DashLine, LinkKind.CHOICE: Qt.DotLine}
_LABEL_FONT = None


def link_path(a: QPointF, b: QPointF, loop_drop: float = FULL_H * 0.6) -> QPainterPath:
    """A smooth curve from an output handle to an input side; loops under for back links."""
    path = QPainterPath(a)
    dx = b.x() - a.x()
    if dx >= 30:
        c = max(30.0, dx * 0.45)
        path.cubicTo(QPointF(a.x() + c, a.y()), QPointF(b.x() - c, b.y()), b)
    else:
        drop = max(a.y(), b.y()) + loop_drop
        path.cubicTo(QPointF(a.x() + 80, drop), QPointF(b.x() - 80, drop), b)
    return path


class LinkItem(QGraphicsItem):
    TYPE = QGraphicsItem.UserType + 2

    def __init__(self, from_id: str, to_id: str, kind: LinkKind):
        super().__init__()
        self.from_id, self.to_id, self.kind = from_id, to_id, LinkKind(kind)
        self.palette: CanvasPalette = LIGHT
        self.setFlags(QGraphicsItem.ItemIsSelectable)
        self.setZValue(1)
        self._path = QPainterPath()
        self._shape = QPainterPath()
        self._bounds = QRectF()
        self._end = QPointF()
        self._angle = 0.0
        self.loop_drop = FULL_H * 0.6  # how far a back link loops under the cards
        self.setToolTip(f"{self.kind.value} link")

    def type(self) -> int:
        return self.TYPE

    def set_ends(self, a: QPointF, b: QPointF) -> None:
        self.prepareGeometryChange()
        self._path = link_path(a, b, self.loop_drop)
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        self._shape = stroker.createStroke(self._path)
        self._end = b
        tangent = self._path.angleAtPercent(0.98)
        self._angle = math.radians(tangent)
        self._bounds = self._shape.boundingRect().adjusted(-40, -14, 40, 14)
        self.update()

    def set_palette(self, palette: CanvasPalette) -> None:
        self.palette = palette
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(self, painter: QPainter, option, widget=None) -> None:
        global _LABEL_FONT
        pal = self.palette
        colour = pal.accent if self.isSelected() else pal.link
        width = 3.0 if self.isSelected() else (2.0 if self.kind == LinkKind.NEXT else 1.6)
        painter.setRenderHint(QPainter.Antialiasing, True)
        pen = QPen(colour, width, _STYLE[self.kind], Qt.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.NoBrush)
        painter.drawPath(self._path)
        # Arrowhead along the curve's end tangent (Qt angles run counter-clockwise).
        a = self._angle
        tip = self._end
        back = QPointF(-math.cos(a), math.sin(a))
        side = QPointF(-back.y(), back.x())
        head = QPolygonF([tip, tip + back * 11 + side * 5, tip + back * 11 - side * 5])
        painter.setPen(QPen(colour, 1))
        painter.setBrush(colour)
        painter.drawPolygon(head)
        if self.kind != LinkKind.NEXT:
            if _LABEL_FONT is None:
                _LABEL_FONT = font(10, True)
            mid = self._path.pointAtPercent(0.5)
            r = QRectF(mid.x() - 26, mid.y() - 8, 52, 16)
            painter.setPen(QPen(colour, 1))
            painter.setBrush(pal.background)
            painter.drawRoundedRect(r, 8, 8)
            painter.setFont(_LABEL_FONT)
            painter.drawText(r, Qt.AlignCenter, "variant" if self.kind == LinkKind.VARIANT else "choice")

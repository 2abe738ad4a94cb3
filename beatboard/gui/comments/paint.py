"""How comments look wherever they are drawn: a count bubble (cards, thumbnails, the
series board) and a numbered pin (sketch pad, player). Both keep a dark outline and a
light fill, so they read on any picture and in black and white."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

BUBBLE = QColor("#ffd54a")  # note yellow
OUTLINE = QColor("#202020")
RESOLVED = QColor("#c8c8c8")


def bubble_rect(top_left: QPointF, n: int, h: float = 16.0) -> QRectF:
    return QRectF(top_left.x(), top_left.y(), h + 7 * max(0, len(str(n)) - 1) + 6, h)


def paint_count_bubble(painter: QPainter, top_left: QPointF, n: int, h: float = 16.0) -> QRectF:
    """A speech bubble holding ``n`` (open comments); nothing when ``n`` is 0."""
    if n <= 0:
        return QRectF()
    r = bubble_rect(top_left, n, h)
    path = QPainterPath()
    path.addRoundedRect(r, h / 2.5, h / 2.5)
    tail = QPainterPath()
    tail.moveTo(r.left() + 4, r.bottom() - 2)
    tail.lineTo(r.left() + 2, r.bottom() + 4)
    tail.lineTo(r.left() + 10, r.bottom() - 2)
    tail.closeSubpath()
    path = path.united(tail)
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing, True)
    painter.setPen(QPen(OUTLINE, 1.2))
    painter.setBrush(BUBBLE)
    painter.drawPath(path)
    font = QFont(painter.font())
    font.setPixelSize(int(h * 0.7))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(OUTLINE)
    painter.drawText(r, Qt.AlignCenter, str(n))
    painter.restore()
    return r


def paint_pin(painter: QPainter, centre: QPointF, number: int, radius: float = 11.0,
              resolved: bool = False, current: bool = False) -> None:
    """A numbered circle with an outline, its number centred."""
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing, True)
    painter.setPen(QPen(QColor("white"), 3.0))
    painter.setBrush(Qt.NoBrush)
    painter.drawEllipse(centre, radius + 1.5, radius + 1.5)
    painter.setPen(QPen(OUTLINE, 3.0 if current else 1.5))
    painter.setBrush(RESOLVED if resolved else BUBBLE)
    painter.drawEllipse(centre, radius, radius)
    font = QFont(painter.font())
    font.setPixelSize(max(7, int(radius * 1.1)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(OUTLINE)
    painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                     Qt.AlignCenter, str(number))
    painter.restore()


def approval_mark(state: str | None) -> str:
    """The glyph a card shows for its approval."""
    return {"approved": "✓", "changes_requested": "✎"}.get(state or "", "")


def paint_time_mark(painter: QPainter, bar: QRectF, x0: float, x1: float, number: int,
                    resolved: bool) -> None:
    """A time-range comment on a scrubber: a bracket over the range and its number."""
    painter.save()
    painter.setRenderHint(QPainter.Antialiasing, True)
    top = bar.top() + 1
    span = QRectF(x0, top, max(2.0, x1 - x0), 5)
    painter.setPen(QPen(OUTLINE, 1))
    painter.setBrush(RESOLVED if resolved else BUBBLE)
    painter.drawRect(span)
    font = QFont(painter.font())
    font.setPixelSize(9)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(OUTLINE)
    painter.drawText(QRectF(x0 + 1, top + 5, 20, 11), Qt.AlignLeft | Qt.AlignTop, str(number))
    painter.restore()

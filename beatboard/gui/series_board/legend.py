"""The board's legend: emotion colours with their glyphs, kinds, status, paywall, threads."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ...core.vocab import EMOTION_TAGS
from .paint import CONTINUATION_INK, KIND_LETTERS, PAYWALL_COLOUR, THREAD_COLOUR


class BoardLegend(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(24)

    def sizeHint(self) -> QSize:
        return QSize(900, 24)

    def _items(self):
        for tag in EMOTION_TAGS.values():
            yield "chip", QColor(tag.colour), f"{tag.glyph} {tag.id}"
        yield "text", None, "  " + " ".join(f"{v}={k}" for k, v in KIND_LETTERS.items()
                                            if k != "other")
        yield "text", None, "  ✓ " + self.tr("clean") + "  ⚠ " + self.tr("warnings") \
            + "  ✕ " + self.tr("errors")
        yield "line", PAYWALL_COLOUR, self.tr("paywall")
        yield "line", THREAD_COLOUR, self.tr("thread (setup → payoff)")
        yield "text", None, "  ⚑ " + self.tr("setup not paid off")
        yield "chip", QColor(CONTINUATION_INK), self.tr("heat map: % going on to the next "
                                                        "episode")

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        f = QFont()
        f.setPixelSize(11)
        p.setFont(f)
        fm = QFontMetrics(f)
        x, h = 4.0, self.height()
        text_pen = self.palette().color(self.foregroundRole())
        for kind, colour, label in self._items():
            if kind == "chip":
                p.fillRect(QRectF(x, h / 2 - 6, 12, 12), colour)
                x += 15
            elif kind == "line":
                p.setPen(QPen(colour, 3))
                p.drawLine(QPointF(x + 6, h / 2), QPointF(x + 24, h / 2))
                x += 28
            p.setPen(text_pen)
            w = fm.horizontalAdvance(label)
            p.drawText(QRectF(x, 0, w + 2, h), Qt.AlignVCenter | Qt.AlignLeft, label)
            x += w + 10

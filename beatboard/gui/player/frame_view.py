"""The player's picture: one frame, scaled to fit with the 9:16 aspect kept."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..comments.paint import paint_pin


class FrameView(QWidget):
    """Shows one QImage, scaled to fit with the 9:16 aspect kept."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.image: QImage | None = None
        self.pins: list = []  # review comments on the picture (core.review.Pin, screen units)
        self.setMinimumSize(90, 160)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(270, 480)

    def show_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), Qt.black)
        if self.image is None:
            return
        size = self.image.size().scaled(self.size(), Qt.KeepAspectRatio)
        x, y = (self.width() - size.width()) // 2, (self.height() - size.height()) // 2
        p.setRenderHint(QPainter.SmoothPixmapTransform)
        shown = self.rect().adjusted(x, y, -x, -y)
        p.drawImage(shown, self.image)
        for pin in self.pins:
            at = QPointF(shown.left() + pin.x * shown.width(), shown.top() + pin.y * shown.height())
            paint_pin(p, at, pin.number, radius=9.0, resolved=pin.resolved)

    def set_pins(self, pins: list) -> None:
        if pins != self.pins:
            self.pins = pins
            self.update()

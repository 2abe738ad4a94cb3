"""Frame guides a director toggles: action/title safe areas and the vertical apps' UI zones."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen


@dataclass(frozen=True)
class GuideOptions:
    """Fractions of the frame. Defaults from practitioners' measurements on 1080x1920
    (see the domain brief): the apps' own buttons and captions cover these zones."""

    safe_areas: bool = True
    ui_zones: bool = True
    action_safe: float = 0.90
    title_safe: float = 0.80
    ui_top: float = 0.10
    ui_bottom: float = 0.20
    ui_right: float = 0.14
    ui_left: float = 0.05

    def zones(self, r: QRectF) -> list[QRectF]:
        """Top, bottom, right and left UI zones inside the frame rectangle ``r``."""
        top = r.height() * self.ui_top
        bottom = r.height() * self.ui_bottom
        mid_h = r.height() - top - bottom
        return [QRectF(r.left(), r.top(), r.width(), top),
                QRectF(r.left(), r.bottom() - bottom, r.width(), bottom),
                QRectF(r.right() - r.width() * self.ui_right, r.top() + top,
                       r.width() * self.ui_right, mid_h),
                QRectF(r.left(), r.top() + top, r.width() * self.ui_left, mid_h)]


def _inset(r: QRectF, fraction: float) -> QRectF:
    mx, my = r.width() * (1 - fraction) / 2, r.height() * (1 - fraction) / 2
    return r.adjusted(mx, my, -mx, -my)


def paint_guides(p: QPainter, frame: QRectF, options: GuideOptions = GuideOptions()) -> None:
    p.save()
    unit = max(frame.width() / 540.0, 0.5)
    if options.ui_zones:
        p.setPen(Qt.PenStyle.NoPen)
        brush = QBrush(QColor(214, 40, 40, 40))
        p.setBrush(brush)
        for z in options.zones(frame):
            p.drawRect(z)
        p.setBrush(QBrush(QColor(214, 40, 40, 70), Qt.BrushStyle.BDiagPattern))
        for z in options.zones(frame):
            p.drawRect(z)
    if options.safe_areas:
        p.setBrush(Qt.BrushStyle.NoBrush)
        for fraction, style in ((options.action_safe, Qt.PenStyle.DashLine),
                                (options.title_safe, Qt.PenStyle.DotLine)):
            pen = QPen(QColor(40, 90, 180, 200), 1.5 * unit, style)
            pen.setCosmetic(False)
            p.setPen(pen)
            p.drawRect(_inset(frame, fraction))
    p.restore()

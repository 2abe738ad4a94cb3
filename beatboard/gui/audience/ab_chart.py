"""A against B drawn: both retention curves (A solid, B dashed, so it reads in black and
white), their difference B - A below with the threshold band, and where they part."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.retention import value_at
from ...core.retention_ab import Comparison

LEFT, RIGHT, TOP, BOTTOM, GAP = 46, 12, 10, 20, 14
B_INK = QColor("#7C3AED")  # A is drawn in the text ink
DIFF_STEP_S = 0.5


class ComparisonChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.threshold = 0.05
        self.setMinimumSize(480, 260)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(720, 340)

    def set_comparison(self, comparison: Comparison | None, threshold: float) -> None:
        self.comparison, self.threshold = comparison, threshold
        self.update()

    def _span(self) -> float:
        c = self.comparison
        return max(c.a.cut.seconds, c.b.cut.seconds) if c else 1.0

    def _areas(self) -> tuple[QRectF, QRectF]:
        w = max(10.0, self.width() - LEFT - RIGHT)
        h = max(20.0, self.height() - TOP - BOTTOM - GAP)
        return (QRectF(LEFT, TOP, w, h * 0.68),
                QRectF(LEFT, TOP + h * 0.68 + GAP, w, h * 0.32))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.Base))
        muted, ink = pal.color(QPalette.PlaceholderText), pal.color(QPalette.Text)
        c = self.comparison
        top, bottom = self._areas()
        if c is None:
            p.setPen(muted)
            p.drawText(self.rect(), Qt.AlignCenter, self.tr("Choose two datasets that are not "
                                                            "stale to compare them."))
            return
        span = self._span()

        def x(t: float) -> float:
            return top.left() + top.width() * t / span

        p.setPen(QPen(muted, 1))
        p.drawRect(top)
        p.drawRect(bottom)
        for share, text in ((1.0, "100 %"), (0.5, "50 %"), (0.0, "0 %")):
            y = top.bottom() - share * top.height()
            p.drawText(QRectF(0, y - 8, LEFT - 6, 16), Qt.AlignRight | Qt.AlignVCenter, text)
        for secs in range(0, int(span) + 1, 10):
            p.drawText(QRectF(x(secs) - 20, bottom.bottom() + 2, 40, 16), Qt.AlignCenter,
                       f"{secs} s")
        for table, pen_ink, style in ((c.a, ink, Qt.SolidLine), (c.b, B_INK, Qt.DashLine)):
            path = QPainterPath()
            for i, (t, r) in enumerate(table.points):
                pt = QPointF(x(t), top.bottom() - min(max(r, 0), 1) * top.height())
                path.moveTo(pt) if i == 0 else path.lineTo(pt)
            p.setPen(QPen(pen_ink, 2, style))
            p.drawPath(path)
        # The difference B - A, scaled so the threshold band is a quarter of the strip.
        end = min(c.a.cut.seconds, c.b.cut.seconds)
        steps = [i * DIFF_STEP_S for i in range(int(end / DIFF_STEP_S) + 1)]
        diffs = [value_at(list(c.b.points), t) - value_at(list(c.a.points), t) for t in steps]
        scale = max([abs(d) for d in diffs] + [self.threshold * 2]) or 1.0
        mid = bottom.center().y()

        def y_diff(d: float) -> float:
            return mid - d / scale * (bottom.height() / 2 - 2)

        band = QRectF(bottom.left(), y_diff(self.threshold), bottom.width(),
                      y_diff(-self.threshold) - y_diff(self.threshold))
        p.fillRect(band, QColor(124, 58, 237, 28))
        p.setPen(QPen(muted, 1, Qt.DotLine))
        p.drawLine(QPointF(bottom.left(), mid), QPointF(bottom.right(), mid))
        p.drawText(QRectF(0, bottom.top(), LEFT - 6, 16), Qt.AlignRight, "B−A")
        diff_path = QPainterPath()
        for i, (t, d) in enumerate(zip(steps, diffs)):
            pt = QPointF(x(t), y_diff(d))
            diff_path.moveTo(pt) if i == 0 else diff_path.lineTo(pt)
        p.setPen(QPen(ink, 1.5))
        p.drawPath(diff_path)
        if c.diverge_at is not None:
            xd = x(c.diverge_at)
            p.setPen(QPen(QColor("#DC2626"), 1.5, Qt.DashDotLine))
            p.drawLine(QPointF(xd, top.top()), QPointF(xd, bottom.bottom()))
            p.drawText(QRectF(xd + 4, top.top() + 2, 120, 16), Qt.AlignLeft,
                       self.tr("part at %1 s").replace("%1", f"{c.diverge_at:.0f}"))
        legend_y = top.top() + 14
        for left, pen in ((150, QPen(ink, 2)), (76, QPen(B_INK, 2, Qt.DashLine))):
            p.setPen(pen)
            p.drawLine(QPointF(top.right() - left, legend_y),
                       QPointF(top.right() - left + 26, legend_y))
        p.setPen(ink)
        p.drawText(QRectF(top.right() - 120, top.top() + 6, 40, 16), Qt.AlignLeft, "A")
        p.drawText(QRectF(top.right() - 46, top.top() + 6, 40, 16), Qt.AlignLeft, "B")

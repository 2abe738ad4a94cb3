"""Continuation to the next episode against the cliffhanger's intensity, one marker per
episode: filled circle for a cliffhanger, open circle for another kind of last beat, a
square for the paywall episode (shapes, so it reads without colour)."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.series_retention import SeriesContinuation, continuation_range

LEFT, RIGHT, TOP, BOTTOM = 48, 14, 46, 36
MARK = 5.0


class SeriesScatter(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.series: SeriesContinuation | None = None
        self.positions: dict[int, QPointF] = {}  # episode number -> marker centre (tests)
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(560, 300)

    def set_series(self, series: SeriesContinuation | None) -> None:
        self.series = series
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.Base))
        muted, ink = pal.color(QPalette.PlaceholderText), pal.color(QPalette.Text)
        pts = self.series.points() if self.series is not None else []
        self.positions = {}
        if not pts:
            p.setPen(muted)
            p.drawText(self.rect(), Qt.AlignCenter | Qt.TextWordWrap, self.tr(
                "No series table yet: File › Import Series Audience Table…"))
            return
        area = QRectF(LEFT, TOP, max(10.0, self.width() - LEFT - RIGHT),
                      max(10.0, self.height() - TOP - BOTTOM))
        lo, hi = continuation_range([v for _, v, _ in pts])

        def x(i: float) -> float:
            return area.left() + area.width() * (i - 0.5) / 5

        def y(v: float) -> float:
            return area.bottom() - area.height() * (v - lo) / (hi - lo)

        p.setPen(QPen(muted, 1))
        p.drawRect(area)
        steps = int(round((hi - lo) * 10))
        for k in range(steps + 1):
            v = lo + k / 10
            p.setPen(QPen(muted, 1, Qt.DotLine))
            if 0 < k < steps:
                p.drawLine(QPointF(area.left(), y(v)), QPointF(area.right(), y(v)))
            p.setPen(ink)
            p.drawText(QRectF(0, y(v) - 8, LEFT - 6, 16), Qt.AlignRight | Qt.AlignVCenter,
                       f"{v * 100:.0f} %")
        for i in range(1, 6):
            p.drawText(QRectF(x(i) - 10, area.bottom() + 2, 20, 14), Qt.AlignCenter, str(i))
        p.drawText(QRectF(area.left(), area.bottom() + 16, area.width(), 16), Qt.AlignCenter,
                   self.tr("Cliffhanger intensity"))
        p.drawText(QRectF(4, 4, area.width() * 0.5, 18), Qt.AlignLeft | Qt.AlignVCenter,
                   self.tr("Continuation to the next episode"))
        paywall = self.series.paywall.number if self.series.paywall is not None else None
        count: dict[int, int] = {}
        for i, _, _ in pts:
            count[i] = count.get(i, 0) + 1
        seen: dict[int, int] = {}
        small = p.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        for intensity, v, e in pts:
            k, n = seen.get(intensity, 0), count[intensity]
            seen[intensity] = k + 1
            step = min(16.0, area.width() / 5 * 0.9 / n)
            c = QPointF(x(intensity) + (k - (n - 1) / 2) * step, y(v))
            self.positions[e.number] = c
            self._marker(p, c, min(MARK, max(3.0, step / 2)), e.is_cliffhanger,
                         e.number == paywall, ink)
            p.setFont(small)
            dy = -MARK - 12 if k % 2 == 0 else MARK + 1
            p.drawText(QRectF(c.x() - 12, c.y() + dy, 24, 12), Qt.AlignCenter, str(e.number))
        p.setFont(self.font())
        legend = [(True, False, self.tr("cliffhanger")),
                  (False, False, self.tr("other last beat"))]
        if paywall is not None:
            legend.append((True, True, self.tr("paywall episode")))
        lx = area.right() - 130 * len(legend)  # a row of its own under the title
        for filled, square, text in legend:
            self._marker(p, QPointF(lx + MARK, 31), MARK - 1, filled, square, ink)
            p.setPen(ink)
            p.drawText(QRectF(lx + 14, 22, 115, 18), Qt.AlignLeft | Qt.AlignVCenter, text)
            lx += 130

    @staticmethod
    def _marker(p: QPainter, c: QPointF, r: float, filled: bool, square: bool, ink) -> None:
        p.setPen(QPen(ink, 1.5))
        p.setBrush(ink if filled else Qt.NoBrush)
        if square:
            p.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
        else:
            p.drawEllipse(c, r, r)
        p.setBrush(Qt.NoBrush)

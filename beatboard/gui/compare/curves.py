"""Both versions' emotion curves of one episode on one axis: the left version dashed,
the right solid, so a change of rhythm shows where it happens."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.timeline import EpisodeTimes
from ..curve.episode_curve import _points

LEFT, RIGHT, TOP, BOTTOM = 36.0, 12.0, 10.0, 18.0


class CurveOverlay(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumHeight(110)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.curves: list[list] = [[], []]  # CurvePoints: left, right
        self.names = ("", "")
        self.highlight: set[str] = set()

    def sizeHint(self) -> QSize:
        return QSize(640, 140)

    def set_episodes(self, left_ep, right_ep, names: tuple[str, str],
                     highlight: set[str]) -> None:
        self.curves = [_points(EpisodeTimes(ep).main.beat_spans(), True) if ep is not None and ep.beats else []
                       for ep in (left_ep, right_ep)]
        self.names, self.highlight = names, highlight
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        pal = self.palette()
        plot = QRectF(LEFT, TOP, max(10.0, self.width() - LEFT - RIGHT),
                      max(10.0, self.height() - TOP - BOTTOM))
        span = max([pts[-1].end for pts in self.curves if pts] + [1.0]) * 1.03
        zero, step = plot.center().y(), (plot.height() / 2 - 4) / 5.0
        p.setPen(QPen(pal.mid().color(), 1))
        p.drawLine(QPointF(plot.left(), zero), QPointF(plot.right(), zero))
        p.setPen(pal.text().color())
        p.drawText(QRectF(0, zero - 8, LEFT - 4, 16), Qt.AlignRight | Qt.AlignVCenter, "0")
        colours = (QColor("#8a8a8a"), QColor("#d9480f"))
        for i, pts in enumerate(self.curves):
            if not pts:
                continue
            path = QPainterPath()
            for j, pt in enumerate(pts):
                x0 = plot.left() + pt.start / span * plot.width()
                x1 = plot.left() + pt.end / span * plot.width()
                y = zero - pt.value * step
                if j == 0:
                    path.moveTo(x0, y)
                else:
                    path.lineTo(x0, y)
                path.lineTo(x1, y)
            pen = QPen(colours[i], 2.2 if i else 1.6)
            if i == 0:
                pen.setStyle(Qt.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.NoBrush)
            p.drawPath(path)
            for pt in pts:
                if pt.beat_id in self.highlight:
                    x = plot.left() + (pt.start + pt.end) / 2 / span * plot.width()
                    p.setBrush(colours[i])
                    p.drawEllipse(QPointF(x, zero - pt.value * step), 4, 4)
        p.setPen(pal.text().color())
        legend = f"- - {self.names[0]}    —— {self.names[1]}"
        p.drawText(QRectF(LEFT, self.height() - BOTTOM, plot.width(), BOTTOM),
                   Qt.AlignLeft | Qt.AlignVCenter, legend)
        p.end()

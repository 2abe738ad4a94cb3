"""The scrubber: time from left to right, the playhead, and what matters in time.

Marks the hook zone (the first seconds, shaded), every beat boundary (ticks), the
cliffhanger (a flag) and the beats with findings (red for errors, amber for warnings).
Where audience data is known, the retention curve runs through the bar (top: everyone
still watching). Click or drag anywhere to seek.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.timeline import Timeline
from ..comments.paint import paint_time_mark

ERROR = QColor("#D62828")
WARNING = QColor("#E09F00")
RETENTION = QColor("#7C3AED")


class Scrubber(QWidget):
    seekRequested = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.position = 0.0
        self.hook_zone_s = 3.0
        self.finding_marks: list[tuple[float, str]] = []  # (time, severity)
        # Set by the audience integration: timeline -> [(cut start, CutRetention)].
        self.retention_for = None
        self.retention: list = []
        # Set by the comments integration: timeline -> [(start, end, number, resolved)].
        self.comments_for = None
        self.comment_marks: list = []
        self._retention_path: tuple[tuple, QPainterPath] | None = None
        self.setMinimumHeight(28)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Click or drag to seek. Shaded: the hook zone. "
                                "Flag: the cliffhanger. Red/amber: rule findings."))

    def sizeHint(self) -> QSize:
        return QSize(320, 30)

    def set_timeline(self, timeline: Timeline, finding_marks: list[tuple[float, str]]) -> None:
        self.timeline = timeline
        self.finding_marks = finding_marks
        self.refresh_comments()
        self.refresh_retention()
        self.update()

    def refresh_comments(self) -> None:
        marks = self.comments_for(self.timeline) if self.comments_for and self.timeline else []
        if marks != self.comment_marks:
            self.comment_marks = marks
            self.update()

    def refresh_retention(self) -> None:
        segments = self.retention_for(self.timeline) if self.retention_for else []
        if [(s, id(t)) for s, t in segments] != [(s, id(t)) for s, t in self.retention]:
            self.retention = segments
            self._retention_path = None
            self.update()

    def _retention_curve(self, bar: QRectF) -> QPainterPath:
        """Built once per data and size, not on every playhead move."""
        key = (bar.getRect(), self.timeline.duration)
        if self._retention_path is None or self._retention_path[0] != key:
            path = QPainterPath()
            for start, table in self.retention:
                for i, (t, r) in enumerate(table.points):
                    pt = QPointF(self.x_of(start + t), bar.bottom() - min(max(r, 0), 1)
                                 * bar.height())
                    path.moveTo(pt) if i == 0 else path.lineTo(pt)
            self._retention_path = (key, path)
        return self._retention_path[1]

    def set_position(self, t: float) -> None:
        if abs(t - self.position) > 1e-4:
            self.position = t
            self.update()

    def _bar(self) -> QRectF:
        return QRectF(6, 4, max(1.0, self.width() - 12), self.height() - 8)

    def x_of(self, t: float) -> float:
        bar = self._bar()
        dur = self.timeline.duration if self.timeline else 0.0
        return bar.left() + (bar.width() * t / dur if dur > 0 else 0.0)

    def time_at(self, x: float) -> float:
        bar = self._bar()
        dur = self.timeline.duration if self.timeline else 0.0
        return min(dur, max(0.0, (x - bar.left()) / bar.width() * dur))

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            self.seekRequested.emit(self.time_at(event.position().x()))

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.LeftButton:
            self.seekRequested.emit(self.time_at(event.position().x()))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        pal = self.palette()
        bar = self._bar()
        p.fillRect(bar, pal.base())
        p.setPen(QPen(pal.mid().color(), 1))
        p.drawRect(bar)
        tl = self.timeline
        if tl is None or tl.duration <= 0:
            return
        for m in tl.markers:
            x = self.x_of(m.time)
            if m.kind == "hook_zone":
                hook = QColor("#0FA3B1")
                hook.setAlpha(70)
                left = self.x_of(max(0.0, m.time - self.hook_zone_s))
                p.fillRect(QRectF(left, bar.top(), x - left, bar.height()), hook)
            elif m.kind == "episode":
                p.setPen(QPen(pal.text().color(), 2))
                p.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()))
            else:
                p.setPen(QPen(pal.mid().color(), 1))
                p.drawLine(QPointF(x, bar.bottom() - bar.height() * 0.45), QPointF(x, bar.bottom()))
            if m.kind == "cliffhanger":
                flag = QPainterPath(QPointF(x, bar.top()))
                flag.lineTo(x + 7, bar.top() + 4)
                flag.lineTo(x, bar.top() + 8)
                p.fillPath(flag, pal.text())
        for t, severity in self.finding_marks:
            p.setPen(Qt.NoPen)
            p.setBrush(ERROR if severity == "error" else WARNING)
            p.drawEllipse(QPointF(self.x_of(t) + 3, bar.bottom() - 4), 3, 3)
        for start, end, number, resolved in self.comment_marks:
            paint_time_mark(p, bar, self.x_of(start), self.x_of(end), number, resolved)
        if self.retention:
            p.setPen(QPen(RETENTION, 1.5))
            p.setBrush(Qt.NoBrush)
            p.drawPath(self._retention_curve(bar))
        x = self.x_of(self.position)
        p.setPen(QPen(pal.highlight().color(), 2))
        p.drawLine(QPointF(x, 0), QPointF(x, self.height()))

"""The timeline strip: the cut's panels as blocks as wide as they last.

Drag the right edge of a block to retime that panel: one undo step on release, and the
rules re-check at once (tighten the hook, watch HOOK_LATE go). Beat boundaries are drawn
heavier than panel boundaries, and each block is tinted by its beat's emotion.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.timeline import Clip, Timeline
from ...core.vocab import NEUTRAL_COLOUR, tag_info

GRAB_PX = 5


class TimelineStrip(QWidget):
    retimeRequested = Signal(object, float)  # Clip, new duration in seconds
    seekRequested = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self.position = 0.0
        self._drag: tuple[int, float] | None = None  # clip index, new end time
        self.setMouseTracking(True)
        self.setMinimumHeight(44)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Drag the end of a panel to retime it; click to seek."))

    def sizeHint(self) -> QSize:
        return QSize(320, 48)

    def set_timeline(self, timeline: Timeline) -> None:
        self.timeline = timeline
        self._drag = None
        self.update()

    def set_position(self, t: float) -> None:
        self.position = t
        self.update()

    # --- geometry ------------------------------------------------------------------

    def _scale(self) -> float:
        dur = self.timeline.duration if self.timeline else 0.0
        return (self.width() - 2) / dur if dur > 0 else 0.0

    def x_of(self, t: float) -> float:
        return 1 + t * self._scale()

    def _edge_at(self, x: float) -> int | None:
        if not self.timeline:
            return None
        for i, clip in enumerate(self.timeline.clips):
            if not clip.is_title and abs(self.x_of(clip.end) - x) <= GRAB_PX:
                return i
        return None

    # --- mouse ---------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.LeftButton or not self.timeline:
            return
        x = event.position().x()
        edge = self._edge_at(x)
        if edge is not None:
            self._drag = (edge, self.timeline.clips[edge].end)
        else:
            scale = self._scale()
            self.seekRequested.emit((x - 1) / scale if scale else 0.0)

    def mouseMoveEvent(self, event) -> None:
        x = event.position().x()
        if self._drag is not None:
            i, _ = self._drag
            clip = self.timeline.clips[i]
            scale = self._scale()
            end = max(clip.start + 0.2, (x - 1) / scale if scale else clip.end)
            self._drag = (i, end)
            self.update()
        else:
            self.setCursor(Qt.SizeHorCursor if self._edge_at(x) is not None else Qt.ArrowCursor)

    def mouseReleaseEvent(self, event) -> None:
        if self._drag is None:
            return
        i, end = self._drag
        self._drag = None
        clip = self.timeline.clips[i]
        if abs(end - clip.end) >= 0.05:
            self.retimeRequested.emit(clip, end - clip.start)
        self.update()

    # --- painting ------------------------------------------------------------------

    def _block_colour(self, clip: Clip) -> QColor:
        info = tag_info(clip.beat.emotion.tag) if clip.beat is not None else None
        colour = QColor(info.colour if info else NEUTRAL_COLOUR)
        colour.setAlpha(110)
        return colour

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        tl = self.timeline
        if not tl or tl.duration <= 0:
            return
        fm = QFontMetricsF(self.font())
        h = self.height()
        for i, clip in enumerate(tl.clips):
            start, end = clip.start, clip.end
            if self._drag is not None and self._drag[0] == i:
                end = self._drag[1]
            rect = QRectF(self.x_of(start), 2, max(1.0, self.x_of(end) - self.x_of(start)), h - 4)
            if clip.is_title:
                p.fillRect(rect, QColor("#333333"))
                continue
            p.fillRect(rect, self._block_colour(clip))
            beat_end = i + 1 >= len(tl.clips) or tl.clips[i + 1].beat is not clip.beat
            p.setPen(QPen(pal.text().color(), 2 if beat_end else 1))
            p.drawLine(QPointF(rect.right(), 0), QPointF(rect.right(), h))
            label = f"{clip.duration:.1f}s"
            if i == 0 or tl.clips[i - 1].beat is not clip.beat:
                label = f"{clip.beat.title or clip.beat.id} · {label}"
            if rect.width() > 24:
                p.setPen(pal.text().color())
                p.drawText(rect.adjusted(3, 0, -3, 0), Qt.AlignVCenter | Qt.AlignLeft,
                           fm.elidedText(label, Qt.ElideRight, rect.width() - 6))
        x = self.x_of(self.position)
        p.setPen(QPen(pal.highlight().color(), 2))
        p.drawLine(QPointF(x, 0), QPointF(x, h))

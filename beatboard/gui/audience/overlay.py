"""Retention on the beats: one cache of the per-beat tables for the whole window, the
retention curve drawn over the emotion curve (second axis, 0-100 %), and the curve's
segments for the animatic scrubber.

Edit -> screen stays fast: tables come from ``RetentionCache`` (mapped again only when a
dataset or its cut's timing changes) and each painter keeps its path until the table or
its own geometry changes, so a paint never maps a curve.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from ...core.retention import CutRetention, DropThresholds, driving_dataset, value_at
from ...core.retention_cache import RetentionCache
from ...rules.audience_rules import drop_thresholds

RETENTION_INK = QColor("#7C3AED")  # apart from the emotion line's ink, and dash-dotted
WORST_INK = QColor("#DC2626")


class AudienceData(QObject):
    """The window's audience tables; ``updated`` after any edit (tables are cached)."""

    updated = Signal()

    def __init__(self, controller, findings=None, parent=None):
        super().__init__(parent)
        self.controller, self.findings = controller, findings
        self.cache = RetentionCache()
        controller.changed.connect(lambda _c: self.updated.emit())
        controller.documentReplaced.connect(self.updated.emit)

    @property
    def thresholds(self) -> DropThresholds:
        """The profile's RETENTION_DROP thresholds: the table flags what the rule names."""
        profile = getattr(self.findings, "profile", None)
        return drop_thresholds(profile) if profile is not None else DropThresholds()

    def table(self, dataset) -> CutRetention:
        return self.cache.get(self.controller.project.episode(dataset.episode), dataset,
                              self.thresholds)

    def tables(self, episode_id: str) -> list[CutRetention]:
        return [self.table(d) for d in self.controller.project.audience
                if d.episode == episode_id]

    def driving(self, episode_id: str, cut: str = "main") -> CutRetention | None:
        d = driving_dataset(self.controller.project.audience, episode_id, cut)
        return self.table(d) if d is not None else None


def retention_y(rect: QRectF, share: float) -> float:
    return rect.bottom() - min(max(share, 0.0), 1.0) * rect.height()


class CurveOverlay:
    """Draws the driving main-cut dataset over ``EpisodeCurveWidget``'s plot."""

    def __init__(self, curve, data: AudienceData, selection):
        self.curve, self.data, self.selection = curve, data, selection
        self.table: CutRetention | None = None
        self._generation = 0  # bumped when the table changes: part of the path's key
        self._path_key: tuple | None = None
        self._path = QPainterPath()
        self.paths_built = 0  # tests check a repaint builds nothing
        curve.retention_overlay = self
        data.updated.connect(self.refresh)
        selection.episodeChanged.connect(lambda _id: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        table = self.data.driving(self.selection.episode_id)
        if table is not self.table:
            self.table = table
            self._generation += 1
            self.curve.update()

    def describe_at(self, t: float) -> str:
        """The tooltip's line: viewers still watching at ``t`` seconds of the cut."""
        table = self.table
        if table is None or table.stale or not table.points or not 0 <= t <= table.cut.seconds:
            return ""
        return QCoreApplication.translate("CurveOverlay", "%1 % still watching at %2 s").replace(
            "%1", f"{value_at(list(table.points), t) * 100:.1f}").replace("%2", f"{t:.1f}")

    def path(self, rect: QRectF, x_of) -> QPainterPath:
        key = (self._generation, rect.getRect(), x_of(0.0), x_of(1.0))
        if key != self._path_key:
            self._path_key, self._path = key, QPainterPath()
            pts = self.table.points if self.table is not None else ()
            for i, (t, r) in enumerate(pts):
                point = QPointF(x_of(t), retention_y(rect, r))
                self._path.moveTo(point) if i == 0 else self._path.lineTo(point)
            self.paths_built += 1
        return self._path

    def paint(self, p: QPainter, rect: QRectF, x_of, muted: QColor) -> None:
        t = self.table
        if t is None:
            return
        p.save()
        if t.stale:
            p.setPen(muted)
            p.drawText(rect.adjusted(0, 2, -4, 0), Qt.AlignRight | Qt.AlignTop,
                       QCoreApplication.translate("CurveOverlay", "Audience data stale: %1")
                       .replace("%1", t.stale))
            p.restore()
            return
        for row in t.beats:
            if row.worst:
                band = QRectF(x_of(row.start), rect.bottom() - 5,
                              x_of(row.end) - x_of(row.start), 5)
                p.fillRect(band, WORST_INK)
        p.setPen(QPen(muted, 1, Qt.DotLine))
        for share in (0.5, 1.0):
            p.drawLine(QPointF(rect.right() - 6, retention_y(rect, share)),
                       QPointF(rect.right(), retention_y(rect, share)))
        for share, text in ((1.0, "100 %"), (0.5, "50 %"), (0.0, "0 %")):
            y = retention_y(rect, share)
            p.setPen(RETENTION_INK)
            p.drawText(QRectF(rect.right() - 48, y + (4 if share == 1.0 else -14), 40, 14),
                       Qt.AlignRight | Qt.AlignVCenter, text)
        pen = QPen(RETENTION_INK, 2, Qt.DashDotLine)
        p.setPen(pen)
        p.setBrush(Qt.NoBrush)
        p.drawPath(self.path(rect, x_of))
        label = QCoreApplication.translate("CurveOverlay", "viewers %1").replace(
            "%1", t.dataset.label or t.dataset.date or t.dataset.source or t.dataset.id)
        p.drawText(QRectF(rect.right() - 260, rect.top() + 16, 210, 14),
                   Qt.AlignRight | Qt.AlignVCenter, label)
        p.restore()


def scrubber_segments(data: AudienceData, timeline) -> list[tuple[float, CutRetention]]:
    """(where the cut's story starts on the timeline, its driving table) per shown cut."""
    out = []
    for cut in getattr(timeline, "cuts", []) or []:
        table = data.driving(cut.episode_id, cut.name)
        if table is None or table.stale or not table.points:
            continue
        start = next((c.start for c in timeline.clips
                      if c.episode_id == cut.episode_id and not c.is_title), None)
        if start is not None:
            out.append((start, table))
    return out

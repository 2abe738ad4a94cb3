"""The whole series at a glance: one column per episode, one cell per main-line beat.

Time runs down each column, so a column's length is the episode's duration and the
60/120 s guides cut across the strip. Cells are coloured by signed intensity (darker is
stronger) and textured by direction (hatched = pressure, dotted = suspense); glyphs
appear when columns are wide enough. Marks above the columns give each episode's rule
status; a line before the paywall episode is labelled "Paywall". Click selects.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...core.timeline import EpisodeTimes
from ...core.vocab import Direction
from ...rules.findings import Severity
from ..canvas.palette import font
from .shared import direction_pattern, guides_of, signed_colour

LEFT, RIGHT, TOP, BOTTOM = 40, 10, 34, 8
_GLYPH = {Direction.UP: "↑", Direction.DOWN: "↓", Direction.LEVEL: "→"}


@dataclass(frozen=True)
class Cell:
    beat_id: str
    start: float
    end: float
    direction: Direction
    intensity: int


@dataclass
class Column:
    episode_id: str
    number: int
    title: str
    duration: float
    cells: list[Cell]
    errors: int = 0
    warnings: int = 0


class SeriesStripWidget(QWidget):
    def __init__(self, controller, selection, findings=None, parent=None):
        super().__init__(parent)
        self.controller, self.selection, self.findings = controller, selection, findings
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self._columns: list[Column] = []
        self._by_id: dict[str, Column] = {}
        self._cache: QPixmap | None = None
        self._stale: set[str] = set()  # columns to repaint in the cache before it is shown
        self._span_s = 120.0  # seconds shown top to bottom; follows the longest episode
        self._guides: tuple | None = None  # the guides the cache was drawn with
        controller.changed.connect(self._on_changed)
        controller.documentReplaced.connect(self.reload)
        selection.episodeChanged.connect(lambda _id: self.update())
        if findings is not None and hasattr(findings, "updated"):
            findings.updated.connect(self._on_findings)
        self.reload()

    def sizeHint(self) -> QSize:
        return QSize(900, 220)

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        eps = self.controller.project.ordered_episodes()
        self._columns = [self._column(ep) for ep in eps]
        self._by_id = {c.episode_id: c for c in self._columns}
        self._recount()
        self._invalidate()

    def _column(self, ep) -> Column:
        # The main line's times as the player, the PDF and the Board view give them.
        spans = EpisodeTimes(ep).main.beat_spans() if ep.beats else []
        cells = [Cell(b.id, start, end, b.emotion.direction, b.emotion.intensity)
                 for b, start, end in spans]
        return Column(ep.id, ep.number, ep.title, cells[-1].end if cells else 0.0, cells)

    def _on_changed(self, change) -> None:
        if (change.episode_list or change.series  # the paywall line is a series field
                or any(e not in self._by_id for e in change.episodes)):
            self.reload()
            return
        project = self.controller.project
        for eid in change.episodes:
            ep = project.episode(eid)
            if ep is not None:
                col = self._column(ep)
                col.errors, col.warnings = self._by_id[eid].errors, self._by_id[eid].warnings
                i = self._columns.index(self._by_id[eid])
                self._columns[i] = self._by_id[eid] = col
        self._invalidate(change.episodes)

    def _on_findings(self, *_) -> None:
        self._invalidate(self._recount())

    def _recount(self) -> set[str]:
        """Count each column's errors and warnings; the columns whose marks changed."""
        marks = {c.episode_id: [0, 0] for c in self._columns}
        for f in getattr(self.findings, "findings", None) or []:
            counts = marks.get(f.episode) if f.episode else None
            if counts is not None:
                if f.severity == Severity.ERROR:
                    counts[0] += 1
                elif f.severity == Severity.WARNING:
                    counts[1] += 1
        changed = set()
        for c in self._columns:
            if [c.errors, c.warnings] != marks[c.episode_id]:
                c.errors, c.warnings = marks[c.episode_id]
                changed.add(c.episode_id)
        return changed

    def _invalidate(self, episodes=None) -> None:
        """Redraw the named columns (all when None) once the strip is next painted; the
        whole strip when the time span changed, since it scales every column."""
        guides = guides_of(self.findings)
        span = max([guides[2]] + [c.duration for c in self._columns]) * 1.03
        if (episodes is None or span != self._span_s or guides != self._guides
                or self._cache is None):
            self._span_s, self._guides = span, guides
            self._cache, self._stale = None, set()
            self.update()
            return
        fresh = [e for e in episodes if e in self._by_id]
        self._stale.update(fresh)
        for eid in fresh:
            self.update(self._repaint_rect(eid).toAlignedRect())

    # -- geometry ---------------------------------------------------------------------------
    def _span(self) -> float:
        return self._span_s

    def _col_width(self) -> float:
        return (self.width() - LEFT - RIGHT) / max(1, len(self._columns))

    def _col_x(self, i: int) -> float:
        return LEFT + i * self._col_width()

    def _y(self, t: float) -> float:
        return TOP + t / self._span() * (self.height() - TOP - BOTTOM)

    def _repaint_rect(self, episode_id: str) -> QRectF:
        """A column with its marks and number, across the strip's full height."""
        r = self.column_rect(episode_id)
        return QRectF(r.x(), 0, r.width(), self.height())

    def column_rect(self, episode_id: str) -> QRectF:
        i = next(i for i, c in enumerate(self._columns) if c.episode_id == episode_id)
        return QRectF(self._col_x(i), TOP, self._col_width(), self.height() - TOP - BOTTOM)

    def _column_at(self, pos: QPointF) -> Column | None:
        if pos.x() < LEFT or not self._columns:
            return None
        i = int((pos.x() - LEFT) // self._col_width())
        return self._columns[i] if 0 <= i < len(self._columns) else None

    # -- events ----------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        col = self._column_at(event.position())
        if event.button() == Qt.LeftButton and col is not None:
            y = event.position().y()
            cell = next((c for c in col.cells if self._y(c.start) <= y < self._y(c.end)), None)
            self.selection.select(col.episode_id, [cell.beat_id] if cell else [])
            return
        super().mousePressEvent(event)

    def event(self, e) -> bool:
        if e.type() == QEvent.ToolTip:
            col = self._column_at(QPointF(e.pos()))
            if col is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(e.globalPos(), self._tooltip(col), self)
            return True
        return super().event(e)

    def _tooltip(self, col: Column) -> str:
        lines = [self.tr("Episode %1: %2").replace("%1", str(col.number)).replace("%2", col.title),
                 self.tr("%1 s · %2 beats").replace("%1", f"{col.duration:.1f}").replace("%2", str(len(col.cells)))]
        if col.errors:
            lines.append("✕ " + self.tr("%1 errors").replace("%1", str(col.errors)))
        if col.warnings:
            lines.append("⚠ " + self.tr("%1 warnings").replace("%1", str(col.warnings)))
        return "\n".join(lines)

    def set_dark(self, dark: bool) -> None:
        """Colours follow the application palette; this only redraws the cached strip."""
        self._invalidate()

    def resizeEvent(self, event) -> None:
        self._cache = None
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.PaletteChange:
            self._cache = None
        super().changeEvent(event)

    # -- drawing -----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        if self._cache is None or self._cache.size() != self.size() * self.devicePixelRatioF():
            self._cache = QPixmap(self.size() * self.devicePixelRatioF())
            self._cache.setDevicePixelRatio(self.devicePixelRatioF())
            cp = QPainter(self._cache)
            self._paint_static(cp)
            cp.end()
            self._stale = set()
        elif self._stale:
            cp = QPainter(self._cache)
            for eid in self._stale:
                self._repaint_column(cp, eid)
            cp.end()
            self._stale = set()
        p = QPainter(self)
        p.drawPixmap(0, 0, self._cache)
        col = self._by_id.get(self.selection.episode_id)
        if col is not None:
            r = self.column_rect(col.episode_id).adjusted(-1, -TOP + 12, 1, 1)
            p.setPen(QPen(QColor("#2563EB"), 2.5))
            p.setBrush(Qt.NoBrush)
            p.drawRect(r)

    def _repaint_column(self, p: QPainter, episode_id: str) -> None:
        """Paint one column's area of the cache as _paint_static would: everything that
        reaches into it (neighbours' numbers, the guides, the paywall line) is redrawn
        under a clip."""
        area = self._repaint_rect(episode_id)
        i = self._columns.index(self._by_id[episode_id])
        reach = int(30 // max(self._col_width(), 1.0)) + 1  # number labels overhang
        p.save()
        p.setClipRect(area)
        self._paint_static(p, range(max(0, i - reach), min(len(self._columns), i + reach + 1)))
        p.restore()

    def _paint_static(self, p: QPainter, only: range | None = None) -> None:
        pal = self.palette()
        text, muted = pal.color(QPalette.Text), pal.color(QPalette.PlaceholderText)
        base = pal.color(QPalette.Base)
        p.fillRect(QRectF(0, 0, self.width(), self.height()), base)
        if not self._columns:
            p.setPen(muted)
            p.drawText(self.rect(), Qt.AlignCenter, self.tr("No episodes"))
            return
        only = range(len(self._columns)) if only is None else only
        w = self._col_width()
        gap = 1.0 if w >= 4 else 0.0
        show_glyphs = w >= 16
        p.setFont(font(11, True))
        for i in only:
            col = self._columns[i]
            x = self._col_x(i)
            for c in col.cells:
                r = QRectF(x, self._y(c.start), w - gap, max(1.0, self._y(c.end) - self._y(c.start) - gap))
                p.fillRect(r, signed_colour(c.direction, c.intensity))
                pattern = direction_pattern(c.direction)
                if pattern is not None:
                    p.fillRect(r, pattern)
                if show_glyphs and r.height() >= 13:
                    p.setPen(QColor("#FFFFFF") if c.intensity >= 4 else QColor("#1E2228"))
                    p.drawText(r, Qt.AlignCenter, _GLYPH[c.direction])
        self._paint_guides(p, text, muted)
        self._paint_header(p, text, muted, only)

    def _paint_guides(self, p: QPainter, text: QColor, muted: QColor) -> None:
        _, min_s, max_s = guides_of(self.findings)
        p.setFont(font(10))
        right = self.width() - RIGHT
        for secs in (min_s, max_s):
            y = self._y(secs)
            p.setPen(QPen(QColor("#C2410C"), 1.2, Qt.DashLine))
            p.drawLine(QPointF(LEFT - 4, y), QPointF(right, y))
            p.drawText(QRectF(0, y - 8, LEFT - 6, 16), Qt.AlignRight | Qt.AlignVCenter, f"{secs:g}s")
        p.setPen(muted)
        p.drawText(QRectF(0, TOP - 2, LEFT - 6, 16), Qt.AlignRight | Qt.AlignVCenter, "0s")
        paywall = self.controller.project.paywall_episode
        idx = next((i for i, c in enumerate(self._columns) if c.number == paywall), None)
        if idx is not None:
            x = self._col_x(idx) - 0.5
            p.setPen(QPen(text, 2.5))
            p.drawLine(QPointF(x, 2), QPointF(x, self.height() - BOTTOM))
            p.setFont(font(10, True))
            label = QRectF(x + 3, 1, 60, 13)
            p.fillRect(label, text)
            p.setPen(self.palette().color(QPalette.Base))
            p.drawText(label, Qt.AlignCenter, self.tr("Paywall"))

    def _paint_header(self, p: QPainter, text: QColor, muted: QColor, only: range) -> None:
        w = self._col_width()
        every = 1
        while every * w < 26:
            every = {1: 2, 2: 5}.get(every, every + 5)
        p.setFont(font(10))
        for i in only:
            col = self._columns[i]
            x = self._col_x(i)
            if i % every == 0 or col.number == 1:
                p.setPen(muted)
                p.drawText(QRectF(x - 10, 14, max(w, 24) + 20, 10), Qt.AlignHCenter | Qt.AlignVCenter,
                           str(col.number))
            cx, cy, s = x + w / 2, TOP - 5, min(4.0, max(2.0, w / 3))
            if col.errors:  # a filled square: error; a triangle: warnings only
                p.setPen(Qt.NoPen)
                p.setBrush(QColor("#C62828"))
                p.drawRect(QRectF(cx - s, cy - s, 2 * s, 2 * s))
            elif col.warnings:
                p.setPen(Qt.NoPen)
                p.setBrush(QColor("#D97706"))
                p.drawPolygon(QPolygonF([QPointF(cx, cy - s), QPointF(cx + s, cy + s), QPointF(cx - s, cy + s)]))

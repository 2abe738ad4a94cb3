"""The series board's scrolling surface: rows of beat cards, drawn straight with QPainter
(only the rows in view, each row painted once per state: ``painting.py``). The
pointer's gestures are in ``gestures.py``; a card's picture comes from the picture plan
(``card_pictures.py``).
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractScrollArea

from ...core.review import OpenCounts
from ..canvas.palette import LIGHT
from .card_pictures import CardPictures
from .geometry import MAX_ZOOM, MIN_ZOOM, BoardGeometry
from .gestures import BoardGestures
from .painting import BoardPainting
from .row_cache import PixmapCache
from ...core.series_retention import continuation_by_episode
from .rows import (ASIDE, BeatFilter, BoardCard, BoardRow, aside_row, badges_of, beat_rules,
                   row_of, status_of)


class BoardCanvas(BoardGestures, BoardPainting, QAbstractScrollArea):
    zoomChanged = Signal(float)
    contextRequested = Signal(object, object, QPoint)  # row | None, card | None, global pos

    def __init__(self, controller, selection, findings, parent=None):
        super().__init__(parent)
        self.controller, self.selection, self.findings = controller, selection, findings
        self.geo = BoardGeometry(1.0)
        self.palette_ = LIGHT
        self.filter = BeatFilter()
        self.rows: list[BoardRow] = []
        self._shown: list[tuple[BoardRow, list[BoardCard]]] = []
        self.aside_selection: list[str] = []  # set-aside beats belong to no episode
        self._cache = PixmapCache()
        self._badges: dict[str, str] = {}
        self._review_counts = OpenCounts()  # open comments per beat, for the card bubbles
        self._matching: set[str] = set()
        self._thumb_epoch = 0
        self._epoch = 0
        # While the user pauses, rows just out of view are painted ahead, one per tick.
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(0)
        self._warm_timer.timeout.connect(self._warm_next)
        self._visible = (0, 0)
        self._beats: dict = {}
        self._pictures = CardPictures()
        self._press: tuple | None = None  # ("beats"|"episode", point, payload)
        self._drop: tuple | None = None  # ("beats", row index, slot, after) | ("episode", index)
        self.setMouseTracking(False)
        self.setFocusPolicy(Qt.StrongFocus)
        self.viewport().setAutoFillBackground(False)
        controller.changed.connect(self._on_changed)
        controller.documentReplaced.connect(self.rebuild)
        selection.beatsChanged.connect(lambda _ids: self.viewport().update())
        selection.episodeChanged.connect(lambda _id: self.viewport().update())
        if hasattr(findings, "updated"):
            findings.updated.connect(self._on_findings)
        self.rebuild()

    # -- model -> rows ---------------------------------------------------------------------
    def rebuild(self) -> None:
        project = self.controller.project
        self.rows = [row_of(ep) for ep in project.ordered_episodes()]
        self._beats = {b.id: b for ep in project.episodes for b in ep.beats}
        self._refresh_aside()
        self._apply_status()
        self._index_findings()
        self._pictures.clear()  # pictures may have changed on disk with the document
        self._thumb_epoch += 1
        self._reshow()

    def retranslate(self) -> None:
        """Row texts painted into cached pictures follow the UI language."""
        self._cache.clear()
        self.rebuild()

    def _refresh_aside(self) -> None:
        """The last row: beats set aside by a re-sync (or by dragging them there)."""
        project = self.controller.project
        self.rows = [r for r in self.rows if r.episode_id != ASIDE]
        row = aside_row(project, self.tr("Set aside") if project.unplaced
                        else self.tr("Set aside: drop beats here to keep them out of every episode"))
        if row is not None:
            self.rows.append(row)
            self._beats.update({b.id: b for b in project.unplaced})
        known = {b.id for b in project.unplaced}
        self.aside_selection = [b for b in getattr(self, "aside_selection", []) if b in known]

    def _on_changed(self, change) -> None:
        project = self.controller.project
        self._review_counts.invalidate()
        episode_rows = [r for r in self.rows if r.episode_id != ASIDE]
        if change.episode_list or change.series or len(episode_rows) != len(project.episodes):
            self.rebuild()
            return
        index = {r.episode_id: i for i, r in enumerate(self.rows)}
        for eid in change.episodes:
            ep = project.episode(eid)
            if ep is not None and eid in index:
                self.rows[index[eid]] = row_of(ep)
                for b in ep.beats:
                    self._beats[b.id] = b
        self._refresh_aside()
        self._apply_status()
        self._reshow()

    def _on_findings(self, *_args) -> None:
        self._apply_status()
        self.filter._rules = beat_rules(self.findings.findings)
        self._index_findings()
        self._reshow()

    def _apply_status(self) -> None:
        project = self.controller.project
        anchor = project.series.paywall_after
        going_on = continuation_by_episode(project)  # the heat map's strip
        for row in self.rows:
            if row.episode_id == ASIDE:
                continue
            row.status = status_of(self.findings.for_episode(row.episode_id))
            row.paywall_after = row.episode_id == anchor
            row.continuation = going_on.get(row.episode_id)

    def set_filter(self, f: BeatFilter) -> None:
        f._rules = beat_rules(self.findings.findings)
        self.filter = f
        self._reshow()

    def _reshow(self) -> None:
        self._epoch += 1  # rows, findings or the filter changed: whole-board pictures are stale
        f = self.filter
        self._matching = ({c.beat_id for row in self.rows for c in row.cards if self._matches(c)}
                          if f.active else set())
        shown = []
        for row in self.rows:
            cards = row.cards
            if f.only and f.active:
                cards = [c for c in cards if self._matches(c)]
                if not cards:
                    continue
            shown.append((row, cards))
        self._shown = shown
        self._update_scroll()
        self.viewport().update()

    def _matches(self, card: BoardCard) -> bool:
        beat = self._beats.get(card.beat_id)
        return beat is not None and self.filter.matches(beat)

    def match_count(self) -> int:
        if not self.filter.active:
            return 0
        return sum(1 for row in self.rows for c in row.cards if self._matches(c))

    # -- zoom and scrolling ------------------------------------------------------------------
    def set_zoom(self, zoom: float, anchor: QPointF | None = None) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if abs(zoom - self.geo.zoom) < 1e-4:
            return
        anchor = anchor or QPointF(0, 0)
        old = self.geo
        fx = (self.horizontalScrollBar().value() + anchor.x() - old.header_w) / old.zoom
        fy = (self.verticalScrollBar().value() + anchor.y()) / old.row_h
        self.geo = BoardGeometry(zoom)
        self._update_scroll()
        self.horizontalScrollBar().setValue(int(fx * zoom + self.geo.header_w - anchor.x()))
        self.verticalScrollBar().setValue(int(fy * self.geo.row_h - anchor.y()))
        self.viewport().update()
        self.zoomChanged.emit(zoom)

    def fit_all(self) -> None:
        """Zoom so every episode fits the height (the heat map for a long series)."""
        rows = max(1, len(self._shown))
        avail = max(100, self.viewport().height() - 2 * self.geo.row_y(0))
        self.set_zoom(BoardGeometry.zoom_for_row_height(avail / rows))

    def _update_scroll(self) -> None:
        most = max((len(c) for _, c in self._shown), default=0)
        w, h = self.geo.content_size(len(self._shown), most)
        vp = self.viewport().size()
        self.horizontalScrollBar().setRange(0, max(0, int(w - vp.width())))
        self.verticalScrollBar().setRange(0, max(0, int(h - vp.height())))
        self.horizontalScrollBar().setPageStep(vp.width())
        self.verticalScrollBar().setPageStep(vp.height())
        self.verticalScrollBar().setSingleStep(max(4, int(self.geo.row_h / 2)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_scroll()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.ControlModifier:
            factor = 1.2 if event.angleDelta().y() > 0 else 1 / 1.2
            self.set_zoom(self.geo.zoom * factor, event.position())
            return
        super().wheelEvent(event)

    # -- geometry helpers (content coordinates) -------------------------------------------------
    def _origin(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def card_rect(self, row_index: int, slot: int) -> QRectF:
        g = self.geo
        return QRectF(g.card_x(slot), g.row_y(row_index) + (g.row_h - g.card_h) / 2,
                      g.card_w, g.card_h)

    def header_rect(self, row_index: int) -> QRectF:
        g = self.geo
        return QRectF(0, g.row_y(row_index), g.header_w, g.row_h - max(1.0, 2 * g.zoom))

    def hit(self, view_pos) -> tuple[int | None, int | None]:
        """(row index, card slot) under a viewport point; slot None on the header/gaps."""
        p = QPointF(view_pos) + self._origin()
        row = self.geo.row_at(p.y(), len(self._shown))
        if row is None:
            return None, None
        if p.x() < self.geo.header_w:
            return row, None
        slot = self.geo.slot_at(p.x())
        if slot < len(self._shown[row][1]) and self.card_rect(row, slot).contains(p):
            return row, slot
        return row, None

    def locate(self, beat_id: str) -> tuple[int, int] | None:
        for i, (_row, cards) in enumerate(self._shown):
            for j, c in enumerate(cards):
                if c.beat_id == beat_id:
                    return i, j
        return None

    def reveal(self, beat_id: str) -> None:
        place = self.locate(beat_id)
        if place is None:
            return
        r = self.card_rect(*place)
        vp = self.viewport().size()
        self.horizontalScrollBar().setValue(int(r.center().x() - vp.width() / 2))
        self.verticalScrollBar().setValue(int(r.center().y() - vp.height() / 2))

    def _index_findings(self) -> None:
        self._badges = badges_of(self.findings.findings)

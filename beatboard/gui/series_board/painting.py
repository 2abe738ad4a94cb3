"""Painting the series board: rows of cards, headers and the heat map drawn from cached
pixmaps (each row painted once per state), threads between cards and the drop marker."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen, QPixmap

from ..comments.paint import paint_count_bubble
from ..inspector_meta import mmss
from .paint import paint_card, paint_header, paint_open_thread, paint_paywall, paint_thread
from .rows import BoardCard, BoardRow

ROW_MARGIN = 4.0  # room in a row picture for the selection outline


class BoardPainting:
    """Mixed into ``BoardCanvas``: paints its rows in view (``_shown``) with its geometry,
    palette, caches, selection and filter."""

    def _thumb(self, beat_id: str) -> QPixmap | None:
        beat = self._beats.get(beat_id)
        if beat is None or self.geo.lod != "cards":
            return None
        return self._pictures.picture(self.controller.project,
                                      self.controller.document.base_dir, beat)

    def paintEvent(self, event) -> None:
        p = QPainter(self.viewport())
        pal = self.palette_
        p.fillRect(self.viewport().rect(), pal.background)
        if not self._shown:
            p.setPen(pal.muted)
            p.drawText(self.viewport().rect(), Qt.AlignCenter,
                       self.tr("No episodes to show") if self.rows else self.tr("No episodes yet"))
            return
        p.setRenderHint(QPainter.Antialiasing, self.geo.lod != "heat")
        origin = self._origin()
        p.translate(-origin)
        g = self.geo
        top = origin.y()
        bottom = top + self.viewport().height()
        first = max(0, int((top - g.row_y(0)) // g.row_h) - 1)
        last = min(len(self._shown), int((bottom - g.row_y(0)) // g.row_h) + 2)
        x0 = origin.x()
        right = x0 + self.viewport().width()
        selected = set(self.selection.beat_ids) | set(self.aside_selection)
        current_ep = self.selection.episode_id
        if g.lod == "heat" and x0 <= 0:
            # The heat map is small: one picture of every row, redrawn only on a change.
            p.drawPixmap(QPointF(0, 0), self._heat_sheet(selected, current_ep))
            self._paint_threads(p, first, last)
        else:
            for i in range(first, last):
                row, cards = self._shown[i]
                p.drawPixmap(QPointF(g.header_w - ROW_MARGIN, g.row_y(i)),
                             self._row_pixmap(row, cards, selected))
            self._visible = (first, last)
            if not self._warm_timer.isActive():
                self._warm_timer.start()
            self._paint_threads(p, first, last)
            # The header column stays in view while panning sideways.
            for i in range(first, last):
                row = self._shown[i][0]
                p.drawPixmap(QPointF(x0, g.row_y(i)), self._header_pixmap(
                    row, bool(current_ep) and row.episode_id == current_ep))
        for i in range(first, last):
            if self._shown[i][0].paywall_after:
                y = g.row_y(i + 1) - 1
                paint_paywall(p, y, x0, right, self.tr("Paywall"))
        self._paint_drop(p)

    def _row_pixmap(self, row: BoardRow, cards: list[BoardCard], selected: set) -> QPixmap:
        """The row's cards, painted once per state (see row_cache.py)."""
        g, pal = self.geo, self.palette_
        active = self.filter.active
        counts = self._review_counts.of(self.controller.project)
        state = tuple((c.beat_id in selected, c.beat_id in self._matching if active else None,
                       self._badges.get(c.beat_id), counts.get(c.beat_id, 0)) for c in cards)
        key = ("row", id(row), len(cards), g.zoom, id(pal), state, self._thumb_epoch)
        pix = self._cache.get(key)
        if pix is not None:
            return pix
        width = int(g.card_x(len(cards)) - g.header_w + 2 * ROW_MARGIN) if cards else 1
        pix = QPixmap(max(1, width), max(1, int(g.row_h)))
        pix.fill(Qt.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.Antialiasing, g.lod != "heat")
        top = (g.row_h - g.card_h) / 2
        for j, (c, (sel, match, badge, notes)) in enumerate(zip(cards, state)):
            r = QRectF(g.card_x(j) - g.header_w + ROW_MARGIN, top, g.card_w, g.card_h)
            flags = {"selected": sel, "match": bool(match), "dim": active and not match,
                     "badge": badge, "comments": notes}
            paint_card(p, c, r, g, pal, self._thumb(c.beat_id), flags)
        p.end()
        self._cache.put(key, pix, row)
        return pix

    def _heat_sheet(self, selected: set, current_ep: str) -> QPixmap:
        g = self.geo
        key = ("sheet", self._epoch, g.zoom, id(self.palette_), frozenset(selected), current_ep)
        pix = self._cache.get(key)
        if pix is not None:
            return pix
        most = max((len(c) for _, c in self._shown), default=0)
        w, h = g.content_size(len(self._shown), most)
        pix = QPixmap(max(1, int(w)), max(1, int(h)))
        pix.fill(Qt.transparent)
        p = QPainter(pix)
        for i, (row, cards) in enumerate(self._shown):
            p.drawPixmap(QPointF(g.header_w - ROW_MARGIN, g.row_y(i)),
                         self._row_pixmap(row, cards, selected))
            p.drawPixmap(QPointF(0, g.row_y(i)), self._header_pixmap(
                row, bool(current_ep) and row.episode_id == current_ep))
        p.end()
        self._cache.put(key, pix)
        return pix

    def _header_pixmap(self, row: BoardRow, current: bool) -> QPixmap:
        g, pal = self.geo, self.palette_
        notes = self._review_counts.of(self.controller.project).get(row.episode_id, 0)
        key = ("head", id(row), g.zoom, id(pal), row.status, current, row.title, notes,
               row.continuation)
        pix = self._cache.get(key)
        if pix is not None:
            return pix
        rect = self.header_rect(0)
        pix = QPixmap(max(1, int(rect.width())), max(1, int(rect.height())))
        pix.fill(Qt.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.Antialiasing)
        n = len(row.cards)
        paint_header(p, row, QRectF(0, 0, rect.width(), rect.height()), g, pal,
                     mmss(row.seconds), self.tr("1 beat") if n == 1 else
                     self.tr("%1 beats").replace("%1", str(n)), current)
        if notes and g.lod != "heat":  # the episode's open review comments
            paint_count_bubble(p, QPointF(rect.width() - 58, rect.height() / 2 - 8), notes, 15.0)
        p.end()
        self._cache.put(key, pix, row)
        return pix

    def _warm_next(self) -> None:
        """Paint one row near the view into the cache; come back for the next."""
        first, last = self._visible
        span = max(4, last - first)
        selected = set(self.selection.beat_ids) | set(self.aside_selection)
        current = self.selection.episode_id
        for i in list(range(last, min(len(self._shown), last + span))) + \
                list(range(max(0, first - span), first)):
            row, cards = self._shown[i]
            before = len(self._cache._items)
            self._row_pixmap(row, cards, selected)
            self._header_pixmap(row, bool(current) and row.episode_id == current)
            if len(self._cache._items) != before:
                self._warm_timer.start()
                return

    def _paint_threads(self, p: QPainter, first: int, last: int) -> None:
        threads = self.controller.project.threads
        if not threads:
            return
        problems = {bid for bid, r in self.filter._rules.items()
                    if r & {"THREAD_UNPAID", "PAYOFF_UNPLANTED"}}
        for t in threads:
            a = self.locate(t.setup) if t.setup else None
            b = self.locate(t.payoff) if t.payoff else None
            if a is not None and b is not None:
                if max(a[0], b[0]) < first - 3 or min(a[0], b[0]) > last + 3:
                    continue
                paint_thread(p, self.card_rect(*a), self.card_rect(*b), t.label, self.geo,
                             t.setup in problems or t.payoff in problems)
            elif a is not None and first <= a[0] < last:
                paint_open_thread(p, self.card_rect(*a), self.geo)

    def _paint_drop(self, p: QPainter) -> None:
        if self._drop is None:
            return
        g = self.geo
        p.setPen(QPen(self.palette_.accent, 4, Qt.SolidLine, Qt.RoundCap))
        if self._drop[0] == "beats":
            _, row, slot, _after = self._drop
            x = g.card_x(slot) - g.gap / 2
            y = g.row_y(row)
            p.drawLine(QPointF(x, y), QPointF(x, y + g.row_h))
        else:
            y = g.row_y(self._drop[1])
            p.drawLine(QPointF(0, y), QPointF(self.horizontalScrollBar().value()
                                              + self.viewport().width(), y))

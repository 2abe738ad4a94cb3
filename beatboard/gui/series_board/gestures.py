"""What the pointer does on the series board: select cards and episodes, drag beats
within and between rows (or to the set-aside row) and episode headers between rows.

Every gesture is one edit pushed on release: beats dropped in a row become one
``move_beats`` (reorder or cross-episode move), an episode header dropped between rows
one ``MoveEpisode``.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from ...edit import MoveEpisode, move_beats
from ...edit.set_aside import place_set_aside, set_aside
from .rows import ASIDE, BoardCard, BoardRow


class BoardGestures:
    """Mixed into ``BoardCanvas``: uses its rows in view (``_shown``), geometry, selection
    and controller."""

    def mousePressEvent(self, event) -> None:
        self.setFocus()
        if event.button() != Qt.LeftButton:
            return super().mousePressEvent(event)
        row, slot = self.hit(event.position())
        self._press = None
        if row is None:
            return
        board_row, cards = self._shown[row]
        if slot is None:
            if board_row.episode_id == ASIDE:
                return
            self.selection.set_episode(board_row.episode_id)
            if event.position().x() < self.geo.header_w:
                self._press = ("episode", event.position(), board_row.episode_id)
            return
        card = cards[slot]
        if board_row.episode_id == ASIDE:
            self._select_aside(card.beat_id, event.modifiers())
            self._press = ("beats", event.position(), ASIDE)
            return
        self.aside_selection = []
        self._select(board_row, cards, card, event.modifiers())
        if card.beat_id in self.selection.beat_ids:
            self._press = ("beats", event.position(), board_row.episode_id)

    def _select_aside(self, beat_id: str, mods) -> None:
        ids = list(self.aside_selection)
        if mods & Qt.ControlModifier:
            ids = [i for i in ids if i != beat_id] if beat_id in ids else ids + [beat_id]
        elif beat_id not in ids:
            ids = [beat_id]
        self.aside_selection = ids
        self.selection.set_beats([])
        self.viewport().update()

    def moving_ids(self, source_id: str) -> list[str]:
        return list(self.aside_selection) if source_id == ASIDE else list(self.selection.beat_ids)

    def _select(self, row: BoardRow, cards: list[BoardCard], card: BoardCard, mods) -> None:
        same = self.selection.episode_id == row.episode_id
        current = list(self.selection.beat_ids) if same else []
        if mods & Qt.ControlModifier:
            ids = [i for i in current if i != card.beat_id] if card.beat_id in current \
                else current + [card.beat_id]
        elif mods & Qt.ShiftModifier and current:
            order = [c.beat_id for c in cards]
            a, b = sorted((order.index(current[0]) if current[0] in order else 0,
                           order.index(card.beat_id)))
            ids = order[a:b + 1]
        elif card.beat_id in current:
            ids = current  # keep a multi-selection for dragging
        else:
            ids = [card.beat_id]
        self.selection.select(row.episode_id, ids)

    def mouseMoveEvent(self, event) -> None:
        if self._press is None or not event.buttons() & Qt.LeftButton:
            return super().mouseMoveEvent(event)
        kind, start, _payload = self._press
        if (event.position() - start).manhattanLength() < QApplication.startDragDistance():
            return
        if self.filter.only and self.filter.active:
            self._drop = None  # positions refer to a filtered subset: no drops
            return
        self._drop = self._drop_at(kind, event.position())
        self._autoscroll(event.position())
        self.viewport().update()

    def _drop_at(self, kind: str, pos: QPointF):
        p = QPointF(pos) + self._origin()
        g = self.geo
        if kind == "episode":
            index = int(round((p.y() - g.row_y(0)) / g.row_h))
            return ("episode", max(0, min(len(self._shown), index)))
        row = g.row_at(p.y(), len(self._shown))
        if row is None:
            return None
        cards = self._shown[row][1]
        slot = min(g.drop_slot(p.x()), len(cards))
        moving = set(self.selection.beat_ids) | set(self.aside_selection)
        before = [c.beat_id for c in cards[:slot] if c.beat_id not in moving]
        return ("beats", row, slot, before[-1] if before else None)

    def _autoscroll(self, pos: QPointF) -> None:
        margin, vp = 30, self.viewport().size()
        bar = self.verticalScrollBar()
        if pos.y() < margin:
            bar.setValue(bar.value() - int(self.geo.row_h / 2) - 2)
        elif pos.y() > vp.height() - margin:
            bar.setValue(bar.value() + int(self.geo.row_h / 2) + 2)

    def mouseReleaseEvent(self, event) -> None:
        press, drop = self._press, self._drop
        self._press, self._drop = None, None
        self.viewport().update()
        if press is None or drop is None:
            return super().mouseReleaseEvent(event)
        if press[0] == "episode":
            self.move_episode(press[2], drop[1])
        else:
            self.drop_beats(press[2], self.moving_ids(press[2]), drop[1], drop[3])

    def drop_beats(self, source_id: str, beat_ids: list[str], row_index: int,
                   after: str | None) -> bool:
        """Move beats (in play order) to sit after ``after`` in the row's episode."""
        target = self._shown[row_index][0].episode_id
        project = self.controller.project
        if target == ASIDE or source_id == ASIDE:
            if target == source_id or not beat_ids:
                return False
            edit = (set_aside(project, source_id, beat_ids) if target == ASIDE
                    else place_set_aside(project, beat_ids, target, after))
            self.aside_selection = []
            return self.controller.push(edit)
        if source_id == target:
            line = [c.beat_id for c in self._shown[row_index][1]]
            rest = [b for b in line if b not in beat_ids]
            i = 0 if after is None else rest.index(after) + 1
            moving = [b for b in line if b in beat_ids]
            if rest[:i] + moving + rest[i:] == line:
                return False  # dropped where they are
        edit = move_beats(self.controller.project, source_id, beat_ids, target, after)
        if self.controller.push(edit):
            self.selection.select(target, beat_ids)
            return True
        return False

    def move_episode(self, episode_id: str, gap_index: int) -> bool:
        ids = [r.episode_id for r, _ in self._shown if r.episode_id != ASIDE]
        if episode_id not in ids:
            return False
        gap_index = min(gap_index, len(ids))
        old = ids.index(episode_id)
        new = gap_index - 1 if gap_index > old else gap_index
        if new == old:
            return False
        return self.controller.push(MoveEpisode(episode_id, new))

    def mouseDoubleClickEvent(self, event) -> None:
        row, slot = self.hit(event.position())
        if row is not None and slot is not None:
            self.selection.select(self._shown[row][0].episode_id,
                                  [self._shown[row][1][slot].beat_id])

    def contextMenuEvent(self, event) -> None:
        row, slot = self.hit(event.pos())
        board_row = self._shown[row][0] if row is not None else None
        card = self._shown[row][1][slot] if (row is not None and slot is not None) else None
        if card is not None and board_row.episode_id == ASIDE:
            if card.beat_id not in self.aside_selection:
                self._select_aside(card.beat_id, Qt.NoModifier)
        elif card is not None and card.beat_id not in self.selection.beat_ids:
            self.selection.select(board_row.episode_id, [card.beat_id])
        self.contextRequested.emit(board_row, card, event.globalPos())

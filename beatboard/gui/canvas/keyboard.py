"""Keyboard on the canvas: arrows, Home/End and Tab pick beats; Return edits the title.

With nothing selected any of these keys selects the episode's first beat, so a keyboard
user never has to reach for the mouse to start."""
from __future__ import annotations

from PySide6.QtCore import Qt

_ARROWS = (Qt.Key_Left, Qt.Key_Right, Qt.Key_Up, Qt.Key_Down)


class CanvasKeyboard:
    """Mixin for BeatCanvas (needs canvas_scene, selection, beatActivated, _step_selection)."""

    def reading_order(self) -> list[str]:
        """Beats as a reader meets them: the main line, then the other cards left to right."""
        scene = self.canvas_scene
        main = [b for b in (scene.layout.main_ids if scene.layout else []) if scene.card(b)]
        rest = sorted((c for c in scene.cards() if c.beat_id not in set(main)),
                      key=lambda c: (c.pos().x(), c.pos().y()))
        return main + [c.beat_id for c in rest]

    def _current(self) -> str | None:
        ids = [b for b in self.selection.beat_ids if self.canvas_scene.card(b) is not None]
        return ids[-1] if ids else None

    def _pick(self, beat_id: str) -> None:
        self.selection.set_beats([beat_id])

    def keyPressEvent(self, event) -> None:
        key, mods = event.key(), event.modifiers()
        plain = not mods & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier)
        order = self.reading_order() if plain else []
        if order:
            current = self._current()
            if key == Qt.Key_Home or (key in _ARROWS and current is None):
                self._pick(order[0])
                return
            if key == Qt.Key_End:
                self._pick(order[-1])
                return
            if key in (Qt.Key_Return, Qt.Key_Enter) and current is not None:
                self.beatActivated.emit(current)
                return
            if key in (Qt.Key_Left, Qt.Key_Right) and current is not None:
                forward = key == Qt.Key_Right
                if not self._step_selection(forward):  # no link: the neighbour on screen
                    i = order.index(current) + (1 if forward else -1)
                    if 0 <= i < len(order):
                        self._pick(order[i])
                return
            if key in (Qt.Key_Up, Qt.Key_Down) and current is not None:
                nearest = self._nearest_vertically(current, key == Qt.Key_Down)
                if nearest:
                    self._pick(nearest)
                return
        super().keyPressEvent(event)

    def _nearest_vertically(self, beat_id: str, down: bool) -> str | None:
        """The card in the next lane up or down, closest in time."""
        here = self.canvas_scene.card(beat_id).pos()
        best, best_cost = None, None
        for card in self.canvas_scene.cards():
            dy = card.pos().y() - here.y()
            if (dy > 1) if down else (dy < -1):
                cost = abs(dy) * 2 + abs(card.pos().x() - here.x())
                if best_cost is None or cost < best_cost:
                    best, best_cost = card.beat_id, cost
        return best

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab step through the beats; past the last one focus moves on."""
        if self.hasFocus():
            order = self.reading_order()
            current = self._current()
            if order:
                if current is None:
                    self._pick(order[0] if next else order[-1])
                    return True
                i = order.index(current) + (1 if next else -1)
                if 0 <= i < len(order):
                    self._pick(order[i])
                    return True
        return super().focusNextPrevChild(next)

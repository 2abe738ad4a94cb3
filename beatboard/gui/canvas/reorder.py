"""Order follows the hand: dragging main-line cards along the main lane reorders them.

While the drag stays in the main lane a drop indicator shows where the beats will land;
on release the canvas pushes one MoveBeats (the cards are then laid out by the model).
A drag that leaves the lane, or lands where the beats already are, is a plain card move.
Alt+Left / Alt+Right step the selected main-line beats one place along the line.
"""
from __future__ import annotations

from PySide6.QtCore import QLineF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsLineItem

from ...edit import EditError, MoveBeats, shift_target
from .layout import CARD_H, CARD_W

_NO_DROP = object()


class MainLineReorder:
    def __init__(self, canvas):
        self.canvas = canvas
        self._dragged = None  # the card under the mouse at press
        self._indicator: QGraphicsLineItem | None = None
        self._after = _NO_DROP

    @property
    def _scene(self):
        return self.canvas.canvas_scene

    def press(self, card) -> None:
        lay = self._scene.layout
        self._dragged = card if (card is not None and lay is not None
                                 and card.beat_id in lay.main_ids) else None
        self._after = _NO_DROP

    def moving_ids(self) -> list[str]:
        lay = self._scene.layout
        chosen = {c.beat_id for c in self._scene.cards() if c.isSelected()}
        chosen.add(self._dragged.beat_id)
        return [bid for bid in lay.main_ids if bid in chosen]

    def drop_after(self):
        """The beat the dragged beats would follow (None: the start), or _NO_DROP."""
        lay = self._scene.layout
        card = self._dragged
        if card is None or lay is None:
            return _NO_DROP
        lane_y = lay.positions[lay.main_ids[0]][1]
        if abs(card.pos().y() - lane_y) > lay.strip.lane_dy / 2:
            return _NO_DROP  # dragged off the main lane: just a card move
        moving = self.moving_ids()
        centre = card.pos().x() + CARD_W / 2
        rest = [bid for bid in lay.main_ids if bid not in moving]
        after = None
        for bid in rest:
            if lay.positions[bid][0] + CARD_W / 2 < centre:
                after = bid
        new_line = rest[:]
        i = 0 if after is None else rest.index(after) + 1
        new_line[i:i] = moving
        return _NO_DROP if new_line == lay.main_ids else after

    def update(self) -> None:
        if self._dragged is None:
            return
        self._after = self.drop_after()
        if self._after is _NO_DROP:
            self._hide()
            return
        lay = self._scene.layout
        rest = [bid for bid in lay.main_ids if bid not in self.moving_ids()]
        if self._after is None:
            x = lay.positions[rest[0]][0] - 20 if rest else 0.0
        else:
            x = lay.positions[self._after][0] + CARD_W + 20
        y = lay.positions[lay.main_ids[0]][1]
        if self._indicator is None:
            self._indicator = QGraphicsLineItem()
            self._indicator.setPen(QPen(self._scene.palette.accent, 4, Qt.SolidLine, Qt.RoundCap))
            self._indicator.setZValue(60)
            self._scene.addItem(self._indicator)
        self._indicator.setLine(QLineF(x, y - 14, x, y + CARD_H + 14))
        self._indicator.show()

    def release(self) -> bool:
        """Push the reorder if the drag ended on a drop slot; True when it did."""
        after, dragged = self._after, self._dragged
        self._dragged, self._after = None, _NO_DROP
        self._hide()
        if dragged is None or after is _NO_DROP:
            return False
        ids = self._moving_for(dragged)
        return self.canvas.controller.push(MoveBeats(self._scene.episode_id, ids, after))

    def _moving_for(self, dragged) -> list[str]:
        self._dragged = dragged
        try:
            return self.moving_ids()
        finally:
            self._dragged = None

    def _hide(self) -> None:
        if self._indicator is not None:
            self._scene.removeItem(self._indicator)
            self._indicator = None

    def step(self, forward: bool) -> bool:
        """Alt+Right / Alt+Left: move the selected main-line beats one place."""
        ep = self.canvas._episode()
        lay = self._scene.layout
        if ep is None or lay is None:
            return False
        ids = [bid for bid in self.canvas._selected_ids() if bid in lay.main_ids]
        if not ids:
            return False
        try:
            possible, after = shift_target(ep, ids, forward)
        except EditError:
            return False
        if possible:
            self.canvas.controller.push(MoveBeats(ep.id, ids, after))
            self.canvas.selection.set_beats(ids)
        return True

"""Mouse and keyboard gestures on the canvas, each turned into one edit (or none).

A click on a filmstrip thumbnail makes that panel current; dragging it to a place in any
strip is one MovePanel on release; a double-click (or Enter) opens the panel.

A drag of cards is one MoveCards on release, or one MoveBeats when main-line cards are
dropped elsewhere along the main lane (reorder.py); a drag from a card's output handle (or a
Shift/Alt-drag from anywhere on a card) is one AddLink: plain = next, Alt = variant,
Ctrl at release = choice. Middle-drag or Space+drag pans; Ctrl+wheel zooms.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsPathItem, QMenu

from ...core.vocab import LinkKind
from ...edit import MoveCards
from .beat_card import BeatCardItem
from .layout import CARD_H, CARD_W
from .link_item import LinkItem, link_path

ZOOM_STEP = 1.25


class CanvasGestures:
    """Mixin for BeatCanvas (a QGraphicsView with CanvasCommands)."""

    def _card_at(self, view_pos) -> BeatCardItem | None:
        for item in self.items(view_pos):
            if isinstance(item, BeatCardItem):
                return item
        return None

    def mousePressEvent(self, event) -> None:
        pos = event.position().toPoint()
        if event.button() == Qt.MiddleButton or (event.button() == Qt.LeftButton and self._space):
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.ClosedHandCursor)
            return
        card = self._card_at(pos)
        mods = event.modifiers()
        panel_id = card.panel_at(self.mapToScene(pos)) if card is not None else None
        if event.button() == Qt.LeftButton and panel_id and not mods & (
                Qt.ShiftModifier | Qt.AltModifier | Qt.ControlModifier):
            self.select_panel(card.beat_id, panel_id)
            self._panel_press = (card, panel_id, event.position(), False)
            return
        if event.button() == Qt.LeftButton and card is not None and (
                card.on_handle(self.mapToScene(pos)) or mods & (Qt.ShiftModifier | Qt.AltModifier)):
            self._link_from = card
            self._link_kind = LinkKind.VARIANT if mods & Qt.AltModifier else LinkKind.NEXT
            self._link_preview = QGraphicsPathItem()
            self._link_preview.setPen(QPen(self.canvas_scene.palette.accent, 2, Qt.DashLine))
            self._link_preview.setZValue(50)
            self.canvas_scene.addItem(self._link_preview)
            return
        if event.button() == Qt.LeftButton:
            self._reorder.press(card)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            return
        if self._panel_press is not None:
            self._drag_panel(event.position())
            return
        if self._link_from is not None:
            end = self.mapToScene(event.position().toPoint())
            self._link_preview.setPath(link_path(self._link_from.output_point(), end))
            return
        if event.buttons() == Qt.NoButton and not self._space:
            card = self._card_at(event.position().toPoint())
            on_handle = card is not None and card.on_handle(self.mapToScene(event.position().toPoint()))
            if on_handle:
                self.viewport().setCursor(Qt.CrossCursor)  # a link starts here
            else:
                self.viewport().unsetCursor()
        super().mouseMoveEvent(event)
        if event.buttons() & Qt.LeftButton:
            self._reorder.update()

    def mouseReleaseEvent(self, event) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            return
        if self._link_from is not None:
            self._finish_link(event)
            return
        if self._panel_press is not None:
            self._drop_panel(event.position())
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.LeftButton and not self._reorder.release():
            self._commit_moves()

    def _drag_panel(self, pos) -> None:
        card, panel_id, start, dragging = self._panel_press
        if not dragging and (pos - start).manhattanLength() < 6:
            return
        self._panel_press = (card, panel_id, start, True)
        self.viewport().setCursor(Qt.ClosedHandCursor)
        target = self._card_at(pos.toPoint())
        if self._panel_drag_over is not None and self._panel_drag_over is not target:
            self._panel_drag_over.set_drop_index(None)
        self._panel_drag_over = target
        if target is not None:
            target.set_drop_index(target.insertion_at(self.mapToScene(pos.toPoint())))

    def _drop_panel(self, pos) -> None:
        card, panel_id, _start, dragging = self._panel_press
        self._panel_press = None
        self.viewport().unsetCursor()
        target = self._panel_drag_over
        self._panel_drag_over = None
        if target is not None:
            target.set_drop_index(None)
        if not dragging or target is None:
            return
        index = target.insertion_at(self.mapToScene(pos.toPoint()))
        if target is card:
            ids = [p.id for p in card.panels]
            if index in (ids.index(panel_id), ids.index(panel_id) + 1):
                return  # dropped where it was
        self.move_panel_to(card.beat_id, panel_id, target.beat_id, index)

    def _finish_link(self, event) -> None:
        source, kind = self._link_from, self._link_kind
        self._link_from = None
        self.canvas_scene.removeItem(self._link_preview)
        self._link_preview = None
        target = self._card_at(event.position().toPoint())
        mods = event.modifiers()
        if mods & Qt.AltModifier:
            kind = LinkKind.VARIANT
        if mods & Qt.ControlModifier:
            kind = LinkKind.CHOICE
        if target is not None and target is not source:
            self.link_beats(source.beat_id, target.beat_id, kind)

    def _commit_moves(self) -> None:
        """One MoveCards for every card the drag left away from its model position."""
        lay = self.canvas_scene.layout
        if lay is None:
            return
        moved = {}
        for card in self.canvas_scene.cards():
            x, y = lay.positions.get(card.beat_id, (None, None))
            if x is None:
                continue
            if abs(card.pos().x() - x) > 0.5 or abs(card.pos().y() - y) > 0.5:
                moved[card.beat_id] = (round(card.pos().x(), 1), round(card.pos().y(), 1))
        if moved:
            self.controller.push(MoveCards(self.canvas_scene.episode_id, moved))

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() != Qt.LeftButton:
            return super().mouseDoubleClickEvent(event)
        card = self._card_at(event.position().toPoint())
        panel_id = card.panel_at(self.mapToScene(event.position().toPoint())) if card else None
        if panel_id:
            self.panelActivated.emit(card.beat_id, panel_id)
            return
        if card is not None:
            self.beatActivated.emit(card.beat_id)
            return
        p = self.mapToScene(event.position().toPoint())
        self.add_beat_at(p.x() - CARD_W / 2, p.y() - CARD_H / 2)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.ControlModifier:
            self._zoom(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP, True)
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.OpenHandCursor)
            return
        if event.key() in (Qt.Key_Left, Qt.Key_Right) and event.modifiers() & Qt.AltModifier:
            if self._reorder.step(event.key() == Qt.Key_Right):
                return
        elif event.key() in (Qt.Key_Left, Qt.Key_Right) and self._step_selection(event.key() == Qt.Key_Right):
            return
        super().keyPressEvent(event)

    def _step_selection(self, forward: bool) -> bool:
        """Arrow keys walk the links from the one selected beat (main line first)."""
        ep = self._episode()
        ids = self.selection.beat_ids
        if ep is None or len(ids) != 1:
            return False
        links = ep.effective_links()
        if forward:
            options = [l.to for l in links if l.from_ == ids[0]]
        else:
            options = [l.from_ for l in links if l.to == ids[0]]
        if not options:
            return False
        main = self.canvas_scene.layout.main_ids if self.canvas_scene.layout else []
        options.sort(key=lambda b: (b not in main,))
        self.selection.set_beats([options[0]])
        return True

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def panel_menu(self, beat_id: str, panel_id: str) -> QMenu:
        """What a right-click on a thumbnail offers (the panel becomes current first)."""
        self.select_panel(beat_id, panel_id)
        menu = QMenu(self)
        menu.addAction(self.tr("Draw…"), lambda: self.panelActivated.emit(beat_id, panel_id))
        menu.addSeparator()
        menu.addAction(self.tr("Add panel after"), self.add_panel)
        menu.addAction(self.tr("Duplicate panel"), self.duplicate_panel)
        menu.addAction(self.tr("Split panel"), self.split_panel)
        menu.addAction(self.tr("Split beat here"), self.split_beat)
        menu.addAction(self.tr("Paste picture"), self.paste_image)
        menu.addAction(self.tr("Clear picture"), self.clear_panel_picture)
        menu.addSeparator()
        menu.addAction(self.tr("Delete panel"), self.remove_panel)
        return menu

    def contextMenuEvent(self, event) -> None:
        item = self.itemAt(event.pos())
        card = self._card_at(event.pos())
        panel_id = card.panel_at(self.mapToScene(event.pos())) if card is not None else None
        if panel_id:
            self.panel_menu(card.beat_id, panel_id).exec(event.globalPos())
            return
        menu = QMenu(self)
        if isinstance(item, LinkItem):
            for kind in LinkKind:
                act = menu.addAction({LinkKind.NEXT: self.tr("Next link"), LinkKind.VARIANT: self.tr("Variant link"),
                                      LinkKind.CHOICE: self.tr("Choice link")}[kind])
                act.setCheckable(True)
                act.setChecked(kind == item.kind)
                act.triggered.connect(lambda _=False, k=kind, i=item: self.set_link_kind(i.from_id, i.to_id, k))
            menu.addSeparator()
            menu.addAction(self.tr("Delete link"), lambda i=item: self.remove_link(i.from_id, i.to_id))
        elif isinstance(item, BeatCardItem):
            if not item.isSelected():
                self.selection.set_beats([item.beat_id])
            menu.addAction(self.tr("Duplicate as variant"), self.duplicate_selected_as_variant)
            menu.addAction(self.tr("Split beat at the current panel"), self.split_beat)
            menu.addAction(self.tr("Copy"), self.copy_selected)
            menu.addAction(self.tr("Delete"), self.delete_selected)
        else:
            p = self.mapToScene(event.pos())
            menu.addAction(self.tr("Add beat here"), lambda: self.add_beat_at(p.x() - CARD_W / 2, p.y() - CARD_H / 2))
            menu.addAction(self.tr("Paste"), self.paste)
            menu.addAction(self.tr("Fit"), self.fit)
        menu.exec(event.globalPos())

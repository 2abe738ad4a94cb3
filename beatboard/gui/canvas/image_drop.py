"""Drop a picture on the canvas: onto a thumbnail it becomes that panel's picture; onto a
card's body, the beat's first panel's. Files (PNG/JPEG) and image data dragged from a
browser both work. Stored as a project asset, set by one undoable edit.
"""
from __future__ import annotations

from ..image_assets import image_from_mime


def dropped_image(mime):
    img, path = image_from_mime(mime)
    return path if path is not None else img


class ImageDrops:
    """Mixin for BeatCanvas (with PanelCommands)."""

    def dragEnterEvent(self, event) -> None:
        if dropped_image(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if dropped_image(event.mimeData()) is not None:
            if self._card_at(event.position().toPoint()) is not None:
                event.acceptProposedAction()
            else:
                event.ignore()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        source = dropped_image(event.mimeData())
        pos = event.position().toPoint()
        card = self._card_at(pos) if source is not None else None
        if card is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        panel_id = card.panel_at(self.mapToScene(pos)) or (
            card.panels[0].id if card.panels else None)
        if panel_id:
            self.set_panel_image(card.beat_id, panel_id, source)

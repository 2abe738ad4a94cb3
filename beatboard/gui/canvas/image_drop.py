"""Drop a PNG or JPEG file on a beat card: it becomes that beat's panel image.

The file is copied beside the project (``interchange.images.attach_image``), and the
beat's ``image`` field is set by one undoable edit.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ...core.errors import BeatBoardError
from ...edit import SetField

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg"}


def dropped_image(mime) -> str | None:
    """The first local PNG/JPEG file among the dragged URLs."""
    if mime is None or not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES:
            return url.toLocalFile()
    return None


class ImageDrops:
    """Mixin for BeatCanvas."""

    def dragEnterEvent(self, event) -> None:
        if dropped_image(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if dropped_image(event.mimeData()):
            if self._card_at(event.position().toPoint()) is not None:
                event.acceptProposedAction()
            else:
                event.ignore()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        path = dropped_image(event.mimeData())
        card = self._card_at(event.position().toPoint()) if path else None
        if card is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.attach_image_to(card.beat_id, path)

    def attach_image_to(self, beat_id: str, file_path: str) -> bool:
        from ...interchange.images import attach_image
        controller = self.controller
        doc = controller.document
        if doc.path is None:
            controller.refused.emit(QCoreApplication.translate(
                "BeatCanvas", "Save the project first: images are stored beside it."))
            return False
        ep = controller.project.episode(self.selection.episode_id)
        beat = ep.beat(beat_id) if ep is not None else None
        if beat is None:
            return False
        try:
            rel = attach_image(doc.path, beat, file_path)
        except (BeatBoardError, OSError) as e:
            controller.refused.emit(str(e))
            return False
        return controller.push(SetField(("panel", ep.id, beat_id, beat.panels[0].id), "image", rel,
                                        QCoreApplication.translate("BeatCanvas", "Attach image")))

"""The picture on a series board card: the beat's first panel as the picture plan draws
it for a card (its image with the panel's fill or fit, its sketch, else the automatic
frame), the same as on the canvas, in frames and in print."""
from __future__ import annotations

from PySide6.QtGui import QPixmap

from ...core.model import Beat, Project
from ...render import ThumbnailCache
from ...render.cache import thumbnail_key

CARD_PICTURE = (90, 160)  # drawn once at this size, scaled onto the card at any zoom


class CardPictures:
    """Card pictures keyed by what they show, so an edit re-draws only the cards it
    changed and a pixmap is made once per picture."""

    def __init__(self) -> None:
        self._images = ThumbnailCache(max_bytes=24 * 1024 * 1024)
        self._pixmaps: dict[str, QPixmap] = {}

    def picture(self, project: Project, base_dir, beat: Beat) -> QPixmap:
        panel = beat.panels[0]
        key = thumbnail_key(base_dir, beat, panel, CARD_PICTURE,
                            language=project.series.language, purpose="series_card")
        pix = self._pixmaps.get(key)
        if pix is None:
            img = self._images.thumbnail(project, base_dir, beat, panel, CARD_PICTURE,
                                         purpose="series_card")
            pix = QPixmap.fromImage(img)
            if len(self._pixmaps) > 2000:  # a re-synced series: drop stale pictures
                self._pixmaps.clear()
            self._pixmaps[key] = pix
        return pix

    def clear(self) -> None:
        self._pixmaps.clear()
        self._images.clear()

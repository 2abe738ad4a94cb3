"""The Board view's one call for a panel's picture.

Today it is the canvas filmstrip's cache (``gui.canvas.thumbnails``: ``render`` draws
the panel off the GUI thread and the widget is repainted when the picture is in), so
the board and the filmstrips show the same picture of a panel. When the picture plan
replaces the renderer, only ``panel_picture`` changes.
"""
from __future__ import annotations

from PySide6.QtGui import QImage

from ..canvas.thumbnails import ThumbnailCache


class BoardPictures:
    def __init__(self, parent):
        self.cache = ThumbnailCache(parent)
        self._keys: dict[tuple, str] = {}  # hashing a panel's inputs once per model change

    def forget_keys(self) -> None:
        """The model changed: work the keys out again on the next paint."""
        self._keys.clear()

    def panel_picture(self, project, base_dir, beat, panel, w: int, h: int,
                      repaint) -> QImage | None:
        """The panel drawn at w×h, or None while it is being drawn (``repaint`` is then
        updated when it is ready)."""
        memo = (beat.id, panel.id, w, h)
        key = self._keys.get(memo)
        if key is None:
            key = self._keys[memo] = self.cache.key(project, base_dir, beat, panel, w, h)
        return self.cache.get(key, (project, base_dir, beat, panel, w, h), repaint)

    def drain(self) -> None:
        """Wait for every queued picture (tests and screenshots)."""
        self.cache.drain()

"""Panel thumbnails for the canvas: cached, and rendered lazily in small time slices.

A card asks for a thumbnail while painting; on a miss it gets None (and draws a plain
frame) and the request is queued. A zero-delay timer renders queued thumbnails for at
most a few milliseconds per turn of the event loop, then repaints the cards that asked,
so opening an episode never waits for pictures.
"""
from __future__ import annotations

import time
from collections import OrderedDict

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QImage

from ..panel_render import picture_key, render_panel

THUMB_W, THUMB_H = 36, 64
SLICE_S = 0.008
MAX_ENTRIES = 4000


class ThumbnailCache(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._images: OrderedDict[tuple, tuple[QImage, str | None]] = OrderedDict()
        self._queue: OrderedDict[tuple, tuple] = OrderedDict()  # key -> (beat, panel, base)
        self._waiting: dict[tuple, set] = {}  # key -> items to repaint
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)
        self.rendered = 0  # count, for tests and the benchmark

    @staticmethod
    def key(base_dir, beat, panel, w: int = THUMB_W, h: int = THUMB_H) -> tuple:
        return (str(base_dir) if base_dir else "", picture_key(panel, beat), w, h)

    def get(self, base_dir, beat, panel, item=None, w: int = THUMB_W, h: int = THUMB_H):
        """(image, warning) when cached; else None, and the item is repainted once ready."""
        k = self.key(base_dir, beat, panel, w, h)
        hit = self._images.get(k)
        if hit is not None:
            self._images.move_to_end(k)
            return hit
        self._queue[k] = (base_dir, beat, panel, w, h)
        if item is not None:
            self._waiting.setdefault(k, set()).add(item)
        self._timer.start()
        return None

    def render_now(self, base_dir, beat, panel, w: int = THUMB_W, h: int = THUMB_H):
        k = self.key(base_dir, beat, panel, w, h)
        if k not in self._images:
            self._store(k, render_panel(base_dir, beat, panel, w, h))
        return self._images[k]

    def _store(self, k, value) -> None:
        self._images[k] = value
        self.rendered += 1
        while len(self._images) > MAX_ENTRIES:
            self._images.popitem(last=False)

    def _work(self) -> None:
        deadline = time.perf_counter() + SLICE_S
        done = []
        while self._queue and time.perf_counter() < deadline:
            k, (base, beat, panel, w, h) = self._queue.popitem(last=False)
            if k not in self._images:
                self._store(k, render_panel(base, beat, panel, w, h))
            done.append(k)
        for k in done:
            for item in self._waiting.pop(k, ()):
                try:
                    item.update()
                except RuntimeError:
                    pass  # the card was deleted meanwhile
        if self._queue:
            self._timer.start()

    def drain(self) -> None:
        """Render everything queued now (tests, screenshots)."""
        while self._queue:
            self._work()

    def clear(self) -> None:
        self._images.clear()
        self._queue.clear()
        self._waiting.clear()

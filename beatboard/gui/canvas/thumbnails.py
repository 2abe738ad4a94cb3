"""Panel thumbnails for the canvas: the renderer's content-keyed cache, filled lazily.

A card asks for a thumbnail while painting; on a miss it gets None (and draws a plain
frame) and the request is queued. A zero-delay timer renders queued thumbnails for a few
milliseconds per turn of the event loop, then repaints the cards that asked, so opening
an episode never waits for pictures. Keys come from ``render.cache.thumbnail_key`` (what
the picture depends on), computed once per card refresh, never per paint.
"""
from __future__ import annotations

import time
from collections import OrderedDict

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QImage

from ...render import ThumbnailCache as RenderCache
from ...render import render_panel_ex
from ...render.cache import thumbnail_key

THUMB_W, THUMB_H = 36, 64
SLICE_S = 0.008


class ThumbnailCache(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.store = RenderCache(max_bytes=64 * 1024 * 1024)
        self._queue: OrderedDict[str, tuple] = OrderedDict()
        self._waiting: dict[str, set] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)
        self.rendered = 0  # pictures actually drawn (tests, benchmark)

    @staticmethod
    def key(project, base_dir, beat, panel, w: int, h: int) -> str:
        lang = project.series.language if project is not None else ""
        return thumbnail_key(base_dir, beat, panel, (w, h), language=lang)

    def get(self, key: str, request: tuple, item=None) -> QImage | None:
        """The cached thumbnail, or None: then ``request`` (project, base_dir, beat,
        panel, w, h) is rendered soon and ``item`` repainted."""
        img = self.store.get(key)
        if img is not None:
            return img
        self._queue[key] = request
        if item is not None:
            self._waiting.setdefault(key, set()).add(item)
        self._timer.start()
        return None

    def _work(self) -> None:
        deadline = time.perf_counter() + SLICE_S
        done = []
        while self._queue and time.perf_counter() < deadline:
            key, (project, base, beat, panel, w, h) = self._queue.popitem(last=False)
            if self.store.get(key) is None:
                from ...core.model import Project
                self.store.put(key, render_panel_ex(project or Project(), base, beat, panel,
                                                    (w, h)).image)
                self.rendered += 1
            done.append(key)
        for key in done:
            for item in self._waiting.pop(key, ()):
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
        self.store.clear()
        self._queue.clear()
        self._waiting.clear()

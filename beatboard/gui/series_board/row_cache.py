"""Rows of the series board painted once into pixmaps, so panning only blits them.

A row's picture depends on its cards (a new BoardRow object after every change to its
episode), the zoom, the palette and which of its cards are selected, matched or flagged;
all of that is in the key, so a stale picture is never shown. Least recently used
pictures are dropped past a memory budget.
"""
from __future__ import annotations

from collections import OrderedDict

from PySide6.QtGui import QPixmap

BUDGET_BYTES = 96 * 1024 * 1024


class PixmapCache:
    def __init__(self, budget: int = BUDGET_BYTES):
        self.budget = budget
        self._items: OrderedDict = OrderedDict()  # key -> (pixmap, keep-alive, bytes)
        self._bytes = 0

    def get(self, key) -> QPixmap | None:
        item = self._items.get(key)
        if item is None:
            return None
        self._items.move_to_end(key)
        return item[0]

    def put(self, key, pixmap: QPixmap, keep_alive=None) -> None:
        # keep_alive holds the row object whose id() is in the key, so ids are never reused.
        size = pixmap.width() * pixmap.height() * 4
        self._items[key] = (pixmap, keep_alive, size)
        self._bytes += size
        while self._bytes > self.budget and len(self._items) > 1:
            _k, (_p, _a, s) = self._items.popitem(last=False)
            self._bytes -= s

    def clear(self) -> None:
        self._items.clear()
        self._bytes = 0

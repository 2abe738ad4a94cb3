"""The Open Recent list: newest first, at most ten, missing files pruned."""
from __future__ import annotations

import os

from .settings import Settings

MAX_RECENT = 10


class RecentFiles:
    def __init__(self, settings: Settings):
        self._settings = settings

    def paths(self) -> list[str]:
        """The remembered files that still exist (the list is pruned as a side effect)."""
        stored = self._settings.get("files/recent")
        alive = [p for p in stored if os.path.isfile(p)]
        if alive != stored:
            self._settings.set("files/recent", alive)
        return alive

    def add(self, path: str) -> None:
        path = os.path.abspath(path)
        items = [p for p in self._settings.get("files/recent") if p != path]
        self._settings.set("files/recent", ([path] + items)[:MAX_RECENT])

    def clear(self) -> None:
        self._settings.set("files/recent", [])

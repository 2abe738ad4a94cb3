"""The open document: a project, where it lives, and who listens to its changes."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..core import fileio
from ..core.model import Project
from .base import Change, Edit

Listener = Callable[[Change], None]


class Document:
    def __init__(self, project: Project | None = None, path: str | Path | None = None):
        self.project = project if project is not None else Project()
        self.path = Path(path) if path is not None else None
        self.revision = 0  # bumps on every applied or reverted edit
        self._listeners: list[Listener] = []

    @classmethod
    def open(cls, path: str | Path) -> "Document":
        return cls(fileio.load(path), path)

    def save(self, path: str | Path | None = None) -> None:
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("no path to save to")
        fileio.save(self.project, target)
        self.path = target

    @property
    def base_dir(self) -> Path | None:
        return self.path.parent if self.path else None

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def apply(self, edit: Edit) -> Change:
        change = edit.apply(self.project)
        self._changed(change)
        return change

    def revert(self, edit: Edit) -> Change:
        change = edit.revert(self.project)
        self._changed(change)
        return change

    def _changed(self, change: Change) -> None:
        self.revision += 1
        for listener in list(self._listeners):
            listener(change)

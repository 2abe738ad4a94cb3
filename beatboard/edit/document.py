"""The open document: a project, where it lives, and who listens to its changes."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..core import fileio
from ..core.legacy_images import move_into_store
from ..core.disk_watch import DiskStamp, FileChangedOnDisk, check, same_path, stamp
from ..core.model import Project
from .base import Change, Edit

Listener = Callable[[Change], None]


class Document:
    def __init__(self, project: Project | None = None, path: str | Path | None = None):
        self.project = project if project is not None else Project()
        self.path = Path(path) if path is not None else None
        self.revision = 0  # bumps on every applied or reverted edit
        # The file as last read or written here: a save checks nobody changed it since.
        self.disk: DiskStamp | None = None
        self._listeners: list[Listener] = []
        # Old-style pictures the last save could not move into the store (they keep
        # their paths and still show where they can be read).
        self.asset_problems: list = []

    @classmethod
    def open(cls, path: str | Path) -> "Document":
        document = cls(fileio.load(path), path)
        document.disk = stamp(path)
        return document

    def save(self, path: str | Path | None = None, overwrite_changes: bool = False,
             replace_read_only: bool = False) -> None:
        """Save (to ``path`` or the document's own file). Raises FileChangedOnDisk if the
        own file's content changed on disk since it was read or saved here, unless told
        to overwrite those changes; ReadOnlyFileError for a read-only file unless told
        to replace it."""
        target = Path(path) if path is not None else self.path
        if target is None:
            raise ValueError("no path to save to")
        if not overwrite_changes and self.changed_on_disk(target):
            raise FileChangedOnDisk(target)
        if self.path is not None:
            self.asset_problems = move_into_store(self.project, self.path.parent, target)
        self.disk = fileio.save(self.project, target, replace_read_only)
        self.path = target

    def changed_on_disk(self, target: Path | None = None) -> bool:
        """True if the document's file (when ``target`` is that file) has new content."""
        if self.path is None or self.disk is None:
            return False
        if target is not None and not same_path(target, self.path):
            return False
        changed, current = check(self.disk, self.path)
        if current is None:
            return False  # gone: saving writes it again, nothing of theirs is lost
        if not changed:
            self.disk = current  # touched only
        return changed

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


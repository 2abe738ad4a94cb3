"""Autosave to a recovery folder, and recovery after a crash.

Every interval (60 s by default) a modified document is written (atomically) to
AppDataLocation/recovery/<key>.beatboard with a JSON sidecar naming the original file.
The key is a hash of the file's path, or ``untitled-N``. A clean save or close deletes
it; at start-up, recovery files newer than their original are offered back.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from ..core import fileio
from ..core.atomic import atomic_write_text
from ..core.errors import BeatBoardError
from ..edit import Document
from .files import FileController
from .settings import Settings


def recovery_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
    return Path(base) / "recovery"


@dataclass(frozen=True)
class RecoveryEntry:
    key: str
    data_path: Path
    original: str  # "" for a never-saved document
    saved_at: float  # seconds since the epoch
    title: str

    def load(self) -> Document:
        project = fileio.load(self.data_path)
        return Document(project, self.original or None)

    def discard(self) -> None:
        for p in (self.data_path, self.data_path.with_suffix(".json")):
            p.unlink(missing_ok=True)


def find_recoverable(folder: Path | None = None) -> list[RecoveryEntry]:
    """Recovery files newer than their original (or whose original is gone), newest first."""
    folder = folder or recovery_dir()
    entries = []
    for sidecar in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        data_path = sidecar.with_suffix(".beatboard")
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
            data_mtime = data_path.stat().st_mtime
        except (OSError, ValueError):
            continue
        original = str(meta.get("original") or "")
        if original and os.path.exists(original) and os.path.getmtime(original) >= data_mtime:
            continue  # the file was saved after the autosave: nothing to recover
        entries.append(RecoveryEntry(sidecar.stem, data_path, original,
                                     float(meta.get("time", data_mtime)),
                                     str(meta.get("title", ""))))
    return sorted(entries, key=lambda e: -e.saved_at)


class Autosaver(QObject):
    wrote = Signal(str)  # the recovery file written
    failed = Signal(str)

    def __init__(self, files: FileController, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self.files = files
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.autosave_now)
        self._key: str | None = None
        self._last_revision = -1
        # Set by the window: finishes a half-typed inspector field, so what the user is
        # typing right now is in the recovery file too.
        self.flush_pending = lambda: None
        self.set_interval(settings.get("autosave/interval_s"))
        controller = files.controller
        controller.stack.cleanChanged.connect(self._clean_changed)
        controller.documentReplaced.connect(self._document_replaced)
        files.pathChanged.connect(self._path_changed)

    def set_interval(self, seconds: int) -> None:
        seconds = max(5, int(seconds))
        self.timer.start(seconds * 1000)

    def key(self) -> str:
        if self._key is None:
            path = self.files.document.path
            if path is not None:
                self._key = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:16]
            else:
                folder = recovery_dir()
                n = 1
                while (folder / f"untitled-{n}.json").exists():
                    n += 1
                self._key = f"untitled-{n}"
        return self._key

    def adopt(self, key: str) -> None:
        """Keep writing to a recovered document's own recovery file."""
        self._key = key

    def recovery_file(self) -> Path:
        return recovery_dir() / f"{self.key()}.beatboard"

    def autosave_now(self) -> bool:
        self.flush_pending()
        doc = self.files.document
        if not self.files.is_modified() or doc.revision == self._last_revision:
            return False
        target = self.recovery_file()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(target, fileio.dumps(doc.project))
            meta = {"original": str(doc.path.resolve()) if doc.path else "", "time": time.time(),
                    "title": doc.project.series.title}
            atomic_write_text(target.with_suffix(".json"), json.dumps(meta, ensure_ascii=False))
        except (OSError, BeatBoardError) as e:
            self.failed.emit(self.tr("Autosave failed: %1").replace("%1", str(e)))
            return False
        self._last_revision = doc.revision
        self.wrote.emit(str(target))
        return True

    def discard(self) -> None:
        """Delete this document's recovery file (after a save, or a deliberate close)."""
        if self._key is not None:
            for suffix in (".beatboard", ".json"):
                (recovery_dir() / f"{self._key}{suffix}").unlink(missing_ok=True)
        self._last_revision = -1

    def _clean_changed(self, clean: bool) -> None:
        if clean and not self.files.is_modified():
            self.discard()

    def _document_replaced(self) -> None:
        # The old document was saved or deliberately discarded before it was replaced.
        self.discard()
        self._key = None

    def _path_changed(self) -> None:
        # Save As gives the document a new key; the old recovery file is obsolete.
        if not self.files.is_modified():
            self.discard()
            self._key = None

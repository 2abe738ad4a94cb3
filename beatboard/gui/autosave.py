"""Autosave to the recovery folder, and the list of crashes to offer back.

Every interval (60 s by default) a modified document is written (atomically) to this
session's own recovery file (see ``beatboard.core.recovery``); a clean save or a
deliberate close deletes it. The session's heartbeat tells other editors it still runs,
so they never offer its autosave as a crash.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QLabel

from ..core.errors import BeatBoardError
from ..core.recovery import RecoveryEntry, RecoveryStore, remove_files
from ..core.session import HEARTBEAT_S
from .files import FileController
from .settings import Settings

__all__ = ["AutosaveWarning", "Autosaver", "RecoveryEntry", "find_recoverable", "recovery_dir"]


def recovery_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
    return Path(base) / "recovery"


def find_recoverable(folder: Path | None = None) -> list[RecoveryEntry]:
    """Autosaves left by editors that are gone, newest first."""
    return RecoveryStore(folder or recovery_dir()).entries()


class Autosaver(QObject):
    wrote = Signal(str)  # the recovery file written
    failed = Signal(str)

    def __init__(self, files: FileController, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self.files = files
        self.store = RecoveryStore(recovery_dir())
        self.store.registry.prune()  # forget editors that are gone
        self.store.registry.beat()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.autosave_now)
        self.heartbeat = QTimer(self)
        self.heartbeat.timeout.connect(self.store.registry.beat)
        self.heartbeat.start(HEARTBEAT_S * 1000)
        self._file: Path | None = None
        self._last_revision = -1
        # Set by the window: finishes a half-typed inspector field, so what the user is
        # typing right now is in the recovery file too.
        self.flush_pending = lambda: None
        self.set_interval(settings.get("autosave/interval_s"))
        controller = files.controller
        controller.stack.cleanChanged.connect(self._clean_changed)
        controller.documentReplaced.connect(self._document_replaced)
        files.pathChanged.connect(self._path_changed)

    @property
    def session(self) -> str:
        return self.store.session

    def set_interval(self, seconds: int) -> None:
        seconds = max(5, int(seconds))
        self.timer.start(seconds * 1000)

    def recovery_file(self) -> Path:
        if self._file is None:
            self._file = self.store.new_file(self.files.document.path)
        return self._file

    def key(self) -> str:
        return self.recovery_file().stem

    def recoverable(self) -> list[RecoveryEntry]:
        return self.store.entries()

    def adopt(self, entry: RecoveryEntry) -> None:
        """Keep writing to a recovered document's own recovery file."""
        self.store.adopt(entry)
        self._file = entry.data_path

    def autosave_now(self) -> bool:
        self.flush_pending()
        doc = self.files.document
        if not self.files.is_modified() or doc.revision == self._last_revision:
            return False
        try:
            self.store.write(self.recovery_file(), doc.project, doc.path)
        except (OSError, BeatBoardError) as e:
            reason = (e.strerror or str(e)) if isinstance(e, OSError) else str(e)
            self.failed.emit(self.tr("Autosave failed: %1").replace("%1", reason))
            return False
        self._last_revision = doc.revision
        self.wrote.emit(str(self._file))
        return True

    def discard(self) -> None:
        """Delete this document's recovery file (after a save, or a deliberate close)."""
        if self._file is not None:
            remove_files(self._file)
            self._file = None
        self._last_revision = -1

    def end_session(self) -> None:
        """A deliberate close: nothing left to recover, and this editor stops beating."""
        self.discard()
        self.timer.stop()
        self.heartbeat.stop()
        self.store.registry.end()

    def _clean_changed(self, clean: bool) -> None:
        if clean and not self.files.is_modified():
            self.discard()

    def _document_replaced(self) -> None:
        # The old document was saved or deliberately discarded before it was replaced.
        self.discard()

    def _path_changed(self) -> None:
        # Save As gives the document a new key; the old recovery file is obsolete.
        if not self.files.is_modified():
            self.discard()


class AutosaveWarning(QLabel):
    """A red status-bar note that stays while autosave fails (a full disk, a removed
    folder) and goes away once an autosave or a save succeeds."""

    def __init__(self, autosaver: Autosaver, files: FileController, parent=None):
        super().__init__(parent)
        self.setStyleSheet("QLabel { color: white; background: #c62828; padding: 1px 8px; "
                           "border-radius: 3px; font-weight: bold; }")
        self.hide()
        autosaver.failed.connect(self.fail)
        autosaver.wrote.connect(lambda _p: self.hide())
        files.saved.connect(lambda _p: self.hide())

    def fail(self, message: str) -> None:
        self.setText("⚠ " + message + " — " + self.tr("save your work"))
        self.setToolTip(self.tr(
            "Unsaved changes are not protected against a crash until autosave works again "
            "(recovery folder: %1). Save now, or free some disk space.").replace(
            "%1", str(recovery_dir())))
        self.show()

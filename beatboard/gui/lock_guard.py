"""One editor per document: the lock file beside the open document, as the window sees it.

Opening a document another running editor has locked asks whether to open it read-only
or as a copy; a stale lock (its editor crashed) is taken over with a note in the bar; a
folder where no lock can be written (read-only) gets a warning, and work goes on.
"""
from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from ..core.disk_watch import same_path
from ..core.lock import HELD, TAKEN_OVER, UNAVAILABLE, DocumentLock, holder
from ..core.session import HEARTBEAT_S, Owner, SessionRegistry
from . import choice
from .files import FileController
from .message_bar import MessageBar


def _time(seconds: float) -> str:
    return datetime.datetime.fromtimestamp(seconds).strftime("%H:%M")


class LockGuard(QObject):
    def __init__(self, window: QMainWindow, files: FileController, registry: SessionRegistry):
        super().__init__(window)
        self.window, self.files, self.registry = window, files, registry
        self.lock: DocumentLock | None = None
        self.bar = MessageBar(window, "lockBar", "info")
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.heartbeat)
        self.timer.start(HEARTBEAT_S * 1000)
        files.before_open = self.ask_before_open
        files.may_write = self.may_write
        files.controller.documentReplaced.connect(self.sync)
        files.pathChanged.connect(self.sync)
        self.sync()

    def describe(self, other: Owner) -> str:
        return self.tr("%1, active at %2").replace("%1", other.describe()).replace(
            "%2", _time(other.heartbeat))

    # --- hooks the file controller calls ------------------------------------------------
    def ask_before_open(self, path: str) -> str:
        other = holder(path, self.registry.session)
        if other is None:
            return "open"
        return choice.ask(
            self.window, self.tr("Document in use"),
            self.tr("“%1” is open in another BeatBoard window: %2.").replace(
                "%1", Path(path).name).replace("%2", self.describe(other)),
            self.tr("If both save, one overwrites the other's work. Open it read-only to "
                    "look, or as a copy you save under a new name."),
            [("read-only", self.tr("Open Read-Only")), ("copy", self.tr("Open as Copy")),
             ("cancel", self.tr("Cancel"))], default="read-only")

    def may_write(self, path: Path) -> bool:
        if self.lock is not None and self.lock.held and same_path(path, self.lock.document):
            return True
        other = holder(path, self.registry.session)
        if other is None:
            return True
        QMessageBox.critical(self.window, self.tr("Document in use"), self.tr(
            "“%1” is open in another BeatBoard window (%2); saving here would overwrite "
            "its work. Save under another name.").replace("%1", Path(path).name).replace(
            "%2", self.describe(other)))
        return False

    # --- the lock follows the document ------------------------------------------------------
    def sync(self) -> None:
        path = self.files.document.path
        want = path if path is not None and not self.files.read_only else None
        if self.lock is not None and want is not None and self.lock.held and same_path(
                want, self.lock.document):
            return
        self.release()
        self.bar.hide()
        if want is not None:
            self.lock = DocumentLock(want, self.registry.owner)
            self._report(self.lock.acquire())
        elif path is not None and self.files.read_only:
            self._show_read_only(holder(path, self.registry.session))

    def _report(self, result) -> None:
        name = self.lock.document.name
        if result.status == TAKEN_OVER:
            self.bar.show_message(self.tr(
                "“%1” was left locked by a BeatBoard that is no longer running (%2); this "
                "window has taken it over.").replace("%1", name).replace(
                "%2", self.describe(result.other)), [])
        elif result.status == UNAVAILABLE:
            self.bar.show_message(self.tr(
                "No lock file could be written beside “%1” (%2): other BeatBoard windows "
                "will not know it is open here.").replace("%1", name).replace(
                "%2", result.problem), [])
        elif result.status == HELD:  # locked between asking and opening
            self.files.set_read_only(True)
            self._show_read_only(result.other)

    def _show_read_only(self, other: Owner | None) -> None:
        name = self.files.document.path.name
        who = self.describe(other) if other is not None else self.tr("another window")
        self.bar.show_message(self.tr(
            "“%1” is open read-only because another BeatBoard has it open (%2). Use Save As "
            "to keep your changes.").replace("%1", name).replace("%2", who),
            [(self.tr("Save As…"), self.files.save_as)])

    def heartbeat(self) -> None:
        if self.lock is None or not self.lock.held:
            return
        if not self.lock.refresh():
            self.files.set_read_only(True)
            self._show_read_only(holder(self.lock.document, self.registry.session))

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

"""Changes to the open file made by someone else (a co-writer's sync, a git checkout).

A file watcher (on the file and its folder, as saves by rename replace the file) and a
check at every save compare the file with the stamp recorded when it was last read or
written here. On a real change a bar offers Reload, Keep Mine (their version is kept as
``name (theirs DATE).beatboard`` first) and Compare; a save never overwrites it silently.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox

from ..core import fileio
from ..core.disk_watch import stamp
from ..core.errors import BeatBoardError
from ..core.recovery import beside
from ..edit import Document
from . import choice
from .files import FileController
from .message_bar import MessageBar


class DiskGuard(QObject):
    changed = Signal(str)  # the user-facing message shown in the bar

    def __init__(self, window: QMainWindow, files: FileController):
        super().__init__(window)
        self.window, self.files = window, files
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._poke)
        self.watcher.directoryChanged.connect(self._poke)
        self.debounce = QTimer(self)  # sync clients write in pieces: look once they stop
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(400)
        self.debounce.timeout.connect(self.check)
        self.bar = MessageBar(window, "fileChangedBar")
        self._seen = None  # the stamp already reported, so a dismissed bar stays away
        files.controller.documentReplaced.connect(self.rewatch)
        files.pathChanged.connect(self.rewatch)
        files.saved.connect(lambda _p: self.rewatch())
        files.on_changed_on_disk = self.resolve_at_save
        self.rewatch()

    @property
    def document(self) -> Document:
        return self.files.document

    def rewatch(self) -> None:
        """Watch the document's file afresh (a save by rename replaces the watched file)."""
        self._seen = None
        paths = self.watcher.files() + self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)
        doc = self.document
        if doc.path is None:
            self.bar.hide()
            return
        if doc.disk is None:
            doc.disk = stamp(doc.path)  # a document handed over already loaded
        for p in (doc.path, doc.path.parent):
            if p.exists():
                self.watcher.addPath(str(p))
        if not doc.changed_on_disk():
            self.bar.hide()

    def _poke(self, _path: str) -> None:
        self.debounce.start()

    def check(self) -> bool:
        """Look at the file now; show the bar if it changed. True when it did."""
        doc = self.document
        if doc.path is None or doc.disk is None:
            return False
        if str(doc.path) not in self.watcher.files() and doc.path.exists():
            self.watcher.addPath(str(doc.path))
        if not doc.path.exists():
            if self._seen != "gone":
                self._seen = "gone"
                self._show(self.tr("“%1” was deleted or moved on disk. Save to write it "
                                   "again.").replace("%1", doc.path.name), gone=True)
            return True
        if not doc.changed_on_disk():
            return False
        current = stamp(doc.path)
        if current != self._seen:
            self._seen = current
            self._show(self.tr("“%1” was changed on disk by another program or person.")
                       .replace("%1", doc.path.name), gone=False)
        return True

    def _show(self, message: str, gone: bool) -> None:
        buttons = [(self.tr("Keep Mine"), self.keep_mine)]
        if not gone:
            buttons = [(self.tr("Reload"), self.reload)] + buttons + [
                (self.tr("Compare…"), self.compare)]
        self.bar.show_message(message, buttons)
        self.changed.emit(message)

    # --- the answers -------------------------------------------------------------------
    def reload(self) -> bool:
        path = self.document.path
        if path is None:
            return False
        if self.files.is_modified():
            box = QMessageBox(QMessageBox.Warning, self.tr("Reload"),
                              self.tr("Discard your unsaved changes and load “%1” as it is "
                                      "on disk?").replace("%1", path.name),
                              QMessageBox.Discard | QMessageBox.Cancel, self.window)
            box.setDefaultButton(QMessageBox.Cancel)
            if box.exec() != QMessageBox.Discard:
                return False
        try:
            document = Document.open(path)
        except BeatBoardError as e:
            QMessageBox.critical(self.window, self.tr("Cannot reload"), str(e))
            return False
        self.files.replace_document(document)
        self.bar.hide()
        return True

    def keep_mine(self) -> bool:
        """Copy their version beside the file, then save ours over it."""
        path = self.document.path
        if path is None:
            return False
        copy = None
        if path.exists():
            copy = beside(path, "theirs")
            try:
                shutil.copyfile(path, copy)
            except OSError as e:
                QMessageBox.critical(self.window, self.tr("Cannot keep their version"),
                                     f"{copy}: {e.strerror or e}")
                return False
        if not self.files.save_over_changes():
            return False
        self.bar.hide()
        if copy is not None:
            self.window.statusBar().showMessage(self.tr(
                "Saved your version; theirs is kept as %1").replace("%1", copy.name))
        return True

    def compare(self, modal: bool = False):
        """Their file against the document, side by side; Accept brings one of their
        changes in as an undoable edit (modal while a save waits on the answer)."""
        from .compare import compare_with_disk
        try:
            theirs = fileio.load(self.document.path)
        except BeatBoardError as e:
            QMessageBox.warning(self.window, self.tr("Cannot compare"), str(e))
            return None
        return compare_with_disk(self.window, self.files.controller, theirs, modal)

    def resolve_at_save(self, path: Path) -> bool:
        """Saving found new content on disk: ask; True if the document was saved."""
        while True:
            answer = choice.ask(
                self.window, self.tr("The file changed on disk"),
                self.tr("“%1” was changed on disk since you opened it.").replace(
                    "%1", path.name),
                self.tr("Keep Mine saves your version and keeps theirs as a copy beside it. "
                        "Reload discards your unsaved changes."),
                [("keep", self.tr("Keep Mine")), ("compare", self.tr("Compare…")),
                 ("reload", self.tr("Reload")), ("cancel", self.tr("Cancel"))],
                default="keep")
            if answer == "compare":
                self.compare(modal=True)
                continue
            if answer == "keep":
                return self.keep_mine()
            if answer == "reload":
                self.reload()
            return False

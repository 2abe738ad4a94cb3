"""New, Open, Save, Save As and the unsaved-changes prompt."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.disk_watch import FileChangedOnDisk
from ..core.errors import BeatBoardError
from ..core.fileio import ReadOnlyFileError
from ..core.model import Project
from ..core.recovery import beside
from ..edit import Document
from .recent import RecentFiles
from .settings import Settings
from .undo import UndoController


class FileController(QObject):
    modifiedChanged = Signal(bool)
    pathChanged = Signal()
    saved = Signal(str)
    savedAs = Signal(str, str)  # the old path, the new one: Save As to a new file
    failed = Signal(str)  # a user-facing message (also shown in a message box)

    def __init__(self, window: QWidget, controller: UndoController, settings: Settings,
                 recent: RecentFiles):
        super().__init__(window)
        self.window, self.controller, self.settings, self.recent = (
            window, controller, settings, recent)
        self._forced_modified = False  # a recovered document differs from its file
        # Set by the disk guard: asked when a save finds the file changed on disk; True
        # if the document ended up saved.
        self.on_changed_on_disk: Callable[[Path], bool] = lambda _path: False
        # Set by the lock guard: how to open a file another editor has open ("open",
        # "read-only", "copy" or "cancel"), and whether a file may be written at all.
        self.before_open: Callable[[str], str] = lambda _path: "open"
        self.may_write: Callable[[Path], bool] = lambda _path: True
        # Set by the window: offers a crashed editor's autosave of a file being opened;
        # True if the user recovered it (then the file itself is not opened).
        self.offer_recovery_for: Callable[[str], bool] = lambda _path: False
        self.read_only = False  # another editor has the file: Save means Save As
        self.suggested_path: Path | None = None  # where Save As starts for a copy
        self._read_only_ok: Path | None = None  # a read-only file the user let us replace
        controller.stack.cleanChanged.connect(lambda _c: self.modifiedChanged.emit(
            self.is_modified()))

    def file_filter(self) -> str:
        return self.tr("BeatBoard files (*.beatboard);;All files (*)")

    # --- state ---------------------------------------------------------------------
    @property
    def document(self) -> Document:
        return self.controller.document

    def is_modified(self) -> bool:
        return self._forced_modified or not self.controller.stack.isClean()

    def display_name(self) -> str:
        path = self.document.path
        name = path.name if path else self.tr("Untitled")
        return self.tr("%1 (read-only)").replace("%1", name) if self.read_only else name

    def replace_document(self, document: Document, modified: bool = False,
                         read_only: bool = False) -> None:
        self.read_only = read_only
        self.suggested_path = None
        self.controller.set_document(document)
        self._forced_modified = modified
        self.pathChanged.emit()
        self.modifiedChanged.emit(self.is_modified())

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.modifiedChanged.emit(self.is_modified())  # the title shows it

    # --- commands ------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved, discarded or clean)."""
        if not self.is_modified():
            return True
        box = QMessageBox(QMessageBox.Warning, self.tr("Unsaved changes"),
                          self.tr("Save the changes to “%1” before closing it?").replace(
                              "%1", self.display_name()),
                          QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
                          self.window)
        box.setInformativeText(self.tr("Your changes are lost if you don't save them."))
        box.setDefaultButton(QMessageBox.Save)
        answer = box.exec()
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def new_document(self, project: Project | None = None) -> bool:
        if not self.maybe_save():
            return False
        self.replace_document(Document(project or Project()))
        return True

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open Project"),
                                              self.settings.get("files/last_dir"),
                                              self.file_filter())
        return self.open_path(path, ask=False) if path else False

    def open_path(self, path: str, ask: bool = True) -> bool:
        """Open ``path``; on failure show why and keep the current document."""
        if ask and not self.maybe_save():
            return False
        if self.offer_recovery_for(path):
            return True  # its crashed editor's autosave was opened instead
        try:
            document = Document.open(path)
        except BeatBoardError as e:
            self._report(self.tr("Cannot open the project"), str(e))
            return False
        how = self.before_open(path)
        if how == "cancel":
            return False
        if how == "copy":  # an unsaved copy: its first save asks for a new name
            self.replace_document(Document(document.project), modified=True)
            self.suggested_path = beside(Path(path), self.tr("copy"))
        else:
            self.replace_document(document, read_only=how == "read-only")
        self._remember(path)
        return True

    def save(self) -> bool:
        if self.document.path is None or self.read_only:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        start = str(self.suggested_path or self.document.path
                    or Path(self.settings.get("files/last_dir") or ".")
                    / (self.tr("Untitled") + ".beatboard"))
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save Project As"), start,
                                              self.file_filter())
        if not path:
            return False
        if not path.endswith(".beatboard"):
            path += ".beatboard"
        return self.save_as_path(Path(path))

    def save_as_path(self, path: Path) -> bool:
        """Save under ``path``; when that is a new file, ``savedAs`` tells (the named
        versions follow it)."""
        old = self.document.path
        if not self._save_to(path):
            return False
        if old is not None and Path(old) != path:
            self.savedAs.emit(str(old), str(path))
        return True

    def save_over_changes(self) -> bool:
        """Save to the document's own file even though it changed on disk."""
        return self._save_to(self.document.path, overwrite_changes=True)

    def _save_to(self, path: Path, overwrite_changes: bool = False) -> bool:
        if not self.may_write(path):
            return False
        replace_read_only = path == self._read_only_ok
        while True:
            try:
                self.document.save(path, overwrite_changes=overwrite_changes,
                                   replace_read_only=replace_read_only)
                break
            except FileChangedOnDisk:
                return self.on_changed_on_disk(path)
            except ReadOnlyFileError:
                if replace_read_only or not self._confirm_replace_read_only(path):
                    return False
                replace_read_only = True
                self._read_only_ok = path  # asked once per file and session
            except BeatBoardError as e:
                self._report(self.tr("Cannot save the project"), str(e))
                return False
        self._saved(path)
        return True

    def _confirm_replace_read_only(self, path: Path) -> bool:
        box = QMessageBox(QMessageBox.Warning, self.tr("Read-only file"),
                          self.tr("“%1” is read-only. Replace it anyway?").replace(
                              "%1", path.name),
                          QMessageBox.Yes | QMessageBox.No, self.window)
        box.setInformativeText(self.tr("Someone may have made it read-only to protect it. "
                                       "Choose No, then Save As, to keep it as it is."))
        box.setDefaultButton(QMessageBox.No)
        return box.exec() == QMessageBox.Yes

    def _saved(self, path: Path) -> None:
        self._forced_modified = False
        self.read_only = False  # saved under a name of its own
        self.suggested_path = None
        self.controller.stack.setClean()
        self._remember(str(path))
        self.pathChanged.emit()
        self.modifiedChanged.emit(False)
        self.saved.emit(str(path))

    def _remember(self, path: str) -> None:
        self.recent.add(path)
        self.settings.set("files/last_dir", os.path.dirname(os.path.abspath(path)))

    def _report(self, title: str, message: str) -> None:
        self.failed.emit(message)
        QMessageBox.critical(self.window, title, message)

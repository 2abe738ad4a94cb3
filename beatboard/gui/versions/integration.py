"""Puts named versions into the editor: File › Save Version… and File › Versions…, a
message bar when the versions folder is damaged (opening goes on), and the read-only
window, compare and restore reached from the list."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from ...core.errors import BeatBoardError
from ...edit import ReplaceContent
from ...versioning.versions import (Version, carry_versions, colour_name, list_versions,
                                    load_version, next_colour, save_version)
from ..message_bar import MessageBar
from ..shell import STATUS_TIMEOUT_MS


class VersionsIntegration(QObject):
    def __init__(self, win):
        super().__init__(win)
        self.win = win
        self.windows: list = []  # read-only version windows open now
        self.bar = MessageBar(win, "versionsBar", "warning")
        self.save_action = QAction(win)
        self.save_action.setShortcut(QKeySequence("Ctrl+Alt+S"))
        self.save_action.triggered.connect(lambda _c=False: self.save_version())
        self.list_action = QAction(win)
        self.list_action.triggered.connect(lambda _c=False: self.show_versions())
        win.addAction(self.save_action)
        self.retranslate()
        menu = getattr(win, "menus", {}).get("file")
        if menu is not None:
            actions = menu.actions()
            save_as = getattr(win.acts, "save_as", None)
            after = actions[actions.index(save_as) + 1] if save_as in actions else None
            menu.insertActions(after, [self.save_action, self.list_action])
        win.files.pathChanged.connect(self.check_folder)
        win.files.savedAs.connect(self.carry)
        win.controller.documentReplaced.connect(self.check_folder)
        self.check_folder()

    def retranslate(self) -> None:
        self.save_action.setText(self.tr("Save &Version…"))
        self.list_action.setText(self.tr("&Versions…"))

    @property
    def path(self):
        return self.win.controller.document.path

    @property
    def lang(self) -> str:
        return "zh" if self.win.language.startswith("zh") else "en"

    def check_folder(self) -> None:
        """A damaged or half-missing versions folder is said in a bar; nothing stops."""
        problems = list_versions(self.path).problems if self.path else []
        if problems:
            self.bar.show_message(self.tr("Versions: %1").replace("%1", problems[0]),
                                  [(self.tr("Show Versions"), self.show_versions)])
        else:
            self.bar.hide()

    def carry(self, old: str, new: str) -> None:
        """Save As: the named versions follow the new file; if they cannot, the save
        stands and the bar says where they stayed."""
        why = carry_versions(old, new)
        if why is None:
            return
        kind, detail = why
        name = Path(old).name
        if kind == "other_folder":
            text = self.tr("The named versions stay beside “%1”: the new file is in "
                           "another folder.").replace("%1", name)
        elif kind == "exists":
            text = self.tr("The named versions stay beside “%1”: “%2” already exists "
                           "beside the new file.").replace("%1", name).replace("%2", detail)
        else:
            text = self.tr("The project is saved, but its named versions could not be "
                           "copied (%2); they stay beside “%1”.").replace(
                               "%1", name).replace("%2", detail)
        self.bar.show_message(text, [])

    # --- commands -----------------------------------------------------------------------
    def save_version(self, name: str | None = None, message: str = "") -> Version | None:
        from .dialogs import SaveVersionDialog
        self.win.inspector.commit_pending()
        if self.path is None:
            self.win.show_problem(self.tr("Save the project first: versions are kept "
                                          "beside its file."))
            return None
        if self.win.files.read_only:  # the editor that holds the file keeps its versions
            self.win.show_problem(self.tr("This window has the file read-only; save the "
                                          "version in the editor that has it open."))
            return None
        if name is None:
            dialog = SaveVersionDialog(next_colour(self.path), self.lang, self.win)
            if not dialog.exec():
                return None
            name, message = dialog.values()
        try:
            version = save_version(self.win.controller.project, self.path, name, message)
        except BeatBoardError as e:
            QMessageBox.warning(self.win, self.tr("Cannot save the version"), str(e))
            return None
        self.check_folder()
        self.win.statusBar().showMessage(self.tr("Saved version %1 “%2” (%3)").replace(
            "%1", str(version.number)).replace("%2", version.name).replace(
            "%3", colour_name(version.colour, self.lang)), STATUS_TIMEOUT_MS)
        return version

    def show_versions(self) -> None:
        from .dialogs import VersionListDialog
        if self.path is None:
            self.win.show_problem(self.tr("This project has no file yet, so no versions."))
            return
        listed = list_versions(self.path)
        dialog = VersionListDialog(listed.versions, listed.problems, self.lang, self.win)
        if not dialog.exec() or dialog.selected() is None:
            return
        version = dialog.selected()
        {"open": self.open_read_only, "compare": self.compare,
         "restore": self.restore}[dialog.choice](version)

    def _load(self, version: Version):
        try:
            return load_version(self.path, version)
        except BeatBoardError as e:
            QMessageBox.warning(self.win, self.tr("Cannot read the version"), str(e))
            return None

    def open_read_only(self, version: Version):
        from .viewer import VersionWindow
        project = self._load(version)
        if project is None:
            return None
        title = f"{version.name} — {self.path.name}"
        window = VersionWindow(project, self.path, title,
                               restore=lambda: self.restore(version),
                               compare=lambda: self.compare(version), parent=self.win)
        self.windows.append(window)
        window.destroyed.connect(lambda _o=None, w=window: self.windows.remove(w)
                                 if w in self.windows else None)
        window.show()
        return window

    def restore(self, version: Version, ask: bool = True) -> bool:
        """The version's content replaces the document's: one step, undone by Undo."""
        project = self._load(version)
        if project is None:
            return False
        if ask and QMessageBox.question(
                self.win, self.tr("Restore Version"),
                self.tr("Replace the document's content with version %1 “%2”? Undo "
                        "brings the current content back.").replace(
                    "%1", str(version.number)).replace("%2", version.name)) != QMessageBox.Yes:
            return False
        self.win.inspector.commit_pending()
        label = self.tr("Restore Version “%1”").replace("%1", version.name)
        return self.win.controller.push(ReplaceContent(project, label))

    def compare(self, version: Version):
        from ..compare import compare_with_version
        project = self._load(version)
        if project is None:
            return None
        return compare_with_version(self.win, project, version.name)

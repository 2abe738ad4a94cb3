"""Start-up dialog offering autosaved work back: Recover, Keep Both, Compare, Discard, Later.

For the selected autosave it says when it was made and whether the file on disk changed
after it (a sync, a git pull), so the user knows which copy is newer before choosing.
"""
from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from ..core.recovery import RecoveryEntry


def when(seconds: float) -> str:
    return datetime.datetime.fromtimestamp(seconds).strftime("%Y-%m-%d %H:%M:%S")


class RecoveryDialog(QDialog):
    CHOICES = ("recover", "keep-both", "compare", "discard", "later")

    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover Unsaved Work"))
        self.entries = entries
        self.choice = "later"
        text = QLabel(self.tr("BeatBoard closed before these changes were saved. "
                              "Recover one to keep working on it; it opens as unsaved."), self)
        text.setWordWrap(True)
        self.list = QListWidget(self)
        for e in entries:
            name = e.original or self.tr("Untitled")
            title = f" — {e.title}" if e.title else ""
            saved = self.tr("autosaved %1").replace("%1", when(e.saved_at))
            item = QListWidgetItem(f"{name}{title}\n{saved}")
            item.setData(Qt.UserRole, e.key)
            self.list.addItem(item)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.PlainText)
        buttons = QDialogButtonBox(self)
        self.buttons: dict[str, QPushButton] = {}
        for choice, label, role in (
                ("recover", self.tr("Recover"), QDialogButtonBox.AcceptRole),
                ("keep-both", self.tr("Keep Both"), QDialogButtonBox.ActionRole),
                ("compare", self.tr("Compare…"), QDialogButtonBox.ActionRole),
                ("discard", self.tr("Discard"), QDialogButtonBox.DestructiveRole),
                ("later", self.tr("Later"), QDialogButtonBox.RejectRole)):
            button = QPushButton(label, self)
            buttons.addButton(button, role)
            button.clicked.connect(lambda _c=False, c=choice: self._done(c))
            self.buttons[choice] = button
        self.buttons["keep-both"].setToolTip(self.tr(
            "Save the recovered work as a new file beside the original and open it; "
            "the original stays as it is."))
        self.buttons["compare"].setToolTip(self.tr(
            "List the episodes and beats that differ between the file and the autosave."))
        self.list.currentRowChanged.connect(self._show_details)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.list.setCurrentRow(0)
        self.resize(620, 340)

    def selected(self) -> RecoveryEntry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def describe(self, entry: RecoveryEntry) -> str:
        """Which copy is newer, with both times."""
        saved = when(entry.saved_at)
        if not entry.original:
            return self.tr("Autosaved %1 from a document that was never saved.").replace(
                "%1", saved)
        mtime = entry.original_mtime()
        if mtime is None:
            return self.tr("Autosaved %1. The original file is no longer there; "
                           "recovering saves it again.").replace("%1", saved)
        if entry.newer() == "original":
            return self.tr("The file on disk is newer: it changed %1, after this autosave "
                           "(%2). Compare them, or keep both.").replace(
                "%1", when(mtime)).replace("%2", saved)
        return self.tr("The autosave is newer: autosaved %1; the file on disk was last "
                       "saved %2.").replace("%1", saved).replace("%2", when(mtime))

    def _show_details(self, _row: int) -> None:
        entry = self.selected()
        self.details.setText(self.describe(entry) if entry else "")
        has_file = bool(entry and entry.original)
        self.buttons["keep-both"].setEnabled(has_file)
        self.buttons["compare"].setEnabled(has_file and entry.original_mtime() is not None)

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != "later" else self.reject()

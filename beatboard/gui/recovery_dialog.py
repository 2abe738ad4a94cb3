"""Start-up dialog offering autosaved documents back: Recover / Discard / Later."""
from __future__ import annotations

import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from .autosave import RecoveryEntry


class RecoveryDialog(QDialog):
    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover Unsaved Work"))
        self.entries = entries
        self.choice = "later"  # recover | discard | later
        text = QLabel(self.tr("BeatBoard closed before these changes were saved. "
                              "Recover one to keep working on it; it opens as unsaved."), self)
        text.setWordWrap(True)
        self.list = QListWidget(self)
        for e in entries:
            when = datetime.datetime.fromtimestamp(e.saved_at).strftime("%Y-%m-%d %H:%M")
            name = e.original or self.tr("Untitled")
            title = f" — {e.title}" if e.title else ""
            saved = self.tr("autosaved %1").replace("%1", when)
            item = QListWidgetItem(f"{name}{title}\n{saved}")
            item.setData(Qt.UserRole, e.key)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(self)
        recover = QPushButton(self.tr("Recover"), self)
        discard = QPushButton(self.tr("Discard"), self)
        later = QPushButton(self.tr("Later"), self)
        buttons.addButton(recover, QDialogButtonBox.AcceptRole)
        buttons.addButton(discard, QDialogButtonBox.DestructiveRole)
        buttons.addButton(later, QDialogButtonBox.RejectRole)
        recover.clicked.connect(lambda: self._done("recover"))
        discard.clicked.connect(lambda: self._done("discard"))
        later.clicked.connect(lambda: self._done("later"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(520, 280)

    def selected(self) -> RecoveryEntry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != "later" else self.reject()

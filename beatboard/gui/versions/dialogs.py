"""Save Version… (a name and a message) and the list of a project's versions."""
from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QAbstractItemView, QHeaderView)

from ...versioning.versions import Version, colour_name

# Screen tints of the revision papers (the printed pages name the colour instead).
PAPER = {"white": "#ffffff", "blue": "#cfe3ff", "pink": "#ffd6e7", "yellow": "#fff6a8",
         "green": "#d4f5c9", "goldenrod": "#f3d37a", "buff": "#f0dcb4", "salmon": "#ffb8a1",
         "cherry": "#e8506b"}


def local_time(iso: str) -> str:
    try:
        return _dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


class SaveVersionDialog(QDialog):
    def __init__(self, colour: str, lang: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save Version"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Draft for the platform"))
        self.message = QPlainTextEdit(self)
        self.message.setPlaceholderText(self.tr("What changed, who it is for"))
        self.message.setFixedHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Message:"), self.message)
        form.addRow(self.tr("Revision colour:"), QLabel(colour_name(colour, lang)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        save = self.buttons.button(QDialogButtonBox.Save)
        save.setEnabled(False)
        self.name.textChanged.connect(lambda t: save.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, 220)

    def values(self) -> tuple[str, str]:
        return self.name.text().strip(), self.message.toPlainText().strip()


class VersionListDialog(QDialog):
    """The versions with colour, name, author, time and message; the buttons act on the
    selected one. ``choice`` says which was pressed ("open", "compare", "restore")."""

    def __init__(self, versions: list[Version], problems: list[str], lang: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Versions"))
        self.versions = list(reversed(versions))  # newest first
        self.choice = ""
        self.table = QTableWidget(len(self.versions), 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Colour"), self.tr("Name"),
                                              self.tr("Author"), self.tr("Time"),
                                              self.tr("Message")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.Stretch)
        for row, v in enumerate(self.versions):
            colour = QTableWidgetItem(f"{v.number}  {colour_name(v.colour, lang)}")
            colour.setBackground(QColor(PAPER.get(v.colour, "#ffffff")))
            colour.setForeground(QColor("#000000"))
            for col, item in enumerate((colour, QTableWidgetItem(v.name),
                                        QTableWidgetItem(v.author),
                                        QTableWidgetItem(local_time(v.time)),
                                        QTableWidgetItem(v.message.replace("\n", " ")))):
                item.setToolTip(v.message or v.name)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.Stretch)
        layout = QVBoxLayout(self)
        if problems:
            warn = QLabel("⚠ " + "\n".join(problems), self)
            warn.setWordWrap(True)
            warn.setTextFormat(Qt.PlainText)
            layout.addWidget(warn)
        if not self.versions:
            layout.addWidget(QLabel(self.tr("No versions yet. Save one with File › Save "
                                            "Version…"), self))
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.action_buttons: dict[str, QPushButton] = {}
        for key, text in (("open", self.tr("Open Read-Only")),
                          ("compare", self.tr("Compare with Current…")),
                          ("restore", self.tr("Restore…"))):
            button = self.buttons.addButton(text, QDialogButtonBox.ActionRole)
            button.clicked.connect(lambda _c=False, k=key: self.choose(k))
            button.setEnabled(bool(self.versions))
            self.action_buttons[key] = button
        layout.addWidget(self.buttons)
        self.table.doubleClicked.connect(lambda _i: self.choose("open"))
        if self.versions:
            self.table.selectRow(0)
        self.resize(760, 380)

    def selected(self) -> Version | None:
        rows = self.table.selectionModel().selectedRows()
        return self.versions[rows[0].row()] if rows else None

    def choose(self, key: str) -> None:
        if self.selected() is not None:
            self.choice = key
            self.accept()

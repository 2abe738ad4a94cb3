"""File › Update Timing from Edit…: take the editor's timing back onto the boards.

The edited timeline (.otio, FCP 7 XML, FCPXML, EDL) is matched to the board's panels
and the changes are shown panel by panel (old → new, one checkbox each) before the
accepted ones are applied as one undo step; the rules then re-check the episode, so a
hook the edit made late shows in the findings at once.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog,
                               QHeaderView, QLabel, QMessageBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ..core.errors import BeatBoardError
from ..interchange.edit_timeline import read_edit_timeline
from ..roundtrip.apply import proposal_edit
from ..roundtrip.proposal import Proposal, Row, propose
from .i18n import ui_language

CONTEXT = "RetimeReviewDialog"
translate = QCoreApplication.translate  # called with its context spelled out: lupdate reads it
KIND_WORDS = {
    "duration": QT_TRANSLATE_NOOP("RetimeReviewDialog", "duration"),
    "order": QT_TRANSLATE_NOOP("RetimeReviewDialog", "order in beat"),
    "drop": QT_TRANSLATE_NOOP("RetimeReviewDialog", "drop from the cut"),
    "restore": QT_TRANSLATE_NOOP("RetimeReviewDialog", "back in the cut"),
    "add": QT_TRANSLATE_NOOP("RetimeReviewDialog", "new clip: add a panel"),
    "moved": QT_TRANSLATE_NOOP("RetimeReviewDialog", "moved to another beat (not applied)"),
    "repeat": QT_TRANSLATE_NOOP("RetimeReviewDialog", "used twice (not applied)"),
    "beat_order": QT_TRANSLATE_NOOP("RetimeReviewDialog", "beats reordered (not applied)"),
    "beat_removed": QT_TRANSLATE_NOOP("RetimeReviewDialog", "beat left out (not applied)"),
    "elsewhere": QT_TRANSLATE_NOOP("RetimeReviewDialog",
                                   "from another episode or cut (not applied)"),
}
FILTER = QT_TRANSLATE_NOOP("RetimeReviewDialog",
                           "Edited timelines (*.otio *.xml *.fcpxml *.edl)")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _cell_text(row: Row, old: bool) -> str:
    """The old or new column, with the fixed words in the UI language."""
    if row.kind == "drop" and not old:
        return translate("RetimeReviewDialog", "dropped in the edit")
    if row.kind == "restore" and old:
        return translate("RetimeReviewDialog", "dropped")
    if row.kind == "beat_removed" and not old:
        return translate("RetimeReviewDialog", "left out of the edit")
    if row.kind == "add" and not old:
        return translate("RetimeReviewDialog", "a panel of %1 s").replace("%1", f"{row.new_s:.2f}")
    return row.old if old else row.new


class RetimeReviewDialog(QDialog):
    COLUMNS = ("", QT_TRANSLATE_NOOP("RetimeReviewDialog", "Shot"),
               QT_TRANSLATE_NOOP("RetimeReviewDialog", "Panel"),
               QT_TRANSLATE_NOOP("RetimeReviewDialog", "Change"),
               QT_TRANSLATE_NOOP("RetimeReviewDialog", "Old"),
               QT_TRANSLATE_NOOP("RetimeReviewDialog", "New"))

    def __init__(self, prop: Proposal, parent: QWidget | None = None):
        super().__init__(parent)
        self.prop = prop
        self.setWindowTitle(self.tr("Update Timing from Edit"))
        self.resize(760, 520)
        col = QVBoxLayout(self)
        intro = self.tr("Timing from %1 for episode %2, cut %3. The editor's timing wins: "
                        "each checked panel takes its clip's duration and its beat becomes "
                        "the sum of its panels. Dropped panels stay on the board, struck "
                        "through, until you restore them.")
        label = QLabel(intro.replace("%1", prop.timeline.name)
                       .replace("%2", str(prop.episode.number)).replace("%3", prop.cut.name),
                       self)
        label.setWordWrap(True)
        col.addWidget(label)
        self.notes = QLabel("\n".join(prop.notes_in(ui_language())), self)
        self.notes.setWordWrap(True)
        col.addWidget(self.notes)
        self.table = QTableWidget(len(prop.rows), len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels([_t(c) if c else "" for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        for i, row in enumerate(prop.rows):
            self._fill(i, row)
        col.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.all_button = QPushButton(self.tr("Accept All"), self)
        self.none_button = QPushButton(self.tr("Accept None"), self)
        buttons.addButton(self.all_button, QDialogButtonBox.ActionRole)
        buttons.addButton(self.none_button, QDialogButtonBox.ActionRole)
        self.apply_button = buttons.addButton(self.tr("Apply"), QDialogButtonBox.AcceptRole)
        self.all_button.clicked.connect(lambda: self.set_all(True))
        self.none_button.clicked.connect(lambda: self.set_all(False))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.itemChanged.connect(lambda _item: self._update_apply())
        col.addWidget(buttons)
        self._update_apply()

    def _fill(self, i: int, row: Row) -> None:
        check = QTableWidgetItem()
        if row.applicable:
            check.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled)
            check.setCheckState(Qt.Checked if row.accepted else Qt.Unchecked)
        else:
            check.setFlags(Qt.ItemIsEnabled)
            check.setText("—")
        self.table.setItem(i, 0, check)
        texts = (row.shot, row.panel_id or row.beat_id, _t(KIND_WORDS.get(row.kind, row.kind)),
                 _cell_text(row, True), _cell_text(row, False))
        for j, text in enumerate(texts, 1):
            item = QTableWidgetItem(text)
            if not row.applicable:
                item.setForeground(self.palette().placeholderText())
            self.table.setItem(i, j, item)

    def set_all(self, accepted: bool) -> None:
        for i, row in enumerate(self.prop.rows):
            if row.applicable:
                self.table.item(i, 0).setCheckState(Qt.Checked if accepted else Qt.Unchecked)

    def checked(self) -> list[bool]:
        return [self.table.item(i, 0).checkState() == Qt.Checked
                for i in range(self.table.rowCount())]

    def sync(self) -> None:
        """The checkboxes into the proposal's rows."""
        for row, on in zip(self.prop.rows, self.checked()):
            row.accepted = row.applicable and on

    def _update_apply(self) -> None:
        self.apply_button.setEnabled(any(on for row, on in zip(self.prop.rows, self.checked())
                                         if row.applicable))


def choose_edit_file(parent: QWidget, start_dir: str = "") -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("RetimeReviewDialog", "Update Timing from Edit"), start_dir,
        _t(FILTER))
    return path


def update_timing_from_edit(win, path: str, review=None) -> bool:
    """Read ``path``, show the review, apply what is checked as one undo step. True when
    applied. ``review(dialog) -> bool`` replaces ``dialog.exec()`` (tests)."""
    project = win.controller.project
    try:
        prop = propose(project, read_edit_timeline(path))
    except BeatBoardError as e:
        QMessageBox.critical(
            win, translate("RetimeReviewDialog", "Cannot update timing from the edit"), str(e))
        return False
    if not prop.rows:
        win.statusBar().showMessage(
            translate("RetimeReviewDialog", "%1 matches the board: nothing to update.")
            .replace("%1", Path(path).name), 8000)
        return False
    dialog = RetimeReviewDialog(prop, win)
    accepted = review(dialog) if review is not None else bool(dialog.exec())
    if not accepted:
        return False
    dialog.sync()
    edit = proposal_edit(project, prop)
    if edit is None:
        return False
    edit.label = translate("RetimeReviewDialog", "Update timing from edit")
    return win.controller.push(edit)


def show_update_timing(win) -> None:
    """The File menu's Update Timing from Edit…: choose a timeline, review, apply."""
    win.inspector.commit_pending()
    path = choose_edit_file(win, win.settings.get("files/last_dir") or "")
    if path:
        update_timing_from_edit(win, path)

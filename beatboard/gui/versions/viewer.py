"""A named version in a window of its own, read-only: its boards and emotion curve,
episode by episode. Every edit action is disabled and every edit is refused; File offers
Restore and Compare with Current, which act on the editor's document."""
from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QMainWindow, QSplitter, QToolBar, QWidget
from PySide6.QtCore import Qt

from ...core.model import Project
from ...edit import Document, Edit
from ..board_view import BoardView
from ..curve import EpisodeCurveWidget
from ..selection import Selection
from ..undo import UndoController


class ReadOnlyController(UndoController):
    """Refuses every edit, with a reason the window shows."""

    def push(self, edit: Edit) -> bool:
        self.refused.emit(self.tr("This version is read-only; restore it to edit it."))
        return False


class VersionWindow(QMainWindow):
    def __init__(self, project: Project, project_path, title: str, restore=None,
                 compare=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowFlag(Qt.Window)
        self.setAttribute(Qt.WA_DeleteOnClose)
        # The document names the project's file only so pictures resolve against its
        # folder (the shared asset store); nothing here ever saves it.
        self.controller = ReadOnlyController(Document(project, project_path), self)
        self.selection = Selection(self)
        self.refusals: list[str] = []
        self.controller.refused.connect(self._refused)
        self.board = BoardView(self.controller, self.selection, lambda *_a: False)
        self.curve = EpisodeCurveWidget(self.controller, self.selection)
        split = QSplitter(Qt.Vertical, self)
        split.addWidget(self.curve)
        split.addWidget(self.board)
        split.setSizes([180, 600])
        self.setCentralWidget(split)
        self.episodes = QComboBox(self)
        for ep in project.ordered_episodes():
            self.episodes.addItem(f"{ep.number}. {ep.title}", ep.id)
        self.episodes.currentIndexChanged.connect(
            lambda i: self.selection.set_episode(self.episodes.itemData(i) or ""))
        bar = QToolBar(self)
        bar.setObjectName("versionBar")
        bar.setMovable(False)
        bar.addWidget(self.episodes)
        self.addToolBar(bar)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.restore_action = file_menu.addAction(self.tr("&Restore This Version…"))
        self.restore_action.setEnabled(restore is not None)
        if restore is not None:
            self.restore_action.triggered.connect(lambda: restore())
        self.compare_action = file_menu.addAction(self.tr("&Compare with Current…"))
        self.compare_action.setEnabled(compare is not None)
        if compare is not None:
            self.compare_action.triggered.connect(lambda: compare())
        file_menu.addSeparator()
        file_menu.addAction(self.tr("&Close"), self.close, QKeySequence.Close)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_actions: list[QAction] = []
        # The editor's edit actions, shown disabled so the menu looks as users know it.
        for text, keys in ((self.tr("&Undo"), QKeySequence.Undo),
                           (self.tr("&Redo"), QKeySequence.Redo),
                           (self.tr("Cu&t"), QKeySequence.Cut),
                           (self.tr("&Paste"), QKeySequence.Paste),
                           (self.tr("&Delete"), QKeySequence.Delete),
                           (self.tr("Add &Beat"), None), (self.tr("&Add Panel"), None),
                           (self.tr("Edit Beat &Title"), None)):
            act = edit_menu.addAction(text)
            if keys is not None:
                act.setShortcut(keys)
            act.setEnabled(False)
            self.edit_actions.append(act)
        self.setWindowTitle(self.tr("%1 (read-only) — BeatBoard").replace("%1", title))
        if self.episodes.count():
            self.selection.set_episode(self.episodes.itemData(0))
        self.resize(1100, 820)

    def _refused(self, message: str) -> None:
        self.refusals.append(message)
        self.statusBar().showMessage(message, 6000)

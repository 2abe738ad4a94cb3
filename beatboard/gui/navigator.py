"""The episode navigator: every episode with its number, title, main-line length and
rule status; reorder by drag or Move Up/Down; add, duplicate, split, merge, delete."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QToolBar, QWidget)

from ..core.graph import main_line_duration
from ..core.model import Episode
from ..edit import (AddEpisode, Change, DuplicateEpisode, MergeEpisodes, MoveEpisode,
                    RemoveEpisodes, SplitEpisode, new_id)
from ..edit.ids import all_episode_ids
from ..rules import episode_status
from .findings_hub import FindingsHub
from .inspector_meta import mmss
from .palettes import is_dark, status_colour
from .selection import Selection
from .undo import UndoController

STATUS_GLYPHS = {"clean": "✓", "warnings": "⚠", "errors": "✕"}
COL_STATUS, COL_NUMBER, COL_TITLE, COL_DURATION = range(4)


class EpisodeTree(QTreeWidget):
    """A drop here never moves rows itself: it asks for a MoveEpisode edit."""

    def __init__(self, navigator: "EpisodeNavigator"):
        super().__init__(navigator)
        self._nav = navigator
        self.setDragDropMode(QAbstractItemView.InternalMove)
        self.setDefaultDropAction(Qt.MoveAction)

    def dropEvent(self, event) -> None:
        item = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        event.ignore()  # the model is the truth; the rows follow the edit
        if item is None:
            return
        rows = self.topLevelItemCount()
        if target is None:
            new_index = rows - 1
        else:
            new_index = self.indexOfTopLevelItem(target)
            rect = self.visualItemRect(target)
            below = event.position().toPoint().y() > rect.center().y()
            old_index = self.indexOfTopLevelItem(item)
            if below and new_index < old_index:
                new_index += 1
            elif not below and new_index > old_index:
                new_index -= 1
        self._nav.move_to(item.data(0, Qt.UserRole), new_index)


class EpisodeNavigator(QWidget):
    def __init__(self, controller: UndoController, selection: Selection, findings: FindingsHub,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.controller, self.selection, self.findings = controller, selection, findings
        self.tree = EpisodeTree(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self._set_header_labels()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(COL_NUMBER, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.Stretch)
        header.setSectionResizeMode(COL_DURATION, QHeaderView.ResizeToContents)
        self.actions_ = NavigatorActions(self)
        bar = QToolBar(self)
        bar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        for a in self.actions_.all():
            bar.addAction(a)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.tree)
        self.tree.setContextMenuPolicy(Qt.ActionsContextMenu)
        self.tree.addActions(self.actions_.all())
        self._items: dict[str, QTreeWidgetItem] = {}
        self.tree.currentItemChanged.connect(self._current_changed)
        selection.episodeChanged.connect(self._follow_selection)
        selection.beatsChanged.connect(lambda _b: self.actions_.update_enabled())
        controller.changed.connect(self._on_changed)
        controller.documentReplaced.connect(self.rebuild)
        findings.updated.connect(lambda _f: self.update_status())
        self.rebuild()

    def _set_header_labels(self) -> None:
        self.tree.setHeaderLabels(["", self.tr("#"), self.tr("Title"), self.tr("Length")])

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self._set_header_labels()
            self.actions_.retranslate()
            self.rebuild()  # "(untitled)" and the status names
        super().changeEvent(event)

    # --- model -> rows -------------------------------------------------------------
    def rebuild(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        self._items.clear()
        for ep in self.controller.project.ordered_episodes():
            item = QTreeWidgetItem()
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled)
            item.setData(0, Qt.UserRole, ep.id)
            item.setTextAlignment(COL_NUMBER, Qt.AlignRight | Qt.AlignVCenter)
            item.setTextAlignment(COL_DURATION, Qt.AlignRight | Qt.AlignVCenter)
            self._fill(item, ep)
            self._items[ep.id] = item
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        self.update_status()
        self._follow_selection(self.selection.episode_id)
        self.actions_.update_enabled()

    def _fill(self, item: QTreeWidgetItem, ep: Episode) -> None:
        item.setText(COL_NUMBER, str(ep.number))
        item.setText(COL_TITLE, ep.title or self.tr("(untitled)"))
        item.setToolTip(COL_TITLE, ep.title)
        item.setText(COL_DURATION, mmss(main_line_duration(ep)))

    def update_status(self) -> None:
        dark = is_dark()
        findings = self.findings.findings
        names = {"clean": self.tr("clean"), "warnings": self.tr("warnings"),
                 "errors": self.tr("errors")}
        for ep_id, item in self._items.items():
            mine = self.findings.for_episode(ep_id) if findings else []
            status = episode_status(mine, ep_id)
            item.setText(COL_STATUS, STATUS_GLYPHS[status])
            item.setForeground(COL_STATUS, status_colour(status, dark))
            item.setToolTip(COL_STATUS, names[status])
            item.setData(COL_STATUS, Qt.AccessibleTextRole, names[status])

    def _on_changed(self, change: Change) -> None:
        if change.episode_list:
            self.rebuild()
            return
        project = self.controller.project
        for ep_id in change.episodes:
            ep = project.episode(ep_id)
            if ep is not None and ep_id in self._items:
                self._fill(self._items[ep_id], ep)
        self.actions_.update_enabled()

    # --- selection -----------------------------------------------------------------
    def _current_changed(self, current, _previous) -> None:
        if current is not None:
            self.selection.set_episode(current.data(0, Qt.UserRole))
        self.actions_.update_enabled()

    def _follow_selection(self, episode_id: str) -> None:
        item = self._items.get(episode_id)
        if item is not None and self.tree.currentItem() is not item:
            self.tree.setCurrentItem(item)
        self.actions_.update_enabled()

    def current_index(self) -> int:
        eps = self.controller.project.ordered_episodes()
        ids = [e.id for e in eps]
        return ids.index(self.selection.episode_id) if self.selection.episode_id in ids else -1

    def move_to(self, episode_id: str, new_index: int) -> None:
        eps = self.controller.project.ordered_episodes()
        if [e.id for e in eps].index(episode_id) != new_index:
            self.controller.push(MoveEpisode(episode_id, new_index))
            self.selection.set_episode(episode_id)


class NavigatorActions(QObject):
    """Episode commands; the main window also puts them in the Series menu."""

    def __init__(self, nav: EpisodeNavigator):
        super().__init__(nav)
        self.nav = nav
        self.add = self._action(self.add_episode, "list-add")
        self.duplicate = self._action(self.duplicate_episode, "edit-copy")
        self.split = self._action(self.split_episode, "edit-cut")
        self.merge = self._action(self.merge_next, "go-bottom")
        self.move_up = self._action(lambda: self.move(-1), "go-up")
        self.move_down = self._action(lambda: self.move(1), "go-down")
        self.delete = self._action(self.delete_episode, "list-remove")
        self.move_up.setShortcut(QKeySequence("Alt+Up"))
        self.move_down.setShortcut(QKeySequence("Alt+Down"))
        self.retranslate()

    def retranslate(self) -> None:
        """(text, tip, toolbar text) of each action in the UI language."""
        texts = {
            self.add: (self.tr("Add Episode"), self.tr("Add an episode after the current one"),
                       "+"),
            self.duplicate: (self.tr("Duplicate Episode"),
                             self.tr("Duplicate the current episode"), self.tr("Dup")),
            self.split: (self.tr("Split Episode at Beat"),
                         self.tr("Split the episode at the selected beat"), self.tr("Split")),
            self.merge: (self.tr("Merge with Next Episode"),
                         self.tr("Append the next episode to this one"), self.tr("Merge")),
            self.move_up: (self.tr("Move Episode Up"), self.tr("Move the episode earlier"), "▲"),
            self.move_down: (self.tr("Move Episode Down"), self.tr("Move the episode later"),
                             "▼"),
            self.delete: (self.tr("Delete Episode"), self.tr("Delete the current episode"), "✕"),
        }
        for act, (text, tip, short) in texts.items():
            act.setText(text)
            act.setToolTip(tip)
            act.setStatusTip(tip)
            act.setIconText(short)  # the dock's compact toolbar; the menus show the full text

    def _action(self, slot, icon: str) -> QAction:
        from PySide6.QtGui import QIcon
        a = QAction(QIcon.fromTheme(icon), "", self)
        a.triggered.connect(slot)
        return a

    def all(self) -> list[QAction]:
        return [self.add, self.duplicate, self.split, self.merge, self.move_up, self.move_down,
                self.delete]

    def update_enabled(self) -> None:
        i = self.nav.current_index()
        n = len(self.nav.controller.project.episodes)
        has = i >= 0
        for a in (self.duplicate, self.delete):
            a.setEnabled(has)
        self.move_up.setEnabled(i > 0)
        self.move_down.setEnabled(has and i < n - 1)
        self.merge.setEnabled(has and i < n - 1)
        self.split.setEnabled(has and self.nav.selection.current_beat is not None)

    def _current(self) -> str:
        return self.nav.selection.episode_id

    def add_episode(self) -> None:
        project = self.nav.controller.project
        taken = all_episode_ids(project)
        index = self.nav.current_index() + 1 if self.nav.current_index() >= 0 else len(taken)
        ep = Episode(id=new_id("ep", taken), number=index + 1, title="")
        if self.nav.controller.push(AddEpisode(ep, index)):
            self.nav.selection.set_episode(ep.id)

    def duplicate_episode(self) -> None:
        edit = DuplicateEpisode(self._current())
        if self.nav.controller.push(edit):
            self.nav.selection.set_episode(edit.new_id)

    def split_episode(self) -> None:
        beat = self.nav.selection.current_beat
        if beat:
            edit = SplitEpisode(self._current(), beat)
            if self.nav.controller.push(edit):
                self.nav.selection.select(edit.new_id, [beat])

    def merge_next(self) -> None:
        eps = self.nav.controller.project.ordered_episodes()
        i = self.nav.current_index()
        if 0 <= i < len(eps) - 1:
            self.nav.controller.push(MergeEpisodes(eps[i].id, eps[i + 1].id))

    def move(self, step: int) -> None:
        i = self.nav.current_index()
        if i >= 0:
            self.nav.move_to(self._current(), i + step)

    def delete_episode(self) -> None:
        eps = self.nav.controller.project.ordered_episodes()
        i = self.nav.current_index()
        if i < 0:
            return
        if self.nav.controller.push(RemoveEpisodes([eps[i].id])):
            rest = self.nav.controller.project.ordered_episodes()
            self.nav.selection.set_episode(rest[min(i, len(rest) - 1)].id if rest else "")

"""The compare view: two versions of a project side by side, by ids.

Left is the open document (or the file on disk, for a recovery), right the other
version. The changed cards are highlighted on both sides, both emotion curves are
overlaid, and the list of changes (consequences nested under the change that caused
them) is stepped through with Previous / Next; each change's old → new text (dialogue as
a line diff) is shown below. With a target (the open document's UndoController), Accept
brings one change into the document as one undoable edit, Reject sets it aside, and
Accept All brings every open change in as one undo step.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QDialog, QHBoxLayout, QLabel, QPlainTextEdit,
                               QPushButton, QSplitter, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ...core.errors import BeatBoardError
from ...core.model import Project
from ...versioning import apply_change, diff_projects
from .curves import CurveOverlay
from .side import SidePane
from .text import change_title, detail_text
from .thumbs import PanelPair

CHANGE_ROLE = Qt.UserRole + 2


class CompareView(QDialog):
    changeAccepted = Signal(object)

    def __init__(self, left: Project, right: Project, left_name: str, right_name: str,
                 target=None, title: str = "", parent: QWidget | None = None, diff=None,
                 base_dirs: tuple = (None, None)):
        super().__init__(parent)
        self.setObjectName("compare-view")
        self.setWindowTitle(title or self.tr("Compare"))
        self.left, self.right = left, right
        self.names = (left_name, right_name)
        self.target = target
        self.base_dirs = base_dirs  # where each side's pictures resolve
        self.diff = diff if diff is not None else diff_projects(left, right)
        self.changes = list(self.diff.changes)
        self.state: dict[int, str] = {}  # index -> "accepted" | "rejected"
        if target is not None:  # another document opened: these changes mean nothing there
            target.documentReplaced.connect(self.close)
        self._build()
        self._fill_episodes()
        self._fill_changes()
        if self.changes:
            self.select(0)
        else:
            self._show_episode(self.episodes.itemData(0) if self.episodes.count() else "")
        self.resize(1280, 860)

    # --- layout ---------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.PlainText)
        self.episodes = QComboBox(self)
        self.episodes.currentIndexChanged.connect(
            lambda i: self._show_episode(self.episodes.itemData(i)))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(self.tr("Episode:"), self))
        top.addWidget(self.episodes)
        self.left_pane, self.right_pane = SidePane(self), SidePane(self)
        sides = QSplitter(Qt.Horizontal, self)
        sides.addWidget(self.left_pane)
        sides.addWidget(self.right_pane)
        self.curves = CurveOverlay(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("compare-changes")
        self.tree.setHeaderLabels([self.tr("Change"), self.tr("Status")])
        self.tree.setColumnWidth(0, 520)
        self.tree.currentItemChanged.connect(lambda item, _prev: self._on_item(item))
        self.detail = QPlainTextEdit(self)
        self.detail.setReadOnly(True)
        self.panels = PanelPair(self)
        right = QWidget(self)
        right_col = QVBoxLayout(right)
        right_col.setContentsMargins(0, 0, 0, 0)
        right_col.addWidget(self.panels)
        right_col.addWidget(self.detail, 1)
        lower = QSplitter(Qt.Horizontal, self)
        lower.addWidget(self.tree)
        lower.addWidget(right)
        main = QSplitter(Qt.Vertical, self)
        main.addWidget(sides)
        main.addWidget(self.curves)
        main.addWidget(lower)
        main.setSizes([380, 140, 300])
        self.prev_button = QPushButton(self.tr("◀ Previous"), self)
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.reject_button = QPushButton(self.tr("Reject"), self)
        self.accept_all_button = QPushButton(self.tr("Accept All"), self)
        close = QPushButton(self.tr("Close"), self)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.accept_button.clicked.connect(lambda: self.accept_current())
        self.reject_button.clicked.connect(lambda: self.reject_current())
        self.accept_all_button.clicked.connect(lambda: self.accept_all())
        close.clicked.connect(self.close)
        for b in (self.accept_button, self.reject_button, self.accept_all_button):
            b.setVisible(self.target is not None)
        self.prev_button.setShortcut("Alt+Up")
        self.next_button.setShortcut("Alt+Down")
        buttons = QHBoxLayout()
        for b in (self.prev_button, self.next_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.accept_button, self.reject_button, self.accept_all_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(main, 1)
        layout.addLayout(buttons)
        self._update_heading()

    def _update_heading(self) -> None:
        n = len(self.changes)
        text = (self.tr("%1 → %2: no differences") if not n else
                self.tr("%1 → %2: 1 change") if n == 1 else
                self.tr("%1 → %2: %3 changes").replace("%3", str(n)))
        done = sum(1 for s in self.state.values() if s == "accepted")
        if done:
            text += "  " + self.tr("(%1 accepted)").replace("%1", str(done))
        self.heading.setText(text.replace("%1", self.names[0]).replace("%2", self.names[1]))

    def _fill_episodes(self) -> None:
        seen: dict[str, tuple[int, str]] = {}
        for project in (self.right, self.left):
            for ep in project.ordered_episodes():
                seen.setdefault(ep.id, (ep.number, ep.title))
        self.episodes.blockSignals(True)
        for eid, (number, title) in sorted(seen.items(), key=lambda kv: kv[1][0]):
            self.episodes.addItem(f"{number}. {title}", eid)
        self.episodes.blockSignals(False)

    def _fill_changes(self) -> None:
        self.items: list[QTreeWidgetItem] = []
        self.tree.clear()
        for i, change in enumerate(self.changes):
            item = QTreeWidgetItem([change_title(change), ""])
            item.setData(0, CHANGE_ROLE, i)
            for c in getattr(change, "consequences", None) or []:
                child = QTreeWidgetItem([change_title(c), ""])
                child.setData(0, CHANGE_ROLE, i)
                child.setForeground(0, QColor("#868e96"))
                item.addChild(child)
            self.items.append(item)
        self.tree.addTopLevelItems(self.items)
        for item in self.items[:200]:  # consequences visible where they are few
            item.setExpanded(item.childCount() <= 5)

    def text(self) -> str:
        """The heading and every change (consequences indented), as plain text."""
        lines = [self.heading.text(), ""]
        for change in self.changes:
            lines.append(change_title(change))
            lines += ["    " + change_title(c) for c in getattr(change, "consequences", [])]
        return "\n".join(lines)

    # --- showing ----------------------------------------------------------------------
    def _marks(self, episode_id: str) -> tuple[dict[str, str], dict[str, str]]:
        """Item id -> change kind on each side. A panel added or removed on one side
        also marks its beat on the other, so the strip that lost it shows too."""
        left, right = {}, {}
        owner = {p.id: b.id for project in (self.left, self.right)
                 for ep in [project.episode(episode_id)] if ep is not None
                 for b in ep.beats for p in b.panels}
        for c in self.changes:
            if c.episode_id != episode_id and c.item_id != episode_id:
                continue
            if c.kind != "added":
                left.setdefault(c.item_id, c.kind)
            if c.kind != "removed":
                right.setdefault(c.item_id, c.kind)
            beat = owner.get(c.item_id) if c.item_type == "panel" else None
            if beat is not None:
                left.setdefault(beat, "changed")
                right.setdefault(beat, "changed")
        return left, right

    def _show_episode(self, episode_id: str) -> None:
        if not episode_id:
            return
        left_marks, right_marks = self._marks(episode_id)
        lep, rep = self.left.episode(episode_id), self.right.episode(episode_id)
        self.left_pane.show_episode(self.names[0], lep, left_marks)
        self.right_pane.show_episode(self.names[1], rep, right_marks)
        self.curves.set_episodes(lep, rep, self.names, set(left_marks) | set(right_marks))
        self._shown_episode = episode_id

    def current_index(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else item.data(0, CHANGE_ROLE)

    def select(self, index: int) -> None:
        if 0 <= index < len(self.items):
            self.tree.setCurrentItem(self.items[index])

    def step(self, delta: int) -> None:
        """Next / Previous change (wrapping), skipping none: reviewed ones show a status."""
        if not self.items:
            return
        i = self.current_index()
        self.select(((i if i is not None else -delta) + delta) % len(self.items))

    def _on_item(self, item) -> None:
        if item is None:
            return
        change = self.changes[item.data(0, CHANGE_ROLE)]
        eid = change.episode_id or (change.item_id if change.item_type == "episode" else "")
        if eid and eid != getattr(self, "_shown_episode", None):
            i = self.episodes.findData(eid)
            if i == self.episodes.currentIndex():
                self._show_episode(eid)
            elif i >= 0:
                self.episodes.setCurrentIndex(i)  # shows the episode
        for pane in (self.left_pane, self.right_pane):
            pane.reveal(change.item_id)
        self.detail.setPlainText(detail_text(change, *self.names))
        if change.item_type == "panel":
            self.panels.show_panel(change.item_id, [
                (self.names[0], self.left, self.base_dirs[0]),
                (self.names[1], self.right, self.base_dirs[1])])
        else:
            self.panels.hide()
        open_ = item.data(0, CHANGE_ROLE) not in self.state
        self.accept_button.setEnabled(open_)
        self.reject_button.setEnabled(open_)

    # --- accepting --------------------------------------------------------------------
    def _mark(self, index: int, state: str) -> None:
        self.state[index] = state
        self.items[index].setText(1, {"accepted": self.tr("accepted"),
                                      "rejected": self.tr("rejected")}[state])
        self._update_heading()

    def _push(self, index: int) -> bool:
        try:
            edit = apply_change(self.target.project, self.changes[index])
        except BeatBoardError as e:
            self.detail.appendPlainText("\n⚠ " + str(e))
            return False
        if not self.target.push(edit):
            return False
        self._mark(index, "accepted")
        self.changeAccepted.emit(self.changes[index])
        return True

    def accept_current(self) -> bool:
        i = self.current_index()
        if self.target is None or i is None or i in self.state:
            return False
        ok = self._push(i)
        if ok:
            self._show_episode(getattr(self, "_shown_episode", ""))
            self.step(1)
        return ok

    def reject_current(self) -> None:
        i = self.current_index()
        if i is not None and i not in self.state:
            self._mark(i, "rejected")
            self.step(1)

    def accept_all(self) -> int:
        """Every open change, as one undo step; the number accepted."""
        if self.target is None or len(self.state) == len(self.changes):
            return 0
        stack = self.target.stack
        stack.beginMacro(self.tr("Accept All Changes"))
        accepted = 0
        try:
            for i in range(len(self.changes)):
                if i not in self.state and self._push(i):
                    accepted += 1
        finally:
            stack.endMacro()
        self._show_episode(getattr(self, "_shown_episode", ""))
        return accepted

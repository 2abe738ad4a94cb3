"""The Comments dock: every comment with its replies, filtered (open, resolved, mine,
mentions me); a click jumps to its place; buttons add, reply, resolve, reopen, delete."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QInputDialog, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ...core.review import (comment_numbers, find_comment, locate, next_open, place_text,
                            review_order)
from ...core.review_model import Comment, mentions_name
from ...edit.review_edits import (AddComment, DeleteComment, EditCommentText,
                                  ReplyToComment, SetCommentStatus)
from .author_prompt import current_author, ensure_author

FILTERS = ("all", "open", "resolved", "mine", "mentions")


def _when(stamp: str) -> str:
    """2026-01-02T03:04:05Z -> 2026-01-02 03:04 (UTC, as kept in the file)."""
    return stamp[:16].replace("T", " ") if len(stamp) >= 16 and stamp[10:11] == "T" else stamp


def keep(comment: Comment, how: str, me: str) -> bool:
    if how == "open":
        return comment.is_open
    if how == "resolved":
        return not comment.is_open
    if how == "mine":
        return comment.author.casefold() == me.casefold() or any(
            r.author.casefold() == me.casefold() for r in comment.replies)
    if how == "mentions":
        return mentions_name(comment, me)
    return True


class CommentsPanel(QWidget):
    countChanged = Signal(int)  # open comments in the project

    def __init__(self, controller, selection, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller, self.selection = controller, selection
        self._shown_list = None
        self._stale = True
        self._on_screen = True  # False while its dock is a tab behind another
        self._items: dict = {}  # comment id -> its row
        self.filter = QComboBox()
        for key in FILTERS:
            self.filter.addItem("", key)
        self.filter.setCurrentIndex(FILTERS.index("open"))
        self.filter.currentIndexChanged.connect(lambda _i: self.refresh(force=True))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(6)
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        for col, width in enumerate((44, 260, 90, 120, 110)):
            self.tree.setColumnWidth(col, width)
        self.tree.itemClicked.connect(lambda item, _c: self.jump(self._id_of(item)))
        self.tree.currentItemChanged.connect(lambda *_a: self._sync_buttons())
        self.add_button, self.reply_button = QPushButton(), QPushButton()
        self.resolve_button, self.delete_button = QPushButton(), QPushButton()
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(lambda: self.edit_text())
        self.add_button.clicked.connect(lambda: self.add_comment())
        self.reply_button.clicked.connect(lambda: self.reply())
        self.resolve_button.clicked.connect(lambda: self.toggle_resolved())
        self.delete_button.clicked.connect(lambda: self.delete())
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        for b in (self.add_button, self.reply_button, self.resolve_button, self.edit_button,
                  self.delete_button):
            top.addWidget(b)
        col = QVBoxLayout(self)
        col.setContentsMargins(4, 4, 4, 4)
        col.addLayout(top)
        col.addWidget(self.tree, 1)
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(lambda: self.refresh(force=True))
        controller.changed.connect(self._on_changed)
        controller.documentReplaced.connect(lambda: self.refresh(force=True))
        self.retranslate()
        self.refresh(force=True)

    def retranslate(self) -> None:
        names = {"all": self.tr("All"), "open": self.tr("Open"), "resolved": self.tr("Resolved"),
                 "mine": self.tr("Mine"), "mentions": self.tr("Mentions me")}
        for i, key in enumerate(FILTERS):
            self.filter.setItemText(i, names[key])
        self.tree.setHeaderLabels([self.tr("#"), self.tr("Place"), self.tr("Author"),
                                   self.tr("Time"), self.tr("Status"), self.tr("Comment")])
        self.add_button.setText(self.tr("Add…"))
        self.reply_button.setText(self.tr("Reply…"))
        self.delete_button.setText(self.tr("Delete"))
        self.edit_button.setText(self.tr("Edit…"))
        self._sync_buttons()
        self.refresh(force=True)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the list -------------------------------------------------------------------
    def _on_changed(self, change) -> None:
        project = self.controller.project
        if project.comments is not self._shown_list or change.episode_list:
            self._pending.start()  # several edits in a row rebuild once
        elif change.beats and not self._stale:
            self._replace(change.beats)  # a beat's title shows in its comments' places

    def _replace(self, beats) -> None:
        """Rewrite the place of the shown comments on ``beats`` (no rebuild)."""
        project = self.controller.project
        for cid, item in self._items.items():
            c = find_comment(project, cid) if item.data(1, Qt.UserRole) in beats else None
            if c is not None:
                item.setText(1, place_text(project, c))

    def _built(self) -> None:
        """The list up to date even while the dock is hidden (a key, a test asks)."""
        if self._stale:
            self.refresh(force=True, hidden_too=True)

    def shown_ids(self) -> list[str]:
        self._built()
        return [self.tree.topLevelItem(i).data(0, Qt.UserRole)
                for i in range(self.tree.topLevelItemCount())]

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh(force=True)

    def set_on_screen(self, on: bool) -> None:
        """Its dock's tab selected or not (a tab behind stays 'visible', off screen)."""
        self._on_screen = on
        if on and self._stale:
            self.refresh(force=True)

    def refresh(self, force: bool = False, hidden_too: bool = False) -> None:
        project = self.controller.project
        self.countChanged.emit(sum(c.is_open for c in project.comments))
        if not force and project.comments is self._shown_list:
            return
        if not (self.isVisible() and self._on_screen) and not hidden_too:  # filled when shown
            self._stale = True
            return
        self._stale = False
        self._shown_list = project.comments
        current = self.current_id()
        how, me = self.filter.currentData(), current_author()
        numbers = comment_numbers(project)
        self.tree.clear()
        self._items = {}
        items = []
        for c in review_order(project):
            if not keep(c, how, me):
                continue
            status = self.tr("open") if c.is_open else self.tr("resolved by %1").replace(
                "%1", c.resolved_by or "?")
            item = QTreeWidgetItem([str(numbers[c.id]), place_text(project, c), c.author,
                                    _when(c.created), status, c.text])
            item.setData(0, Qt.UserRole, c.id)
            item.setData(1, Qt.UserRole, c.beat)
            item.setToolTip(5, c.text)
            self._items[c.id] = item
            for r in c.replies:
                child = QTreeWidgetItem(["", "", r.author, _when(r.time), "", "↳ " + r.text])
                child.setData(0, Qt.UserRole, c.id)
                item.addChild(child)
            items.append(item)
        self.tree.addTopLevelItems(items)
        self.tree.expandAll()
        if current:
            self.select_comment(current, jump=False)
        self._sync_buttons()

    def _id_of(self, item) -> str | None:
        return item.data(0, Qt.UserRole) if item is not None else None

    def current_id(self) -> str | None:
        return self._id_of(self.tree.currentItem())

    def select_comment(self, comment_id: str, jump: bool = True) -> bool:
        self._built()
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, Qt.UserRole) == comment_id:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                if jump:
                    self.jump(comment_id)
                return True
        return False

    def _sync_buttons(self) -> None:
        c = find_comment(self.controller.project, self.current_id() or "")
        for b in (self.reply_button, self.resolve_button, self.edit_button, self.delete_button):
            b.setEnabled(c is not None)
        self.resolve_button.setText(self.tr("Reopen") if c is not None and not c.is_open
                                    else self.tr("Resolve"))

    # --- going there ----------------------------------------------------------------
    def jump(self, comment_id: str | None) -> None:
        """Select the comment's episode, beat and panel, as the findings panel does."""
        project = self.controller.project
        c = find_comment(project, comment_id or "")
        if c is None:
            return
        place = locate(project, c)
        if place.episode is None:
            return
        self.selection.select(place.episode.id, [place.beat.id] if place.beat else [])
        if place.beat is not None and place.panel is not None:
            self.selection.set_panel(place.beat.id, place.panel.id)

    def next_open(self) -> str | None:
        """Jump to the next open comment (showing open ones if the filter hides it)."""
        self._built()
        c = next_open(self.controller.project, self.current_id())
        if c is None:
            return None
        if c.id not in self.shown_ids():
            self.filter.setCurrentIndex(FILTERS.index("open"))
        self.select_comment(c.id)
        return c.id

    # --- edits ----------------------------------------------------------------------
    def target_fields(self) -> dict | None:
        """What a new comment is on: the current panel, else the one selected beat, else
        the shown episode."""
        ep_id = self.selection.episode_id
        if not ep_id:
            return None
        cur = self.selection.current_panel
        if cur is not None:
            return {"episode": ep_id, "beat": cur[0], "panel": cur[1]}
        if self.selection.current_beat:
            return {"episode": ep_id, "beat": self.selection.current_beat}
        return {"episode": ep_id}

    def add_comment(self, text: str | None = None, **place) -> str | None:
        fields = place or self.target_fields()
        if fields is None:
            return None
        author = ensure_author(self)
        if author is None:
            return None
        if text is None:
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("Add Comment"), self.tr("Comment (@name mentions someone):"))
            if not ok:
                return None
        edit = AddComment(Comment(id="new", author=author, text=text, **fields))
        if not self.controller.push(edit):
            return None
        self.refresh(force=True, hidden_too=True)
        if edit.comment_id not in self.shown_ids():
            self.filter.setCurrentIndex(FILTERS.index("all"))
        self.select_comment(edit.comment_id, jump=False)
        return edit.comment_id

    def reply(self, text: str | None = None) -> bool:
        cid = self.current_id()
        author = ensure_author(self) if cid else None
        if author is None:
            return False
        if text is None:
            text, ok = QInputDialog.getMultiLineText(self, self.tr("Reply"), self.tr("Reply:"))
            if not ok:
                return False
        return self._pushed(ReplyToComment(cid, author, text))

    def toggle_resolved(self) -> bool:
        c = find_comment(self.controller.project, self.current_id() or "")
        if c is None:
            return False
        by = ensure_author(self) if c.is_open else ""
        if by is None:
            return False
        return self._pushed(SetCommentStatus(c.id, c.is_open, by=by))

    def edit_text(self, text: str | None = None) -> bool:
        c = find_comment(self.controller.project, self.current_id() or "")
        if c is None:
            return False
        if text is None:
            text, ok = QInputDialog.getMultiLineText(self, self.tr("Edit Comment"),
                                                     self.tr("Comment:"), c.text)
            if not ok or text == c.text:
                return False
        return self._pushed(EditCommentText(c.id, text))

    def delete(self) -> bool:
        cid = self.current_id()
        return bool(cid) and self._pushed(DeleteComment(cid))

    def _pushed(self, edit) -> bool:
        done = self.controller.push(edit)
        if done:  # made from the dock: its list follows at once
            self.refresh(force=True, hidden_too=True)
        return done

"""The approval chooser the inspector shows for a beat and for an episode: none, changes
requested or approved, signed with the author's name; each choice is one undoable edit."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ...edit.review_edits import SetApproval
from .author_prompt import ensure_author

STATES = ("none", "changes_requested", "approved")


class ApprovalChooser(QWidget):
    editRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.episode_id = ""
        self.beat_id: str | None = None
        self.combo = QComboBox()
        for s in STATES:
            self.combo.addItem("", s)
        self.who = QLabel()
        self.who.setEnabled(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo)
        row.addWidget(self.who, 1)
        self._loading = False
        self.combo.currentIndexChanged.connect(self._chosen)
        self.retranslate()

    def retranslate(self) -> None:
        names = (self.tr("Not reviewed"), self.tr("✎ Changes requested"), self.tr("✓ Approved"))
        for i, name in enumerate(names):
            self.combo.setItemText(i, name)

    def load(self, episode_id: str, beat_id: str | None, approval) -> None:
        self._loading = True
        self.episode_id, self.beat_id = episode_id, beat_id
        state = approval.state if approval is not None else "none"
        self.combo.setCurrentIndex(STATES.index(state))
        self.who.setText(self.tr("%1, %2").replace("%1", approval.by).replace(
            "%2", approval.when[:10]) if approval is not None and approval.by else "")
        self._loading = False

    def choose(self, state: str) -> None:
        self.combo.setCurrentIndex(STATES.index(state))

    def _chosen(self, index: int) -> None:
        if self._loading or not self.episode_id:
            return
        state = STATES[index]
        by = ensure_author(self) if state != "none" else ""
        if by is None:
            return
        self.editRequested.emit(SetApproval(self.episode_id, self.beat_id, state, by=by))

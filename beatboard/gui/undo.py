"""Every edit goes through here: one QUndoCommand per gesture, wrapping a core Edit."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..edit import Change, Document, Edit, EditError


class EditCommand(QUndoCommand):
    def __init__(self, controller: "UndoController", edit: Edit):
        super().__init__(edit.label)
        self._controller = controller
        self.edit = edit
        self._applied_once = True  # pushed after a successful first apply

    def redo(self) -> None:
        if self._applied_once:
            self._applied_once = False  # QUndoStack.push calls redo: already done
            return
        self._controller.document.apply(self.edit)

    def undo(self) -> None:
        self._controller.document.revert(self.edit)


class UndoController(QObject):
    """Owns the document's undo stack and turns document changes into a Qt signal."""

    changed = Signal(object)  # Change
    refused = Signal(str)  # a user-facing reason an edit was not made
    documentReplaced = Signal()

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.document = document
        document.subscribe(self._emit)

    def _emit(self, change: Change) -> None:
        self.changed.emit(change)

    def push(self, edit: Edit) -> bool:
        """Apply ``edit`` and record it; False (and ``refused``) if it cannot be made."""
        try:
            self.document.apply(edit)
        except EditError as e:
            self.refused.emit(str(e))
            return False
        self.stack.push(EditCommand(self, edit))
        return True

    def set_document(self, document: Document) -> None:
        """Open another document: a fresh history."""
        self.document.unsubscribe(self._emit)
        self.document = document
        document.subscribe(self._emit)
        self.stack.clear()
        self.stack.setClean()
        self.documentReplaced.emit()

    @property
    def project(self):
        return self.document.project

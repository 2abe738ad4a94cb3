"""The undo history dock, with edit names in the UI language.

Core edits carry English labels (they are Qt-free); the newest command is retitled
through the "Edit" translation context as it lands on the stack.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QUndoView, QWidget

EDIT_LABELS = (
    QT_TRANSLATE_NOOP("Edit", "Add beat"), QT_TRANSLATE_NOOP("Edit", "Delete beats"),
    QT_TRANSLATE_NOOP("Edit", "Move beat"), QT_TRANSLATE_NOOP("Edit", "Move beats"),
    QT_TRANSLATE_NOOP("Edit", "Link beats"), QT_TRANSLATE_NOOP("Edit", "Remove link"),
    QT_TRANSLATE_NOOP("Edit", "Change link kind"),
    QT_TRANSLATE_NOOP("Edit", "Duplicate as variant"), QT_TRANSLATE_NOOP("Edit", "Paste beats"),
    QT_TRANSLATE_NOOP("Edit", "Add episode"), QT_TRANSLATE_NOOP("Edit", "Delete episodes"),
    QT_TRANSLATE_NOOP("Edit", "Move episode"), QT_TRANSLATE_NOOP("Edit", "Duplicate episode"),
    QT_TRANSLATE_NOOP("Edit", "Split episode"), QT_TRANSLATE_NOOP("Edit", "Merge episodes"),
    QT_TRANSLATE_NOOP("Edit", "Split beat"),
    QT_TRANSLATE_NOOP("Edit", "Delete"), QT_TRANSLATE_NOOP("Edit", "Set emotion"),
    QT_TRANSLATE_NOOP("Edit", "Update from script"), QT_TRANSLATE_NOOP("Edit", "Set beats aside"),
    QT_TRANSLATE_NOOP("Edit", "Delete set-aside beats"),
    QT_TRANSLATE_NOOP("Edit", "Place set-aside beats"), QT_TRANSLATE_NOOP("Edit", "Replace text"),
    QT_TRANSLATE_NOOP("Edit", "Add thread"), QT_TRANSLATE_NOOP("Edit", "Remove thread"),
    QT_TRANSLATE_NOOP("Edit", "Change thread"), QT_TRANSLATE_NOOP("Edit", "Reorder beats"), QT_TRANSLATE_NOOP("Edit", "Move beats to episode"),
    QT_TRANSLATE_NOOP("Edit", "Add comment"), QT_TRANSLATE_NOOP("Edit", "Reply to comment"),
    QT_TRANSLATE_NOOP("Edit", "Resolve comment"), QT_TRANSLATE_NOOP("Edit", "Reopen comment"),
    QT_TRANSLATE_NOOP("Edit", "Edit comment"), QT_TRANSLATE_NOOP("Edit", "Delete comment"),
    QT_TRANSLATE_NOOP("Edit", "Approve"), QT_TRANSLATE_NOOP("Edit", "Request changes"),
    QT_TRANSLATE_NOOP("Edit", "Clear approval"),
)
FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("Edit", "title"), "kind": QT_TRANSLATE_NOOP("Edit", "kind"),
    "duration_s": QT_TRANSLATE_NOOP("Edit", "duration"),
    "emotion.tag": QT_TRANSLATE_NOOP("Edit", "emotion"),
    "emotion.direction": QT_TRANSLATE_NOOP("Edit", "direction"),
    "emotion.intensity": QT_TRANSLATE_NOOP("Edit", "intensity"),
    "action": QT_TRANSLATE_NOOP("Edit", "action"),
    "dialogue": QT_TRANSLATE_NOOP("Edit", "dialogue"),
    "sound": QT_TRANSLATE_NOOP("Edit", "sound"),
    "shot.size": QT_TRANSLATE_NOOP("Edit", "shot size"),
    "shot.move": QT_TRANSLATE_NOOP("Edit", "camera move"),
    "characters": QT_TRANSLATE_NOOP("Edit", "characters"),
    "location": QT_TRANSLATE_NOOP("Edit", "location"),
    "props": QT_TRANSLATE_NOOP("Edit", "props"),
    "compliance": QT_TRANSLATE_NOOP("Edit", "compliance tags"),
    "notes": QT_TRANSLATE_NOOP("Edit", "notes"), "image": QT_TRANSLATE_NOOP("Edit", "panel image"),
    "language": QT_TRANSLATE_NOOP("Edit", "language"),
    "genre": QT_TRANSLATE_NOOP("Edit", "genre"),
    "profile": QT_TRANSLATE_NOOP("Edit", "rule profile"),
    "paywall_after": QT_TRANSLATE_NOOP("Edit", "paywall"),
    "logline": QT_TRANSLATE_NOOP("Edit", "logline"),
}


# Notes the edit layer appends when the paywall anchor had to move (edit/structure.py).
PAYWALL_NOTES = (QT_TRANSLATE_NOOP("Edit", " (paywall moved to the previous episode)"),
                 QT_TRANSLATE_NOOP("Edit", " (paywall moved to the next episode)"),
                 QT_TRANSLATE_NOOP("Edit", " (paywall now after the merged episode)"))


def translated_label(label: str) -> str:
    for note in PAYWALL_NOTES:
        if label.endswith(note) and label != note:
            return (translated_label(label[:-len(note)])
                    + QCoreApplication.translate("Edit", note))
    if label.startswith("Set ") and label[4:] in FIELD_NAMES:
        field = QCoreApplication.translate("Edit", FIELD_NAMES[label[4:]])
        return QCoreApplication.translate("Edit", "Set %1").replace("%1", field)
    return QCoreApplication.translate("Edit", label)


class LabelTranslator(QObject):
    """Retitles each new command in the UI language (a no-op in English)."""

    def __init__(self, stack: QUndoStack):
        super().__init__(stack)
        self._stack = stack
        stack.indexChanged.connect(self._retitle)

    def _retitle(self, index: int) -> None:
        command = self._stack.command(index - 1) if index > 0 else None
        if command is not None:
            text = translated_label(command.text())
            if text != command.text():
                command.setText(text)


def retitle_all(stack: QUndoStack) -> None:
    """Every command's name in the UI language again (after a language switch)."""
    for i in range(stack.count()):
        command = stack.command(i)
        edit = getattr(command, "edit", None)
        if edit is not None:
            command.setText(translated_label(edit.label))


class HistoryView(QUndoView):
    def __init__(self, stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(stack, parent)
        self._stack = stack
        self.setEmptyLabel(QCoreApplication.translate("Edit", "<opened>"))
        self.setAlternatingRowColors(True)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            retitle_all(self._stack)
            self.setEmptyLabel(QCoreApplication.translate("Edit", "<opened>"))
            self.viewport().update()
        super().changeEvent(event)


def history_view(stack: QUndoStack, parent: QWidget | None = None) -> QUndoView:
    LabelTranslator(stack)
    return HistoryView(stack, parent)

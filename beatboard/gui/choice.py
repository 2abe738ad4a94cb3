"""A modal question with named answers: ``ask(...)`` returns the key of the button clicked,
or ``cancel`` when the box is closed. Tests replace ``ask`` to answer without a dialog."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, text: str, informative: str,
        answers: list[tuple[str, str]], default: str, cancel: str = "cancel") -> str:
    """``answers`` is [(key, button label)]; the ``cancel`` key gets the Escape role."""
    box = QMessageBox(QMessageBox.Warning, title, text, QMessageBox.NoButton, parent)
    box.setInformativeText(informative)
    keys = {}
    for key, label in answers:
        role = QMessageBox.RejectRole if key == cancel else QMessageBox.AcceptRole
        button = box.addButton(label, role)
        keys[button] = key
        if key == default:
            box.setDefaultButton(button)
        if key == cancel:
            box.setEscapeButton(button)
    box.exec()
    return keys.get(box.clickedButton(), cancel)

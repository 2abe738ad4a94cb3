"""A coloured bar across the top of the window with a message and a few buttons.

Non-modal: it stays until the user acts or the cause goes away, so nothing important
(a file changed on disk, a read-only window) vanishes like a status-bar message."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar

COLOURS = {"warning": ("#fff3c4", "#4a3b00"), "info": ("#dcebfb", "#0f3057")}


class MessageBar(QToolBar):
    def __init__(self, window: QMainWindow, name: str, tone: str = "warning"):
        super().__init__(window)
        self.setObjectName(name)
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        back, text = COLOURS[tone]
        self.setStyleSheet(f"QToolBar#{name} {{ background: {back}; border: 0; padding: 3px; }}"
                           f" QToolBar#{name} QLabel {{ color: {text}; font-weight: bold; "
                           "padding-right: 12px; }")
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.PlainText)
        window.addToolBar(Qt.TopToolBarArea, self)
        self.hide()

    def show_message(self, text: str, buttons: list[tuple[str, Callable[[], object]]]) -> None:
        """Replace the bar's content; every bar also gets Dismiss."""
        self.clear()
        self.label = QLabel("⚠ " + text, self)
        self.label.setTextFormat(Qt.PlainText)
        self.addWidget(self.label)
        self.addSeparator()
        self.actions_by_label = {}
        for label, slot in buttons + [(self.tr("Dismiss"), self.hide)]:
            self.actions_by_label[label] = self.addAction(label, slot)
        self.show()

    def trigger(self, label: str) -> None:
        """Press a button by its label (for tests and keyboard shortcuts)."""
        self.actions_by_label[label].trigger()

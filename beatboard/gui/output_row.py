"""The output row every export dialog ends with: where to write, a button that opens a
folder or save-file chooser, and the refusal of a target that is the project itself or
lies inside its asset store (``core.export_guard``), said in a box naming the folder.

The dialogs pass their own translated words (button, chooser title, file filter), so
each dialog's strings stay in its own translation context.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QMessageBox, QPushButton, QWidget

from ..core.errors import BeatBoardError
from ..core.export_guard import check_export_target


class OutputRow(QWidget):
    """``folder=True``: a folder chooser; else a save-file chooser with ``file_filter``,
    adding ``suffix`` when the name chosen lacks it."""

    def __init__(self, default: Path | str, browse_label: str, chooser_title: str,
                 parent: QWidget | None = None, *, folder: bool = False,
                 file_filter: str = "", suffix: str = ""):
        super().__init__(parent)
        self.chooser_title, self.folder = chooser_title, folder
        self.file_filter, self.suffix = file_filter, suffix
        self.confirmed = ""  # a file path whose replacement the file chooser already asked
        self.edit = QLineEdit(self)
        self.edit.setText(str(default))
        self.button = QPushButton(browse_label, self)
        self.button.clicked.connect(self.browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)

    def text(self) -> str:
        return self.edit.text().strip()

    def browse(self) -> None:
        if self.folder:
            path = QFileDialog.getExistingDirectory(self, self.chooser_title, self.edit.text())
            if path:
                self.edit.setText(path)
            return
        path, _ = QFileDialog.getSaveFileName(self, self.chooser_title, self.edit.text(),
                                              self.file_filter)
        if path:
            if self.suffix and not path.lower().endswith(self.suffix):
                path += self.suffix
            self.edit.setText(path)
            self.confirmed = path

    def refused(self, source: Path | None, title: str) -> bool:
        """True, after saying why in a box titled ``title``, when the target is the
        project ``source`` or lies inside its asset store."""
        try:
            check_export_target(Path(self.text()), source)
        except BeatBoardError as e:
            QMessageBox.warning(self.window(), title, str(e))
            return True
        return False

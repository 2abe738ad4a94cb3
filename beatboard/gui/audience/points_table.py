"""A two-column table of (seconds, retention) that takes typing and spreadsheet pastes,
for apps that show a retention curve but do not export it."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from ...interchange.retention_columns import split_pasted

START_ROWS = 12


class PointsTable(QTableWidget):
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(START_ROWS, 2, parent)
        self.verticalHeader().setDefaultSectionSize(22)
        self.horizontalHeader().setStretchLastSection(True)
        self.itemChanged.connect(lambda _item: self._grow())
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Seconds"), self.tr("Retention (% or 0-1)")])

    def cells(self) -> list[tuple[str, str]]:
        return [(self._text(r, 0), self._text(r, 1)) for r in range(self.rowCount())]

    def _text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text() if item is not None else ""

    def _grow(self) -> None:
        """Keep an empty row at the end to type into; say the points changed."""
        last = self.rowCount() - 1
        if self._text(last, 0) or self._text(last, 1):
            self.setRowCount(self.rowCount() + 1)
        self.edited.emit()

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.Paste):
            self.paste(QGuiApplication.clipboard().text())
            return
        super().keyPressEvent(event)

    def paste(self, text: str) -> None:
        """Cells from the clipboard, from the current cell down (two columns at most)."""
        rows = split_pasted(text)
        if not rows:
            return
        top = max(0, self.currentRow())
        left = max(0, self.currentColumn()) if all(len(r) == 1 for r in rows) else 0
        self.blockSignals(True)
        try:
            if top + len(rows) >= self.rowCount():
                self.setRowCount(top + len(rows) + 1)
            for i, cells in enumerate(rows):
                for j, value in enumerate(cells[: 2 - left]):
                    self.setItem(top + i, left + j, QTableWidgetItem(value))
        finally:
            self.blockSignals(False)
        self.edited.emit()

"""The file side of the audience import: choose a file, see its first rows as read, and
pick the columns by hand when the reader does not know the table."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QGridLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.errors import BeatBoardError
from ...core.userfiles import read_user_file
from ...interchange.retention_columns import (ColumnChoice, TablePreview, curve_with_columns,
                                              preview_table)
from ...interchange.retention_csv import (MAX_CSV_BYTES, RATIO, SECONDS, RetentionCurve,
                                          parse_retention)


class FileSource(QWidget):
    """Emits ``changed`` whenever the file, its preview or the column choice changes."""

    changed = Signal()

    def __init__(self, start_dir: str = "", parent=None):
        super().__init__(parent)
        self.start_dir = start_dir
        self.raw: bytes | None = None
        self.preview: TablePreview | None = None
        self.read_problem = ""
        self.path = QLineEdit()
        self.path.editingFinished.connect(lambda: self.load(self.path.text()))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.dialect = QLabel()
        self.dialect.setWordWrap(True)
        self.rows = QTableWidget(0, 0)
        self.rows.setEditTriggers(QTableWidget.NoEditTriggers)
        self.rows.verticalHeader().setDefaultSectionSize(20)
        self.rows.setMinimumHeight(150)
        self.by_hand = QCheckBox()
        self.time_col, self.ret_col, self.time_kind = QComboBox(), QComboBox(), QComboBox()
        self.header = QCheckBox()
        self.header.setChecked(True)
        self.audience_type = QLineEdit()
        self.audience_type.setPlaceholderText("ORGANIC")
        for box in (self.time_col, self.ret_col, self.time_kind):
            box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for check in (self.by_hand, self.header):
            check.toggled.connect(lambda _on: self._sync())
        self.audience_type.editingFinished.connect(self.changed.emit)
        self.labels = [QLabel() for _ in range(4)]

        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(self.browse)
        picker = QGridLayout()
        picker.addWidget(self.by_hand, 0, 0, 1, 4)
        picker.addWidget(self.labels[0], 1, 0)
        picker.addWidget(self.time_col, 1, 1)
        picker.addWidget(self.time_kind, 1, 2)
        picker.addWidget(self.labels[1], 2, 0)
        picker.addWidget(self.ret_col, 2, 1)
        picker.addWidget(self.header, 2, 2)
        picker.addWidget(self.labels[2], 3, 0)
        picker.addWidget(self.audience_type, 3, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.dialect)
        layout.addWidget(self.rows, 1)
        layout.addLayout(picker)
        self.retranslate()
        self._sync()

    def retranslate(self) -> None:
        self.path.setPlaceholderText(self.tr("A retention CSV: YouTube Analytics report, or "
                                             "seconds and retention"))
        self.browse.setText(self.tr("Browse…"))
        self.by_hand.setText(self.tr("Choose the columns myself"))
        self.labels[0].setText(self.tr("Time column"))
        self.labels[1].setText(self.tr("Retention column"))
        self.labels[2].setText(self.tr("Audience type"))
        self.header.setText(self.tr("First row is a header"))
        index = self.time_kind.currentIndex()
        self.time_kind.clear()
        self.time_kind.addItem(self.tr("in seconds"), SECONDS)
        self.time_kind.addItem(self.tr("as a share of the video (0-1)"), RATIO)
        self.time_kind.setCurrentIndex(max(0, index))
        self._show_dialect()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import Audience Data"), self.path.text() or self.start_dir,
            self.tr("Tables (*.csv *.tsv *.txt);;All files (*)"))
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        self.path.setText(path)
        self.raw, self.preview, self.read_problem = None, None, ""
        if path:
            try:
                self.raw = read_user_file(path, "retention CSV", MAX_CSV_BYTES)
                self.preview = preview_table(self.raw, path)
            except BeatBoardError as e:
                self.read_problem = str(e)
        self._fill_rows()
        self._sync()

    def _fill_rows(self) -> None:
        p = self.preview
        self.rows.clear()
        self.rows.setColumnCount(p.columns if p else 0)
        self.rows.setRowCount(len(p.rows) if p else 0)
        for old in (self.time_col, self.ret_col):
            old.blockSignals(True)
            old.clear()
        if p is not None:
            self.rows.setVerticalHeaderLabels([str(line) for line, _ in p.rows])
            for r, (_, cells) in enumerate(p.rows):
                for c, text in enumerate(cells):
                    self.rows.setItem(r, c, QTableWidgetItem(text))
            names = [self.tr("Column %1").replace("%1", str(c + 1)) for c in range(p.columns)]
            self.rows.setHorizontalHeaderLabels(names)
            for box in (self.time_col, self.ret_col):
                box.addItems(names)
            self.ret_col.setCurrentIndex(min(1, p.columns - 1))
        for box in (self.time_col, self.ret_col):
            box.blockSignals(False)
        self._show_dialect()

    def _show_dialect(self) -> None:
        p = self.preview
        if p is None:
            self.dialect.setText(self.read_problem)
            return
        bits = [self.tr("%1 separated").replace("%1", self.tr(p.separator_name)),
                self.tr("decimal comma") if p.decimal_comma else self.tr("decimal point"),
                self.tr("UTF-8 with BOM") if p.bom else self.tr("UTF-8")]
        self.dialect.setText(self.tr("Detected: %1").replace("%1", ", ".join(bits)))

    def _sync(self) -> None:
        for w in (self.time_col, self.ret_col, self.time_kind, self.header):
            w.setEnabled(self.by_hand.isChecked())
        self.changed.emit()

    def curve(self) -> RetentionCurve:
        """The curve as the user has it read now; raises BeatBoardError on any problem."""
        if not self.path.text():
            raise BeatBoardError(self.tr("Choose a file, or type the points on the other tab."))
        if self.raw is None:
            raise BeatBoardError(self.read_problem or self.tr("The file could not be read."))
        if self.by_hand.isChecked():
            choice = ColumnChoice(self.time_col.currentIndex(), self.ret_col.currentIndex(),
                                  self.time_kind.currentData() or SECONDS,
                                  self.header.isChecked())
            return curve_with_columns(self.raw, self.path.text(), choice)
        return parse_retention(self.raw, self.path.text(),
                               self.audience_type.text().strip() or None)

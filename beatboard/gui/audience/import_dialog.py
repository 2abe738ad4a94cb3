"""File › Import Audience Data…: a retention curve from a file or typed points, for one
episode's cut, with a preview of how it was read and where its points land on the beats.
Adding it is one undoable edit."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSizePolicy, QSpinBox, QTableWidget, QTableWidgetItem,
                               QTabWidget, QVBoxLayout, QWidget)

from ...core.audience_model import MAX_VIDEO_S, RetentionDataset
from ...core.cuts import all_cuts
from ...core.errors import BeatBoardError
from ...core.retention import beat_at, board_points, find_cut
from ...edit import AddDataset
from ...interchange.retention_columns import curve_from_cells
from ...interchange.retention_import import ImportOptions, dataset_from_curve
from .import_source import FileSource
from .points_table import PointsTable

RESULT_ROWS = 10  # curve points shown in the preview
MAX_VIEWS_FIELD = 2_000_000_000


class AudienceImportDialog(QDialog):
    def __init__(self, controller, episode_id: str = "", start_dir: str = "", parent=None):
        super().__init__(parent)
        self.controller = controller
        self.dataset: RetentionDataset | None = None
        self.notes: list[str] = []
        self.added_id: str | None = None
        self.source = FileSource(start_dir)
        self.points = PointsTable()
        self.paste_button, self.clear_button = QPushButton(), QPushButton()
        self.paste_button.clicked.connect(self._paste_clipboard)
        self.clear_button.clicked.connect(self._clear_points)
        typed = QWidget()
        typed_layout = QVBoxLayout(typed)
        self.typed_hint = QLabel()
        self.typed_hint.setWordWrap(True)
        typed_layout.addWidget(self.typed_hint)
        typed_layout.addWidget(self.points, 1)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.paste_button)
        buttons_row.addWidget(self.clear_button)
        buttons_row.addStretch(1)
        typed_layout.addLayout(buttons_row)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.source, "")
        self.tabs.addTab(typed, "")

        self.episode, self.cut = QComboBox(), QComboBox()
        self.label, self.date = QLineEdit(), QLineEdit()
        self.duration = QDoubleSpinBox()
        self.duration.setRange(0.0, MAX_VIDEO_S)
        self.duration.setDecimals(1)
        self.views = QSpinBox()
        self.views.setRange(0, MAX_VIEWS_FIELD)
        self.views.setGroupSeparatorShown(True)
        self.primary = QCheckBox()
        self.form = QFormLayout()
        self._form_rows = [(self.episode, "episode"), (self.cut, "cut"), (self.label, "label"),
                           (self.date, "date"), (self.duration, "duration"),
                           (self.views, "views"), (self.primary, "primary")]
        for widget, _ in self._form_rows:
            self.form.addRow(QLabel(), widget)
        for ep in controller.project.ordered_episodes():
            self.episode.addItem(f"{ep.number} — {ep.title}" if ep.title else str(ep.number),
                                 ep.id)
        index = self.episode.findData(episode_id)
        self.episode.setCurrentIndex(max(0, index))

        self.result_box = QGroupBox()
        self.read_as = QLabel()
        self.read_as.setWordWrap(True)
        self.result = QTableWidget(0, 4)
        self.result.setEditTriggers(QTableWidget.NoEditTriggers)
        self.result.verticalHeader().setVisible(False)
        self.result.verticalHeader().setDefaultSectionSize(20)
        self.result.horizontalHeader().setStretchLastSection(True)
        for col in range(3):
            self.result.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeToContents)
        self.read_as.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.read_as.setMinimumHeight(48)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B91C1C")
        result_layout = QVBoxLayout(self.result_box)
        result_layout.addWidget(self.read_as)
        result_layout.addWidget(self.result, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.tabs, 1)
        left.addLayout(self.form)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(self.result_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.episode.currentIndexChanged.connect(lambda _i: self._fill_cuts())
        for box in (self.cut,):
            box.currentIndexChanged.connect(lambda _i: self.refresh())
        for edit in (self.label, self.date):
            edit.editingFinished.connect(self.refresh)
        for spin in (self.duration, self.views):
            spin.valueChanged.connect(lambda _v: self.refresh())
        self.source.changed.connect(self.refresh)
        self.points.edited.connect(self.refresh)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.retranslate()
        self._fill_cuts()
        self.resize(980, 620)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import Audience Data"))
        self.tabs.setTabText(0, self.tr("From a file"))
        self.tabs.setTabText(1, self.tr("Typed or pasted points"))
        self.typed_hint.setText(self.tr(
            "For apps that show the curve but do not export it: type seconds and retention, "
            "or paste two columns from a spreadsheet (Ctrl+V)."))
        self.paste_button.setText(self.tr("Paste"))
        self.clear_button.setText(self.tr("Clear"))
        texts = {"episode": self.tr("Episode"), "cut": self.tr("Cut"),
                 "label": self.tr("Label (A/B, market)"), "date": self.tr("Date measured"),
                 "duration": self.tr("Video length"), "views": self.tr("Viewers who started"),
                 "primary": self.tr("Drives the overlay and the rules")}
        for row, (widget, key) in enumerate(self._form_rows):
            label = self.form.itemAt(row, QFormLayout.LabelRole).widget()
            if key == "primary":
                widget.setText(texts[key])
            else:
                label.setText(texts[key])
        self.duration.setSpecialValueText(self.tr("the cut's length"))
        self.duration.setSuffix(self.tr(" s"))
        self.views.setSpecialValueText(self.tr("not known"))
        self.result_box.setTitle(self.tr("Resulting curve"))
        self.result.setHorizontalHeaderLabels([self.tr("Video s"), self.tr("Cut s"),
                                               self.tr("Retention"), self.tr("Beat on screen")])
        self.source.retranslate()
        self.points.retranslate()

    # -- reading -----------------------------------------------------------------------
    def _fill_cuts(self) -> None:
        ep = self.controller.project.episode(self.episode.currentData() or "")
        self.cut.blockSignals(True)
        self.cut.clear()
        for cut in all_cuts(ep) if ep is not None else []:
            titles = {b.id: b.title or b.id for b in cut.beats}
            text = (self.tr("Main line") if cut.is_main else self.tr("via %1").replace(
                "%1", " + ".join(titles.get(d, d) for d in cut.detours)))
            self.cut.addItem(text, cut.name)
        self.cut.blockSignals(False)
        self.refresh()

    def _options(self) -> ImportOptions:
        ep = self.controller.project.episode(self.episode.currentData() or "")
        return ImportOptions(
            episode=ep.number if ep is not None else 0, cut=self.cut.currentData() or "main",
            label=self.label.text().strip(), date=self.date.text().strip(),
            duration=self.duration.value() or None, views=self.views.value() or None)

    def refresh(self) -> None:
        """Read the curve as the dialog stands and show where it lands, or why not."""
        self.dataset, self.notes = None, []
        problem = ""
        try:
            if self.tabs.currentIndex() == 0:
                curve, source = self.source.curve(), self.source.path.text()
            else:
                curve, source = curve_from_cells(self.points.cells()), self.tr("typed points")
            self.dataset, self.notes = dataset_from_curve(self.controller.project, curve,
                                                          source, self._options())
        except BeatBoardError as e:
            problem = str(e)
        self.problem.setText(problem)
        self.read_as.setText("\n".join(self.notes))
        self._fill_result()
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(self.dataset is not None)

    def _fill_result(self) -> None:
        d = self.dataset
        ep = self.controller.project.episode(d.episode) if d is not None else None
        cut = find_cut(ep, d.cut) if ep is not None else None
        if d is None or cut is None:
            self.result.setRowCount(0)
            return
        on_cut = board_points(d, cut.seconds)
        step = max(1, len(d.points) // RESULT_ROWS)
        shown = list(range(0, len(d.points), step))[:RESULT_ROWS]
        if shown[-1] != len(d.points) - 1:
            shown.append(len(d.points) - 1)
        self.result.setRowCount(len(shown))
        for row, i in enumerate(shown):
            (t, r), (tc, _) = d.points[i], on_cut[i]
            beat = beat_at(cut, tc)
            cells = [f"{t:.1f}", f"{tc:.1f}", f"{r * 100:.1f} %",
                     (beat[1] or beat[0]) if beat else ""]
            for col, text in enumerate(cells):
                self.result.setItem(row, col, QTableWidgetItem(text))

    # -- typed points ------------------------------------------------------------------
    def _paste_clipboard(self) -> None:
        from PySide6.QtGui import QGuiApplication
        self.points.paste(QGuiApplication.clipboard().text())

    def _clear_points(self) -> None:
        self.points.clearContents()
        self.refresh()

    # -- adding --------------------------------------------------------------------------
    def accept(self) -> None:
        self.refresh()
        if self.dataset is None:
            return
        dataset = self.dataset.model_copy(update={"primary": self.primary.isChecked()})
        edit = AddDataset(dataset)
        if self.controller.push(edit):
            self.added_id = edit.dataset_id
            super().accept()
        else:
            self.problem.setText(self.tr("The data could not be added."))

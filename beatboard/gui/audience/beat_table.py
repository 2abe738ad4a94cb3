"""The per-beat retention table of the shown episode: viewers at each beat's start and
end, the loss per second against the episode's average, the worst beats flagged; a click
selects the beat. Every dataset of the episode can be shown; stale ones say why and are
not mapped. Mark as primary and remove are undoable edits."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.retention import driving_dataset
from ...edit import RemoveDataset, SetPrimaryDataset
from .overlay import AudienceData

WORST_BACKGROUND = QColor(220, 38, 38, 45)


class BeatRetentionTable(QWidget):
    compareRequested = Signal()
    importRequested = Signal()
    seriesRequested = Signal()

    def __init__(self, controller, selection, data: AudienceData, parent=None):
        super().__init__(parent)
        self.controller, self.selection, self.data = controller, selection, data
        self.datasets = QComboBox()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 8)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(20)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.import_button, self.compare_button = QPushButton(), QPushButton()
        self.primary_button, self.remove_button = QPushButton(), QPushButton()
        self.series_button = QPushButton()
        self.series_button.clicked.connect(self.seriesRequested.emit)
        self.import_button.clicked.connect(self.importRequested.emit)
        self.compare_button.clicked.connect(self.compareRequested.emit)
        self.primary_button.clicked.connect(self._make_primary)
        self.remove_button.clicked.connect(self._remove)
        top = QHBoxLayout()
        top.addWidget(self.datasets, 1)
        for b in (self.primary_button, self.remove_button, self.compare_button,
                  self.series_button, self.import_button):
            top.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.datasets.currentIndexChanged.connect(lambda _i: self._fill())
        self.table.cellClicked.connect(self._select_row)
        data.updated.connect(self.reload)
        selection.episodeChanged.connect(lambda _id: self.reload())
        self.retranslate()

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("Import…"))
        self.compare_button.setText(self.tr("Compare A/B…"))
        self.primary_button.setText(self.tr("Make Primary"))
        self.remove_button.setText(self.tr("Remove"))
        self.series_button.setText(self.tr("Series…"))
        self.series_button.setToolTip(self.tr("Continuation from episode to episode beside "
                                              "each cliffhanger, and the paywall's conversion"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Beat"), self.tr("Start s"), self.tr("End s"), self.tr("Viewers at start"),
            self.tr("Viewers at end"), self.tr("Loss pp/s"), self.tr("× average"),
            self.tr("Worst")])
        self.reload()

    # -- which dataset ---------------------------------------------------------------------
    def reload(self) -> None:
        project = self.controller.project
        ep_id = self.selection.episode_id
        mine = [d for d in project.audience if d.episode == ep_id]
        current = self.datasets.currentData()
        driving = {d.id for c in {x.cut for x in mine}
                   if (d := driving_dataset(project.audience, ep_id, c))}
        self.datasets.blockSignals(True)
        self.datasets.clear()
        for d in mine:
            bits = [d.label or d.id, d.date, d.source]
            text = f"{d.cut} · {', '.join(b for b in bits if b)}"
            if d.id in driving:
                text += " · " + self.tr("drives the rules")
            if self.data.table(d).stale:
                text += " · " + self.tr("stale")
            self.datasets.addItem(text, d.id)
        wanted = current if current in {d.id for d in mine} else next(
            (d.id for d in mine if d.id in driving and d.cut == "main"),
            mine[0].id if mine else None)
        self.datasets.setCurrentIndex(max(0, self.datasets.findData(wanted)))
        self.datasets.blockSignals(False)
        for b in (self.primary_button, self.remove_button):
            b.setEnabled(bool(mine))
        self.compare_button.setEnabled(len(mine) >= 2)
        self._fill()

    def current(self):
        dataset_id = self.datasets.currentData()
        return next((d for d in self.controller.project.audience if d.id == dataset_id), None)

    # -- the table -------------------------------------------------------------------------
    def _fill(self) -> None:
        d = self.current()
        self.table.setRowCount(0)
        if d is None:
            self.summary.setText(self.tr("No audience data for this episode. File › Import "
                                         "Audience Data… adds a retention curve."))
            return
        self.primary_button.setText(self.tr("Unmark Primary") if d.primary
                                    else self.tr("Make Primary"))
        t = self.data.table(d)
        if t.stale:
            self.summary.setText(self.tr("Stale: %1. The data is kept, not mapped onto the "
                                         "beats.").replace("%1", t.stale))
            return
        views = f"{d.views:,}" if d.views else self.tr("not known")
        self.summary.setText(self.tr("Average loss %1 pp/s · viewers who started: %2 · "
                                     "source: %3").replace("%1", f"{t.average_loss_per_s:.2f}")
                             .replace("%2", views).replace("%3", d.source or "—"))
        self.table.setRowCount(len(t.beats))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, b in enumerate(t.beats):
            ratio = t.vs_average(b)
            cells = [b.title or b.beat_id, f"{b.start:.1f}", f"{b.end:.1f}",
                     f"{b.viewers_start * 100:.1f} %", f"{b.viewers_end * 100:.1f} %",
                     f"{b.loss_per_s:.2f}", "" if ratio is None else f"{ratio:.1f}×",
                     "▼ " + self.tr("worst") if b.worst else ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, b.beat_id)
                if col:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if b.worst:
                    item.setBackground(QBrush(WORST_BACKGROUND))
                    item.setFont(bold)
                self.table.setItem(row, col, item)

    def _select_row(self, row: int, _col: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.selection.set_beats([item.data(Qt.UserRole)])

    # -- edits -----------------------------------------------------------------------------
    def _make_primary(self) -> None:
        d = self.current()
        if d is not None:
            self.controller.push(SetPrimaryDataset(d.id, not d.primary))

    def _remove(self) -> None:
        d = self.current()
        if d is not None:
            self.controller.push(RemoveDataset(d.id))

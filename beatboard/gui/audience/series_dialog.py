"""Series audience: the table of continuation to the next episode beside each episode's
cliffhanger intensity, the scatter of the two, and the paywall episode's conversion.
Import Series Table… reads a CSV (episode, starts, completions, next_episode_starts,
paid) and stores it as one undoable edit; a problem is shown here, nothing imported."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from ...core.errors import BeatBoardError
from ...core.series_retention import SeriesContinuation, series_continuation
from ...edit import ImportSeriesAudience
from .series_chart import SeriesScatter


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x * 100:.1f} %"


class SeriesAudienceDialog(QDialog):
    def __init__(self, controller, last_dir: str = "", parent=None):
        super().__init__(parent)
        self.controller, self.last_dir = controller, last_dir or ""
        self.series: SeriesContinuation | None = None
        self.notes: list[str] = []
        self.table = QTableWidget(0, 8)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(20)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.Stretch)
        self.chart = SeriesScatter()
        self.summary, self.problem = QLabel(), QLabel()
        for label in (self.summary, self.problem):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.problem.setStyleSheet("color: #B91C1C")
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.choose_file)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.chart)
        split.setSizes([520, 480])
        bottom = QHBoxLayout()
        bottom.addWidget(self.import_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)
        controller.changed.connect(lambda _c: self.refresh())
        controller.documentReplaced.connect(self.refresh)
        self.retranslate()
        self.resize(1040, 520)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Series Audience"))
        self.import_button.setText(self.tr("Import Series Table…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Ep"), self.tr("Starts"), self.tr("Completion"), self.tr("Next starts"),
            self.tr("Continuation"), self.tr("Paid"), self.tr("Intensity"),
            self.tr("Cliffhanger")])
        self.refresh()

    def refresh(self) -> None:
        project = self.controller.project
        s = self.series = series_continuation(project)
        paywall = s.paywall.number if s.paywall is not None else None
        self.table.setRowCount(len(s.episodes))
        for row, e in enumerate(s.episodes):
            r = e.row
            cliff = e.cliff_title if e.is_cliffhanger else self.tr("%1 (not a cliffhanger)") \
                .replace("%1", e.cliff_title)
            cells = [str(e.number), f"{r.starts:,}", _pct(e.completion),
                     f"{r.next_episode_starts:,}",
                     _pct(e.continuation) if e.has_next else self.tr("last episode"),
                     "—" if r.paid is None else f"{r.paid:,}",
                     "—" if e.cliff_intensity is None else str(e.cliff_intensity), cliff]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col < 7:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if e.number == paywall:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, col, item)
        self.chart.set_series(s)
        self.summary.setText("\n".join(self.notes + [self._correlation(s), self._paywall(s)]))

    def _correlation(self, s: SeriesContinuation) -> str:
        r, n = s.correlation, len(s.points())
        if r is None:
            return self.tr("Too few episodes (%1) to relate intensity and continuation.") \
                .replace("%1", str(n))
        return self.tr("Intensity and continuation: r = %1 over %2 episodes.").replace(
            "%1", f"{r:+.2f}").replace("%2", str(n))

    def _paywall(self, s: SeriesContinuation) -> str:
        p = s.paywall
        if p is None:
            return self.tr("The series has no paywall (set it in the series inspector).")
        if p.starts is None:
            return self.tr("Paywall at episode %1: the series table has no row for it.") \
                .replace("%1", str(p.number))
        if p.paid is None:
            return self.tr("Paywall at episode %1: the series table does not say how many "
                           "paid.").replace("%1", str(p.number))
        return self.tr("Paywall at episode %1: %2 of %3 viewers who started it paid (%4).") \
            .replace("%1", str(p.number)).replace("%2", f"{p.paid:,}") \
            .replace("%3", f"{p.starts:,}").replace("%4", _pct(p.conversion))

    # -- import ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import Series Audience Table"), self.last_dir,
            self.tr("CSV tables (*.csv *.txt);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> bool:
        """Read and store the table as one edit; a problem is shown, nothing imported."""
        from ...interchange.series_csv import read_series_table
        from ...interchange.series_import import series_rows
        self.problem.setText("")
        try:
            rows, notes = series_rows(self.controller.project, read_series_table(path), path)
        except BeatBoardError as e:
            self.problem.setText(str(e))
            return False
        if not self.controller.push(ImportSeriesAudience(rows)):
            self.problem.setText(self.tr("The series table could not be stored."))
            return False
        self.notes = notes
        self.refresh()
        return True

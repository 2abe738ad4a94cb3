"""The findings dock: live rule findings, filtered by severity; a click jumps to the place."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QToolButton,
                               QTreeView, QVBoxLayout, QWidget)

from ..rules import Finding, Severity, counts
from .findings_hub import FindingsHub
from .palettes import is_dark, status_colour
from .selection import Selection

SEVERITY_GLYPHS = {Severity.ERROR: "✕", Severity.WARNING: "⚠", Severity.INFO: "ℹ"}
_STATUS_OF = {Severity.ERROR: "errors", Severity.WARNING: "warnings", Severity.INFO: "info"}


def _same(a: Finding, b: Finding) -> bool:
    return a is b or (a == b and a.params == b.params)


class FindingsModel(QAbstractTableModel):
    COLUMNS = 4

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Finding] = []  # owned: set_rows edits it in place
        self.lang = "en"
        self.retranslate()

    def retranslate(self) -> None:
        self._headers = [self.tr("Severity"), self.tr("Rule"), self.tr("Episode"),
                         self.tr("Message")]
        self._severity_names = {Severity.ERROR: self.tr("error"),
                                Severity.WARNING: self.tr("warning"),
                                Severity.INFO: self.tr("info")}
        self.headerDataChanged.emit(Qt.Horizontal, 0, self.COLUMNS - 1)

    def set_rows(self, rows: list[Finding]) -> None:
        """Show ``rows``, telling the view only about the rows that differ: an edit
        changes one episode's findings, and a reset would make the view re-read them all."""
        old = self.rows
        n = min(len(old), len(rows))
        head = 0
        while head < n and _same(old[head], rows[head]):
            head += 1
        tail = 0
        while tail < n - head and _same(old[-1 - tail], rows[-1 - tail]):
            tail += 1
        old_mid, new_mid = len(old) - head - tail, len(rows) - head - tail
        both = min(old_mid, new_mid)
        if both:
            self.rows[head:head + both] = rows[head:head + both]
            self.dataChanged.emit(self.index(head, 0),
                                  self.index(head + both - 1, self.COLUMNS - 1))
        if old_mid > both:
            self.beginRemoveRows(QModelIndex(), head + both, head + old_mid - 1)
            del self.rows[head + both:head + old_mid]
            self.endRemoveRows()
        elif new_mid > both:
            self.beginInsertRows(QModelIndex(), head + both, head + new_mid - 1)
            self.rows[head + both:head + both] = rows[head + both:head + new_mid]
            self.endInsertRows()

    def refresh_all(self) -> None:
        """Every row's text changed (language): one signal for the whole table."""
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, self.COLUMNS - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        f = self.rows[index.row()]
        col = index.column()
        if role == Qt.DisplayRole:
            if col == 0:
                return f"{SEVERITY_GLYPHS[f.severity]} {self._severity_names[f.severity]}"
            if col == 1:  # the id stays an id (it is what profiles name); its title beside it
                return f"{f.rule}  {f.title(self.lang)}"
            if col == 2:
                return "—" if f.episode_number is None else str(f.episode_number)
            return f.text(self.lang)
        if role == Qt.ToolTipRole:
            return f"{f.title(self.lang)}\n{f.text(self.lang)}"
        if role == Qt.ForegroundRole and col == 0:
            return status_colour(_STATUS_OF[f.severity], is_dark())
        if role == Qt.TextAlignmentRole and col == 2:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


class FindingsPanel(QWidget):
    countChanged = Signal(int)  # shown findings, for the dock title

    def __init__(self, hub: FindingsHub, selection: Selection, lang: str = "en",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.hub, self.selection = hub, selection
        self.model = FindingsModel(self)
        self.model.lang = lang
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(True)
        for col in range(3):  # fitted to their contents by _fit_columns, not on every edit
            header.setSectionResizeMode(col, QHeaderView.Fixed)
        self._fitted_for: tuple | None = None
        self.filters: dict[Severity, QToolButton] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        for sev in (Severity.ERROR, Severity.WARNING, Severity.INFO):
            b = QToolButton(self)
            b.setCheckable(True)
            b.setChecked(True)
            b.setToolButtonStyle(Qt.ToolButtonTextOnly)
            b.toggled.connect(lambda _on: self.refresh())
            self.filters[sev] = b
            bar.addWidget(b)
        self.summary = QLabel(self)
        bar.addStretch(1)
        bar.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        hub.updated.connect(lambda _f: self.refresh())
        self.refresh()

    def set_language(self, lang: str) -> None:
        """"en" or "zh": the language of messages and rule titles."""
        self.model.lang = lang
        self._retext()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.model.retranslate()
            self._retext()
        super().changeEvent(event)

    def shown(self) -> list[Finding]:
        wanted = {sev for sev, b in self.filters.items() if b.isChecked()}
        return [f for f in self.hub.findings if f.severity in wanted]

    def refresh(self) -> None:
        c = counts(self.hub.findings)
        labels = {Severity.ERROR: self.tr("✕ Errors: %1"),
                  Severity.WARNING: self.tr("⚠ Warnings: %1"),
                  Severity.INFO: self.tr("ℹ Info: %1")}
        for sev, b in self.filters.items():
            b.setText(labels[sev].replace("%1", str(c[sev.value])))
        rows = self.shown()
        self.model.set_rows(rows)
        self._fit_columns()
        self.summary.setText(self.hub.profile_error)
        self.countChanged.emit(len(rows))

    def _retext(self) -> None:
        self.model.refresh_all()
        self._fitted_for = None
        self.refresh()

    def _fit_columns(self) -> None:
        """Size the first three columns to their contents, as ResizeToContents would,
        measuring one row per distinct text rather than every row, and only when the set
        of texts changed."""
        samples: list[dict] = [{}, {}, {}]
        for row, f in enumerate(self.model.rows):
            samples[0].setdefault(f.severity, row)
            samples[1].setdefault(f.rule, row)
            samples[2].setdefault(f.episode_number, row)
        key = tuple(frozenset(s) for s in samples)
        if key == self._fitted_for:
            return
        self._fitted_for = key
        header = self.view.header()
        for col, rows in enumerate(samples):
            width = max([header.sectionSizeHint(col)] +
                        [self.view.sizeHintForIndex(self.model.index(r, col)).width()
                         for r in rows.values()])
            header.resizeSection(col, width)

    def _clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        f = self.model.rows[index.row()]
        if f.episode:
            self.selection.select(f.episode, list(f.beats))

"""The series board: the whole series as rows of beat cards, for restructuring.

Zoom from readable cards to a heat map of 100 episodes; highlight or filter beats by
character, location, emotion (with a minimum intensity), kind, compliance tag or finding;
find and replace across the series' text; drag beats, stretches and episodes; split and
merge episodes at a beat; plant and pay off threads. Every change is one undo step.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QInputDialog, QLabel,
                               QLineEdit, QMenu, QPushButton, QSpinBox, QToolButton,
                               QVBoxLayout, QWidget)

from ...edit import (AddThread, EditError, MergeEpisodes, RemoveThread, SetField, SetThread,
                     SplitEpisode)
from ...edit.set_aside import discard_set_aside
from ...edit.text_replace import find_text, replace_all
from .canvas import BoardCanvas
from .legend import BoardLegend
from .rows import FILTER_KINDS, BeatFilter, filter_choices

FILTER_LABELS = {
    "character": QT_TRANSLATE_NOOP("SeriesBoard", "Character"),
    "location": QT_TRANSLATE_NOOP("SeriesBoard", "Location"),
    "emotion": QT_TRANSLATE_NOOP("SeriesBoard", "Emotion"),
    "kind": QT_TRANSLATE_NOOP("SeriesBoard", "Kind"),
    "compliance": QT_TRANSLATE_NOOP("SeriesBoard", "Compliance tag"),
    "finding": QT_TRANSLATE_NOOP("SeriesBoard", "Finding"),
}


class SeriesBoard(QWidget):
    def __init__(self, controller, selection, findings, parent=None):
        super().__init__(parent)
        self.controller, self.selection, self.findings = controller, selection, findings
        self.setWindowTitle(self.tr("Series Board"))
        self.canvas = BoardCanvas(controller, selection, findings, self)
        self.legend = BoardLegend(self)
        col = QVBoxLayout(self)
        col.setContentsMargins(4, 4, 4, 4)
        col.setSpacing(3)
        col.addLayout(self._build_view_bar())
        col.addLayout(self._build_filter_bar())
        col.addWidget(self.legend)
        col.addWidget(self.canvas, 1)
        self.canvas.contextRequested.connect(self._context_menu)
        self.canvas.zoomChanged.connect(lambda z: self.zoom_label.setText(f"{z * 100:.0f}%"))
        self._add_shortcuts()
        controller.changed.connect(lambda _c: self._refresh_choices())
        controller.documentReplaced.connect(self._refresh_choices)
        self._refresh_choices()

    # -- bars ----------------------------------------------------------------------------------
    def _build_view_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        for text, tip, slot in (("−", self.tr("Zoom out (Ctrl+wheel)"),
                                 lambda: self.canvas.set_zoom(self.canvas.geo.zoom / 1.25)),
                                ("+", self.tr("Zoom in (Ctrl+wheel)"),
                                 lambda: self.canvas.set_zoom(self.canvas.geo.zoom * 1.25))):
            b = QToolButton(self)
            b.setText(text)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            bar.addWidget(b)
        self._zoom_buttons = bar.itemAt(0).widget(), bar.itemAt(1).widget()
        self.zoom_label = QLabel("100%", self)
        bar.addWidget(self.zoom_label)
        self.fit_button = QPushButton(self.tr("Whole Series"), self)
        self.fit_button.setToolTip(self.tr("Zoom out until every episode fits (heat map)"))
        self.fit_button.clicked.connect(self.canvas.fit_all)
        self.cards_button = QPushButton(self.tr("Readable Cards"), self)
        self.cards_button.clicked.connect(lambda: self.canvas.set_zoom(1.0))
        bar.addWidget(self.fit_button)
        bar.addWidget(self.cards_button)
        bar.addSpacing(16)
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Find in titles, action, dialogue, notes…"))
        self.find_edit.setClearButtonEnabled(True)
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.match_case = QCheckBox(self.tr("Match case"), self)
        self.replace_button = QPushButton(self.tr("Replace All"), self)
        self.find_count = QLabel(self)
        self.find_edit.textChanged.connect(self._update_find_count)
        self.match_case.toggled.connect(self._update_find_count)
        self.replace_button.clicked.connect(self.replace_all)
        for w in (self.find_edit, self.replace_edit, self.match_case, self.replace_button,
                  self.find_count):
            bar.addWidget(w)
        bar.addStretch(1)
        return bar

    def _build_filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.highlight_label = QLabel(self.tr("Highlight"), self)
        bar.addWidget(self.highlight_label)
        self.filter_kind = QComboBox(self)
        self.filter_kind.addItem(self.tr("nothing"), "")
        for k in FILTER_KINDS:
            self.filter_kind.addItem(QCoreApplication.translate("SeriesBoard", FILTER_LABELS[k]),
                                     k)
        self.filter_value = QComboBox(self)
        self.filter_value.setEditable(True)
        self.filter_value.setMinimumContentsLength(14)
        self.min_intensity = QSpinBox(self)
        self.min_intensity.setRange(1, 5)
        self.min_intensity.setPrefix(self.tr("intensity ≥ "))
        self.only = QCheckBox(self.tr("Only matching"), self)
        self.match_label = QLabel(self)
        for w in (self.filter_kind, self.filter_value, self.min_intensity, self.only,
                  self.match_label):
            bar.addWidget(w)
        bar.addStretch(1)
        self.filter_kind.currentIndexChanged.connect(self._filter_kind_changed)
        self.filter_value.currentTextChanged.connect(lambda _t: self._apply_filter())
        self.min_intensity.valueChanged.connect(lambda _v: self._apply_filter())
        self.only.toggled.connect(lambda _v: self._apply_filter())
        self.min_intensity.setVisible(False)
        return bar

    def _refresh_choices(self) -> None:
        self._choices = filter_choices(self.controller.project, self.findings.findings)
        kind = self.filter_kind.currentData()
        if kind:
            self._fill_values(kind)

    def _fill_values(self, kind: str) -> None:
        current = self.filter_value.currentText()
        self.filter_value.blockSignals(True)
        self.filter_value.clear()
        for v in self._choices.get(kind, []):
            self.filter_value.addItem(v if v else self.tr("any finding"), v)
        i = self.filter_value.findText(current)
        if i >= 0:
            self.filter_value.setCurrentIndex(i)
        self.filter_value.blockSignals(False)

    def _filter_kind_changed(self) -> None:
        kind = self.filter_kind.currentData()
        self.min_intensity.setVisible(kind == "emotion")
        self._fill_values(kind or "")
        self._apply_filter()

    def set_filter(self, kind: str, value: str = "", min_intensity: int = 1,
                   only: bool = False) -> None:
        """Programmatic highlight (also used by tests): e.g. ("emotion", "虐", 5)."""
        self.filter_kind.setCurrentIndex(self.filter_kind.findData(kind))
        self.filter_value.setEditText(value)
        self.min_intensity.setValue(min_intensity)
        self.only.setChecked(only)
        self._apply_filter()

    def _apply_filter(self) -> None:
        kind = self.filter_kind.currentData() or ""
        i = self.filter_value.currentIndex()
        text = self.filter_value.currentText()
        value = self.filter_value.itemData(i) if (
            i >= 0 and self.filter_value.itemText(i) == text) else text
        f = BeatFilter(kind, value or "", self.min_intensity.value(), self.only.isChecked())
        self.canvas.set_filter(f)
        n = self.canvas.match_count()
        self.match_label.setText(self.tr("%1 beats").replace("%1", str(n)) if f.active else "")

    def retranslate(self) -> None:
        """Every text in the UI language (the editor can switch language live)."""
        self.setWindowTitle(self.tr("Series Board"))
        self._zoom_buttons[0].setToolTip(self.tr("Zoom out (Ctrl+wheel)"))
        self._zoom_buttons[1].setToolTip(self.tr("Zoom in (Ctrl+wheel)"))
        self.fit_button.setText(self.tr("Whole Series"))
        self.fit_button.setToolTip(self.tr("Zoom out until every episode fits (heat map)"))
        self.cards_button.setText(self.tr("Readable Cards"))
        self.find_edit.setPlaceholderText(self.tr("Find in titles, action, dialogue, notes…"))
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.match_case.setText(self.tr("Match case"))
        self.replace_button.setText(self.tr("Replace All"))
        self.highlight_label.setText(self.tr("Highlight"))
        self.filter_kind.setItemText(0, self.tr("nothing"))
        for i, k in enumerate(FILTER_KINDS, 1):
            self.filter_kind.setItemText(i, QCoreApplication.translate("SeriesBoard",
                                                                       FILTER_LABELS[k]))
        self.min_intensity.setPrefix(self.tr("intensity ≥ "))
        self.only.setText(self.tr("Only matching"))
        self.split_action.setText(self.tr("Split Episode Before Beat"))
        self.merge_action.setText(self.tr("Merge With Next Episode"))
        self.whole_action.setText(self.tr("Whole Series"))
        self.legend.update()
        self.canvas.retranslate()
        self._apply_filter()
        self._update_find_count()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- find and replace -------------------------------------------------------------------------
    def _update_find_count(self) -> None:
        needle = self.find_edit.text()
        if not needle:
            self.find_count.setText("")
            return
        n = sum(h.count for h in find_text(self.controller.project, needle,
                                           self.match_case.isChecked()))
        self.find_count.setText(self.tr("%1 found").replace("%1", str(n)))

    def replace_all(self) -> int:
        needle = self.find_edit.text()
        if not needle:
            return 0
        try:
            edit, n = replace_all(self.controller.project, needle, self.replace_edit.text(),
                                  self.match_case.isChecked())
        except EditError as e:
            self.controller.refused.emit(str(e))
            return 0
        if not self.controller.push(edit):
            return 0
        self._update_find_count()
        return n

    # -- split, merge, threads -------------------------------------------------------------------
    def _add_shortcuts(self) -> None:
        def add(text, keys, slot):
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _c=False: slot())
            self.addAction(act)
            return act
        self.split_action = add(self.tr("Split Episode Before Beat"), "Ctrl+Shift+K",
                                self.split_at_selection)
        self.merge_action = add(self.tr("Merge With Next Episode"), "Ctrl+Shift+J",
                                self.merge_current)
        self.whole_action = add(self.tr("Whole Series"), "Ctrl+0", self.canvas.fit_all)

    def _next_episode(self, episode_id: str):
        eps = self.controller.project.ordered_episodes()
        ids = [e.id for e in eps]
        i = ids.index(episode_id) if episode_id in ids else -1
        return eps[i + 1] if 0 <= i < len(eps) - 1 else None

    def split_at_selection(self) -> bool:
        ids, eid = self.selection.beat_ids, self.selection.episode_id
        if not ids or not eid:
            self.controller.refused.emit(self.tr("Select the beat that starts the new episode."))
            return False
        return self.controller.push(SplitEpisode(eid, ids[0]))

    def merge_current(self) -> bool:
        eid = self.selection.episode_id
        nxt = self._next_episode(eid) if eid else None
        if nxt is None:
            self.controller.refused.emit(self.tr("There is no next episode to merge with."))
            return False
        return self.controller.push(MergeEpisodes(eid, nxt.id))

    def ask_label(self, title: str, text: str = "") -> str | None:
        label, ok = QInputDialog.getText(self, title, self.tr("What is planted (e.g. the jade "
                                                              "bracelet):"), text=text)
        return label.strip() if ok and label.strip() else None

    def _context_menu(self, row, card, global_pos) -> None:
        menu = self.build_menu(row, card)
        if not menu.isEmpty():
            menu.exec(global_pos)

    def build_menu(self, row, card) -> QMenu:
        menu = QMenu(self)
        if row is not None and row.episode_id == "":  # the set-aside row
            ids = list(self.canvas.aside_selection)
            menu.addAction(self.tr("Delete Set-Aside Beats for Good"),
                           lambda: self.controller.push(discard_set_aside(ids)))
            return menu
        if card is not None:
            eid, bid = row.episode_id, card.beat_id
            menu.addAction(self.tr("Split Episode Before This Beat"),
                           lambda: self.controller.push(SplitEpisode(eid, bid)))
            menu.addSeparator()
            menu.addAction(self.tr("Plant a Thread Here…"), lambda: self.plant_thread(bid))
            open_threads = [t for t in self.controller.project.threads if t.setup != bid]
            if open_threads:
                pay = menu.addMenu(self.tr("Pay Off Thread Here"))
                for t in open_threads:
                    pay.addAction(t.label or t.id, lambda t=t: self.controller.push(
                        SetThread(t.id, payoff=bid)))
            for t in self.controller.project.threads:
                if bid in (t.setup, t.payoff):
                    menu.addAction(self.tr("Rename Thread “%1”…").replace("%1", t.label or t.id),
                                   lambda t=t: self.rename_thread(t.id))
                    menu.addAction(self.tr("Remove Thread “%1”").replace("%1", t.label or t.id),
                                   lambda t=t: self.controller.push(RemoveThread(t.id)))
        if row is not None:
            menu.addSeparator()
            eid = row.episode_id
            nxt = self._next_episode(eid)
            if nxt is not None:
                menu.addAction(self.tr("Merge With Next Episode"),
                               lambda: self.controller.push(MergeEpisodes(eid, nxt.id)))
            menu.addAction(self.tr("Set Paywall After This Episode"),
                           lambda: self.controller.push(SetField.series("paywall_after", eid)))
        return menu

    def plant_thread(self, beat_id: str) -> bool:
        label = self.ask_label(self.tr("Plant a Thread"))
        return label is not None and self.controller.push(AddThread(label, beat_id))

    def rename_thread(self, thread_id: str) -> bool:
        t = next((t for t in self.controller.project.threads if t.id == thread_id), None)
        label = self.ask_label(self.tr("Rename Thread"), t.label if t else "")
        return label is not None and self.controller.push(SetThread(thread_id, label=label))

"""The inspector's episode and series pages (shown when no beat is selected)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from ..core.graph import branch_beats, cut_count, main_line_duration
from ..core.model import Episode, Series
from ..core.vocab import GENRES
from ..core.vocab_labels import label
from ..edit import SetField
from ..rules import BUILTIN_PROFILES
from .i18n import ui_language
from .inspector_fields import BoundCombo, BoundLineEdit, BoundTextEdit, relabel_form


def genre_label(genre: str) -> str:
    return label("genre", genre, ui_language())


def mmss(seconds: float) -> str:
    s = int(round(seconds))
    return f"{s // 60}:{s % 60:02d}"


class EpisodeForm(QGroupBox):
    editRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.episode_id = ""
        self._ep: Episode | None = None
        self.form = form = QFormLayout(self)
        self.number = QLabel(self)
        self.title = BoundLineEdit("title")
        self.duration = QLabel(self)
        self.cuts = QLabel(self)
        self.notes = BoundTextEdit("notes", lines=4)
        for widget, text in self._row_labels():
            form.addRow(text, widget)
        for f in (self.title, self.notes):
            f.committed.connect(self._commit)
        self.retranslate()

    def _row_labels(self) -> list[tuple[QWidget, str]]:
        return [(self.number, self.tr("Number")), (self.title, self.tr("Title")),
                (self.duration, self.tr("Duration")), (self.cuts, self.tr("Cuts")),
                (self.notes, self.tr("Notes"))]

    def retranslate(self) -> None:
        self.setTitle(self.tr("Episode"))
        relabel_form(self.form, self._row_labels())
        if self._ep is not None:
            self.load(self._ep)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self, ep: Episode) -> None:
        self._ep = ep
        self.episode_id = ep.id
        self.number.setText(str(ep.number))
        self.title.show_value(ep.title)
        branches = len(branch_beats(ep))
        self.duration.setText(self.tr("%1 main line · %2 beats (%3 off the main line)")
                              .replace("%1", mmss(main_line_duration(ep)))
                              .replace("%2", str(len(ep.beats))).replace("%3", str(branches)))
        cuts = cut_count(ep)
        self.cuts.setText(str(cuts) if cuts else self.tr("— (the beats form a loop)")
                          if ep.beats else "0")
        self.notes.show_value(ep.notes)

    def commit_pending(self) -> None:
        self.notes.commit()
        self.title._finish()

    def _commit(self, path: str, value: Any) -> None:
        if self.episode_id:
            self.editRequested.emit(SetField.episode(self.episode_id, path, value))


class SeriesForm(QGroupBox):
    editRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = form = QFormLayout(self)
        self.title = BoundLineEdit("title")
        self.language = BoundCombo("language", [("English (en)", "en"),
                                                ("简体中文 (zh-CN)", "zh-CN")])
        self.genre = BoundCombo("genre", [(g, g) for g in GENRES], editable=False)
        self.profile = BoundCombo("profile", [(pid, pid) for pid in BUILTIN_PROFILES])
        # The paywall follows its episode, so it is chosen as "after episode N — title".
        self.paywall = BoundCombo("paywall_after", [], editable=False)
        self.logline = BoundTextEdit("logline", lines=3)
        self.notes = BoundTextEdit("notes", lines=3)
        for widget, text in self._row_labels():
            form.addRow(text, widget)
        for f in (self.title, self.language, self.genre, self.profile, self.paywall,
                  self.logline, self.notes):
            f.committed.connect(self._commit)
        self.retranslate()

    def _row_labels(self) -> list[tuple[QWidget, str]]:
        return [(self.title, self.tr("Title")), (self.language, self.tr("Language")),
                (self.genre, self.tr("Genre")), (self.profile, self.tr("Rule profile")),
                (self.paywall, self.tr("Paywall")), (self.logline, self.tr("Logline")),
                (self.notes, self.tr("Notes"))]

    def retranslate(self) -> None:
        """Labels, genre and built-in profile names in the UI language; values stay."""
        lang = ui_language()
        self.setTitle(self.tr("Series"))
        relabel_form(self.form, self._row_labels())
        self.genre.relabel({g: label("genre", g, lang) for g in GENRES})
        self.profile.relabel({pid: label("profile", pid, lang) for pid in BUILTIN_PROFILES})
        self.profile.setToolTip(self.tr("A built-in rule profile, or the path of a profile file"))
        self.paywall.setToolTip(self.tr("The last free episode; the paywall stays after it "
                                        "when episodes are moved, split or merged"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self, series: Series, episodes: list[Episode] = ()) -> None:
        self._fill_paywall(episodes)
        for f, value in ((self.title, series.title), (self.language, series.language),
                         (self.genre, series.genre), (self.profile, series.profile),
                         (self.paywall, series.paywall_after), (self.logline, series.logline),
                         (self.notes, series.notes)):
            f.show_value(value)

    def _fill_paywall(self, episodes: list[Episode]) -> None:
        items = [(self.tr("none"), None)] + [(self.paywall_text(ep), ep.id) for ep in episodes]
        if items == [(self.paywall.itemText(i), self.paywall.itemData(i))
                     for i in range(self.paywall.count())]:
            return
        self.paywall.blockSignals(True)
        self.paywall.clear()
        for text, value in items:
            self.paywall.addItem(text, value)
        self.paywall.blockSignals(False)

    def paywall_text(self, ep: Episode) -> str:
        text = self.tr("after episode %1").replace("%1", str(ep.number))
        return f"{text} — {ep.title}" if ep.title else text

    def commit_pending(self) -> None:
        self.logline.commit()
        self.notes.commit()
        self.title._finish()

    def _commit(self, path: str, value: Any) -> None:
        self.editRequested.emit(SetField.series(path, value))

"""The inspector's episode and series pages (shown when no beat is selected)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from ..core.graph import branch_beats, cut_count, main_line_duration
from ..core.model import Episode, Series
from ..core.vocab import GENRES
from ..edit import SetField
from ..rules import BUILTIN_PROFILES
from .inspector_fields import BoundCombo, BoundLineEdit, BoundTextEdit


def genre_label(genre: str) -> str:
    names = {"revenge": "revenge / rebirth", "sweet-romance": "sweet romance",
             "billionaire": "hidden billionaire / CEO", "fantasy": "werewolf / fantasy",
             "family": "family / kids", "suspense": "suspense", "other": "other"}
    return QCoreApplication.translate("Genre", names[genre]) if genre in names else genre


# Listed for pyside6-lupdate, which only sees literal strings.
_GENRE_STRINGS = (QT_TRANSLATE_NOOP("Genre", "revenge / rebirth"),
                  QT_TRANSLATE_NOOP("Genre", "sweet romance"),
                  QT_TRANSLATE_NOOP("Genre", "hidden billionaire / CEO"),
                  QT_TRANSLATE_NOOP("Genre", "werewolf / fantasy"),
                  QT_TRANSLATE_NOOP("Genre", "family / kids"),
                  QT_TRANSLATE_NOOP("Genre", "suspense"), QT_TRANSLATE_NOOP("Genre", "other"))


def mmss(seconds: float) -> str:
    s = int(round(seconds))
    return f"{s // 60}:{s % 60:02d}"


class EpisodeForm(QGroupBox):
    editRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Episode"), parent)
        self.episode_id = ""
        form = QFormLayout(self)
        self.number = QLabel(self)
        self.title = BoundLineEdit("title")
        self.duration = QLabel(self)
        self.cuts = QLabel(self)
        self.notes = BoundTextEdit("notes", lines=4)
        form.addRow(self.tr("Number"), self.number)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Duration"), self.duration)
        form.addRow(self.tr("Cuts"), self.cuts)
        form.addRow(self.tr("Notes"), self.notes)
        for f in (self.title, self.notes):
            f.committed.connect(self._commit)

    def load(self, ep: Episode) -> None:
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
        super().__init__(self.tr("Series"), parent)
        form = QFormLayout(self)
        self.title = BoundLineEdit("title")
        self.language = BoundCombo("language", [("English (en)", "en"),
                                                ("简体中文 (zh-CN)", "zh-CN")])
        self.genre = BoundCombo("genre", [(genre_label(g), g) for g in GENRES],
                                editable=False)
        self.profile = BoundCombo("profile", [(p.name if getattr(p, "name", "") else pid, pid)
                                              for pid, p in BUILTIN_PROFILES.items()])
        self.profile.setToolTip(self.tr("A built-in rule profile, or the path of a profile file"))
        # The paywall follows its episode, so it is chosen as "after episode N — title".
        self.paywall = BoundCombo("paywall_after", [], editable=False)
        self.paywall.setToolTip(self.tr("The last free episode; the paywall stays after it "
                                        "when episodes are moved, split or merged"))
        self.logline = BoundTextEdit("logline", lines=3)
        self.notes = BoundTextEdit("notes", lines=3)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Genre"), self.genre)
        form.addRow(self.tr("Rule profile"), self.profile)
        form.addRow(self.tr("Paywall"), self.paywall)
        form.addRow(self.tr("Logline"), self.logline)
        form.addRow(self.tr("Notes"), self.notes)
        for f in (self.title, self.language, self.genre, self.profile, self.paywall,
                  self.logline, self.notes):
            f.committed.connect(self._commit)

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

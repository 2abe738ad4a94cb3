"""New series from a genre skeleton: genre, episode count, paywall, title, language."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit,
                               QMessageBox, QSpinBox, QWidget)

from ..core.errors import BeatBoardError
from ..core.model import Project
from ..core.vocab import GENRES
from .inspector_meta import genre_label


class NewSeriesDialog(QDialog):
    def __init__(self, ui_lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Series from Genre Skeleton"))
        self.project: Project | None = None
        form = QFormLayout(self)
        self.title = QLineEdit(self)
        self.genre = QComboBox(self)
        for g in GENRES:
            self.genre.addItem(genre_label(g), g)
        self.episodes = QSpinBox(self)
        self.episodes.setRange(1, 500)
        self.episodes.setValue(60)
        self.paywall = QSpinBox(self)
        self.paywall.setRange(1, 500)
        self.paywall.setSpecialValueText(self.tr("none"))
        self.paywall.setValue(10)
        self.language = QComboBox(self)
        self.language.addItem("English", "en")
        self.language.addItem("简体中文", "zh-CN")
        self.language.setCurrentIndex(1 if ui_lang.startswith("zh") else 0)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Genre"), self.genre)
        form.addRow(self.tr("Episodes"), self.episodes)
        form.addRow(self.tr("Paywall episode"), self.paywall)
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        from ..core.skeleton import make_skeleton
        paywall = self.paywall.value()
        try:
            self.project = make_skeleton(self.genre.currentData(), self.episodes.value(),
                                         self.title.text().strip(), self.language.currentData(),
                                         None if paywall <= 1 else paywall)
        except BeatBoardError as e:
            QMessageBox.warning(self, self.windowTitle(), str(e))
            return
        super().accept()

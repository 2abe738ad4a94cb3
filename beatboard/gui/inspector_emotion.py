"""Emotion editor: tag picker, direction buttons (↑ ↓ →) and intensity 1-5 with pips."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QGridLayout, QLabel, QSlider,
                               QToolButton, QWidget)

from ..core.vocab import EMOTION_TAGS, NEUTRAL_COLOUR, Direction, canonical_tag
from ..core.vocab_labels import tag_label
from .i18n import ui_language


def swatch(colour: str, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(colour))
    return QIcon(pix)


def pips(intensity: int) -> str:
    return "●" * intensity + "○" * (5 - intensity)


class EmotionEditor(QWidget):
    tagChosen = Signal(str)  # canonical tag ("" for none)
    directionChosen = Signal(object)  # Direction
    intensityChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tag = QComboBox(self)
        self.tag.setEditable(True)
        self.tag.setInsertPolicy(QComboBox.NoInsert)
        self.tag.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.tag.setMinimumContentsLength(8)
        self.tag.addItem(swatch(NEUTRAL_COLOUR), "", "")
        for info in EMOTION_TAGS.values():
            self.tag.addItem(swatch(info.colour), info.id, info.id)
        self.tag.activated.connect(self._tag_activated)
        self.tag.lineEdit().editingFinished.connect(self._tag_typed)

        self.directions = QButtonGroup(self)
        self.directions.setExclusive(True)
        self._dir_buttons: dict[Direction, QToolButton] = {}
        for d in (Direction.UP, Direction.DOWN, Direction.LEVEL):
            b = QToolButton(self)
            b.setText(d.glyph)
            b.setCheckable(True)
            b.setMinimumWidth(34)
            self.directions.addButton(b)
            self._dir_buttons[d] = b
            b.installEventFilter(self)
            b.clicked.connect(lambda _c=False, d=d: self.directionChosen.emit(d))

        self.intensity = QSlider(Qt.Horizontal, self)
        self.intensity.setRange(1, 5)
        self.intensity.setPageStep(1)
        self.intensity.setTickPosition(QSlider.TicksBelow)
        self.intensity.setTickInterval(1)
        self.pips = QLabel(self)
        self.pips.setMinimumWidth(70)
        self.intensity.valueChanged.connect(self._slider_moved)
        self.intensity.sliderReleased.connect(self._slider_released)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.tag, 0, 0, 1, 4)
        for col, d in enumerate((Direction.UP, Direction.DOWN, Direction.LEVEL)):
            grid.addWidget(self._dir_buttons[d], 1, col)
        grid.setColumnStretch(3, 1)
        grid.addWidget(self.intensity, 2, 0, 1, 3)
        grid.addWidget(self.pips, 2, 3)
        self._shown_tag = ""
        self._shown_intensity = 3
        self.retranslate()

    def retranslate(self) -> None:
        """Tag names, direction names and the intensity's name in the UI language."""
        lang = ui_language()
        self.tag.blockSignals(True)
        self.tag.setItemText(0, self.tr("(none)"))
        for i in range(1, self.tag.count()):
            info = EMOTION_TAGS[self.tag.itemData(i)]
            self.tag.setItemText(i, f"{tag_label(info.id, lang)} {info.direction.glyph}")
        self.tag.blockSignals(False)
        if self.tag.findData(self._shown_tag) < 0 and self._shown_tag:
            self.tag.setEditText(self._shown_tag)
        names = {Direction.UP: self.tr("Up: release"), Direction.DOWN: self.tr("Down: pressure"),
                 Direction.LEVEL: self.tr("Level: suspense")}
        for d, b in self._dir_buttons.items():
            b.setToolTip(names[d])
            b.setAccessibleName(names[d])
        self.intensity.setAccessibleName(self.tr("Intensity"))

    def eventFilter(self, watched, event) -> bool:
        # The direction buttons are one Tab stop (an exclusive group, arrows move within
        # it); arriving by Tab lands on the chosen direction, as with radio buttons.
        if (event.type() == QEvent.FocusIn and watched in self._dir_buttons.values()
                and event.reason() in (Qt.TabFocusReason, Qt.BacktabFocusReason)):
            chosen = self.directions.checkedButton()
            if chosen is not None and chosen is not watched:
                chosen.setFocus(event.reason())
                return True
        return super().eventFilter(watched, event)

    def focus_chain(self) -> list[QWidget]:
        """Tag, the three direction buttons, intensity: the order Tab visits them."""
        return [self.tag, *self._dir_buttons.values(), self.intensity]

    def show_value(self, tag: str, direction: Direction, intensity: int) -> None:
        self._shown_tag, self._shown_intensity = tag, intensity
        idx = self.tag.findData(tag)
        if idx >= 0:
            self.tag.setCurrentIndex(idx)
        elif self.tag.currentText() != tag:
            self.tag.setEditText(tag)
        self._dir_buttons[direction].setChecked(True)
        self.intensity.blockSignals(True)
        self.intensity.setValue(intensity)
        self.intensity.blockSignals(False)
        self.pips.setText(f"{pips(intensity)} {intensity}")

    def _tag_activated(self, index: int) -> None:
        value = self.tag.itemData(index)
        if value != self._shown_tag:
            self._shown_tag = value
            self.tagChosen.emit(value)

    def _tag_typed(self) -> None:
        text = self.tag.currentText().strip()
        idx = self.tag.findText(text, Qt.MatchFixedString)
        # Typed text: a label from the list, a glyph (爽), an id (payoff) or a new tag.
        typed = text.split(" ")[0] if text else ""
        value = self.tag.itemData(idx) if idx >= 0 else canonical_tag(typed)
        if value != self._shown_tag:
            self._shown_tag = value
            self.tagChosen.emit(value)

    def _slider_moved(self, value: int) -> None:
        self.pips.setText(f"{pips(value)} {value}")
        if not self.intensity.isSliderDown():
            self._commit_intensity(value)

    def _slider_released(self) -> None:
        self._commit_intensity(self.intensity.value())

    def _commit_intensity(self, value: int) -> None:
        if value != self._shown_intensity:
            self._shown_intensity = value
            self.intensityChosen.emit(value)

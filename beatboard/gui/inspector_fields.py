"""Inspector editors bound to one model field each.

Every editor shows a value with ``show_value`` (keeping the cursor when the text is
unchanged) and emits ``committed(path, value)`` once per finished change: on
editingFinished / focus-out for text, so typing never floods the undo stack.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
                               QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QWidget)

from ..core.vocab_labels import label


def split_list(text: str) -> list[str]:
    """'A, B，C' -> ['A', 'B', 'C'] (ASCII and Chinese commas)."""
    parts = text.replace("，", ",").replace("、", ",").split(",")
    return [p.strip() for p in parts if p.strip()]


def join_list(items: list[str]) -> str:
    return ", ".join(items)


class BoundLineEdit(QLineEdit):
    committed = Signal(str, object)

    def __init__(self, path: str, to_value: Callable[[str], Any] = str,
                 to_text: Callable[[Any], str] = lambda v: "" if v is None else str(v),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.path, self._to_value, self._to_text = path, to_value, to_text
        self._shown = ""
        self.editingFinished.connect(self._finish)

    def show_value(self, value: Any) -> None:
        text = self._to_text(value)
        self._shown = text
        if text != self.text():
            cursor = self.cursorPosition()
            self.setText(text)
            self.setCursorPosition(min(cursor, len(text)))

    def _finish(self) -> None:
        if self.text() != self._shown:
            self._shown = self.text()
            self.committed.emit(self.path, self._to_value(self.text()))


class BoundTextEdit(QPlainTextEdit):
    """Multi-line text; commits on focus-out (and when the inspector switches target)."""

    committed = Signal(str, object)

    def __init__(self, path: str, parent: QWidget | None = None, lines: int = 3):
        super().__init__(parent)
        self.path = path
        self._shown = ""
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def show_value(self, value: Any) -> None:
        text = value or ""
        self._shown = text
        if text != self.toPlainText():
            cursor = self.textCursor()
            pos = cursor.position()
            self.setPlainText(text)
            cursor = self.textCursor()
            cursor.setPosition(min(pos, len(text)))
            self.setTextCursor(cursor)

    def commit(self) -> None:
        if self.toPlainText() != self._shown:
            self._shown = self.toPlainText()
            self.committed.emit(self.path, self._shown)

    def focusOutEvent(self, event) -> None:
        self.commit()
        super().focusOutEvent(event)


class BoundCombo(QComboBox):
    """An editable combo: known choices (data = stored value) plus free text."""

    committed = Signal(str, object)

    def __init__(self, path: str, choices: list[tuple[str, str]], editable: bool = True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.path = path
        self.setEditable(editable)
        self.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)
        self.setInsertPolicy(QComboBox.NoInsert)
        for label, value in choices:
            self.addItem(label, value)
        self._shown: Any = None
        self.activated.connect(lambda _i: self._finish())
        if editable:
            self.lineEdit().editingFinished.connect(self._finish)

    def current_value(self) -> Any:
        text = self.currentText().strip()
        idx = self.findText(text, Qt.MatchFixedString)
        if idx >= 0:
            return self.itemData(idx)
        return text

    def show_value(self, value: Any) -> None:
        self._shown = value
        idx = self.findData(value)
        if idx >= 0:
            if idx != self.currentIndex() or self.currentText() != self.itemText(idx):
                self.setCurrentIndex(idx)
        elif self.isEditable():
            if self.currentText() != str(value or ""):
                self.setEditText(str(value or ""))

    def _finish(self) -> None:
        value = self.current_value()
        if value != self._shown:
            self._shown = value
            self.committed.emit(self.path, value)

    def relabel(self, labels: dict[Any, str]) -> None:
        """New display texts for stored values (the UI language changed); values stay."""
        self.blockSignals(True)
        for i in range(self.count()):
            if self.itemData(i) in labels:
                self.setItemText(i, labels[self.itemData(i)])
        self.blockSignals(False)
        if self._shown is not None:
            self.show_value(self._shown)


class BoundListEdit(BoundLineEdit):
    """A comma-separated list (characters, props)."""

    def __init__(self, path: str, parent: QWidget | None = None):
        super().__init__(path, split_list, lambda v: join_list(v or []), parent)


class DurationEditor(QWidget):
    """Explicit seconds, or 'use estimate' (duration_s = None)."""

    committed = Signal(str, object)

    def __init__(self, path: str = "duration_s", parent: QWidget | None = None):
        super().__init__(parent)
        self.path = path
        self.spin = QDoubleSpinBox(self)
        self.spin.setRange(0.1, 600.0)
        self.spin.setDecimals(1)
        self.spin.setSingleStep(0.5)
        self.spin.setSuffix(" s")
        self.spin.setKeyboardTracking(False)  # one edit per finished value, not per key
        self.estimate = QCheckBox(self)
        self.retranslate()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.spin, 1)
        row.addWidget(self.estimate)
        self._shown: float | None = None
        self._estimate_s = 0.0
        self.spin.editingFinished.connect(self._spin_done)
        self.estimate.toggled.connect(self._toggled)

    def retranslate(self) -> None:
        self.estimate.setText(self.tr("Use estimate"))

    def show_value(self, value: float | None, estimate_s: float = 0.0) -> None:
        self._shown = value
        self._estimate_s = estimate_s
        self.estimate.blockSignals(True)
        self.spin.blockSignals(True)
        self.estimate.setChecked(value is None)
        self.spin.setEnabled(value is not None)
        self.spin.setValue(value if value is not None else max(0.1, round(estimate_s, 1)))
        self.spin.blockSignals(False)
        self.estimate.blockSignals(False)

    def _toggled(self, use_estimate: bool) -> None:
        self.spin.setEnabled(not use_estimate)
        value = None if use_estimate else max(0.1, round(self._estimate_s or 1.0, 1))
        if value != self._shown:
            self._shown = value
            self.committed.emit(self.path, value)

    def _spin_done(self) -> None:
        if self.estimate.isChecked():
            return
        value = round(self.spin.value(), 1)
        if value != self._shown:
            self._shown = value
            self.committed.emit(self.path, value)


class CheckList(QListWidget):
    """Checkable tags (compliance): known tags plus any others the beat carries."""

    committed = Signal(str, object)

    def __init__(self, path: str, known: tuple[str, ...], labels: dict[str, str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.path, self._known, self._labels = path, known, labels
        self._shown: list[str] = []
        self._loading = False
        self.itemChanged.connect(self._item_changed)
        self.show_value([])

    def show_value(self, value: list[str]) -> None:
        value = list(value or [])
        self._shown = value
        tags = list(self._known) + [t for t in value if t not in self._known]
        self._loading = True
        if [self.item(i).data(Qt.UserRole) for i in range(self.count())] != tags:
            self.clear()
            for tag in tags:
                item = QListWidgetItem(self._labels.get(tag, tag), self)
                item.setData(Qt.UserRole, tag)
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable)
        for i in range(self.count()):
            item = self.item(i)
            state = Qt.Checked if item.data(Qt.UserRole) in value else Qt.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)
        self._loading = False
        rows = min(self.count(), 6)
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 2)

    def relabel(self, labels: dict[str, str]) -> None:
        self._labels = dict(labels)
        self._loading = True
        for i in range(self.count()):
            item = self.item(i)
            item.setText(self._labels.get(item.data(Qt.UserRole), item.data(Qt.UserRole)))
        self._loading = False

    def checked(self) -> list[str]:
        return [self.item(i).data(Qt.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.Checked]

    def _item_changed(self, _item) -> None:
        if self._loading:
            return
        value = self.checked()
        if value != self._shown:
            self._shown = value
            self.committed.emit(self.path, value)


def kind_label(kind: str, lang: str) -> str:
    """'hook' in English; '钩子 (hook)' in Chinese, so the stored word stays visible."""
    text = label("kind", kind, lang)
    return text if text.startswith(kind) else f"{text} ({kind})"


def relabel_form(form: QFormLayout, rows: list[tuple[QWidget, str]]) -> None:
    """Set the label beside each field (rows without a label text are left alone)."""
    for widget, text in rows:
        if text:
            beside = form.labelForField(widget)
            if beside is not None:
                beside.setText(text)

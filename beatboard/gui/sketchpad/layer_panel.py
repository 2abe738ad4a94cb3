"""The pad's layer list: the top layer first, as in Krita and Storyboarder.

Each row is a layer: its checkbox is the eye (a view setting of the pad, never saved),
double-click renames it. Below the list: add, delete, move up and down, the current
layer's opacity and "Hidden in output" (the saved ``visible`` flag). Every edit is
asked of the dialog as a function from sketch to sketch plus an undo label, so the
dialog stores it as one undo step; the panel only shows what it is given.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QGroupBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QSlider, QToolButton, QVBoxLayout)

from ...core import sketch as sk
from ...core import sketch_layers as sl

ID_ROLE = Qt.UserRole


class LayerPanel(QGroupBox):
    activeChanged = Signal(str)  # layer id
    viewToggled = Signal(str, bool)  # layer id, shown in the pad
    editRequested = Signal(object, str)  # sketch -> sketch, undo label
    opacityPreview = Signal(object, float)  # layer id or None, opacity while dragging

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Layers"))
        self.sketch = sk.new_sketch()
        self.active = "rough"
        col = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setToolTip(self.tr("Tick: show in the pad (a view setting). "
                                     "Double-click: rename."))
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemChanged.connect(self._item_changed)
        self.list.setDragDropMode(QAbstractItemView.InternalMove)  # drag a row to reorder
        self.list.model().rowsMoved.connect(self._rows_dropped)
        self.list.setMaximumHeight(220)  # room for sixteen names without crowding the view box
        col.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = self._button("+", self.tr("Add a layer above the current one"),
                                       self.add_layer, row)
        self.delete_button = self._button("−", self.tr("Delete the current layer"),
                                          self.delete_layer, row)
        self.up_button = self._button("▲", self.tr("Move the layer up (drawn over more)"),
                                      lambda: self.move_layer(1), row)
        self.down_button = self._button("▼", self.tr("Move the layer down"),
                                        lambda: self.move_layer(-1), row)
        row.addStretch(1)
        col.addLayout(row)
        self.opacity_label = QLabel(self)
        col.addWidget(self.opacity_label)
        self.opacity = QSlider(Qt.Horizontal, self)
        self.opacity.setRange(0, 100)
        self.opacity.valueChanged.connect(self._opacity_moved)
        self.opacity.sliderReleased.connect(lambda: self.set_opacity(self.opacity.value()))
        col.addWidget(self.opacity)
        self.in_output = QCheckBox(self.tr("Hidden in output"), self)
        self.in_output.setToolTip(self.tr("Leave this layer out of the board, the PDF and "
                                          "the animatic; the pad still shows it"))
        self.in_output.toggled.connect(self._hidden_toggled)
        col.addWidget(self.in_output)

    def _button(self, text, tip, slot, row) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setToolTip(tip)
        b.clicked.connect(lambda _c=False: slot())
        row.addWidget(b)
        return b

    # -- showing ------------------------------------------------------------------------
    def show_sketch(self, sketch: sk.Sketch, active: str, hidden_in_pad: set[str]) -> None:
        self.sketch, self.active = sketch, active
        self.list.blockSignals(True)
        self.list.clear()
        for layer in reversed(sketch.layers):
            item = QListWidgetItem(self.row_text(layer))
            item.setData(ID_ROLE, layer.id)
            item.setFlags(item.flags() | Qt.ItemIsEditable | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked if layer.id in hidden_in_pad else Qt.Checked)
            item.setToolTip(self.tr("%1 layer").replace("%1", layer.kind))
            self.list.addItem(item)
            if layer.id == active:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._show_current()

    def display_name(self, layer: sk.Layer) -> str:
        """A standard layer keeps its English name in the file and shows it translated."""
        standard = {"reference": self.tr("Reference"), "rough": self.tr("Rough"),
                    "ink": self.tr("Ink")}
        if layer.kind in sk.LAYER_KINDS and layer.name == layer.kind.capitalize():
            return standard[layer.kind]
        return layer.name

    def show_eye(self, layer_id: str, shown: bool) -> None:
        """The eye changed elsewhere (drawing on a hidden layer shows it)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(ID_ROLE) == layer_id:
                self.list.blockSignals(True)
                item.setCheckState(Qt.Checked if shown else Qt.Unchecked)
                self.list.blockSignals(False)

    def row_text(self, layer: sk.Layer) -> str:
        text = self.display_name(layer)
        if not layer.visible:
            text += " · " + self.tr("hidden in output")
        return text

    def current_layer(self) -> sk.Layer:
        return self.sketch.layers[self.sketch.index_of(self.active)]

    def _show_current(self) -> None:
        layer = self.current_layer()
        i = self.sketch.index_of(layer.id)
        for w, value in ((self.opacity, round(layer.opacity * 100)),
                         (self.in_output, not layer.visible)):
            w.blockSignals(True)
            (w.setValue if w is self.opacity else w.setChecked)(value)
            w.blockSignals(False)
        self.opacity_label.setText(self.tr("Opacity: %1%").replace(
            "%1", str(round(layer.opacity * 100))))
        self.add_button.setEnabled(sl.can_add(self.sketch))
        self.delete_button.setEnabled(sl.can_delete(self.sketch))
        self.up_button.setEnabled(i + 1 < len(self.sketch.layers))
        self.down_button.setEnabled(i > 0)

    # -- the user -----------------------------------------------------------------------
    def _current_changed(self, item, _previous) -> None:
        if item is None:
            return
        self.active = item.data(ID_ROLE)
        self._show_current()
        self.activeChanged.emit(self.active)

    def _item_changed(self, item: QListWidgetItem) -> None:
        layer_id = item.data(ID_ROLE)
        layer = self.sketch.layers[self.sketch.index_of(layer_id)]
        self.viewToggled.emit(layer_id, item.checkState() == Qt.Checked)
        name = item.text().strip()
        suffix = " · " + self.tr("hidden in output")
        if name.endswith(suffix):  # edited with the mark still on
            name = name[:-len(suffix)].strip()
        if name and name != self.display_name(layer):
            self.rename_layer(layer_id, name)

    def rename_layer(self, layer_id: str, name: str) -> None:
        self.editRequested.emit(lambda s: sl.rename_layer(s, layer_id, name),
                                self.tr("Rename layer"))

    def add_layer(self) -> None:
        if not sl.can_add(self.sketch):
            return
        taken = {l.name for l in self.sketch.layers}
        n = len(self.sketch.layers) + 1
        while self.tr("Layer %1").replace("%1", str(n)) in taken:
            n += 1
        name = self.tr("Layer %1").replace("%1", str(n))

        def add(s):
            new, layer_id = sl.add_layer(s, self.active, name)
            self.active = layer_id  # draw on the new layer
            return new
        self.editRequested.emit(add, self.tr("Add layer"))

    def delete_layer(self) -> None:
        if sl.can_delete(self.sketch):
            layer_id = self.active
            self.editRequested.emit(lambda s: sl.delete_layer(s, layer_id),
                                    self.tr("Delete layer"))

    def move_layer(self, steps: int) -> None:
        layer_id = self.active
        self.editRequested.emit(lambda s: sl.move_layer(s, layer_id, steps),
                                self.tr("Move layer"))

    def _rows_dropped(self, *_moved) -> None:
        """A row dragged to a new place: one move of that layer (the list shows the top
        first, the sketch lists the bottom first)."""
        order = [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())][::-1]
        before = [l.id for l in self.sketch.layers]
        moved = next((i for i in before if before.index(i) != order.index(i)
                      and before[:before.index(i)] + before[before.index(i) + 1:]
                      == [j for j in order if j != i]), None)
        if moved is None:
            return
        steps = order.index(moved) - before.index(moved)
        self.editRequested.emit(lambda s: sl.move_layer(s, moved, steps),
                                self.tr("Move layer"))

    def _opacity_moved(self, value: int) -> None:
        if self.opacity.isSliderDown():  # a drag: preview now, one edit on release
            self.opacityPreview.emit(self.active, value / 100)
        else:
            self.set_opacity(value)

    def set_opacity(self, value: int) -> None:
        self.opacityPreview.emit(None, 1.0)
        layer_id = self.active
        if round(self.current_layer().opacity * 100) != value:
            self.editRequested.emit(lambda s: sl.set_opacity(s, layer_id, value / 100),
                                    self.tr("Layer opacity"))

    def _hidden_toggled(self, hidden: bool) -> None:
        layer_id = self.active
        self.editRequested.emit(lambda s: sl.set_in_output(s, layer_id, not hidden),
                                self.tr("Hide layer in output") if hidden
                                else self.tr("Show layer in output"))

"""The sketch pad window: a panel's drawing, its tools, layers and view controls.

Its edits (strokes, layer edits) are in ``pad_edits``: each is one step of the
document's undo stack. Undo, redo or an edit elsewhere that changes the panel's sketch
reloads the pad.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QDialog, QGroupBox, QHBoxLayout,
                               QLabel, QPushButton, QSlider, QSpinBox, QToolButton,
                               QVBoxLayout)

from ...core import assets
from ...core import sketch as sk
from ...core.review import panel_pins
from ...edit.panel_edits import panel_location
from ..panel_render import read_picture, render_drawing
from .canvas_widget import SketchCanvas
from .layer_panel import LayerPanel
from .pad_edits import PadEdits, UnstoredBar
from .panel_nav import neighbours
from .tools import step_size

ONION_W, ONION_H = 540, 960
TOOL_KEYS = (("pencil", "P"), ("pen", "B"), ("marker", "M"), ("eraser", "E"))


class SketchPadDialog(PadEdits, QDialog):
    def __init__(self, controller, selection=None, parent=None, save_as=None):
        """``save_as``: the main window's Save As (True when saved), offered when a
        drawing cannot be stored beside the project."""
        super().__init__(parent)
        self.controller, self.selection, self.save_as = controller, selection, save_as
        self._colour_for: dict[str, str] = {}  # layer id -> the colour last chosen on it
        self.episode_id = self.beat_id = self.panel_id = ""
        self._shown_sketch: str | None = None
        self._shown_image: str | None = None
        self.setWindowTitle(self.tr("Sketch Pad"))
        self.resize(1100, 920)
        self.canvas = SketchCanvas(self)
        self._build()
        self.canvas.strokeFinished.connect(self._stroke_finished)
        self.canvas.refused.connect(self._show_problem)
        self.canvas.viewChanged.connect(self._sync_view_controls)
        controller.changed.connect(self._on_changed)
        controller.documentReplaced.connect(self._document_gone)

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        bar = QHBoxLayout()
        root.addLayout(bar)
        self.tool_group = QButtonGroup(self)
        names = {"pencil": self.tr("Pencil"), "pen": self.tr("Pen"),
                 "marker": self.tr("Marker"), "eraser": self.tr("Eraser")}
        self.tool_buttons: dict[str, QToolButton] = {}
        for tool, key in TOOL_KEYS:
            b = QToolButton(self)
            b.setText(f"{names[tool]} ({key})")
            b.setCheckable(True)
            b.clicked.connect(lambda _c=False, t=tool: self.choose_tool(t))
            self.tool_group.addButton(b)
            self.tool_buttons[tool] = b
            bar.addWidget(b)
        bar.addSpacing(8)
        self.colour_buttons: dict[str, QToolButton] = {}
        colour_names = {"black": self.tr("black"), "grey": self.tr("grey"),
                        "red": self.tr("red (camera)"), "blue": self.tr("blue (people)"),
                        "nonphoto": self.tr("non-photo blue (rough; prints grey)")}
        for name, hexc in sk.COLOURS.items():
            b = QToolButton(self)
            pm = QPixmap(18, 18)
            pm.fill(QColor(hexc))
            b.setIcon(QIcon(pm))
            b.setCheckable(True)
            b.setToolTip(colour_names[name])
            b.clicked.connect(lambda _c=False, n=name: self.choose_colour(n))
            self.colour_buttons[name] = b
            bar.addWidget(b)
        bar.addSpacing(8)
        bar.addWidget(QLabel(self.tr("Size [ ]"), self))
        self.size_spin = QSpinBox(self)
        self.size_spin.setRange(1, 300)
        self.size_spin.valueChanged.connect(self._size_changed)
        bar.addWidget(self.size_spin)
        bar.addSpacing(8)
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.redo_button = QPushButton(self.tr("Redo"), self)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        bar.addWidget(self.undo_button)
        bar.addWidget(self.redo_button)
        bar.addStretch(1)
        self.prev_button = QPushButton(self.tr("◀ Previous panel"), self)
        self.next_button = QPushButton(self.tr("Next panel ▶"), self)
        self.prev_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(1))
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)

        middle = QHBoxLayout()
        root.addLayout(middle, 1)
        middle.addWidget(self.canvas, 1)
        side = QVBoxLayout()
        middle.addLayout(side)
        self.layer_panel = LayerPanel(self)
        self.layer_panel.activeChanged.connect(self._set_active_layer)
        self.layer_panel.viewToggled.connect(self.canvas.set_layer_visible)
        self.layer_panel.editRequested.connect(self.edit_layers)
        self.layer_panel.opacityPreview.connect(self.canvas.preview_opacity)
        self.canvas.layerShown.connect(self.layer_panel.show_eye)
        side.addWidget(self.layer_panel)
        side.addWidget(self._view_box())
        self.copy_prev = QPushButton(self.tr("Copy from previous panel"), self)
        self.copy_prev.setToolTip(self.tr("Put the previous panel's drawing under this one "
                                          "(a background that stays)"))
        self.copy_prev.clicked.connect(self.copy_from_previous)
        side.addWidget(self.copy_prev)
        self.reference_button = QPushButton(self.tr("Reference image…"), self)
        self.reference_button.clicked.connect(self._choose_reference)
        side.addWidget(self.reference_button)
        side.addStretch(1)
        self.unstored_bar = UnstoredBar(self)
        self.unstored_bar.saveAs.connect(self.save_as_and_store)
        self.unstored_bar.retry.connect(self.store_unstored)
        self.unstored_bar.save_as_button.setVisible(self.save_as is not None)
        root.addWidget(self.unstored_bar)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        root.addWidget(self.status)
        self._shortcuts()
        self.choose_tool("pen")  # the colour follows the layer drawn on (_set_active_layer)

    def _view_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("View"), self)
        col = QVBoxLayout(box)
        self.safe_toggle = QCheckBox(self.tr("Safe-area guides"), box)
        self.safe_toggle.setChecked(True)
        self.safe_toggle.toggled.connect(lambda on: self._set_canvas("show_safe", on))
        self.zones_toggle = QCheckBox(self.tr("Platform UI zones (U)"), box)
        self.zones_toggle.toggled.connect(lambda on: self._set_canvas("show_zones", on))
        self.onion_toggle = QCheckBox(self.tr("Onion skin (O)"), box)
        self.onion_toggle.setChecked(True)
        self.onion_toggle.toggled.connect(lambda on: self._set_canvas("show_onion", on))
        self.speed_toggle = QCheckBox(self.tr("Mouse: pressure from speed"), box)
        self.speed_toggle.toggled.connect(lambda on: setattr(self.canvas, "speed_pressure", on))
        for w in (self.safe_toggle, self.zones_toggle, self.onion_toggle, self.speed_toggle):
            col.addWidget(w)
        col.addWidget(QLabel(self.tr("Rotate (Shift+R)"), box))
        self.rotation = QSlider(Qt.Horizontal, box)
        self.rotation.setRange(-180, 180)
        self.rotation.valueChanged.connect(
            lambda v: abs(v - self.canvas.rotation) > 0.5 and self.canvas.set_rotation(v))
        col.addWidget(self.rotation)
        fit = QPushButton(self.tr("Fit (Ctrl+0)"), box)
        fit.clicked.connect(self.canvas.fit)
        col.addWidget(fit)
        return box

    def _shortcuts(self) -> None:
        def add(key, slot, text=""):
            act = QAction(text or key, self)
            act.setShortcut(QKeySequence(key))
            act.setShortcutContext(Qt.WindowShortcut)
            act.triggered.connect(lambda _c=False: slot())
            self.addAction(act)
            return act
        for tool, key in TOOL_KEYS:
            add(key, lambda t=tool: self.choose_tool(t))
        add("[", lambda: self.step_size(False))
        add("]", lambda: self.step_size(True))
        add("Ctrl+Z", self.undo)
        add("Ctrl+Shift+Z", self.redo)
        add("Ctrl+Y", self.redo)
        add("Shift+R", lambda: self.canvas.set_rotation(self.canvas.rotation + 15))
        add("Ctrl+0", self.canvas.fit)
        add("+", lambda: self.canvas.zoom_by(1.25))
        add("-", lambda: self.canvas.zoom_by(0.8))
        add("U", self.zones_toggle.toggle)
        add("O", self.onion_toggle.toggle)
        add("PgUp", lambda: self.go(-1))
        add("PgDown", lambda: self.go(1))

    def closeEvent(self, event) -> None:
        if self.may_close():
            super().closeEvent(event)
        else:
            event.ignore()

    def _document_gone(self) -> None:
        """Another document replaced this one: what could not be stored belonged to the
        old one (its Save As would save the new), so the pad closes without asking."""
        self.unstored = None
        self.unstored_bar.hide()
        self.close()

    def reject(self) -> None:  # Esc closes a dialog without a closeEvent
        if self.may_close():
            super().reject()

    # -- controls -----------------------------------------------------------------------
    def choose_tool(self, tool: str) -> None:
        self.canvas.set_tool(tool)
        self.tool_buttons[tool].setChecked(True)
        self.size_spin.blockSignals(True)
        self.size_spin.setValue(round(self.canvas.tool.width))
        self.size_spin.blockSignals(False)
        for b in self.colour_buttons.values():
            b.setEnabled(tool != "eraser")

    def choose_colour(self, name: str) -> None:
        self.canvas.colour = name
        self._colour_for[self.canvas.active_layer] = name
        for n, b in self.colour_buttons.items():
            b.setChecked(n == name)

    def step_size(self, up: bool) -> None:
        self.size_spin.setValue(round(step_size(self.canvas.tool.width, up)))

    def _size_changed(self, value: int) -> None:
        self.canvas.tool.width = float(value)

    def _set_active_layer(self, layer_id: str) -> None:
        """Draw on ``layer_id``, in the colour last chosen there, else its kind's
        (non-photo blue on a rough layer)."""
        self.canvas.active_layer = layer_id
        sketch = self.canvas.layers.sketch
        kind = sketch.layers[sketch.index_of(layer_id)].kind
        self.choose_colour(self._colour_for.get(layer_id, sk.default_colour(kind)))

    def _show_layers(self) -> None:
        """The layer list shows the pad's sketch; the active layer stays when it still
        exists, else the pad draws on the rough layer or the top one."""
        sketch = self.canvas.layers.sketch
        ids = [l.id for l in sketch.layers]
        active = self.layer_panel.active
        if active not in ids:
            rough = sketch.layer("rough")
            active = rough.id if rough is not None else ids[-1]
        self.layer_panel.show_sketch(sketch, active, self.canvas.layers.hidden)
        self._set_active_layer(active)

    def _set_canvas(self, attr: str, value) -> None:
        setattr(self.canvas, attr, value)
        self.canvas.update()

    def _sync_view_controls(self) -> None:
        self.rotation.blockSignals(True)
        self.rotation.setValue(round(self.canvas.rotation))
        self.rotation.blockSignals(False)

    def undo(self) -> None:
        self.controller.stack.undo()

    def redo(self) -> None:
        self.controller.stack.redo()

    def _show_problem(self, message: str) -> None:
        self.status.setText(f"<span style='color:#b00020'>⚠ {message}</span>")

    # -- the panel ----------------------------------------------------------------------
    @property
    def project_path(self):
        return self.controller.document.path

    def _base(self):
        path = self.project_path
        return Path(path).parent if path else None

    def _panel(self):
        ep = self.controller.project.episode(self.episode_id)
        beat = ep.beat(self.beat_id) if ep else None
        return ep, beat, (beat.panel(self.panel_id) if beat else None)

    def open_panel(self, episode_id: str, beat_id: str, panel_id: str) -> bool:
        """Show a panel; refused (False) while this one's drawing is not stored."""
        if (episode_id, beat_id, panel_id) != (self.episode_id, self.beat_id, self.panel_id):
            if self.unstored is not None:
                self.unstored_bar.show()
                return False
            self.canvas.layers.forget()
        self.episode_id, self.beat_id, self.panel_id = episode_id, beat_id, panel_id
        self._shown_sketch = self._shown_image = None
        self._load()
        if self.selection is not None and self.selection.episode_id == episode_id:
            self.selection.set_panel(beat_id, panel_id)
        return True

    def go(self, delta: int) -> None:
        ep, beat, panel = self._panel()
        if panel is None:
            return
        prev, nxt = neighbours(ep, beat.id, panel.id)
        target = prev if delta < 0 else nxt
        if target is not None:
            self.open_panel(ep.id, *target)

    def _load(self) -> None:
        ep, beat, panel = self._panel()
        if panel is None:
            self.canvas.read_only_reason = self.tr("This panel no longer exists.")
            self._show_problem(self.canvas.read_only_reason)
            return
        base = self._base()
        problem = ""
        sketch = sk.new_sketch()
        fast = panel.sketch is not None and self.canvas.layers.key != panel.sketch and \
            panel.image == self._shown_image and self.canvas.recall(panel.sketch)
        if fast:
            sketch = self.canvas.layers.sketch
        elif panel.sketch and base is not None:
            loaded, issue = assets.try_load_sketch(base, panel.sketch)
            if issue is not None:
                problem = issue.message
            else:
                sketch = loaded
        elif panel.sketch:
            problem = self.tr("The project is not saved: its pictures cannot be found.")
        self._shown_sketch, self._shown_image = panel.sketch, panel.image
        self.canvas.picture = self._read(base, panel.image, panel.fit)
        if not fast and self.unstored is None:  # never drop what could not be stored
            self.canvas.set_sketch(sketch, panel.sketch)
        self.canvas.layer_pictures = {
            l.id: img for l in self.canvas.layers.sketch.layers if l.image
            for img in [self._read(base, l.image)] if img is not None}
        self._show_layers()
        prev, nxt = neighbours(ep, beat.id, panel.id)
        # Animators' convention: the previous panel in red, the next in green.
        self.canvas.onion = (self._render(ep, prev, QColor(200, 40, 40)),
                             self._render(ep, nxt, QColor(40, 150, 70)))
        self.canvas.set_pins(panel_pins(self.controller.project, panel.id))
        self.prev_button.setEnabled(prev is not None)
        self.next_button.setEnabled(nxt is not None)
        self.copy_prev.setEnabled(prev is not None)
        if self.project_path is None:
            self.canvas.read_only_reason = self.tr(
                "Save the project first: drawings are stored beside it.")
        elif problem:
            self.canvas.read_only_reason = problem + " " + self.tr(
                "(drawing is off so the file is not replaced)")
        else:
            self.canvas.read_only_reason = ""
        n = [p.id for p in beat.panels].index(panel.id) + 1
        where = self.tr("Episode %1 · %2 · panel %3 of %4").replace(
            "%1", str(ep.number)).replace("%2", beat.title or beat.id).replace(
            "%3", str(n)).replace("%4", str(len(beat.panels)))
        self.setWindowTitle(self.tr("Sketch Pad") + " — " + where)
        if self.canvas.read_only_reason:
            self._show_problem(self.canvas.read_only_reason)
        else:
            self.status.setText(where + " · " + self.tr(
                "B pen · P pencil · M marker · E eraser · [ ] size · Space-drag pan · "
                "wheel zoom · Shift+R rotate · Ctrl+Z undo"))
        self.canvas.update()

    def _read(self, base, rel, fit=None):
        img, problem = read_picture(base, rel, fit)
        if problem:
            self._show_problem(problem)
        return img

    def _render(self, ep, where, tint: QColor):
        if where is None:
            return None
        beat = ep.beat(where[0])
        panel = beat.panel(where[1]) if beat else None
        img = render_drawing(self._base(), beat, panel, ONION_W, ONION_H) if panel else None
        if img is None:
            return None
        p = QPainter(img)
        p.setCompositionMode(QPainter.CompositionMode_SourceIn)  # keep the shape, recolour
        p.fillRect(img.rect(), tint)
        p.end()
        return img

    def _on_changed(self, change) -> None:
        if not self.panel_id:
            return
        found = panel_location(self.controller.project, self.panel_id)
        if found is None:
            self.canvas.read_only_reason = self.tr("This panel no longer exists.")
            self._show_problem(self.canvas.read_only_reason)
            return
        self.episode_id, self.beat_id = found[0], found[1]
        _ep, _beat, panel = self._panel()
        self.canvas.set_pins(panel_pins(self.controller.project, panel.id))
        if panel.sketch != self._shown_sketch or panel.image != self._shown_image:
            self.unstored = None  # the user moved on (an undo, an edit elsewhere)
            self.unstored_bar.hide()
            self._load()  # undo, redo, or a change made elsewhere

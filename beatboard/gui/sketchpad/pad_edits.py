"""The sketch pad's edits: strokes, layer edits, copy from the previous panel, the
reference picture.

Each is stored as a new content-named sketch file and set on the panel by one
SetPanelPicture pushed to the document's undo stack, so Ctrl+Z here and in the main
window walk the same history. When the sketch cannot be stored (a read-only project
folder, a full disk) the pad keeps showing it, says so until the user acts, and offers
Save As and Try again: nothing drawn is dropped.
"""
from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton)

from ...core import assets
from ...core import sketch as sk
from ...core.errors import BeatBoardError
from ...edit.asset_edits import give_panel_sketch, stored_picture
from ..image_assets import choose_image_file
from .panel_nav import neighbours, with_previous


class UnstoredBar(QFrame):
    """The warning that stays until the user acts: what could not be stored, and the two
    ways out."""

    saveAs = Signal()
    retry = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.setStyleSheet("UnstoredBar { background: #fdecea; border: 1px solid #b00020; }"
                           " QLabel { color: #b00020; }")
        row = QHBoxLayout(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row.addWidget(self.message, 1)
        self.save_as_button = QPushButton(self.tr("Save As…"), self)
        self.save_as_button.clicked.connect(self.saveAs)
        row.addWidget(self.save_as_button)
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.retry_button.clicked.connect(self.retry)
        row.addWidget(self.retry_button)
        self.hide()

    def show_problem(self, text: str) -> None:
        self.message.setText("⚠ " + text)
        self.show()


class PadEdits:
    """Mixed into SketchPadDialog (which provides controller, canvas, the panel ids,
    ``_load``, ``_show_problem`` and the ``unstored_bar``)."""

    unstored: tuple[sk.Sketch, str] | None = None  # shown in the pad, not yet stored

    def tr(self, text: str) -> str:
        """Translated in this class's own context, as lupdate files these strings."""
        return QCoreApplication.translate("PadEdits", text)

    def _push_sketch(self, sketch: sk.Sketch, label: str, painted: bool = False) -> bool:
        """Store the sketch and set it on the panel (one undo step). ``painted``: the
        layer images already show it (a stroke, a layer edit), so they are remembered
        under its file, and a failure keeps it in the pad."""
        try:
            edit = give_panel_sketch(self.project_path, self.episode_id, self.beat_id,
                                     self.panel_id, sketch, label=label)
        except (BeatBoardError, OSError) as e:
            if painted:
                self.unstored = (sketch, label)
                self.unstored_bar.show_problem(self._store_problem(e))
            else:
                self._show_problem(self._store_problem(e))
            return False
        self.unstored = None
        self.unstored_bar.hide()
        rel = edit.sketch
        if painted:
            self._shown_sketch = rel  # our own edit: the pad already shows it
            self.canvas.layers.key = rel
            self.canvas.layers.remember()  # for redo after an undo
        ok = self.controller.push(edit)
        if not ok:
            self._load()
        return ok

    def _store_problem(self, error: Exception) -> str:
        reason = getattr(error, "strerror", None) or str(error)
        return self.tr("The drawing could not be stored beside the project (%1). It stays "
                       "here: Save As to another folder, or Try again.").replace("%1", reason)

    def store_unstored(self) -> bool:
        """Try again to store what the pad shows (after Save As, or a freed disk)."""
        if self.unstored is None:
            return True
        sketch, label = self.unstored
        return self._push_sketch(sketch, label, painted=True)

    def save_as_and_store(self) -> bool:
        if self.save_as is None or not self.save_as():
            return False
        return self.store_unstored()

    def may_close(self) -> bool:
        """Closing with a drawing not stored asks first: Save As, discard it, or stay."""
        if self.unstored is None:
            return True
        choice = self.ask_unstored()
        if choice == "save":
            return self.save_as_and_store()
        if choice == "discard":
            self.unstored = None
            self.unstored_bar.hide()
            return True
        return False

    def ask_unstored(self) -> str:
        box = QMessageBox(QMessageBox.Warning, self.tr("Drawing not stored"),
                          self.tr("The last drawing on this panel could not be stored "
                                  "beside the project. Close the sketch pad anyway?"),
                          QMessageBox.NoButton, self)
        save = box.addButton(self.tr("Save As…"), QMessageBox.AcceptRole) \
            if self.save_as is not None else None
        discard = box.addButton(self.tr("Discard the drawing"), QMessageBox.DestructiveRole)
        stay = box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(save or stay)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save and save is not None else \
            "discard" if clicked is discard else "stay"

    def _stroke_finished(self, sketch: sk.Sketch, _stroke) -> None:
        self._push_sketch(sketch, self.tr("Draw stroke"), painted=True)

    def edit_layers(self, change, label: str) -> bool:
        """One layer edit (``change``: sketch -> sketch) as one undo step."""
        if self.canvas.read_only_reason:
            self._show_problem(self.canvas.read_only_reason)
            self._show_layers()  # the list goes back to what the sketch holds
            return False
        new = change(self.canvas.layers.sketch)
        self.canvas.layers.remember()  # the state before, for a fast undo
        self.canvas.adopt(new)
        self._show_layers()
        return self._push_sketch(new, label, painted=True)

    def copy_from_previous(self) -> bool:
        ep, beat, panel = self._panel()
        if panel is None or self.project_path is None:
            return False
        prev, _ = neighbours(ep, beat.id, panel.id)
        prev_panel = ep.beat(prev[0]).panel(prev[1]) if prev else None
        if prev_panel is None or not prev_panel.sketch:
            self._show_problem(self.tr("The previous panel has no drawing to copy."))
            return False
        previous, issue = assets.try_load_sketch(self._base(), prev_panel.sketch)
        if issue is not None:
            self._show_problem(issue.message)
            return False
        merged = with_previous(self.canvas.layers.sketch, previous)
        ok = self._push_sketch(merged, self.tr("Copy from previous panel"))
        if ok:
            self._load()
        return ok

    def _choose_reference(self) -> None:
        if self.project_path is None:
            self._show_problem(self.tr("Save the project first: pictures are stored beside it."))
            return
        path = choose_image_file(self, self.tr("Reference image"))
        if path:
            self.set_reference_image(path)

    def set_reference_image(self, file_path: str) -> bool:
        """The picture goes on the first reference layer (a new one at the bottom when
        the artist deleted them all)."""
        try:
            rel = stored_picture(self.project_path, file_path)
        except (BeatBoardError, OSError) as e:
            self._show_problem(str(e))
            return False
        sketch = copy.copy(self.canvas.layers.sketch)
        sketch.layers = list(sketch.layers)
        ref = sketch.layer("reference")
        if ref is None:
            ref = sk.Layer("reference", self.tr("Reference"),
                           opacity=sk.DEFAULT_REFERENCE_OPACITY,
                           id=sk.free_layer_id({l.id for l in sketch.layers}, "reference"))
            sketch.layers.insert(0, ref)
        i = sketch.layers.index(ref)
        sketch.layers[i] = copy.copy(ref)
        sketch.layers[i].image = rel
        ok = self._push_sketch(sketch, self.tr("Set reference image"))
        if ok:
            self._load()
        return ok

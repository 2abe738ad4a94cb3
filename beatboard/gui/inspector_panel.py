"""The inspector's panel section: the current panel's fields, each change one undo step.

Shown above the beat's fields when a thumbnail is selected. Duration blank = a share of
the beat's remaining time; caption blank = split from the beat's dialogue. The picture
row shows the panel as the canvas draws it; framing offers camera moves as presets, and
says which camera the animatic plays: the printed move, one set by hand, or none.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QHBoxLayout,
                               QLabel, QPushButton, QVBoxLayout, QWidget)

from ..core.camera import HAND, SHOT, UNANIMATED, camera_for
from ..core.model import Beat, FrameRect, Framing, Panel
from ..core.vocab import CAMERA_MOVES, SHOT_SIZES
from ..core.vocab_labels import label, values
from ..edit import SetField, SetPanelPicture
from ..edit.asset_edits import give_panel_picture
from ..edit.dropped import restore_panel
from .i18n import ui_language
from .image_assets import choose_image_file
from .inspector_fields import BoundCombo, BoundLineEdit, BoundTextEdit, relabel_form
from .panel_render import cached_panel

ANGLES = values("angle")
THUMB_H = 128
_FULL = FrameRect()
_TIGHT = FrameRect(x=0.15, y=0.15, w=0.7, h=0.7)
_LEFT = FrameRect(x=0.0, y=0.125, w=0.75, h=0.75)
_RIGHT = FrameRect(x=0.25, y=0.125, w=0.75, h=0.75)
# preset id -> framing (None: played from the camera move; "hold": the whole frame, still)
FRAMING_PRESETS: dict[str, Framing | None] = {
    "none": None,
    "hold": Framing(),
    "push-in": Framing(start=_FULL, end=_TIGHT),
    "pull-out": Framing(start=_TIGHT, end=_FULL),
    "pan-left": Framing(start=_RIGHT, end=_LEFT),
    "pan-right": Framing(start=_LEFT, end=_RIGHT),
}


def framing_preset(framing: Framing | None) -> str:
    for key, value in FRAMING_PRESETS.items():
        if value == framing:
            return key
    return "custom"


def _seconds(text: str):
    text = text.strip().replace(",", ".").removesuffix("s").strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return text  # the model refuses it with a message naming the field


class PanelForm(QFrame):
    editRequested = Signal(object)
    problem = Signal(str)
    drawRequested = Signal(str, str)  # beat id, panel id: open the sketch pad

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.episode_id = self.beat_id = self.panel_id = ""
        self.project_path: str | None = None
        self._panel: Panel | None = None
        self._beat: Beat | None = None
        outer = QVBoxLayout(self)
        self.header = QLabel(self)
        outer.addWidget(self.header)
        # a panel the editor dropped: what, from where, and the way back into the cut
        self.dropped_row = QWidget(self)
        row = QHBoxLayout(self.dropped_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.dropped_label = QLabel(self.dropped_row)
        self.dropped_label.setWordWrap(True)
        self.dropped_label.setStyleSheet("color: #c81e1e;")
        self.restore = QPushButton(self.tr("Restore to the cut"), self.dropped_row)
        row.addWidget(self.dropped_label, 1)
        row.addWidget(self.restore)
        outer.addWidget(self.dropped_row)
        self.dropped_row.hide()
        top = QHBoxLayout()
        outer.addLayout(top)
        self.thumb = QLabel(self)
        self.thumb.setFixedSize(THUMB_H * 9 // 16 + 2, THUMB_H + 2)
        self.thumb.setAlignment(Qt.AlignCenter)
        top.addWidget(self.thumb)
        buttons = QVBoxLayout()
        self.draw = QPushButton(self.tr("Draw…"), self)
        self.draw.setToolTip(self.tr("Open the panel in the sketch pad (Enter)"))
        self.choose = QPushButton(self.tr("Image…"), self)
        self.clear = QPushButton(self.tr("Clear picture"), self)
        self.picture_label = QLabel(self)
        self.picture_label.setWordWrap(True)
        for w in (self.draw, self.choose, self.clear, self.picture_label):
            buttons.addWidget(w)
        buttons.addStretch(1)
        top.addLayout(buttons, 1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        self.duration = BoundLineEdit("duration_s", _seconds,
                                      lambda v: "" if v is None else f"{v:g}")
        self.shot_size = BoundCombo("shot.size", [("", "")] + [(s, s) for s in SHOT_SIZES])
        self.shot_angle = BoundCombo("shot.angle", [("", "")] + [(a, a) for a in ANGLES])
        self.shot_move = BoundCombo("shot.move", [("", "")] + [(m, m) for m in CAMERA_MOVES])
        self.caption = BoundTextEdit("caption", lines=2)
        self.notes = BoundTextEdit("notes", lines=2)
        # fill crops the picture to the frame, fit shows all of it (every view and print)
        self.fit = BoundCombo("fit", [("fill", "fill"), ("fit", "fit")], editable=False)
        self.framing = QComboBox(self)
        for key in FRAMING_PRESETS:
            self.framing.addItem(key, key)
        self.framing_source = QLabel(self)  # which camera the animatic plays
        self.framing_source.setWordWrap(True)
        self.form = form
        for widget in (self.duration, self.shot_size, self.shot_angle, self.shot_move,
                       self.caption, self.notes, self.fit, self.framing):
            form.addRow(QLabel(self), widget)  # texts set in retranslate
        form.addRow("", self.framing_source)
        self.retranslate()
        self.fields = [self.duration, self.shot_size, self.shot_angle, self.shot_move,
                       self.caption, self.notes, self.fit]
        for f in self.fields:
            f.committed.connect(self._commit)
        self.framing.activated.connect(self._framing_chosen)
        self.draw.clicked.connect(lambda: self.drawRequested.emit(self.beat_id, self.panel_id))
        self.choose.clicked.connect(self._choose_image)
        self.clear.clicked.connect(self._clear_picture)
        self.restore.clicked.connect(self._restore)

    def retranslate(self) -> None:
        """Labels and vocabulary in the UI language (also when it changes live)."""
        relabel_form(self.form, [
            (self.duration, self.tr("Duration (s)")), (self.shot_size, self.tr("Shot size")),
            (self.shot_angle, self.tr("Angle")), (self.shot_move, self.tr("Camera move")),
            (self.caption, self.tr("Caption")), (self.notes, self.tr("Notes")),
            (self.fit, self.tr("Picture")), (self.framing, self.tr("Framing"))])
        self.fit.relabel({"fill": self.tr("fill the frame (crop)"),
                          "fit": self.tr("fit the whole picture")})
        lang = ui_language()
        self.shot_size.relabel({s: label("shot", s, lang) for s in SHOT_SIZES})
        self.shot_angle.relabel({a: label("angle", a, lang) for a in ANGLES})
        self.shot_move.relabel({m: label("move", m, lang) for m in CAMERA_MOVES})
        names = {"none": self.tr("from the camera move"), "hold": self.tr("hold (whole frame)"),
                 "push-in": self.tr("push in"),
                 "pull-out": self.tr("pull out"), "pan-left": self.tr("pan left"),
                 "pan-right": self.tr("pan right"), "custom": self.tr("custom")}
        for i in range(self.framing.count()):
            self.framing.setItemText(i, names.get(self.framing.itemData(i), ""))
        self.draw.setText(self.tr("Draw…"))
        self.draw.setToolTip(self.tr("Open the panel in the sketch pad (Enter)"))
        self.choose.setText(self.tr("Image…"))
        self.clear.setText(self.tr("Clear picture"))
        self.restore.setText(self.tr("Restore to the cut"))
        if self._panel is not None and self._beat is not None:
            self._show_camera(self._beat, self._panel)

    def _show_camera(self, beat: Beat, panel: Panel) -> None:
        cam = camera_for(beat, panel)
        words = cam.move.strip()
        if words in CAMERA_MOVES:
            words = label("move", words, ui_language())
        if cam.source == HAND:
            text = self.tr("set by hand")
        elif cam.source == SHOT:
            text = self.tr("from shot: %1").replace("%1", words)
        elif cam.source == UNANIMATED:
            text = self.tr("%1: not animated").replace("%1", words)
        else:
            text = self.tr("no camera move")
        self.framing_source.setText(text)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def commit_pending(self) -> None:
        if self.panel_id:
            self.caption.commit()
            self.notes.commit()
            self.duration._finish()

    def load(self, episode_id: str, beat: Beat, panel: Panel, project_path: str | None,
             shared_s: float | None = None, project=None) -> None:
        self.episode_id, self.beat_id, self.panel_id = episode_id, beat.id, panel.id
        self.project_path, self._panel, self._beat = project_path, panel, beat
        n = [p.id for p in beat.panels].index(panel.id) + 1
        self.header.setText("<b>" + self.tr("Panel %1 of %2").replace("%1", str(n)).replace(
            "%2", str(len(beat.panels))) + f"</b> · {panel.id}")
        self._show_dropped(panel)
        self.duration.show_value(panel.duration_s)
        self.duration.setPlaceholderText(
            self.tr("shared: %1 s").replace("%1", f"{shared_s:.1f}") if shared_s is not None
            else self.tr("blank = a share of the beat"))
        self.shot_size.show_value(panel.shot.size)
        self.shot_angle.show_value(panel.shot.angle)
        self.shot_move.show_value(panel.shot.move)
        self.caption.show_value(panel.caption)
        self.caption.setPlaceholderText(self.tr("blank = split from the beat's dialogue"))
        self.notes.show_value(panel.notes)
        self.fit.show_value(panel.fit or "fill")
        self.fit.setEnabled(bool(panel.image))
        preset = framing_preset(panel.framing)
        if preset == "custom":
            if self.framing.findData("custom") < 0:
                self.framing.addItem(self.tr("custom"), "custom")
        self.framing.setCurrentIndex(self.framing.findData(preset))
        self._show_camera(beat, panel)
        base = None
        if project_path:
            from pathlib import Path
            base = Path(project_path).parent
        img, warning = cached_panel(project, base, beat, panel, THUMB_H * 9 // 16, THUMB_H)
        self.thumb.setPixmap(QPixmap.fromImage(img))
        names = [x for x in (panel.sketch and self.tr("sketch"), panel.image and self.tr("image"))
                 if x]
        self.picture_label.setText(warning or (" + ".join(names) if names
                                               else self.tr("no picture yet (automatic frame)")))
        self.clear.setEnabled(bool(panel.image or panel.sketch))

    def _show_dropped(self, panel: Panel) -> None:
        mark = panel.dropped
        self.dropped_row.setVisible(mark is not None)
        if mark is not None:
            where = ", ".join(x for x in (mark.source, mark.at.replace("T", " ").rstrip("Z"))
                              if x)
            text = self.tr("Dropped in the edit: out of the cut, plays nowhere")
            self.dropped_label.setText(text + (f" ({where})" if where else ""))

    def _restore(self) -> None:
        if self.panel_id and self._panel is not None and self._panel.dropped is not None:
            edit = restore_panel(self.episode_id, self.beat_id, self.panel_id)
            edit.label = self.tr("Restore panel")
            self.editRequested.emit(edit)

    def _commit(self, path: str, value: Any) -> None:
        if path == "caption" and value == "":
            value = None  # blank: back to the share of the beat's dialogue
        if self.panel_id:
            self.editRequested.emit(SetField.panel(self.episode_id, self.beat_id, self.panel_id,
                                                   path, value))

    def _framing_chosen(self, _index: int) -> None:
        key = self.framing.currentData()
        if key == "custom" or not self.panel_id:
            return
        value = FRAMING_PRESETS[key]
        if self._panel is not None and value == self._panel.framing:
            return
        self.editRequested.emit(SetField(("panel", self.episode_id, self.beat_id, self.panel_id),
                                         "framing", value, self.tr("Set framing")))

    def _clear_picture(self) -> None:
        if self.panel_id:
            self.editRequested.emit(SetPanelPicture(self.episode_id, self.beat_id, self.panel_id,
                                                    image=None, sketch=None,
                                                    label=self.tr("Clear panel picture")))

    def _choose_image(self) -> None:
        if not self.project_path:
            self.problem.emit(self.tr("Save the project first: pictures are stored beside it."))
            return
        path = choose_image_file(self, self.tr("Panel image"))
        if path:
            self.set_image_file(path)

    def set_image_file(self, path: str) -> None:
        from ..core.errors import BeatBoardError
        try:
            edit = give_panel_picture(self.project_path, self.episode_id, self.beat_id,
                                      self.panel_id, path, self.tr("Set panel picture"))
        except (BeatBoardError, OSError) as e:
            self.problem.emit(str(e))
            return
        self.editRequested.emit(edit)

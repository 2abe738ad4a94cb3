"""The inspector's beat page: every field of one beat, each change one undo step."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QFileDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton,
                               QWidget)

from ..core.duration import estimate_duration
from ..core.model import Beat
from ..core.vocab import CAMERA_MOVES, COMPLIANCE_TAGS, KNOWN_KINDS, SHOT_SIZES, tag_info
from ..edit import Compound, Edit, SetField
from .inspector_emotion import EmotionEditor
from .inspector_fields import (BoundCombo, BoundLineEdit, BoundListEdit, BoundTextEdit,
                               CheckList, DurationEditor)
from .thumbnails import ThumbnailLoader

THUMB_PX = 96  # height of the panel-image thumbnail


class BeatForm(QWidget):
    editRequested = Signal(object)  # an Edit for the controller
    problem = Signal(str)  # a user-facing reason something could not be done

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.episode_id = ""
        self.beat_id = ""
        self.project_path: str | None = None
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        form.addRow(self.header)
        self.title = BoundLineEdit("title")
        self.title.setPlaceholderText(self.tr("What happens, in a few words"))
        kinds = [(self._kind_label(k), k) for k in KNOWN_KINDS]
        self.kind = BoundCombo("kind", kinds)
        self.duration = DurationEditor("duration_s")
        self.estimate = QLabel(self)
        self.emotion = EmotionEditor(self)
        self.action = BoundTextEdit("action")
        self.dialogue = BoundTextEdit("dialogue", lines=4)
        self.sound = BoundLineEdit("sound")
        self.shot_size = BoundCombo("shot.size", [("", "")] + [(s, s) for s in SHOT_SIZES])
        self.shot_move = BoundCombo("shot.move", [("", "")] + [(m, m) for m in CAMERA_MOVES])
        self.characters = BoundListEdit("characters")
        self.characters.setPlaceholderText(self.tr("Names, separated by commas"))
        self.location = BoundLineEdit("location")
        self.props = BoundListEdit("props")
        self.props.setPlaceholderText(self.tr("Props, separated by commas"))
        self.compliance = CheckList("compliance", COMPLIANCE_TAGS, self._compliance_labels())
        self.notes = BoundTextEdit("notes")
        self.image_label = QLabel(self)
        self.image_label.setWordWrap(True)
        self.image_choose = QPushButton(self.tr("Choose…"), self)
        self.image_clear = QPushButton(self.tr("Clear"), self)
        self.image_thumb = QLabel(self)  # a cached thumbnail of the panel image
        self.image_thumb.setFixedSize(THUMB_PX * 9 // 16 + 2, THUMB_PX + 2)
        self.image_thumb.setAlignment(Qt.AlignCenter)
        self.image_thumb.hide()
        self.thumbnails = ThumbnailLoader(self)
        self.thumbnails.ready.connect(self._thumbnail_ready)
        self._thumb_key: tuple[str | None, str | None] = (None, None)
        image_row = QWidget(self)
        row = QHBoxLayout(image_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.image_thumb)
        row.addWidget(self.image_label, 1)
        row.addWidget(self.image_choose)
        row.addWidget(self.image_clear)

        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Duration"), self.duration)
        form.addRow("", self.estimate)
        form.addRow(self.tr("Emotion"), self.emotion)
        form.addRow(self.tr("Action"), self.action)
        form.addRow(self.tr("Dialogue"), self.dialogue)
        form.addRow(self.tr("Sound"), self.sound)
        form.addRow(self.tr("Shot size"), self.shot_size)
        form.addRow(self.tr("Camera move"), self.shot_move)
        form.addRow(self.tr("Characters"), self.characters)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Props"), self.props)
        form.addRow(self.tr("Compliance"), self.compliance)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Panel image"), image_row)

        self.fields = [self.title, self.kind, self.duration, self.action, self.dialogue,
                       self.sound, self.shot_size, self.shot_move, self.characters,
                       self.location, self.props, self.compliance, self.notes]
        for f in self.fields:
            f.committed.connect(self._commit)
        self.emotion.tagChosen.connect(self._tag_chosen)
        self.emotion.directionChosen.connect(
            lambda d: self._commit("emotion.direction", d))
        self.emotion.intensityChosen.connect(lambda v: self._commit("emotion.intensity", v))
        self.image_choose.clicked.connect(self._choose_image)
        self.image_clear.clicked.connect(lambda: self._commit_first_panel_image(None))

    def _kind_label(self, kind: str) -> str:
        names = {"hook": self.tr("hook"), "setup": self.tr("setup"),
                 "escalation": self.tr("escalation"), "turn": self.tr("turn (reversal)"),
                 "payoff": self.tr("payoff"), "cliffhanger": self.tr("cliffhanger"),
                 "other": self.tr("other")}
        label = names.get(kind, kind)
        return label if label.startswith(kind) else f"{label} ({kind})"

    def _compliance_labels(self) -> dict[str, str]:
        return {"violence": self.tr("violence / slap"), "blood": self.tr("blood"),
                "smoking": self.tr("smoking"), "drinking": self.tr("drinking"),
                "intimacy": self.tr("intimacy"), "abuse": self.tr("abuse / bullying"),
                "minors": self.tr("minors"), "gambling": self.tr("gambling"),
                "self-harm": self.tr("self-harm"),
                "wealth-flaunting": self.tr("wealth-flaunting"),
                "extreme-revenge": self.tr("extreme revenge")}

    def commit_pending(self) -> None:
        """Commit text typed but not yet finished (before the target changes)."""
        for f in (self.action, self.dialogue, self.notes):
            f.commit()
        for f in (self.title, self.sound, self.location, self.characters, self.props):
            f._finish()

    def load(self, episode_id: str, episode_number: int, beat: Beat, start_s: float | None,
             project_path: str | None) -> None:
        self.episode_id, self.beat_id, self.project_path = episode_id, beat.id, project_path
        where = self.tr("Episode %1 · beat %2").replace("%1", str(episode_number)).replace(
            "%2", beat.id)
        if start_s is not None:
            where += "  ·  " + self.tr("starts at %1 s").replace("%1", f"{start_s:.1f}")
        self.header.setText(f"<b>{where}</b>")
        self.title.show_value(beat.title)
        self.kind.show_value(beat.kind)
        est = estimate_duration(beat.dialogue)
        self.duration.show_value(beat.duration_s, est)
        if beat.duration_s is None:
            self.estimate.setText(self.tr("≈ %1 s (estimated from dialogue)").replace(
                "%1", f"{est:.1f}"))
        else:
            self.estimate.setText(self.tr("Estimate from dialogue: %1 s").replace(
                "%1", f"{est:.1f}"))
        self.emotion.show_value(beat.emotion.tag, beat.emotion.direction, beat.emotion.intensity)
        for f, value in ((self.action, beat.action), (self.dialogue, beat.dialogue),
                         (self.sound, beat.sound), (self.shot_size, beat.shot.size),
                         (self.shot_move, beat.shot.move), (self.characters, beat.characters),
                         (self.location, beat.location), (self.props, beat.props),
                         (self.compliance, beat.compliance), (self.notes, beat.notes)):
            f.show_value(value)
        image = beat.panels[0].image
        self.image_label.setText(image or self.tr("(none)"))
        self._show_thumbnail(image)
        self.image_clear.setEnabled(image is not None)
        self._beat = beat

    def _show_thumbnail(self, rel_path: str | None) -> None:
        """Ask for the thumbnail off the GUI thread; ``_thumbnail_ready`` shows it. The
        same picture stays on screen while it is re-checked (an edit refreshes the form)."""
        key = (self.project_path, rel_path)
        same = key == self._thumb_key
        self._thumb_key = key
        if not same:
            self.image_thumb.clear()
        self.image_thumb.setVisible(bool(rel_path))
        if not (rel_path and self.project_path):
            self.thumbnails.cancel()
            if rel_path:
                self.image_thumb.setText(self.tr("missing"))
            return
        if not same:
            self.image_thumb.setText("…")
        self.thumbnails.request(Path(self.project_path).parent, rel_path, THUMB_PX)

    def _thumbnail_ready(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data:
            pixmap.loadFromData(data)
        if pixmap.isNull():
            self.image_thumb.clear()
            self.image_thumb.setText(self.tr("missing"))
            return
        self.image_thumb.setPixmap(pixmap.scaled(self.image_thumb.size(), Qt.KeepAspectRatio,
                                                 Qt.SmoothTransformation))
        self.image_thumb.show()

    def _edit(self, path: str, value: Any) -> Edit:
        return SetField.beat(self.episode_id, self.beat_id, path, value)

    def _commit(self, path: str, value: Any) -> None:
        if self.beat_id:
            self.editRequested.emit(self._edit(path, value))

    def _tag_chosen(self, tag: str) -> None:
        """A known tag also sets its direction: one undo step."""
        if not self.beat_id:
            return
        info = tag_info(tag)
        edits = [self._edit("emotion.tag", tag)]
        if info is not None:
            edits.append(self._edit("emotion.direction", info.direction))
        self.editRequested.emit(Compound(self.tr("Set emotion"), edits))

    def _choose_image(self) -> None:
        if not self.beat_id:
            return
        if not self.project_path:
            self.problem.emit(self.tr("Save the project first: images are stored beside it."))
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Panel image"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.attach_image_file(path)

    def attach_image_file(self, path: str) -> None:
        from ..core.errors import BeatBoardError
        from ..interchange.images import attach_image
        try:
            rel = attach_image(self.project_path, self._beat, path)
        except (BeatBoardError, OSError) as e:
            self.problem.emit(str(e))
            return
        self._commit_first_panel_image(rel)

    def _commit_first_panel_image(self, rel: str | None) -> None:
        if self.beat_id and self._beat is not None:
            self.editRequested.emit(SetField.panel(self.episode_id, self.beat_id,
                                                   self._beat.panels[0].id, "image", rel))

"""The inspector's beat page: every field of one beat, each change one undo step."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QLabel, QPushButton,
                               QWidget)

from ..core.duration import estimate_duration
from ..core.model import Beat, Project
from ..core.vocab import CAMERA_MOVES, COMPLIANCE_TAGS, KNOWN_KINDS, SHOT_SIZES, tag_info
from ..core.vocab_labels import label
from ..edit import Compound, Edit, SetField
from ..edit.asset_edits import give_panel_picture
from .inspector_emotion import EmotionEditor
from .i18n import ui_language
from .image_assets import choose_image_file
from .inspector_fields import (BoundCombo, BoundLineEdit, BoundListEdit, BoundTextEdit,
                               CheckList, DurationEditor, kind_label, relabel_form)
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
        self.kind = BoundCombo("kind", [(k, k) for k in KNOWN_KINDS])
        self.duration = DurationEditor("duration_s")
        self.estimate = QLabel(self)
        self.emotion = EmotionEditor(self)
        self.action = BoundTextEdit("action")
        self.dialogue = BoundTextEdit("dialogue", lines=4)
        self.sound = BoundLineEdit("sound")
        self.shot_size = BoundCombo("shot.size", [("", "")] + [(s, s) for s in SHOT_SIZES])
        self.shot_move = BoundCombo("shot.move", [("", "")] + [(m, m) for m in CAMERA_MOVES])
        self.characters = BoundListEdit("characters")
        self.location = BoundLineEdit("location")
        self.props = BoundListEdit("props")
        self.compliance = CheckList("compliance", COMPLIANCE_TAGS, {})
        self.notes = BoundTextEdit("notes")
        self.image_label = QLabel(self)
        self.image_label.setWordWrap(True)
        self.image_choose = QPushButton(self)
        self.image_clear = QPushButton(self)
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

        self.form = form
        for widget, text in self._row_labels(image_row):
            form.addRow(text, widget)
        self._image_row = image_row

        self.fields = [self.title, self.kind, self.duration, self.action, self.dialogue,
                       self.sound, self.shot_size, self.shot_move, self.characters,
                       self.location, self.props, self.compliance, self.notes]
        chain = self.emotion.focus_chain() + self.fields + [self.image_choose, self.image_clear]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        for f in self.fields:
            f.committed.connect(self._commit)
        self.emotion.tagChosen.connect(self._tag_chosen)
        self.emotion.directionChosen.connect(
            lambda d: self._commit("emotion.direction", d))
        self.emotion.intensityChosen.connect(lambda v: self._commit("emotion.intensity", v))
        self.image_choose.clicked.connect(self._choose_image)
        self.image_clear.clicked.connect(lambda: self._commit_first_panel_image(None))
        self.retranslate()

    def _row_labels(self, image_row: QWidget) -> list[tuple[QWidget, str]]:
        # Emotion first: it is what a director changes most, on screen and in the Tab order.
        return [(self.emotion, self.tr("Emotion")), (self.title, self.tr("Title")),
                (self.kind, self.tr("Kind")), (self.duration, self.tr("Duration")),
                (self.estimate, ""), (self.action, self.tr("Action")),
                (self.dialogue, self.tr("Dialogue")), (self.sound, self.tr("Sound")),
                (self.shot_size, self.tr("Shot size")), (self.shot_move, self.tr("Camera move")),
                (self.characters, self.tr("Characters")), (self.location, self.tr("Location")),
                (self.props, self.tr("Props")), (self.compliance, self.tr("Compliance")),
                (self.notes, self.tr("Notes")), (image_row, self.tr("Panel image"))]

    def retranslate(self) -> None:
        """Every label, placeholder and vocabulary word in the UI language; values stay."""
        relabel_form(self.form, self._row_labels(self._image_row))
        lang = ui_language()
        self.title.setPlaceholderText(self.tr("What happens, in a few words"))
        self.characters.setPlaceholderText(self.tr("Names, separated by commas"))
        self.props.setPlaceholderText(self.tr("Props, separated by commas"))
        self.kind.relabel({k: kind_label(k, lang) for k in KNOWN_KINDS})
        self.shot_size.relabel({s: label("shot", s, lang) for s in SHOT_SIZES})
        self.shot_move.relabel({m: label("move", m, lang) for m in CAMERA_MOVES})
        self.compliance.relabel({t: label("compliance", t, lang) for t in COMPLIANCE_TAGS})
        self.image_choose.setText(self.tr("Choose…"))
        self.image_clear.setText(self.tr("Clear"))
        self.duration.retranslate()
        self.emotion.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def commit_pending(self) -> None:
        """Commit text typed but not yet finished (before the target changes)."""
        for f in (self.action, self.dialogue, self.notes):
            f.commit()
        for f in (self.title, self.sound, self.location, self.characters, self.props):
            f._finish()

    def load(self, episode_id: str, episode_number: int, beat: Beat, start_s: float | None,
             project_path: str | None, project: Project | None = None) -> None:
        self.episode_id, self.beat_id, self.project_path = episode_id, beat.id, project_path
        self._project = project or Project()
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
        self._show_thumbnail(beat)
        self.image_clear.setEnabled(image is not None)
        self._beat = beat

    def _show_thumbnail(self, beat: Beat) -> None:
        """Ask for the first panel's picture off the GUI thread; ``_thumbnail_ready`` shows
        it. The same picture stays on screen while it is redrawn (an edit refreshes the
        form)."""
        panel = beat.panels[0]
        key = (self.project_path, panel.image)
        same = key == self._thumb_key
        self._thumb_key = key
        if not same:
            self.image_thumb.clear()
        self.image_thumb.setVisible(bool(panel.image))
        if not (panel.image and self.project_path):
            self.thumbnails.cancel()
            if panel.image:
                self.image_thumb.setText(self.tr("missing"))
            return
        if not same:
            self.image_thumb.setText("…")
        self.thumbnails.request(self._project, Path(self.project_path).parent, beat, panel,
                                (THUMB_PX * 9 // 16, THUMB_PX))

    def _thumbnail_ready(self, image, message: str | None) -> None:
        self.image_thumb.setPixmap(QPixmap.fromImage(image))
        self.image_thumb.setToolTip(message or "")
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
        path = choose_image_file(self, self.tr("Panel image"))
        if path:
            self.attach_image_file(path)

    def attach_image_file(self, path: str) -> None:
        """The beat's first panel gets the picture, stored by content like every other."""
        from ..core.errors import BeatBoardError
        if self._beat is None or not self._beat.panels:
            return
        try:
            edit = give_panel_picture(self.project_path, self.episode_id, self.beat_id,
                                      self._beat.panels[0].id, path,
                                      self.tr("Set panel picture"))
        except (BeatBoardError, OSError) as e:
            self.problem.emit(str(e))
            return
        self.editRequested.emit(edit)

    def _commit_first_panel_image(self, rel: str | None) -> None:
        if self.beat_id and self._beat is not None:
            self.editRequested.emit(SetField.panel(self.episode_id, self.beat_id,
                                                   self._beat.panels[0].id, "image", rel))

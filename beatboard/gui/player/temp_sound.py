"""The player's temp sound: choosing it, placing it (offset) and following the transport.

The file is checked by decoding it, then stored by content in the project's assets
through ``edit.asset_edits`` (one undo step); playing follows the transport at 1x only.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from ...core.assets import resolve
from ...core.errors import BeatBoardError
from ...edit.asset_edits import give_episode_sound
from ...edit.field_edits import SetField
from .sound import SoundError, SoundTrack


class TempSound:
    """Mixin for AnimaticPlayer: needs ``controller``, ``selection``, ``transport``,
    ``sound``, ``sound_clock``, ``_tracks`` and the track widgets."""

    def _episode(self):
        return self.controller.project.episode(self.selection.episode_id)

    def _track(self) -> SoundTrack | None:
        """The current episode's sound, when the timeline is that episode alone."""
        ep = self._episode()
        tl = self.transport.timeline
        doc = self.controller.document
        if ep is None or ep.audio is None or doc.path is None or len(tl.cuts) != 1:
            return None
        key = (ep.audio.path, ep.audio.offset_s)
        if key not in self._tracks:
            try:
                self._tracks = {key: SoundTrack.load(resolve(doc.path.parent, ep.audio.path),
                                                     ep.audio.offset_s)}
            except (SoundError, BeatBoardError) as e:
                self.track_label.setText(str(e))
                return None
        return self._tracks[key]

    def _follow_sound(self) -> None:
        """Start, move or stop the sound to match the transport (sound only at 1×)."""
        pos = self.transport.position
        track = self._track() if self.transport.playing and self.transport.speed == 1.0 else None
        if track is None:
            if self.sound_clock.device is not None:
                self.sound.stop()
                self.transport.seek(pos)  # re-anchor on the system clock
            return
        if not self.sound.play(track, pos):
            self.track_label.setText(self.sound.error)
        self.transport.seek(pos)  # re-anchor on the clock now in use

    def choose_sound(self) -> None:
        doc = self.controller.document
        if self._episode() is None:
            return
        if doc.path is None:
            self.controller.refused.emit(self.tr("Save the project first: sound is stored "
                                                 "beside it."))
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Temp sound"), "",
                                              self.tr("Audio (*.wav *.mp3 *.m4a *.aac *.flac *.ogg)"))
        if path:
            self.attach_sound(path)

    def attach_sound(self, path: str) -> bool:
        """Check the file plays, then store it by content: one undo step."""
        ep = self._episode()
        if ep is None:
            return False
        try:
            track = SoundTrack.load(path)
            if track.seconds <= 0:
                raise SoundError(f"{path}: the sound is empty")
            edit = give_episode_sound(self.controller.document.path, ep.id, path,
                                      label=self.tr("Set temp sound"))
        except (SoundError, OSError, BeatBoardError) as e:
            self.controller.refused.emit(str(e))
            return False
        return self.controller.push(edit)

    def _offset_edited(self) -> None:
        ep = self._episode()
        if ep is not None and ep.audio is not None and ep.audio.offset_s != self.offset_box.value():
            self._set_audio({"path": ep.audio.path, "offset_s": self.offset_box.value()})

    def _set_audio(self, value) -> bool:
        ep = self._episode()
        if ep is None:
            return False
        label = self.tr("Set temp sound") if value is not None else self.tr("Remove temp sound")
        return self.controller.push(SetField(("episode", ep.id), "audio", value, label))

    def _show_track(self) -> None:
        ep = self._episode()
        audio = ep.audio if ep is not None else None
        self.offset_box.setEnabled(audio is not None)
        self.clear_track.setEnabled(audio is not None)
        self.offset_box.blockSignals(True)
        self.offset_box.setValue(audio.offset_s if audio else 0.0)
        self.offset_box.blockSignals(False)
        self.track_label.setText(Path(audio.path).name if audio else self.tr("No temp sound"))

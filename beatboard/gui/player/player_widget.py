"""The animatic player: the selected cut of the current episode, played in time.

A 9:16 preview drawn by the same ``AnimaticFrames`` as the video export, a transport
(Space, J/K/L, ← →, Home/End, loop, speed), a cut picker, the scrubber with the hook
zone, beat boundaries, cliffhanger and findings, and the timeline strip for retiming.
Position comes from ``Transport`` and a clock; the frame shown is ``frame_at`` of it.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QStyle,
                               QToolButton, QVBoxLayout, QWidget)

from ...core.cuts import Cut, all_cuts
from ...core.playback import SPEEDS, Transport
from ...core.timeline import Timeline, build_timeline, frame_at, series_speakers
from ...edit.base import EditError
from ...edit.retime import retime_panel_end
from ...render.animatic_frames import AnimaticFrames
from .frame_view import FrameView
from .sound import SoundClock, SoundOutput
from .temp_sound import TempSound

PREVIEW_W, PREVIEW_H = 360, 640
TICK_MS = 15


class AnimaticPlayer(TempSound, QWidget):
    positionChanged = Signal(float)
    playingBeatChanged = Signal(str, str)  # episode id, beat id
    languageChanged = Signal()

    def __init__(self, controller, selection, findings, clock=None, parent=None):
        super().__init__(parent)
        from .scrubber import Scrubber
        from .timeline_strip import TimelineStrip

        self.controller, self.selection, self.findings = controller, selection, findings
        self.sound_clock = SoundClock()
        self.transport = Transport(Timeline([]), clock or self.sound_clock)
        self.sound = SoundOutput(self.sound_clock)
        self._tracks: dict[tuple[str, float], SoundTrack] = {}
        self.cuts: list[Cut] = []
        self._frames: AnimaticFrames | None = None
        self._shown: dict | None = None  # the episode as last built, see _as_played
        self._last_beat = ("", "")
        self.view = FrameView(self)
        self.scrubber = Scrubber(self)
        self.strip = TimelineStrip(self)
        self.time_label = QLabel("0:00.0 / 0:00.0", self)
        self.sound_label = QLabel(self)
        self.sound_label.setWordWrap(True)
        self.track_label = QLabel(self)
        self.track_button = QToolButton(self)
        self.track_button.clicked.connect(self.choose_sound)
        self.offset_box = QDoubleSpinBox(self)
        self.offset_box.setRange(-600, 600)
        self.offset_box.setDecimals(2)
        self.offset_box.setSingleStep(0.1)
        self.offset_box.setSuffix(" s")
        self.offset_box.editingFinished.connect(self._offset_edited)
        self.clear_track = QToolButton(self)
        self.clear_track.setIcon(self.style().standardIcon(QStyle.SP_DialogDiscardButton))
        self.clear_track.clicked.connect(lambda: self._set_audio(None))
        self.cut_box = QComboBox(self)
        self.onward = QCheckBox(self)
        self.speed_box = QComboBox(self)
        for s in SPEEDS:
            self.speed_box.addItem(f"{s:g}×", s)
        self.speed_box.setCurrentIndex(SPEEDS.index(1.0))
        self.play_button = self._button(QStyle.SP_MediaPlay, self.toggle)
        self.loop_button = self._button(QStyle.SP_BrowserReload, self._loop_toggled)
        self.loop_button.setCheckable(True)

        controls = QHBoxLayout()
        self.home_button = self._button(QStyle.SP_MediaSkipBackward, lambda: self.transport.home())
        self.back_button = self._button(QStyle.SP_MediaSeekBackward,
                                        lambda: self.transport.step(-1))
        self.next_button = self._button(QStyle.SP_MediaSeekForward,
                                        lambda: self.transport.step(+1))
        self.end_button = self._button(QStyle.SP_MediaSkipForward, lambda: self.transport.end())
        for b in (self.home_button, self.back_button, self.play_button, self.next_button,
                  self.end_button):
            controls.addWidget(b)
        controls.addWidget(self.loop_button)
        controls.addWidget(self.speed_box)
        controls.addStretch(1)
        controls.addWidget(self.time_label)
        picker = QHBoxLayout()
        self.cut_label = QLabel(self)
        picker.addWidget(self.cut_label)
        picker.addWidget(self.cut_box, 1)
        picker.addWidget(self.onward)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(picker)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.scrubber)
        layout.addLayout(controls)
        layout.addWidget(self.strip)
        track_row = QHBoxLayout()
        track_row.addWidget(self.track_button)
        track_row.addWidget(self.offset_box)
        track_row.addWidget(self.clear_track)
        track_row.addWidget(self.track_label, 1)
        layout.addLayout(track_row)
        layout.addWidget(self.sound_label)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.refresh)
        self.scrubber.seekRequested.connect(self.seek)
        self.strip.seekRequested.connect(self.seek)
        self.strip.retimeRequested.connect(self.retime)
        self.cut_box.currentIndexChanged.connect(lambda _i: self.rebuild())
        self.onward.toggled.connect(lambda _on: self.rebuild())
        self.speed_box.currentIndexChanged.connect(
            lambda i: self.transport.set_speed(self.speed_box.itemData(i)))
        self._shortcuts()
        self.retranslate()
        controller.changed.connect(self._on_changed)
        controller.documentReplaced.connect(self._on_episode)
        selection.episodeChanged.connect(self._on_episode)
        findings.updated.connect(lambda _f: self._update_marks())
        self._on_episode()

    def retranslate(self) -> None:
        self.cut_label.setText(self.tr("Cut:"))
        self.cut_box.setToolTip(self.tr("Which cut of the episode plays: the main line or "
                                        "a variant or choice"))
        self.onward.setText(self.tr("Play on"))
        self.onward.setToolTip(self.tr("Play the following episodes back to back"))
        self.track_button.setText(self.tr("Sound…"))
        self.track_button.setToolTip(self.tr("Temp sound for this episode (WAV, MP3, M4A), "
                                             "copied into the project's assets"))
        self.offset_box.setToolTip(self.tr("When the sound starts: later (+) or trimmed (−)"))
        self.clear_track.setToolTip(self.tr("Remove the temp sound"))
        for button, tip in ((self.play_button, self.tr("Play / pause (Space)")),
                            (self.loop_button, self.tr("Loop")),
                            (self.home_button, self.tr("Start (Home)")),
                            (self.back_button, self.tr("Previous panel (←)")),
                            (self.next_button, self.tr("Next panel (→)")),
                            (self.end_button, self.tr("End (End)"))):
            button.setToolTip(tip)
        self.scrubber.retranslate()
        self.strip.retranslate()
        if self.cuts:
            for i, cut in enumerate(self.cuts):
                self.cut_box.setItemText(i, self.tr("Main line") if cut.is_main
                                         else self._cut_label(cut))
        self._show_track()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
            self.languageChanged.emit()
        super().changeEvent(event)

    def _button(self, icon, slot) -> QToolButton:
        b = QToolButton(self)
        b.setIcon(self.style().standardIcon(icon))
        b.clicked.connect(lambda _checked=False: (slot(), self._follow_sound(), self.refresh()))
        return b

    def _shortcuts(self) -> None:
        keys = {
            Qt.Key_Space: self.toggle,
            Qt.Key_K: lambda: self.transport.shuttle("K"),
            Qt.Key_J: lambda: self._shuttle("J"),
            Qt.Key_L: lambda: self._shuttle("L"),
            Qt.Key_Left: lambda: self.transport.step(-1),
            Qt.Key_Right: lambda: self.transport.step(+1),
            Qt.Key_Home: lambda: self.transport.home(),
            Qt.Key_End: lambda: self.transport.end(),
        }
        for key, slot in keys.items():
            sc = QShortcut(QKeySequence(key), self)
            sc.setContext(Qt.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda s=slot: (s(), self._follow_sound(), self._sync_timer(),
                                                 self.refresh()))

    # --- building the cut --------------------------------------------------------------

    def _on_episode(self, *_args) -> None:
        ep = self.controller.project.episode(self.selection.episode_id)
        self._shown = _as_played(ep)
        self.cuts = all_cuts(ep) if ep is not None else []
        self.cut_box.blockSignals(True)
        self.cut_box.clear()
        for cut in self.cuts:
            self.cut_box.addItem(self.tr("Main line") if cut.is_main else self._cut_label(cut))
        self.cut_box.blockSignals(False)
        self._frames = None
        self.rebuild()
        self.transport.home()
        self._show_track()
        self.refresh()

    def _cut_label(self, cut: Cut) -> str:
        titles = {b.id: b.title or b.id for b in cut.beats}
        return self.tr("via %1").replace("%1", " + ".join(titles.get(d, d) for d in cut.detours))

    def _on_changed(self, change) -> None:
        if change.episode_list or self.selection.episode_id in change.episodes:
            ep = self.controller.project.episode(self.selection.episode_id)
            shown = _as_played(ep)
            if shown == self._shown and not change.episode_list:
                return  # e.g. cards moved on the canvas: nothing the player shows
            self._shown = shown
            index = self.cut_box.currentIndex()
            self.cuts = all_cuts(ep) if ep is not None else []
            self._frames = None  # pictures or captions may have changed
            self._show_track()
            if len(self.cuts) != self.cut_box.count():
                self._on_episode()
                return
            self.cut_box.setCurrentIndex(max(0, min(index, len(self.cuts) - 1)))
            self.rebuild()

    def current_cuts(self) -> list[Cut]:
        if not self.cuts:
            return []
        index = max(0, self.cut_box.currentIndex())
        cuts = [self.cuts[min(index, len(self.cuts) - 1)]]
        if self.onward.isChecked():
            project = self.controller.project
            later = [e for e in project.ordered_episodes() if e.number > cuts[0].episode_number]
            cuts += [c for e in later for c in all_cuts(e, limit=1)]
        return cuts

    def rebuild(self) -> None:
        cuts = self.current_cuts()
        profile = getattr(self.findings, "profile", None)
        hook = getattr(profile, "hook_max_start_s", 3.0) if profile is not None else 3.0
        titles = {e.id: e.title for e in self.controller.project.episodes}
        timeline = build_timeline(cuts, 2.0 if len(cuts) > 1 else 0.0, titles, hook,
                                  series_speakers(self.controller.project))
        self.transport.set_timeline(timeline)
        self.scrubber.hook_zone_s = hook
        self.strip.set_timeline(timeline)
        self._update_marks()
        self.refresh()

    def _update_marks(self) -> None:
        tl = self.transport.timeline
        marks = []
        for cut in tl.cuts:
            for f in self.findings.for_episode(cut.episode_id):
                for bid in f.beats[:1]:
                    span = tl.clip_span(bid)
                    if span is not None:
                        marks.append((span[0], f.severity.value))
        self.scrubber.set_timeline(tl, marks)

    # --- playing -----------------------------------------------------------------------

    def toggle(self) -> None:
        self.transport.toggle()
        self._follow_sound()
        self._sync_timer()
        self.refresh()

    def _shuttle(self, key: str) -> None:
        self.transport.shuttle(key)
        self._follow_sound()

    def _loop_toggled(self) -> None:
        self.transport.loop = self.loop_button.isChecked()

    def _sync_timer(self) -> None:
        playing = self.transport.playing
        self.play_button.setIcon(self.style().standardIcon(
            QStyle.SP_MediaPause if playing else QStyle.SP_MediaPlay))
        if playing and not self.timer.isActive():
            self.timer.start()
        elif not playing and self.timer.isActive():
            self.timer.stop()
            self.sound.stop()
            self._last_beat = ("", "")
            self.playingBeatChanged.emit("", "")  # nothing is playing: no card outlined

    def seek(self, t: float) -> None:
        self.transport.seek(t)
        self._follow_sound()
        self.refresh()

    def retime(self, clip, new_duration: float) -> None:
        try:
            edit = retime_panel_end(self.controller.project, clip.episode_id, clip.beat.id,
                                    clip.panel.id, new_duration)
        except EditError as e:
            self.controller.refused.emit(str(e))
            return
        self.controller.push(edit)

    def frames(self) -> AnimaticFrames:
        if self._frames is None:
            doc = self.controller.document
            base = doc.path.parent if doc.path is not None else None
            self._frames = AnimaticFrames(self.controller.project, base, PREVIEW_W, PREVIEW_H)
        return self._frames

    def refresh(self) -> None:
        """Show the frame of the transport's position (called by the timer while playing)."""
        t = self.transport.position
        self._sync_timer()
        state = frame_at(self.transport.timeline, t)
        self.scrubber.set_position(t)
        self.strip.set_position(t)
        self.time_label.setText(f"{_clock(t)} / {_clock(self.transport.duration)}")
        if state is None:
            self.view.show_image(QImage())
            self.sound_label.clear()
            return
        self.view.show_image(self.frames().frame(state))
        beat = state.clip.beat
        self.sound_label.setText(("♪ " + beat.sound) if beat is not None and beat.sound else "")
        key = (state.clip.episode_id, beat.id if beat is not None else "")
        if self.transport.playing and key != self._last_beat:
            self._last_beat = key
            self.playingBeatChanged.emit(*key)
        self.positionChanged.emit(t)


def _as_played(ep) -> dict | None:
    """What of an episode the player shows: everything but where its cards sit on the
    canvas."""
    return None if ep is None else ep.model_dump(exclude={"beats": {"__all__": {"pos"}}})


def _clock(t: float) -> str:
    return f"{int(t // 60)}:{t % 60:04.1f}"

"""The animatic dock in the editor: a fake clock drives playback; no test waits."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from beatboard.core.playback import Transport
from beatboard.core.timeline import Timeline

import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from animatic.helpers import FakeClock, project  # noqa: E402


@pytest.fixture
def window(make_window):
    w = make_window(project())
    w.selection.set_episode("ep1")
    clock = FakeClock()
    player = w.player.player
    player.transport = Transport(player.transport.timeline, clock)
    player.rebuild()
    return w, player, clock


def test_player_shows_the_panel_of_the_moment_and_the_cut_picker(window):
    w, player, clock = window
    assert [player.cut_box.itemText(i) for i in range(player.cut_box.count())][0] == "Main line"
    assert player.cut_box.count() == 4
    player.toggle()
    clock.advance(1.2)
    player.refresh()
    assert player.transport.playing
    assert player.time_label.text().startswith("0:01.2")
    assert not player.view.image.isNull() and player.view.image.height() == 640
    player.cut_box.setCurrentIndex(3)
    assert [b.id for b in player.transport.timeline.cuts[0].beats] == ["h", "a2", "m", "b2", "c"]
    assert player.transport.position == pytest.approx(1.2)


def test_keys_step_and_shuttle(window, qtbot):
    w, player, clock = window
    player.setFocus()
    qtbot.keyClick(player, Qt.Key_Right)
    assert player.transport.position == pytest.approx(1.0)
    qtbot.keyClick(player, Qt.Key_End)
    assert player.transport.position == pytest.approx(60.5)
    qtbot.keyClick(player, Qt.Key_Home)
    qtbot.keyClick(player, Qt.Key_L)
    qtbot.keyClick(player, Qt.Key_L)
    assert player.transport.speed == 1.5 and player.transport.playing
    qtbot.keyClick(player, Qt.Key_K)
    assert not player.transport.playing
    qtbot.keyClick(player, Qt.Key_Space)
    assert player.transport.playing


def test_dragging_a_panel_end_retimes_it_in_one_undo_step(window):
    w, player, clock = window
    clip = player.transport.timeline.clips[2]  # a1, 10 s of the 20 s setup beat
    player.retime(clip, 6.0)
    beat = w.controller.project.episode("ep1").beat("a")
    assert [p.duration_s for p in beat.panels] == [6.0, 14.0]
    assert beat.seconds == 20
    assert w.controller.stack.count() == 1
    assert player.transport.timeline.clips[2].duration == pytest.approx(6.0)
    w.controller.stack.undo()
    assert [p.duration_s for p in w.controller.project.episode("ep1").beat("a").panels] == [10, None]


def test_tightening_the_hook_clears_hook_late(make_window):
    from beatboard.core.model import Beat, Emotion
    p = project()
    ep = p.episodes[0]
    # A 4-second cold open before the hook makes the hook late.
    ep.beats = [Beat(id="open", title="Cold open", kind="setup", duration_s=4)] + ep.beats
    ep.links = ep.links + [type(ep.links[0])(**{"from": "open", "to": "h"})]
    w = make_window(p)
    w.selection.set_episode("ep1")
    player = w.player.player
    late = [f.rule for f in w.findings.for_episode("ep1")]
    assert "HOOK_LATE" in late
    open_clip = player.transport.timeline.clips[0]
    player.retime(open_clip, 2.5)
    assert w.controller.project.episode("ep1").beat("open").duration_s == 2.5
    assert "HOOK_LATE" not in [f.rule for f in w.findings.for_episode("ep1")]


def test_curve_click_seeks_and_playhead_follows(window, qtbot):
    w, player, clock = window
    curve = w.docks.curve
    player.seek(10.0)
    assert curve.playhead == pytest.approx(10.0)
    curve.seekRequested.emit(30.0)
    assert player.transport.position == pytest.approx(30.0)


def test_the_playing_beat_is_outlined_on_the_canvas(window):
    w, player, clock = window
    player.toggle()
    clock.advance(5)
    player.refresh()
    assert w.canvas._playing_beat == "a"
    player.toggle()
    assert w.canvas._playing_beat == ""


def test_export_action_is_in_the_file_menu(window):
    w, *_ = window
    texts = [a.text() for a in w.menus["file"].actions()]
    assert texts.index("Export &Animatic…") == texts.index("&Export PDF Boards…") + 1


def _tone(path, seconds):
    import math, struct, wave
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(22050)
        w.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(i / 10)))
                               for i in range(int(22050 * seconds))))


def test_temp_sound_is_attached_as_an_asset_in_one_undo_step(window, tmp_path):
    w, player, clock = window
    w.files.save_to(tmp_path / "s.beatboard") if hasattr(w.files, "save_to") else \
        w.controller.document.save(tmp_path / "s.beatboard")
    _tone(tmp_path / "temp.wav", 2.0)
    assert player.attach_sound(str(tmp_path / "temp.wav"))
    audio = w.controller.project.episode("ep1").audio
    assert audio.path.startswith("s.assets/") and (tmp_path / audio.path).is_file()
    assert player.track_label.text().endswith(".wav")
    player.offset_box.setValue(1.5)
    player._offset_edited()
    assert w.controller.project.episode("ep1").audio.offset_s == 1.5
    assert w.controller.stack.count() == 2
    w.controller.stack.undo()
    w.controller.stack.undo()
    assert w.controller.project.episode("ep1").audio is None
    (tmp_path / "bad.mp3").write_bytes(b"not audio")
    refused = []
    w.controller.refused.connect(refused.append)
    assert not player.attach_sound(str(tmp_path / "bad.mp3"))
    assert "bad.mp3" in refused[0]


def test_sound_positions_follow_the_timeline():
    from beatboard.gui.player.sound import BYTES_PER_FRAME, RATE, SoundTrack
    track = SoundTrack(bytes(range(256)) * 4 * 100, offset_s=1.0)  # 0.53 s of ramps
    assert track.pcm_at(0.0, 10) == bytes(10 * BYTES_PER_FRAME)  # before the offset: silence
    assert track.pcm_at(1.0, 1) == bytes([0, 1, 2, 3])
    assert track.pcm_at(1.0 + 1 / RATE, 1) == bytes([4, 5, 6, 7])
    assert track.pcm_at(5.0, 3) == bytes(3 * BYTES_PER_FRAME)  # after the end: silence


def test_sound_clock_drives_the_pictures_without_drift():
    """Two minutes of samples taken by the sound card move the picture exactly two minutes."""
    from beatboard.core.playback import Transport
    from beatboard.gui.player.sound import RATE, SoundClock
    from beatboard.core.cuts import cut_for_choices
    from beatboard.core.timeline import build_timeline
    from animatic.helpers import two_variant_episode
    ep = two_variant_episode()
    ep.beats[1].duration_s = 200
    clock = SoundClock()
    t = Transport(build_timeline([cut_for_choices(ep)]), clock)
    clock.started(device=object())
    t.seek(1.0)
    t.play()
    for _ in range(120 * RATE // 512):
        clock.consumed(512)  # what the device callback reports, block by block
    expected = 1.0 + (120 * RATE // 512) * 512 / RATE
    assert abs(t.position - expected) < 1e-9
    assert abs(t.position - 121.0) < 1 / 30


def test_sound_plays_through_a_real_device_backend():
    """miniaudio's null backend stands in for a sound card: samples are taken, the clock moves."""
    import time
    miniaudio = pytest.importorskip("miniaudio")
    from beatboard.gui.player.sound import SoundClock, SoundOutput, SoundTrack
    clock = SoundClock()
    out = SoundOutput(clock, backends=[miniaudio.Backend.NULL])
    assert out.play(SoundTrack(bytes(48000 * 4)), 0.0), out.error
    start = clock()
    time.sleep(0.3)
    assert clock() > start
    out.stop()
    assert clock.device is None


def test_player_speaks_chinese_after_a_live_switch(window):
    from PySide6.QtWidgets import QApplication
    from beatboard.gui.i18n import install_language
    sys.path.insert(0, str(Path(__file__).parent))
    from pending_i18n import PendingTranslator
    w, player, _ = window
    app = QApplication.instance()
    pending = PendingTranslator(app)
    try:
        install_language(app, "zh_CN")
        app.installTranslator(pending)
        QApplication.processEvents()
        assert w.player.dock.windowTitle() == "动态分镜"
        assert w.player.export_action.text() == "导出动态分镜(&A)…"
        assert player.cut_box.itemText(0) == "主线" and player.onward.text() == "连播"
    finally:
        app.removeTranslator(pending)
        install_language(app, "en")
        QApplication.processEvents()
    assert w.player.dock.windowTitle() == "Animatic"


def test_moving_cards_leaves_the_player_alone_and_a_retime_rebuilds_it(window):
    from beatboard.edit import MoveCards, SetField
    w, player, _clock = window
    timeline, frames = player.transport.timeline, player.frames()
    beat = w.controller.project.episode("ep1").beats[0]
    assert w.controller.push(MoveCards("ep1", {beat.id: (500.0, 300.0)}))
    assert player.transport.timeline is timeline and player.frames() is frames
    assert w.controller.push(SetField.beat("ep1", beat.id, "duration_s", 7.5))
    assert player.transport.timeline is not timeline
    assert player.transport.timeline.duration != timeline.duration


def test_the_player_names_a_series_character_as_the_speaker(make_window):
    from beatboard.core.model import Character
    proj = project()
    proj.series.characters = [Character(name="Lin Xia")]
    proj.episodes[0].beats[0].panels[0].caption = "Lin Xia: You will regret this."
    w = make_window(proj)
    w.selection.set_episode("ep1")
    player = w.player.player
    player.rebuild()
    first = player.transport.timeline.captions[0]
    assert (first.speaker, first.text) == ("Lin Xia", "You will regret this.")

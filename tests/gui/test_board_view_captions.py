"""The Board view prints under each panel the caption cues the animatic shows while that
panel is on screen: the same text, split the same way, with the series' characters as
speakers (issue 16)."""
from __future__ import annotations

from pathlib import Path

import pysubs2

from beatboard.core import fileio
from beatboard.core.cuts import main_cut
from beatboard.core.timeline import build_timeline, series_speakers
from beatboard.export.animatic import write_srt

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "iron-heiress.beatboard"


def test_board_captions_are_the_animatics_cues(make_window, tmp_path):
    project = fileio.load(SAMPLE)
    win = make_window(project)
    ep = win.controller.project.episodes[0]
    win.selection.set_episode(ep.id)
    win.acts.board_view.trigger()
    board = win.docks.board
    shown = {c.panel.id: c.caption for c in board.cells}

    # The animatic's subtitles, read back from its SRT, each under the panel on screen
    # when it starts.
    timeline = build_timeline([main_cut(ep)], speakers=series_speakers(project))
    write_srt(timeline, tmp_path / "e01.srt")
    under: dict[str, list[str]] = {}
    for ev in pysubs2.load(str(tmp_path / "e01.srt")):
        clip = timeline.clips[timeline.index_at(ev.start / 1000 + 1e-4)]
        under.setdefault(clip.panel.id, []).append(ev.plaintext)
    assert len(under) > 10
    for clip in timeline.clips:
        assert shown[clip.panel.id] == "\n".join(under.get(clip.panel.id, [])), clip.panel.id
    # The sample's first beat: a long line is two cues, not one line under one panel.
    assert shown["e01-b01-p2"] == ("MARGARET: Too salty.\n"
                                   "MARGARET: Three years in this house and you still cook "
                                   "like a servant.")


def test_board_timing_is_the_players_clock(make_window):
    """Each main-line panel's "@start · seconds" is its clip on the player's timeline."""
    project = fileio.load(SAMPLE)
    ep = project.episodes[0]
    ep.beats[0].panels[0].duration_s = 1.25  # a panel with its own time
    win = make_window(project)
    win.selection.set_episode(ep.id)
    win.acts.board_view.trigger()
    timing = {c.panel.id: c.timing for c in win.docks.board.cells}
    timeline = build_timeline([main_cut(ep)])
    for clip in timeline.clips:
        assert timing[clip.panel.id] == f"@{clip.start:.1f}s · {clip.duration:.1f} s"
    assert timing[ep.beats[0].panels[0].id].endswith("· 1.2 s")


def test_naming_a_series_character_retags_the_board_captions(make_window):
    """A word before a colon becomes a speaker tag once the series lists that character;
    the Board view follows the edit (and its undo) as the animatic would."""
    from beatboard.edit.field_edits import SetField

    from conftest import small_project
    project = small_project()
    beat = project.episode("ep1").beat("s1")
    line = "the old gardener who kept every letter she ever wrote to him"  # 60 characters
    beat.dialogue = f"Zed: {line}"
    beat.panels = beat.panels[:1]
    win = make_window(project)
    win.selection.set_episode("ep1")
    win.acts.board_view.trigger()
    board = win.docks.board

    def caption():
        return next(c.caption for c in board.cells if c.beat.id == "s1")

    untagged = caption()
    assert untagged.count("\n") == 1  # "Zed:" is text: the line is too long for one cue
    win.controller.push(SetField.series("characters", [{"name": "Zed"}]))
    assert caption() == f"Zed: {line}"  # a speaker: shown apart, one cue
    win.controller.stack.undo()
    assert caption() == untagged

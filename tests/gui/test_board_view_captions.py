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

"""The review of an edited timeline, and what applying it does to the project."""
from __future__ import annotations

import pytest

from beatboard.core import fileio
from beatboard.core.editorial_names import METADATA_KEY
from beatboard.core.panel_timing import panel_times
from beatboard.interchange.edit_timeline import read_edit_timeline
from beatboard.roundtrip.apply import proposal_edit
from beatboard.roundtrip.proposal import propose

from .edits import frames, move, new_clip, set_frames, track
from .factory import export_like, write


@pytest.fixture
def ep(project):
    return project.ordered_episodes()[0]


def _review(project, tl, path):
    return propose(project, read_edit_timeline(write(tl, path)))


def _kinds(prop):
    return [(r.kind, r.panel_id or r.beat_id) for r in prop.rows]


def test_an_untouched_timeline_proposes_nothing_in_every_format(project, ep, tmp_path):
    tl = export_like(project, ep, tmp_path / "s")
    for ext in (".otio", ".xml", ".fcpxml", ".edl"):
        prop = _review(project, tl, tmp_path / f"same{ext}")
        assert prop.rows == [] and prop.matched == 22
        assert proposal_edit(project, prop) is None


def test_a_trim_retimes_that_panel_and_its_beat_and_keeps_its_neighbours(project, ep, tmp_path):
    tl = export_like(project, ep, tmp_path / "s")
    beat = ep.beats[1]  # three panels sharing 10 s
    old = panel_times(beat)
    set_frames(track(tl)[3], 40)  # its second panel, 80 frames -> 40
    prop = _review(project, tl, tmp_path / "trim.fcpxml")
    assert _kinds(prop) == [("duration", beat.panels[1].id)]
    row = prop.rows[0]
    assert (row.old, row.new) == ("3.33 s", "1.67 s") and row.shot == "E01-004"
    text = fileio.dumps(project)
    later_start = ep.beats[2].id
    edit = proposal_edit(project, prop)
    edit.apply(project)
    new = panel_times(beat)
    assert new[1][1] == pytest.approx(40 / 24, abs=1e-4)
    assert new[0] == old[0] and new[2][1] == old[2][1]  # the others keep their time
    assert beat.seconds == pytest.approx(10 - 40 / 24, abs=1e-3)
    edit.revert(project)
    assert fileio.dumps(project) == text
    assert later_start == ep.beats[2].id


def test_reorder_drop_and_added_clip_are_proposed_and_applied_as_one_step(project, ep,
                                                                         tmp_path):
    tl = export_like(project, ep, tmp_path / "s")
    tr = track(tl)
    b2, b3 = ep.beats[1], ep.beats[2]
    move(tr, 4, 3)  # b2's third panel before its second
    tr.remove(tr[6])  # b3's second panel is cut
    tr.insert(6, new_clip("pickup shot", 30))  # and a clip that shows no panel
    prop = _review(project, tl, tmp_path / "cut.otio")
    kinds = _kinds(prop)
    assert ("order", b2.id) in kinds and ("drop", b3.panels[1].id) in kinds
    add = next(r for r in prop.rows if r.kind == "add")
    assert not add.accepted and add.after == b3.panels[0].id and add.new_s == 1.25
    add.accepted = True
    text = fileio.dumps(project)
    edit = proposal_edit(project, prop)
    assert edit.label == "Update timing from edit"
    edit.apply(project)
    assert [p.id for p in b2.panels] == [b2.panels[0].id, "e01-b02-p3", "e01-b02-p2"]
    assert b3.panels[2].dropped.source == "cut.otio"
    assert b3.panels[2].dropped.note == "dropped in the edit"
    assert len(b3.panels) == 3 and b3.panels[1].duration_s == 1.25
    assert panel_times(b3)[2][1] == 0.0  # the dropped one plays no more
    edit.revert(project)
    assert fileio.dumps(project) == text


def test_a_clip_moved_into_another_beat_and_beats_reordered_are_reported_not_applied(
        project, ep, tmp_path):
    tl = export_like(project, ep, tmp_path / "s")
    tr = track(tl)
    move(tr, 0, 5)  # b1's first panel among b2's
    prop = _review(project, tl, tmp_path / "moved.xml")
    moved = [r for r in prop.rows if r.kind == "moved"]
    assert [r.panel_id for r in moved] == [ep.beats[0].panels[0].id]
    assert not moved[0].applicable
    tl = export_like(project, ep, tmp_path / "s")
    tr = track(tl)
    move(tr, 0, 4)
    move(tr, 0, 4)  # beat 1 (two panels) after beat 2
    prop = _review(project, tl, tmp_path / "beats.xml")
    order = [r for r in prop.rows if r.kind == "beat_order"]
    assert len(order) == 1 and order[0].new.startswith(ep.beats[1].id)
    assert proposal_edit(project, prop) is None  # nothing to apply


def test_a_beat_left_out_whole_is_reported_and_its_panels_stay_in_the_cut(project, ep,
                                                                          tmp_path):
    tl = export_like(project, ep, tmp_path / "s")
    tr = track(tl)
    tr.remove(tr[0])
    tr.remove(tr[0])
    prop = _review(project, tl, tmp_path / "short.otio")
    assert _kinds(prop) == [("beat_removed", ep.beats[0].id)]
    assert proposal_edit(project, prop) is None


def test_a_panel_the_editor_put_back_is_restored_with_its_clip_time(project, ep, tmp_path):
    tl = export_like(project, ep, tmp_path / "s")
    from beatboard.core.model import Dropped
    ep.beats[1].panels[2].dropped = Dropped(source="old.xml")
    prop = _review(project, tl, tmp_path / "back.otio")
    assert ("restore", ep.beats[1].panels[2].id) in _kinds(prop)
    proposal_edit(project, prop).apply(project)
    assert ep.beats[1].panels[2].dropped is None


def test_a_timeline_converted_to_30_fps_is_read_in_seconds_with_a_note(project, ep, tmp_path):
    tl = export_like(project, ep, tmp_path / "s", fps=30)
    tl.metadata[METADATA_KEY]["fps"] = 24  # exported at 24, the editor works at 30
    set_frames(track(tl)[0], frames(track(tl)[0]) + 30)  # one second longer
    prop = _review(project, tl, tmp_path / "at30.otio")
    assert any("30 fps" in n and "converted" in n for n in prop.notes)
    zh = prop.notes_in("zh")
    assert zh[0].startswith("at30.otio：OpenTimelineIO，22 个片段，30 fps")
    assert any("导出时为 24 fps" in n for n in zh)
    assert _kinds(prop) == [("duration", ep.beats[0].panels[0].id)]
    assert prop.rows[0].new_s == pytest.approx(4.0)


def test_an_fcp7_timeline_at_29_97_fps_is_converted_with_a_note(project, ep, tmp_path):
    import opentimelineio as otio
    tl = export_like(project, ep, tmp_path / "s")
    for clip in track(tl):  # as an application conforms a sequence to NTSC
        n = round(frames(clip) * 30000 / 1001 / 24)
        clip.source_range = otio.opentime.TimeRange(otio.opentime.RationalTime(0, 29.97),
                                                    otio.opentime.RationalTime(n, 29.97))
    prop = _review(project, tl, tmp_path / "ntsc.xml")
    assert prop.timeline.rate == pytest.approx(29.97, abs=1e-3)
    assert any("29.97 fps" in n and "converted" in n for n in prop.notes)
    assert [r.kind for r in prop.rows] == []  # within a frame: nothing changed


def test_a_gap_the_editor_left_is_noted(project, ep, tmp_path):
    import opentimelineio as otio
    tl = export_like(project, ep, tmp_path / "s")
    track(tl).insert(2, otio.schema.Gap(source_range=otio.opentime.TimeRange(
        otio.opentime.RationalTime(0, 24), otio.opentime.RationalTime(12, 24))))
    prop = _review(project, tl, tmp_path / "black.xml")
    assert any("gap of 0.50 s after clip 2" in n for n in prop.notes)
    assert prop.rows == []

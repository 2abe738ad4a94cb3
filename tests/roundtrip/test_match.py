"""Clips find their panels by file name, metadata, reel or clip name; timelines of
another series, or an EDL whose reels match nothing, are refused naming the file."""
from __future__ import annotations

import opentimelineio as otio
import pytest

from beatboard.core.errors import BeatBoardError
from beatboard.core.editorial_names import METADATA_KEY
from beatboard.interchange.edit_timeline import read_edit_timeline
from beatboard.roundtrip.match import match_clips
from beatboard.roundtrip.proposal import propose

from .factory import export_like, shot_clips, write
from .edits import track


def _matched(project, tl, tmp_path, name):
    found = match_clips(project, read_edit_timeline(write(tl, tmp_path / name)))
    ep = project.ordered_episodes()[0]
    assert [m.panel_id for m in found] == [p.id for p, *_ in shot_clips(project, ep)]
    return {m.how for m in found}


def _strip(tl, media=False, metadata=False, reel=False, names=False):
    for i, clip in enumerate(track(tl)):
        if media:
            clip.media_reference = otio.schema.MissingReference()
        if metadata:
            clip.metadata.pop(METADATA_KEY, None)
        if reel:
            clip.metadata.pop("cmx_3600", None)
        if names:
            clip.name = f"Shot {i}"
    return tl


def test_clips_renamed_in_an_application_that_drops_metadata_match_by_file_name(project,
                                                                                tmp_path):
    tl = _strip(export_like(project, project.ordered_episodes()[0], tmp_path / "s"),
                metadata=True, names=True)
    assert _matched(project, tl, tmp_path, "cut.xml") == {"file"}


def test_without_media_the_metadata_names_the_panel(project, tmp_path):
    tl = _strip(export_like(project, project.ordered_episodes()[0], tmp_path / "s"),
                media=True, names=True)
    assert _matched(project, tl, tmp_path, "cut.otio") == {"metadata"}


def test_an_edl_without_media_lines_matches_by_reel(project, tmp_path):
    tl = _strip(export_like(project, project.ordered_episodes()[0], tmp_path / "s"),
                media=True, metadata=True, names=True)
    assert _matched(project, tl, tmp_path, "cut.edl") == {"reel"}


def test_with_nothing_else_the_clip_name_E01_003_names_the_shot(project, tmp_path):
    tl = _strip(export_like(project, project.ordered_episodes()[0], tmp_path / "s"),
                media=True, metadata=True, reel=True)
    assert _matched(project, tl, tmp_path, "cut.otio") == {"name"}


def test_a_timeline_of_another_series_is_refused_by_its_metadata(project, tmp_path):
    tl = export_like(project, project.ordered_episodes()[0], tmp_path / "s")
    tl.metadata[METADATA_KEY]["series_id"] = "f" * 32
    path = write(tl, tmp_path / "other.otio")
    with pytest.raises(BeatBoardError) as e:
        propose(project, read_edit_timeline(path))
    assert "other.otio" in str(e.value) and "another series" in str(e.value)


def test_stills_named_for_another_series_are_refused(project, tmp_path):
    ep = project.ordered_episodes()[0]
    other = project.model_copy(deep=True)
    other.series.id = "9" * 32
    path = write(export_like(other, ep, tmp_path / "s", with_metadata=False),
                 tmp_path / "other.fcpxml")
    with pytest.raises(BeatBoardError) as e:
        propose(project, read_edit_timeline(path))
    assert "other.fcpxml" in str(e.value) and "99999999" in str(e.value)
    assert "clip 1" in str(e.value)


def test_a_project_without_a_series_id_takes_any_timeline_of_its_panels(project, tmp_path):
    tl = export_like(project, project.ordered_episodes()[0], tmp_path / "s")
    project.series.id = None
    assert propose(project, read_edit_timeline(write(tl, tmp_path / "a.otio"))).matched == 22


def test_an_edl_whose_reels_match_no_panel_is_refused(project, tmp_path):
    tl = _strip(export_like(project, project.ordered_episodes()[0], tmp_path / "s"),
                media=True, metadata=True, names=True)
    for i, clip in enumerate(track(tl)):
        clip.metadata["cmx_3600"] = {"reel": f"TAPE{i:04d}"}
    path = write(tl, tmp_path / "tapes.edl")
    with pytest.raises(BeatBoardError) as e:
        propose(project, read_edit_timeline(path))
    assert "tapes.edl" in str(e.value) and "no reel name" in str(e.value)

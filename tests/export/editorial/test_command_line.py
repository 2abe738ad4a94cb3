"""``beatboard export editorial`` and ``export otio`` from the command line: files, CFR
video, findings as markers, and bad input refused in one line with nothing written."""
from fractions import Fraction
from pathlib import Path

import opentimelineio as otio
import pytest

from beatboard.cli import main
from beatboard.core.editorial_names import METADATA_KEY
from beatboard.core.fileio import save
from beatboard.core.model import Beat, Episode, Project, Series

from .conftest import SAMPLES


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def tiny(tmp_path):
    beats = [Beat(id="b1", kind="hook", title="Slap", duration_s=1.5, dialogue="AVA: Out.",
                  characters=["O'Neil"]),
             Beat(id="b2", kind="cliffhanger", title="Door <&> 'shut'", duration_s=2.0)]
    path = tmp_path / "tiny.beatboard"
    save(Project(series=Series(title="Tiny"), episodes=[Episode(id="e1", number=1, beats=beats)]),
         path)
    return path


def _frames(path: Path):
    import av
    with av.open(str(path)) as c:
        s = c.streams.video[0]
        pts = [f.pts for f in c.decode(s)]
        return pts, s.time_base


def test_editorial_writes_every_file_and_a_constant_rate_animatic(capsys, tiny, tmp_path):
    out = tmp_path / "edit"
    code, stdout, err = run(capsys, "export", "editorial", tiny, "-o", out, "--fps", "25")
    assert code == 0, err
    names = sorted(p.name for p in out.iterdir())
    assert names == ["E001_main.edl", "E001_main.fcpxml", "E001_main.mp4", "E001_main.otio",
                     "E001_main.srt", "E001_main.xml", "stills"]
    # An apostrophe in a name breaks the FCPXML writer's look-ups: a typographic one is used.
    fcpx = (out / "E001_main.fcpxml").read_text("utf-8")
    assert 'name="E01-001 O\u2019Neil"' in fcpx
    pts, tb = _frames(out / "E001_main.mp4")
    assert len(pts) == round(3.5 * 25)
    steps = {b - a for a, b in zip(pts, pts[1:])}
    assert len(steps) == 1 and steps.pop() * tb == Fraction(1, 25)


def test_animatic_cfr_option_stores_every_frame(capsys, tiny, tmp_path):
    code, _, err = run(capsys, "export", "animatic", tiny, "-o", tmp_path / "vfr.mp4")
    assert code == 0, err
    code, _, err = run(capsys, "export", "animatic", tiny, "-o", tmp_path / "cfr.mp4", "--cfr")
    assert code == 0, err
    vfr, _ = _frames(tmp_path / "vfr.mp4")
    cfr, tb = _frames(tmp_path / "cfr.mp4")
    assert len(vfr) < len(cfr) == round(3.5 * 30)  # the default holds a picture in one frame
    assert {b - a for a, b in zip(cfr, cfr[1:])} == {round(1 / (30 * tb))}


def test_findings_of_the_cut_become_markers(capsys, tmp_path):
    from beatboard.cli.check import load_and_check
    src = SAMPLES / "broken-rhythm.beatboard"
    out = tmp_path / "edit"
    code, _, err = run(capsys, "export", "editorial", src, "-o", out, "--episodes", "2",
                       "--format", "otio", "--no-video")
    assert code == 0, err
    _, _, findings = load_and_check(str(src), None)
    mine = [f for f in findings if f.episode_number == 2]
    assert mine
    tl = otio.adapters.read_from_file(str(out / "E002_main.otio"))
    played = set(tl.metadata[METADATA_KEY]["beats"])
    # A finding about beats the cut never plays (an unreachable beat) is not the cut's.
    mine = [f for f in mine if not f.beats or played & set(f.beats)]
    assert len(mine) >= 2
    rules = [m.metadata[METADATA_KEY]["rule"] for c in tl.find_clips() for m in c.markers
             if m.metadata[METADATA_KEY]["marker"] == "finding"]
    assert sorted(rules) == sorted(f.rule for f in mine)


def test_export_otio_keeps_its_interface_and_writes_panels_with_stills(capsys, tiny, tmp_path):
    out = tmp_path / "show.otio"
    code, _, err = run(capsys, "export", "otio", tiny, "-o", out, "--episode", "1")
    assert code == 0, err
    tl = otio.adapters.read_from_file(str(out))
    assert isinstance(tl, otio.schema.Timeline)
    clips = tl.find_clips()
    assert [c.metadata[METADATA_KEY]["panel_id"] for c in clips] == ["b1-p1", "b2-p1"]
    from beatboard.core.editorial_names import series_short
    from beatboard.core.fileio import load
    series_id = load(tiny).series.id
    assert series_id and tl.metadata[METADATA_KEY]["series_id"] == series_id
    for c in clips:
        path = Path(c.media_reference.target_url.removeprefix("file://"))
        assert path.parent == tmp_path / "show_stills" and path.is_file()
        assert path.name.startswith(series_short(series_id) + "_")  # this series' stills
    code, _, err = run(capsys, "export", "otio", tiny, "-o", out, "--episode", "9")
    assert code == 2 and "no episode 9" in err


@pytest.mark.parametrize("args, words", [
    (["--format", "otio,avi"], "'avi' is not a format"),
    (["--size", "1920x1080"], "--size"),
    (["--fps", "60"], "--fps"),
    (["--start-tc", "1:00:00"], "--start-tc"),
    (["--start-tc", "00:00:00:30"], "out of range"),
    (["--episodes", "2-4"], "no episode 2, 3, 4"),
    (["--cuts", "best"], "--cuts"),
])
def test_bad_options_are_one_line_exit_2_and_nothing_written(capsys, tiny, tmp_path, args, words):
    out = tmp_path / "edit"
    code, _, err = run(capsys, "export", "editorial", tiny, "-o", out, *args)
    assert code == 2 and words in err, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not out.exists()


def test_unwritable_or_asset_folder_targets_are_refused(capsys, tiny, tmp_path, monkeypatch):
    assets = tiny.with_suffix(".assets")
    assets.mkdir()
    code, _, err = run(capsys, "export", "editorial", tiny, "-o", assets / "edit")
    assert code == 2 and "asset folder" in err and not (assets / "edit").exists()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(capsys, "export", "editorial", tiny, "-o", blocker)
    assert code == 2 and "is a file" in err
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    import os
    real_access = os.access
    if real_access(locked, os.W_OK):  # root writes anywhere: let the folder refuse as it would
        monkeypatch.setattr(os, "access", lambda p, mode: Path(p) != locked and real_access(p, mode))
    try:
        code, _, err = run(capsys, "export", "editorial", tiny, "-o", locked / "edit")
        assert code == 2 and "not writable" in err and not (locked / "edit").exists()
    finally:
        locked.chmod(0o700)


def test_markers_and_notes_speak_chinese_with_lang_zh(capsys, tiny, tmp_path):
    out = tmp_path / "edit"
    code, _, err = run(capsys, "export", "editorial", tiny, "-o", out, "--lang", "zh",
                       "--format", "otio,edl", "--no-video")
    assert code == 0, err
    clips = otio.adapters.read_from_file(str(out / "E001_main.otio")).find_clips()
    names = [m.name for c in clips for m in c.markers]
    assert names[0].startswith("节拍 b1: Slap") and any(n.startswith("卡点 b2: Door <&> 'shut'") for n in names)
    assert "钩子区结束" in names and any(n.startswith("字幕: AVA: Out.") for n in names)
    assert clips[0].metadata[METADATA_KEY]["camera"].startswith("镜头：")
    assert "* LOC: " in (out / "E001_main.edl").read_text("utf-8")

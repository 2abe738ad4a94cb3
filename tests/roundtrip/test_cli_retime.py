"""``beatboard retime``: the review as a table, the file written atomically or not at all."""
from __future__ import annotations

import shutil

import pytest

from beatboard.cli import main
from beatboard.core import fileio
from beatboard.core.lock import DocumentLock
from beatboard.core.session import Owner

from .conftest import SAMPLE, SERIES_ID
from .edits import set_frames, track
from .factory import export_like, write


@pytest.fixture
def board(tmp_path, project):
    """The sample in a folder of its own, with a hook that starts at 2 s."""
    ep = project.ordered_episodes()[0]
    ep.beats[0].kind, ep.beats[0].duration_s = "setup", 2.0
    ep.beats[1].kind = "hook"
    path = tmp_path / "show.beatboard"
    shutil.copytree(SAMPLE.with_suffix(".assets"), tmp_path / "iron-heiress.assets")
    fileio.save(project, path)
    return path


def _edited(board, tmp_path, name="E001_main.fcpxml", frames=None):
    project = fileio.load(board)
    tl = export_like(project, project.ordered_episodes()[0], tmp_path / "stills")
    set_frames(track(tl)[0], frames or 3 * 24)  # the cold open: 1 s -> 3 s per panel
    return write(tl, tmp_path / name)


def test_retime_prints_old_and_new_per_panel_and_writes_the_file(board, tmp_path, capsys):
    edit = _edited(board, tmp_path)
    code = main(["retime", str(board), str(edit)])
    out = capsys.readouterr().out
    assert code == 0
    row = next(line for line in out.splitlines() if "E01-001" in line)
    assert "duration" in row and "1.00 s" in row and "3.00 s" in row
    assert "new: ep 1 [warning] HOOK_LATE" in out  # the editor's cut made the hook late
    assert f"updated {board}" in out
    beat = fileio.load(board).ordered_episodes()[0].beats[0]
    assert [p.duration_s for p in beat.panels] == [3.0, 1.0] and beat.duration_s == 4.0


def test_dry_run_changes_nothing(board, tmp_path, capsys):
    edit = _edited(board, tmp_path, "E001_main.edl")
    before = board.read_bytes()
    assert main(["retime", str(board), str(edit), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "3.00 s" in out and "dry run: nothing written" in out
    assert board.read_bytes() == before


def test_output_elsewhere_leaves_the_file_as_it_was(board, tmp_path, capsys):
    edit = _edited(board, tmp_path, "E001_main.otio")
    before = board.read_bytes()
    out = tmp_path / "retimed.beatboard"
    assert main(["retime", str(board), str(edit), "-o", str(out)]) == 0
    assert board.read_bytes() == before
    assert fileio.load(out).ordered_episodes()[0].beats[0].duration_s == 4.0


def test_retime_refuses_while_the_editor_has_the_file_open(board, tmp_path, capsys):
    edit = _edited(board, tmp_path)
    lock = DocumentLock(board, Owner.current())
    assert lock.acquire().status == "acquired"
    before = board.read_bytes()
    try:
        assert main(["retime", str(board), str(edit)]) == 2
    finally:
        lock.release()
    err = capsys.readouterr().err
    assert "is open in BeatBoard" in err and "nothing written" in err
    assert board.read_bytes() == before


def test_a_timeline_of_another_series_exits_2_naming_the_file(board, tmp_path, capsys):
    edit = _edited(board, tmp_path, "E001_main.otio")
    text = edit.read_text(encoding="utf-8").replace(SERIES_ID, "a" * 32)
    edit.write_text(text, encoding="utf-8")
    before = board.read_bytes()
    assert main(["retime", str(board), str(edit)]) == 2
    err = capsys.readouterr().err
    assert "E001_main.otio" in err and "another series" in err and "Traceback" not in err
    assert board.read_bytes() == before


def test_hostile_xml_exits_2(board, tmp_path, capsys):
    bad = tmp_path / "evil.xml"
    bad.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                   "<xmeml>&e;</xmeml>", encoding="utf-8")
    assert main(["retime", str(board), str(bad)]) == 2
    assert "evil.xml" in capsys.readouterr().err


def test_an_edl_exported_at_the_default_rate_comes_back_without_fps(board, tmp_path, capsys):
    """QA: `export editorial` writes 30 fps EDLs by default; `retime` read every EDL at
    24 fps unless told, so BeatBoard's own untouched EDL failed ("Source and record
    duration don't match") or came back with every duration wrong."""
    out_dir = tmp_path / "edit"
    assert main(["export", "editorial", str(board), "-o", str(out_dir), "--episodes", "1",
                 "--format", "edl", "--no-video"]) == 0
    before = board.read_bytes()
    capsys.readouterr()
    assert main(["retime", str(board), str(out_dir / "E001_main.edl"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "read at 30 fps" in out
    assert "The edit changes no panel's timing." in out
    assert board.read_bytes() == before

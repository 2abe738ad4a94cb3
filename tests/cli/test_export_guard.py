"""``beatboard export`` never writes onto a project (issue 8, item 1)."""
from __future__ import annotations

import os

import pytest

from beatboard.core.fileio import load

from .helpers import clean_project, run, write

FORMATS = ("csv", "fountain", "otio", "pdf")


@pytest.fixture
def project(tmp_path):
    path = write(clean_project(3), tmp_path, "s.beatboard")
    return path, path.read_bytes()


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_onto_its_own_project_is_refused(capsys, project, fmt):
    path, before = project
    code, out, err = run(capsys, "export", fmt, path, "-o", path)
    assert code == 2, (out, err)
    assert "s.beatboard" in err and "overwrite" in err and "Traceback" not in err
    assert "wrote" not in out + err
    assert path.read_bytes() == before
    assert load(path).series.title == "复仇 The Return"


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_through_other_names_of_the_project_is_refused(capsys, project, tmp_path, fmt):
    path, before = project
    (tmp_path / "link.out").symlink_to(path)
    os.link(path, tmp_path / "hard.out")
    (tmp_path / "sub").mkdir()
    for target in (tmp_path / "link.out", tmp_path / "hard.out",
                   tmp_path / "sub" / ".." / "s.beatboard"):
        code, _, err = run(capsys, "export", fmt, path, "-o", target)
        assert code == 2 and "overwrite" in err, (target, err)
    assert path.read_bytes() == before


@pytest.mark.parametrize("fmt", FORMATS + ("schema",))
def test_export_onto_any_beatboard_file_is_refused(capsys, project, tmp_path, fmt):
    path, _ = project
    other = write(clean_project(1), tmp_path, "other.BeatBoard")
    other_bytes = other.read_bytes()
    fresh = tmp_path / "fresh.beatboard"  # not there yet: still a project's name
    renamed = tmp_path / "backup.json"  # a project by content under another name
    renamed.write_bytes(other_bytes)
    for target in (other, fresh, renamed):
        args = ("export", fmt) + (() if fmt == "schema" else (path,)) + ("-o", target)
        code, _, err = run(capsys, *args)
        assert code == 2, (target, err)
        assert str(target) in err and "Traceback" not in err
    assert other.read_bytes() == other_bytes and renamed.read_bytes() == other_bytes
    assert not fresh.exists()


def test_ordinary_exports_still_work(capsys, project, tmp_path):
    path, _ = project
    for fmt, name in (("csv", "shots.csv"), ("fountain", "s.fountain"), ("otio", "s.otio"),
                      ("pdf", "s.pdf")):
        out = tmp_path / name
        out.write_text("old export")  # replacing an older export is fine on the command line
        code, _, err = run(capsys, "export", fmt, path, "-o", out)
        assert code == 0, err
        assert out.read_text(errors="replace") != "old export"
    code, _, err = run(capsys, "export", "pdf", path)  # default: s.pdf beside the project
    assert code == 0, err


def test_export_onto_a_fifo_is_refused(capsys, project, tmp_path):
    import stat
    path, _ = project
    fifo = tmp_path / "shots.csv"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "export", "csv", path, "-o", fifo)
    assert code == 2 and "named pipe" in err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def _project_with_a_sketch(tmp_path):
    from beatboard.core import assets
    from beatboard.core import sketch as S
    path = write(clean_project(1), tmp_path, "s.beatboard")
    rel = assets.store_sketch(path, S.Sketch())
    stored = tmp_path / rel
    return path, stored, stored.read_bytes()


@pytest.mark.parametrize("fmt", FORMATS + ("frames", "animatic"))
def test_export_into_the_asset_folder_is_refused(capsys, tmp_path, fmt):
    path, sketch, before = _project_with_a_sketch(tmp_path)
    folder = tmp_path / "s.assets"
    (tmp_path / "elsewhere").symlink_to(folder)  # the same folder through a link
    targets = [sketch, folder / "new.out", folder, tmp_path / "elsewhere" / sketch.name,
               folder / "sub" / "deeper.out"]
    if fmt == "animatic":
        targets.append(folder / "cut.mp4")
    for target in targets:
        code, out, err = run(capsys, "export", fmt, path, "-o", target)
        assert code == 2, (target, out, err)
        assert "asset folder" in err and str(folder) in err and "Traceback" not in err
        assert "wrote" not in out
    assert sketch.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == [sketch.name]


def test_an_older_images_folder_is_protected_too(capsys, tmp_path):
    path = write(clean_project(1), tmp_path, "s.beatboard")
    (tmp_path / "s.images").mkdir()
    code, _, err = run(capsys, "export", "csv", path, "-o", tmp_path / "s.images" / "x.csv")
    assert code == 2 and "s.images" in err
    assert not (tmp_path / "s.images" / "x.csv").exists()

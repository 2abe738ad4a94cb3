"""File › Save As carries the named versions to the new file; when they cannot follow,
the save still stands and a bar says where they stayed."""
from __future__ import annotations

import shutil
from pathlib import Path

from beatboard.core import fileio
from beatboard.versioning import versions as versions_mod
from beatboard.versioning.versions import list_versions, load_version, save_version, versions_dir

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _sample_with_a_version(tmp_path) -> Path:
    shutil.copy(SAMPLES / "iron-heiress.beatboard", tmp_path)
    shutil.copytree(SAMPLES / "iron-heiress.assets", tmp_path / "iron-heiress.assets")
    path = tmp_path / "iron-heiress.beatboard"
    save_version(fileio.load(path), path, "First draft", "for the platform")
    return path


def _open(make_window, path):
    win = make_window()
    assert win.files.open_path(str(path), ask=False)
    return win


def _pictures(project) -> list[str]:
    return [p.image or p.sketch for ep in project.episodes for b in ep.beats
            for p in b.panels if p.image or p.sketch]


def test_save_as_in_the_same_folder_takes_the_versions_along(make_window, tmp_path):
    path = _sample_with_a_version(tmp_path)
    win = _open(make_window, path)
    new = tmp_path / "iron-heiress-v2.beatboard"
    assert win.files.save_as_path(new)
    found = list_versions(new)
    assert [v.name for v in found.versions] == ["First draft"] and not found.problems
    snapshot = load_version(new, found.versions[0])
    pictures = _pictures(snapshot)
    assert pictures and all((new.parent / p).exists() for p in pictures)
    assert list_versions(path).versions  # the old file keeps its own
    assert not win.versions.bar.isVisible()


def test_save_as_into_another_folder_says_the_versions_stay(make_window, tmp_path):
    path = _sample_with_a_version(tmp_path)
    win = _open(make_window, path)
    (tmp_path / "elsewhere").mkdir()
    new = tmp_path / "elsewhere" / "copy.beatboard"
    assert win.files.save_as_path(new)
    assert new.exists() and not versions_dir(new).exists()
    assert win.versions.bar.isVisible()
    assert "stay beside “iron-heiress.beatboard”" in win.versions.bar.label.text()


def test_a_failed_copy_leaves_the_save_done_and_says_so(make_window, tmp_path, monkeypatch):
    path = _sample_with_a_version(tmp_path)
    win = _open(make_window, path)

    def full_disk(*_a, **_k):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(versions_mod.shutil, "copytree", full_disk)
    new = tmp_path / "iron-heiress-v2.beatboard"
    assert win.files.save_as_path(new)
    assert fileio.load(new).episodes and Path(win.controller.document.path) == new
    assert not versions_dir(new).exists()
    assert not (tmp_path / "iron-heiress-v2.versions.part").exists()
    text = win.versions.bar.label.text()
    assert "could not be copied (No space left on device)" in text


def test_an_existing_versions_folder_at_the_new_name_is_never_mixed(make_window, tmp_path):
    path = _sample_with_a_version(tmp_path)
    new = tmp_path / "other.beatboard"
    shutil.copy(path, new)
    save_version(fileio.load(new), new, "Their own")
    win = _open(make_window, path)
    assert win.files.save_as_path(new)
    assert [v.name for v in list_versions(new).versions] == ["Their own"]
    assert "“other.versions” already exists" in win.versions.bar.label.text()


def test_retime_writing_a_new_file_takes_the_versions_along(tmp_path, capsys):
    from beatboard.cli import main
    path = _sample_with_a_version(tmp_path)
    edit = tmp_path / "cut.otio"
    assert main(["export", "otio", str(path), "--episode", "1", "-o", str(edit)]) == 0
    out = tmp_path / "retimed.beatboard"
    assert main(["retime", str(path), str(edit), "-o", str(out)]) in (0, 1)
    assert [v.name for v in list_versions(out).versions] == ["First draft"]
    (tmp_path / "b").mkdir()
    other = tmp_path / "b" / "retimed.beatboard"
    capsys.readouterr()
    assert main(["retime", str(path), str(edit), "-o", str(other)]) in (0, 1)
    assert "named versions stay beside iron-heiress.beatboard" in capsys.readouterr().err

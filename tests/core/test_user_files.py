"""User files (documents, profiles, images) are read only when they are ordinary files
of a sane size, without ever blocking; a document's rule profile must live in the
project folder or the user's profile folder (issue 8, item 9)."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

from beatboard.core.errors import BeatBoardFileError
from beatboard.core.fileio import load
from beatboard.core.userfiles import read_user_file, user_profiles_dir
from beatboard.rules.profile import MAX_PROFILE_BYTES, load_profile, resolve_profile

from .samples import sample_project


@pytest.fixture
def profiles_dir(tmp_path, monkeypatch):
    folder = tmp_path / "my profiles"
    folder.mkdir()
    monkeypatch.setenv("BEATBOARD_PROFILES_DIR", str(folder))
    return folder


def _with_profile(name: str):
    project = sample_project()
    project.series.profile = name
    return project


def _profile(path: Path, **settings) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"base": "china", **settings}))
    return path


def test_a_fifo_document_is_refused_at_once(make_fifo):
    fifo = make_fifo("pipe.beatboard")
    start = time.monotonic()
    with pytest.raises(BeatBoardFileError, match="not an ordinary file"):
        load(fifo)
    assert time.monotonic() - start < 2


def test_a_fifo_profile_is_refused_at_once(make_fifo):
    fifo = make_fifo("project/rules.json")
    start = time.monotonic()
    with pytest.raises(BeatBoardFileError, match="not an ordinary file"):
        resolve_profile(_with_profile("rules.json"), fifo.parent)
    assert time.monotonic() - start < 2


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_never_read():
    with pytest.raises(BeatBoardFileError, match="not an ordinary file"):
        read_user_file("/dev/zero", "rule profile", 1024)


@pytest.mark.parametrize("name", ["/etc/passwd", "/dev/zero", "../outside.json",
                                  "~/.ssh/config"])
def test_a_document_cannot_name_a_profile_outside_its_folders(tmp_path, profiles_dir, name):
    project_dir = tmp_path / "project"
    project_dir.mkdir()
    _profile(tmp_path / "outside.json")
    with pytest.raises(BeatBoardFileError) as ei:
        resolve_profile(_with_profile(name), project_dir)
    assert "must be inside" in ei.value.problem and str(project_dir) in ei.value.problem
    assert str(profiles_dir) in ei.value.problem


def test_a_symbolic_link_out_of_the_project_folder_is_refused(tmp_path, profiles_dir):
    project_dir = tmp_path / "project"
    project_dir.mkdir()
    (project_dir / "rules.json").symlink_to(_profile(tmp_path / "elsewhere" / "r.json"))
    with pytest.raises(BeatBoardFileError, match="must be inside"):
        resolve_profile(_with_profile("rules.json"), project_dir)


def test_profiles_in_the_project_or_the_profile_folder_are_read(tmp_path, profiles_dir):
    project_dir = tmp_path / "project"
    _profile(project_dir / "rules" / "local.json", hook_max_start_s=7)
    _profile(profiles_dir / "house.json", hook_max_start_s=9)
    assert resolve_profile(_with_profile("rules/local.json"), project_dir).hook_max_start_s == 7
    # A bare name not in the project folder is found in the profile folder...
    assert resolve_profile(_with_profile("house.json"), project_dir).hook_max_start_s == 9
    # ...also by its full path, and for a project never saved.
    full = str(profiles_dir / "house.json")
    assert resolve_profile(_with_profile(full), None).hook_max_start_s == 9


def test_the_profile_folder_defaults_under_the_user_config(monkeypatch, tmp_path):
    monkeypatch.delenv("BEATBOARD_PROFILES_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    if not sys.platform.startswith("linux"):
        pytest.skip("the XDG layout is the Linux default")
    assert user_profiles_dir() == tmp_path / "cfg" / "beatboard" / "profiles"


def test_profile_files_are_size_capped(tmp_path):
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"base": "china", "description": "x" * MAX_PROFILE_BYTES}))
    with pytest.raises(BeatBoardFileError, match="too large"):
        load_profile(big)


def test_a_file_that_grows_while_read_is_read_whole_or_refused(tmp_path):
    # The read asks for what the file held when measured; a file appended to since is
    # still read to its end, and refused past the limit.
    path = tmp_path / "growing.csv"
    path.write_bytes(b"a" * 100)
    import beatboard.core.userfiles as userfiles

    real_open = userfiles.open_user_file

    def opened_then_grown(p, what, max_bytes, extra):
        f = real_open(p, what, max_bytes)
        with open(p, "ab") as more:
            more.write(b"b" * extra)
        return f

    userfiles.open_user_file = lambda p, w, m: opened_then_grown(p, w, m, 50)
    try:
        assert read_user_file(path, "table", 1000) == b"a" * 100 + b"b" * 50
        path.write_bytes(b"a" * 100)
        userfiles.open_user_file = lambda p, w, m: opened_then_grown(p, w, m, 2000)
        with pytest.raises(BeatBoardFileError, match="too large"):
            read_user_file(path, "table", 1000)
    finally:
        userfiles.open_user_file = real_open

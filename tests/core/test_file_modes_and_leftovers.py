"""New files follow the umask, replaced files keep their mode, killed animatic exports'
leftovers go on the next export, and sketch files are parsed as strictly as projects
(issue 16, item 5)."""
from __future__ import annotations

import fcntl
import os
import stat
import time

import numpy as np
import pytest

from beatboard.core import fileio
from beatboard.core import sketch as S
from beatboard.core.atomic import atomic_write_bytes
from beatboard.core.errors import BeatBoardFileError
from beatboard.core.skeleton import make_skeleton
from beatboard.export.video import VideoWriter

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


@pytest.fixture
def umask():
    def set_mask(mask: int) -> None:
        os.umask(mask)
    old = os.umask(0o022)
    yield set_mask
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def tiny_video(path) -> None:
    writer = VideoWriter(path, 16, 32, 25)
    pixels = np.full((32, 16, 4), 200, np.uint8)
    writer.write(pixels.tobytes(), 16 * 4, repeat=3)
    writer.close()


@posix_only
@pytest.mark.parametrize("mask", (0o022, 0o002, 0o077))
def test_new_files_follow_the_umask(tmp_path, umask, mask):
    umask(mask)
    fileio.save(make_skeleton("revenge", 1), tmp_path / "s.beatboard")
    atomic_write_bytes(tmp_path / "board.pdf", b"%PDF-1.4")
    tiny_video(tmp_path / "cut.mp4")
    for name in ("s.beatboard", "board.pdf", "cut.mp4"):
        assert mode(tmp_path / name) == 0o666 & ~mask, name


@posix_only
def test_a_replaced_file_keeps_its_mode(tmp_path, umask):
    umask(0o022)
    for name, write in (("s.beatboard", lambda p: fileio.save(make_skeleton("revenge", 1), p)),
                        ("cut.mp4", tiny_video)):
        target = tmp_path / name
        write(target)
        os.chmod(target, 0o640)
        write(target)
        assert mode(target) == 0o640, name


def test_the_next_export_to_a_folder_removes_killed_exports_leftovers(tmp_path):
    old = time.time() - 3600
    leftover = tmp_path / ".ep01.k2j4h8x1.partial.mp4"  # what a killed export leaves
    leftover.write_bytes(b"\0" * 100)
    running = tmp_path / ".ep02.abcd1234.partial.mp4"  # another export still writing it
    running.write_bytes(b"\0" * 100)
    unrelated = tmp_path / "my.partial.mp4"  # not a name BeatBoard gives its temp files
    unrelated.write_bytes(b"mine")
    for path in (leftover, running, unrelated):
        os.utime(path, (old, old))
    with open(running, "rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        tiny_video(tmp_path / "ep03.mp4")
    assert not leftover.exists()
    assert running.exists() and unrelated.read_bytes() == b"mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".ep02.abcd1234.partial.mp4", "ep03.mp4", "my.partial.mp4"]


def test_a_fresh_partial_file_is_left_alone(tmp_path):
    fresh = tmp_path / ".ep01.k2j4h8x1.partial.mp4"  # a writer that has just started
    fresh.write_bytes(b"")
    tiny_video(tmp_path / "ep02.mp4")
    assert fresh.exists()


def sketch_text() -> str:
    return S.dumps(S.Sketch())


def test_a_sketch_with_a_repeated_key_is_refused(tmp_path):
    text = sketch_text().replace('"version":', '"version": 1, "version":', 1)
    path = tmp_path / "x.sketch.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BeatBoardFileError) as err:
        S.load(path)
    message = str(err.value)
    assert "x.sketch.json" in message and '"version"' in message and "twice" in message


def test_a_huge_number_in_a_sketch_gets_beatboards_message(tmp_path):
    text = sketch_text().replace(f'"version": {S.FILE_VERSION}', '"version": ' + "9" * 5000, 1)
    assert "9" * 5000 in text
    path = tmp_path / "x.sketch.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BeatBoardFileError) as err:
        S.load(path)
    message = str(err.value)
    assert "5000 digits" in message and "x.sketch.json" in message
    assert "set_int_max_str_digits" not in message


def test_nan_in_a_sketch_is_still_refused_with_its_place(tmp_path):
    text = sketch_text()
    assert S.loads(text) == S.Sketch()
    with pytest.raises(BeatBoardFileError) as err:
        S.loads(text.replace("{", '{"w": NaN,\n', 1), tmp_path / "y.sketch.json")
    assert "NaN" in str(err.value) and "line 1" in str(err.value)

"""Saving: leftovers of killed saves are cleaned, read-only files are not replaced
without consent, and FIFOs, devices and folders are never replaced (issue 8, item 6)."""
from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from beatboard.core import fileio
from beatboard.core.errors import BeatBoardFileError
from beatboard.core.fileio import ReadOnlyFileError
from beatboard.edit import Document

from .test_recovery import project

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX")

KILLED_SAVE = textwrap.dedent("""
    import os, sys, time
    from beatboard.core import atomic
    from beatboard.core.fileio import save
    from beatboard.core.model import Project, Series

    def stuck_rename(src, dst):
        print("renaming", flush=True)
        time.sleep(60)

    atomic.os.replace = stuck_rename
    save(Project(series=Series(title="never renamed")), sys.argv[1])
""")

LIVE_WRITER = textwrap.dedent("""
    import fcntl, os, sys, time
    fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    print("writing", flush=True)
    time.sleep(60)
""")


def child(script: str, *args) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", script, *map(str, args)],
                            env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert line.strip() in ("renaming", "writing"), proc.stderr.read()
    return proc


def kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    proc.stderr.close()


def age(path: Path, seconds: float = 600) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


@posix_only
def test_next_save_cleans_what_killed_saves_left_behind(tmp_path):
    doc = tmp_path / "series.beatboard"
    fileio.save(project("first"), doc)
    for _ in range(3):
        kill(child(KILLED_SAVE, doc))
    leftovers = [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]
    assert len(leftovers) == 3 and all(p.name.startswith(".series.beatboard.") for p in leftovers)
    for p in leftovers:
        age(p)
    fresh = tmp_path / ".series.beatboard.abcd1234.tmp"  # maybe a save in progress
    fresh.write_text("partial")
    others = [tmp_path / ".other.beatboard.abcd1234.tmp",  # another document's
              tmp_path / ".series.beatboard.notes.tmp",  # not our naming
              tmp_path / "series.beatboard.abcd1234.tmp"]  # not hidden: not ours
    for p in others:
        p.write_text("keep")
        age(p)
    busy = tmp_path / ".series.beatboard.zzzz9999.tmp"
    writer = child(LIVE_WRITER, busy)  # a slow writer still at work
    try:
        age(busy)
        fileio.save(project("second"), doc)
        remaining = {p.name for p in tmp_path.iterdir()}
    finally:
        kill(writer)
    assert not any(p.name in remaining for p in leftovers)
    assert {fresh.name, busy.name} | {p.name for p in others} <= remaining
    assert fileio.load(doc).series.title == "second"


def test_a_read_only_document_is_not_replaced_without_consent(tmp_path):
    doc = tmp_path / "locked.beatboard"
    fileio.save(project("protected"), doc)
    os.chmod(doc, 0o444)
    before = doc.read_bytes()
    with pytest.raises(ReadOnlyFileError) as err:
        fileio.save(project("changed"), doc)
    assert "locked.beatboard" in str(err.value) and "read-only" in str(err.value)
    opened = Document.open(doc)
    opened.project.series.title = "changed"
    with pytest.raises(ReadOnlyFileError):
        opened.save()
    assert doc.read_bytes() == before
    opened.save(replace_read_only=True)
    assert fileio.load(doc).series.title == "changed"
    assert stat.S_IMODE(os.stat(doc).st_mode) == 0o444  # still protected afterwards


@posix_only
def test_special_files_are_never_replaced(tmp_path):
    fifo = tmp_path / "pipe.beatboard"
    os.mkfifo(fifo)
    folder = tmp_path / "folder.beatboard"
    folder.mkdir()
    link = tmp_path / "link.beatboard"
    link.symlink_to(fifo)
    targets = {fifo: "named pipe", folder: "folder", link: "named pipe"}
    if os.geteuid() == 0:  # only root may make device nodes
        device = tmp_path / "null.beatboard"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        targets[device] = "device"
    for target, kind in targets.items():
        with pytest.raises(BeatBoardFileError) as err:
            fileio.save(project(), target)
        assert kind in str(err.value) and "not a regular file" in str(err.value)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and folder.is_dir() and link.is_symlink()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]

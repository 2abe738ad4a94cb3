"""Atomic file writes: a crash or kill mid-save leaves the old file or the new, whole.

The new data goes to a temp file beside the target, ``.<name>.<8 random chars>.tmp``,
held under an exclusive ``flock`` while it is written, then renamed over the target. A
kill before the rename leaves the temp file behind; ``clean_stale_temps`` removes such
leftovers of one target (old enough, and not locked by a writer that is still running).
A new file gets the mode the user's umask gives any new file; a replaced file keeps its own.
"""
from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import time
from pathlib import Path
from typing import Iterable

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; the age test alone decides
    fcntl = None

STALE_TEMP_S = 300  # a save never takes this long; an older temp file is a leftover
_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a device"),
          (stat.S_ISBLK, "a device"), (stat.S_ISDIR, "a folder"), (stat.S_ISSOCK, "a socket"))


class NotARegularFile(OSError):
    """The target exists but is a FIFO, device, folder or socket: never replace it."""

    def __init__(self, path: Path, kind: str):
        super().__init__(errno.EINVAL, f"it is {kind}, not a regular file", str(path))
        self.kind = kind


def _real_target(path: str | Path) -> Path:
    target = Path(path)
    if target.is_symlink():
        target = target.resolve()  # replace the file the link points to, keep the link
    return target


def check_regular_target(path: str | Path) -> None:
    """Raise NotARegularFile if ``path`` (through links) exists and is not a regular file."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # missing (or unreadable): the write itself reports it
    for test, kind in _KINDS:
        if test(mode):
            raise NotARegularFile(Path(path), kind)


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to a temp file beside ``path``, fsync it, then rename over ``path``.

    Raises OSError (NotARegularFile for a FIFO, device or folder); the original file is
    untouched on any failure.
    """
    atomic_write_chunks(path, (data,))


def atomic_write_chunks(path: str | Path, chunks: Iterable[bytes]) -> None:
    """``atomic_write_bytes`` of the chunks joined, each written as it comes: a big
    document need not be in memory whole. Any exception while producing them (not only
    OSError) leaves the original file untouched and removes the temp file."""
    check_regular_target(path)
    target = _real_target(path)
    folder = target.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)  # tells the cleaner this writer is alive
        with os.fdopen(fd, "wb") as f:
            for chunk in chunks:
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
        # The lock is gone with the close, but the file's mtime is now fresh, so the
        # cleaner's age test protects it until the rename just below.
        os.chmod(tmp_name, file_mode_for(target))
        os.replace(tmp_name, target)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise
    _fsync_dir(folder)


def file_mode_for(target: Path) -> int:
    """The mode a file written to ``target`` should get: the one it has if it exists, else
    what the umask leaves of 0666 (``mkstemp`` would leave 0600)."""
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    try:  # Linux: read it without changing it (os.umask would, for every thread)
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def atomic_write_text(path: str | Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def temp_name_pattern(target: Path) -> re.Pattern:
    """The names ``atomic_write_bytes`` gives its temp files for ``target``, and no other."""
    return re.compile(rf"\.{re.escape(target.name)}\.[a-z0-9_]{{8}}\.tmp")


def clean_stale_temps(path: str | Path, older_than: float = STALE_TEMP_S) -> list[Path]:
    """Remove temp files that killed saves of ``path`` left behind; returns them.

    Only regular files named like our temp files for this very target, untouched for
    ``older_than`` seconds and not locked by a writer still running. Never raises.
    """
    try:
        target = _real_target(path)
    except (OSError, RuntimeError):
        return []
    return clean_stale_files(target.parent, temp_name_pattern(target), older_than)


def clean_stale_files(folder: Path, pattern: re.Pattern, older_than: float) -> list[Path]:
    """Remove regular files in ``folder`` whose whole name matches ``pattern``, untouched
    for ``older_than`` seconds and not held under ``flock`` by a live writer. Never raises."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    removed, now = [], time.time()
    for name in names:
        if not pattern.fullmatch(name):
            continue
        candidate = Path(folder) / name
        try:
            st = os.lstat(candidate)
            if not stat.S_ISREG(st.st_mode) or now - st.st_mtime < older_than:
                continue
            if _being_written(candidate):
                continue
            candidate.unlink()
        except OSError:
            continue
        removed.append(candidate)
    return removed


def _being_written(path: Path) -> bool:
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | os.O_NONBLOCK)
    except OSError:
        return True  # cannot look: leave it alone
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing drops our lock
    return False


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

"""Noticing that a document changed on disk behind the editor's back.

At load and at each save the document records a stamp of the file: modification time,
size and a content hash. Before the next save, and whenever a file watcher fires, the
file is compared with that stamp; only a real content change counts (a touch does not,
and neither does our own atomic save, whose stamp is recorded right after writing).
"""
from __future__ import annotations

import hashlib
import os
import stat as stat_mod
from dataclasses import dataclass
from pathlib import Path

from .errors import BeatBoardFileError

_CHUNK = 1 << 20


@dataclass(frozen=True)
class DiskStamp:
    mtime_ns: int
    size: int
    digest: str


class FileChangedOnDisk(BeatBoardFileError):
    """Saving would overwrite changes made to the file by someone else."""

    def __init__(self, path: str | Path):
        super().__init__(path, "", "the file changed on disk since it was opened or last "
                                   "saved here; saving now would overwrite those changes")


def stamp(path: str | Path) -> DiskStamp | None:
    """The file's stamp, or None if it is missing or not a regular file (never blocks on a
    FIFO or a device)."""
    try:
        st = os.stat(path)
        if not stat_mod.S_ISREG(st.st_mode):
            return None
        h = hashlib.sha256()
        with open(path, "rb") as f:
            while chunk := f.read(_CHUNK):
                h.update(chunk)
    except OSError:
        return None
    return DiskStamp(st.st_mtime_ns, st.st_size, h.hexdigest())


def stamp_written(path: str | Path, sha256_hex: str) -> DiskStamp | None:
    """The stamp of a file we just wrote, whose content has the SHA-256 ``sha256_hex``
    (no need to read it back)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return DiskStamp(st.st_mtime_ns, st.st_size, sha256_hex)


def check(recorded: DiskStamp | None, path: str | Path) -> tuple[bool, DiskStamp | None]:
    """(changed, current stamp). Nothing recorded means nothing to compare: unchanged.
    A file that is gone counts as changed; one only touched does not."""
    if recorded is None:
        return False, stamp(path)
    try:
        st = os.stat(path)
    except OSError:
        return True, None
    if (st.st_mtime_ns, st.st_size) == (recorded.mtime_ns, recorded.size):
        return False, recorded
    current = stamp(path)
    if current is None:
        return True, None
    return current.digest != recorded.digest, current


def same_path(a: str | Path, b: str | Path) -> bool:
    """The same place on disk once links and ``..`` are resolved."""
    try:
        return Path(a).resolve() == Path(b).resolve()
    except (OSError, RuntimeError):
        return Path(a) == Path(b)

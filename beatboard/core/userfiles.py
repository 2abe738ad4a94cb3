"""Reading a file the user named: every failure becomes one clear BeatBoardFileError.

Every read of a document, rule profile, script or image goes through ``open_user_file``:
it opens without blocking (a FIFO or a device opened for reading would otherwise wait
forever for a writer, freezing the editor) and reads only regular files, size-capped.
"""
from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from .errors import BeatBoardFileError

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def open_user_file(path: str | Path, what: str, max_bytes: int) -> BinaryIO:
    """``path`` opened for binary reading, once it is known to be a regular file of at
    most ``max_bytes``; ``what`` names the kind of file in messages ("script")."""
    if not isinstance(path, Path):  # a Path is kept: building one again is not free
        path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY)
    except FileNotFoundError:
        raise BeatBoardFileError(path, "", "file not found") from None
    except IsADirectoryError:
        raise BeatBoardFileError(path, "", f"is a folder, not {_a(what)}") from None
    except OSError as e:
        raise BeatBoardFileError(path, "", f"cannot read the file ({e.strerror or e})") from None
    try:
        st = os.fstat(fd)  # the file actually opened, not whatever the name means now
        if stat.S_ISDIR(st.st_mode):
            raise BeatBoardFileError(path, "", f"is a folder, not {_a(what)}")
        if not stat.S_ISREG(st.st_mode):
            raise BeatBoardFileError(path, "", f"is not an ordinary file (a device, pipe or "
                                               f"socket), so it cannot be {_a(what)}")
        if st.st_size > max_bytes:
            raise BeatBoardFileError(path, "", f"file is too large ({_size(st.st_size)}; "
                                               f"the limit is {_size(max_bytes)})")
        if _NONBLOCK:
            os.set_blocking(fd, True)  # a regular file never blocks; plain reads from here
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_user_file(path: str | Path, what: str, max_bytes: int) -> bytes:
    """The bytes of ``path`` (see ``open_user_file``)."""
    with open_user_file(path, what, max_bytes) as f:
        try:
            # Read what the file holds, not max_bytes: read(n) allocates n bytes up front,
            # and a 16 MB buffer per small CSV was most of an import's time.
            size = os.fstat(f.fileno()).st_size
            data = f.read(min(size, max_bytes) + 1)
            if len(data) > size:  # it grew after it was measured: read on to the limit
                data += f.read(max_bytes + 1 - len(data))
        except OSError as e:
            raise BeatBoardFileError(path, "", f"cannot read the file ({e.strerror or e})") from None
    if len(data) > max_bytes:  # it grew after it was measured
        raise BeatBoardFileError(path, "", f"file is too large (the limit is {_size(max_bytes)})")
    return data


def _a(what: str) -> str:
    return ("an " if what[:1].lower() in "aeiou" else "a ") + what


def _size(n: int) -> str:
    return f"{n / 1024 ** 2:.1f} MB" if n >= 1024 ** 2 else f"{n} bytes"


def user_profiles_dir() -> Path:
    """Where a user keeps rule profiles shared by all projects; BEATBOARD_PROFILES_DIR
    overrides it (tests, portable installs)."""
    override = os.environ.get("BEATBOARD_PROFILES_DIR")
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        root = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        root = Path.home() / "Library" / "Application Support"
    else:
        root = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return root / "beatboard" / "profiles"


def confined_path(name: str, folders: list[Path], what: str) -> Path:
    """The file ``name`` (relative: looked up in each folder in turn, the first that has
    it wins; absolute or ``~``: taken as is), once it is known to lie inside one of
    ``folders`` with symbolic links followed; BeatBoardFileError otherwise."""
    given = Path(name).expanduser()
    roots = [f.resolve() for f in folders]
    candidates = [given] if given.is_absolute() else [root / given for root in roots]
    chosen = next((c for c in candidates if os.path.lexists(c)), candidates[0])
    real = chosen.resolve()
    if not any(real.is_relative_to(root) for root in roots):
        where = " or ".join(str(f) for f in folders)
        raise BeatBoardFileError(name, "", f"{_a(what)} must be inside {where}; "
                                           "this path leads elsewhere")
    return real

"""Reading a file the user named: every failure becomes one clear BeatBoardFileError."""
from __future__ import annotations

from pathlib import Path

from .errors import BeatBoardFileError


def read_user_file(path: str | Path, what: str, max_bytes: int) -> bytes:
    """The bytes of ``path``; ``what`` names the kind of file in messages ("script")."""
    path = Path(path)
    try:
        if path.is_dir():
            raise BeatBoardFileError(path, "", f"is a folder, not a {what}")
        size = path.stat().st_size
        if size > max_bytes:
            raise BeatBoardFileError(path, "", f"file is too large ({size} bytes)")
        return path.read_bytes()
    except FileNotFoundError:
        raise BeatBoardFileError(path, "", "file not found") from None
    except OSError as e:
        raise BeatBoardFileError(path, "", f"cannot read the file ({e.strerror or e})") from None

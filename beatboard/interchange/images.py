"""Panel images: copied beside the project, checked before decoding.

Images live in ``<project stem>.images/`` next to the .beatboard file and beats store the
path relative to the project folder. Only PNG, JPEG and WebP are taken; the checks live in
``core.assets`` (shared with the content-named assets folder that panels use now).
"""
from __future__ import annotations

import io
import os
from pathlib import Path

from ..core.assets import (IMAGE_FORMATS, MAX_IMAGE_FILE_BYTES, MAX_PIXELS, check_image,
                           check_image_stream, resolve)
from ..core.errors import BeatBoardError
from ..core.model import Beat
from ..core.userfiles import read_user_file

__all__ = ["MAX_PIXELS", "attach_image", "check_image", "images_folder",
           "resolve_image"]

FORMATS = {fmt: "." + ext for fmt, ext in IMAGE_FORMATS.items()}


def images_folder(project_path: str | Path) -> Path:
    project_path = Path(project_path)
    return project_path.parent / f"{project_path.stem}.images"


def attach_image(project_path: str | Path, beat: Beat, source_file: str | Path) -> str:
    """Copy ``source_file`` into the project's images folder; return the path to store in
    ``beat.image``. An identical file already there is reused; others are never replaced."""
    data = read_user_file(source_file, "image", MAX_IMAGE_FILE_BYTES)
    fmt = check_image_stream(str(source_file), io.BytesIO(data), decode=True)
    folder = images_folder(project_path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as e:
        raise BeatBoardError(f"{folder}: cannot create the images folder ({e.strerror or e})") from None
    ext = FORMATS[fmt]
    for n in range(1, 10_000):
        name = f"{beat.id}{ext}" if n == 1 else f"{beat.id}-{n}{ext}"
        target = folder / name
        if target.exists() or target.is_symlink():
            if not target.is_symlink() and target.is_file() and target.read_bytes() == data:
                break
            continue
        try:
            _write_new(target, data)
        except FileExistsError:
            continue
        break
    else:
        raise BeatBoardError(f"{folder}: too many images for beat {beat.id}")
    return f"{folder.name}/{name}"


def _write_new(target: Path, data: bytes) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)  # the umask decides
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def resolve_image(project_dir: str | Path, rel_path: str) -> Path:
    """The image file for a stored path (it may be missing); refuses paths leading out of
    the project folder, including through symbolic links."""
    return resolve(project_dir, rel_path, must_exist=False)

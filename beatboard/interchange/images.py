"""Panel images: copied beside the project, checked before decoding, thumbnailed on disk.

Images live in ``<project stem>.images/`` next to the .beatboard file and beats store the
path relative to the project folder. Only PNG, JPEG and WebP are taken; the checks live in
``core.assets`` (shared with the content-named assets folder that panels use now).
Thumbnails are cached under the user cache folder, keyed by path, mtime, size and scale.
"""
from __future__ import annotations

import hashlib
import io
import os
import sys
from pathlib import Path
from typing import BinaryIO

from PIL import Image, ImageOps

from ..core.assets import (IMAGE_FORMATS, MAX_IMAGE_FILE_BYTES, MAX_PIXELS, check_image,
                           check_image_stream, resolve)
from ..core.atomic import atomic_write_bytes
from ..core.errors import BeatBoardError
from ..core.model import Beat
from ..core.userfiles import open_user_file, read_user_file

__all__ = ["MAX_PIXELS", "attach_image", "check_image", "images_folder", "load_thumbnail",
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


def user_cache_dir() -> Path:
    if sys.platform == "win32":
        root = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        root = Path.home() / "Library" / "Caches"
    else:
        root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return root / "beatboard" / "thumbs"


def load_thumbnail(project_dir: str | Path, rel_path: str, max_px: int,
                   cache_dir: str | Path | None = None) -> bytes | None:
    """PNG bytes of the image scaled to fit ``max_px``; None when the file is missing or
    not a usable image (the caller shows a placeholder). Escaping paths raise."""
    path = resolve_image(project_dir, rel_path)
    try:
        st = path.stat()
    except OSError:
        return None
    key = hashlib.sha256(f"{path}|{st.st_mtime_ns}|{st.st_size}|{max_px}".encode()).hexdigest()
    cache = Path(cache_dir) if cache_dir is not None else user_cache_dir()
    cached = cache / f"{key}.png"
    try:
        return cached.read_bytes()
    except OSError:
        pass
    try:
        with open_user_file(path, "image", MAX_IMAGE_FILE_BYTES) as f:
            check_image_stream(str(path), f, decode=False)
            f.seek(0)
            data = _thumbnail(f, max_px)
    except (BeatBoardError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        return None
    try:
        cache.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(cached, data)
    except OSError:
        pass  # a read-only cache only costs speed
    return data


def _thumbnail(f: BinaryIO, max_px: int) -> bytes:
    with Image.open(f) as img:
        if img.format == "JPEG":
            img.draft("RGB", (max_px, max_px))  # decode at reduced scale: much faster
        img = ImageOps.exif_transpose(img)
        img.thumbnail((max_px, max_px))
        if img.mode not in ("RGB", "RGBA", "L", "LA"):
            img = img.convert("RGBA")
        out = io.BytesIO()
        img.save(out, "PNG")
        return out.getvalue()

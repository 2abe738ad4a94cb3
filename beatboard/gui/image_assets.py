"""Pictures brought in from outside (files, the clipboard) become project assets.

Each is checked (format, pixel count, damage) before decoding, scaled down to a sane cap
for a 9:16 frame, and stored under its content hash beside the project (see
``sketchpad.sketch_file.store_asset``), so the same picture twice is one file.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QImage

from ..core.errors import BeatBoardError
from ..interchange.images import check_image
from .sketchpad.sketch_file import store_asset

MAX_SIDE = 2160  # long side: enough for a 1080x1920 frame with room to reframe
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImageAssets", text)


def _encode(img: QImage, fmt: str) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.WriteOnly)
    img.save(buf, fmt, 90 if fmt == "JPG" else -1)
    return bytes(data.data())


def store_qimage(project_path, img: QImage) -> str:
    """A decoded picture (e.g. pasted) as a PNG asset; the relative path."""
    if img.isNull():
        raise BeatBoardError(_tr("The clipboard image is empty."))
    if max(img.width(), img.height()) > MAX_SIDE:
        img = img.scaled(MAX_SIDE, MAX_SIDE, Qt.KeepAspectRatio, Qt.SmoothTransformation)
    return store_asset(project_path, _encode(img, "PNG"), ".png")


def store_image_file(project_path, file_path) -> str:
    """A PNG/JPEG file as an asset (downscaled when bigger than the cap)."""
    fmt = check_image(file_path)  # BeatBoardError naming the file when unsafe or damaged
    img = QImage(str(file_path))
    if img.isNull():
        raise BeatBoardError(f"{file_path}: " + _tr("the image cannot be read"))
    if max(img.width(), img.height()) <= MAX_SIDE:
        return store_asset(project_path, Path(file_path).read_bytes(),
                           ".png" if fmt == "PNG" else ".jpg")
    img = img.scaled(MAX_SIDE, MAX_SIDE, Qt.KeepAspectRatio, Qt.SmoothTransformation)
    return store_asset(project_path, _encode(img, "PNG" if fmt == "PNG" else "JPG"),
                       ".png" if fmt == "PNG" else ".jpg")


def natural_key(name: str) -> list:
    """shot2 before shot10: numbers compare as numbers."""
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", name)]


def images_in_folder(folder) -> list[Path]:
    folder = Path(folder)
    files = [p for p in folder.iterdir()
             if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES and not p.name.startswith(".")]
    return sorted(files, key=lambda p: natural_key(p.name))


def image_from_mime(mime) -> tuple[QImage | None, str | None]:
    """(decoded image, None) or (None, local file path) or (None, None) from a drop or
    the clipboard: browsers and image editors put image data; file managers put URLs."""
    if mime is None:
        return None, None
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES:
                return None, url.toLocalFile()
    if mime.hasImage():
        img = mime.imageData()
        if isinstance(img, QImage) and not img.isNull():
            return img, None
    return None, None

"""Pictures brought in from outside (files, the clipboard, a drop) as the asset store
takes them: a file path, or a decoded picture encoded as PNG bytes. Storing them by
content, and the edit that sets them, is ``edit.asset_edits``.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QWidget

from ..core.errors import BeatBoardError

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImageAssets", text)


def choose_image_file(parent: QWidget, title: str) -> str:
    """Ask for one picture file; '' when cancelled. The filter lists exactly the
    suffixes drops and folder imports accept, so every chooser offers the same files."""
    patterns = " ".join(f"*{s}" for s in sorted(IMAGE_SUFFIXES))
    path, _ = QFileDialog.getOpenFileName(
        parent, title, "", QCoreApplication.translate("ImageAssets", "Images (%1)")
        .replace("%1", patterns))
    return path


def picture_source(source) -> str | bytes:
    """A file path as it is; a decoded picture (pasted or dragged from a browser) as PNG."""
    if not isinstance(source, QImage):
        return source
    if source.isNull():
        raise BeatBoardError(_tr("The clipboard image is empty."))
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.WriteOnly)
    source.save(buf, "PNG")
    return bytes(data.data())


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

"""Reading raster pictures for rendering: checked before decoding, oriented, cached.

Every failure becomes an ``AssetProblem`` (the renderer draws a placeholder); nothing
raises to the caller.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader

from ..core.assets import MAX_PIXELS, AssetProblem, resolve
from ..core.errors import BeatBoardError
from ..core.sketch_cache import file_stamp  # noqa: F401  (the caches' key, re-exported)

_FORMATS = {b"png", b"jpeg", b"jpg", b"webp"}
_cache: "OrderedDict[tuple, QImage]" = OrderedDict()
_CACHE_ENTRIES = 24
_lock = threading.Lock()  # the inspector draws on a worker thread too


def load_picture(base_dir: str | Path, rel: str, max_side: int | None = None
                 ) -> tuple[Optional[QImage], Optional[AssetProblem]]:
    """The picture, upright, at most ``max_side`` on its long side (decoded at reduced
    size when the format allows); or ``(None, problem)``."""
    try:
        path = resolve(base_dir, rel)
    except BeatBoardError as e:
        return None, AssetProblem.from_error(rel, e)
    try:
        st = path.stat()
    except OSError as e:
        return None, AssetProblem(rel, "missing", f"{path}: {e.strerror or e}")
    key = (str(path), st.st_mtime_ns, st.st_size, max_side)
    with _lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit, None
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # EXIF orientation
    fmt = bytes(reader.format().data()).lower()
    if fmt not in _FORMATS:
        return None, AssetProblem(rel, "unreadable",
                                  f"{path}: not a PNG, JPEG or WebP image, or the image is damaged")
    size = reader.size()
    if not size.isValid():
        return None, AssetProblem(rel, "unreadable", f"{path}: the image is damaged")
    if size.width() * size.height() > MAX_PIXELS:
        return None, AssetProblem(rel, "unreadable",
                                  f"{path}: the image is too large ({size.width()}×{size.height()} "
                                  f"pixels; at most {MAX_PIXELS // 1_000_000} megapixels)")
    if max_side and max(size.width(), size.height()) > max_side:
        k = max_side / max(size.width(), size.height())
        reader.setScaledSize(QSize(max(1, round(size.width() * k)), max(1, round(size.height() * k))))
    img = reader.read()
    if img.isNull():
        return None, AssetProblem(rel, "unreadable",
                                  f"{path}: the image is damaged ({reader.errorString()})")
    with _lock:
        _cache[key] = img
        while len(_cache) > _CACHE_ENTRIES:
            _cache.popitem(last=False)
    return img, None

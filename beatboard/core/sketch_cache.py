"""Sketches read once per file version, shared by every backend (canvas, PDF, animatic)."""
from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path
from typing import Optional

from . import sketch as sk
from .assets import AssetProblem, resolve, try_load_sketch
from .errors import BeatBoardError

_sketches: "OrderedDict[tuple, tuple]" = OrderedDict()
_SKETCH_ENTRIES = 64
_sketches_lock = threading.Lock()  # views may draw on worker threads


def file_stamp(base_dir: str | Path, rel: str) -> tuple:
    """What identifies the file's content for caches: content-named assets by name alone,
    other files by modification time and size; missing files by that fact."""
    try:
        path = resolve(base_dir, rel)
    except BeatBoardError as e:
        return (rel, getattr(e, "kind", "unreadable"))
    if ".assets/" in rel.replace("\\", "/"):
        return (rel,)
    try:
        st = path.stat()
    except OSError:
        return (rel, "missing")
    return (rel, st.st_mtime_ns, st.st_size)


def load_sketch_cached(base_dir: str | Path, rel: str
                       ) -> tuple[Optional[sk.Sketch], Optional[AssetProblem]]:
    """``core.assets.try_load_sketch`` behind a small cache keyed by the file's stamp."""
    key = (str(Path(base_dir).resolve()),) + file_stamp(base_dir, rel)
    with _sketches_lock:
        hit = _sketches.get(key)
        if hit is not None:
            _sketches.move_to_end(key)
            return hit
    result = try_load_sketch(base_dir, rel)
    with _sketches_lock:
        _sketches[key] = result
        while len(_sketches) > _SKETCH_ENTRIES:
            _sketches.popitem(last=False)
    return result

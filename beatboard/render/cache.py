"""Thumbnails keyed by content, so the canvas draws panels lazily and re-renders only
what changed.

The key is made of what the picture depends on: the panel's fields, the asset files'
identities (content-named assets by name; other files by time and size), the beat's
fields the automatic frame reads (only when the panel has no picture), and the size.
An edit that changes none of them costs nothing.
"""
from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from pathlib import Path
from typing import Optional

from PySide6.QtGui import QImage

from ..core.model import Beat, Panel, Project
from .guides import GuideOptions
from .panel import Size, as_size, render_panel_ex
from ..core.panel_timing import is_out_of_cut
from ..core.sketch_cache import file_stamp

_AUTO_FIELDS = {"characters", "location", "props", "shot", "dialogue", "panels"}


def thumbnail_key(base_dir: str | Path | None, beat: Beat, panel: Panel, size: Size,
                  guides: Optional[GuideOptions] = None, colour: bool = True,
                  language: str = "", purpose: str = "canvas") -> str:
    qs = as_size(size)
    base = Path(base_dir) if base_dir is not None else Path.cwd()
    parts: list = [panel.model_dump(mode="json", exclude={"notes", "duration_s", "framing"}),
                   qs.width(), qs.height(), repr(guides), colour, language, purpose,
                   is_out_of_cut(beat, panel)]
    for rel in (panel.image, panel.sketch):
        if rel:
            parts.append(file_stamp(base, rel))
    # the automatic frame (also faint behind a placeholder) reads the beat
    parts.append(beat.model_dump(mode="json", include=_AUTO_FIELDS))
    raw = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


class ThumbnailCache:
    """An in-memory LRU of rendered panels, bounded by bytes."""

    def __init__(self, max_bytes: int = 96 * 1024 * 1024):
        self.max_bytes = max_bytes
        self._images: "OrderedDict[str, QImage]" = OrderedDict()
        self._bytes = 0
        self.renders = 0  # how many times a panel was actually drawn (for tests/benchmarks)

    def __len__(self) -> int:
        return len(self._images)

    def get(self, key: str) -> Optional[QImage]:
        """The cached picture for ``key`` or None (draw a plain frame, render later)."""
        img = self._images.get(key)
        if img is not None:
            self._images.move_to_end(key)
        return img

    def thumbnail(self, project: Project, base_dir: str | Path | None, beat: Beat, panel: Panel,
                  size: Size, guides: Optional[GuideOptions] = None,
                  colour: bool = True, purpose: str = "canvas") -> QImage:
        """The panel's picture at ``size`` as ``purpose`` shows it, rendered now if it is
        not cached."""
        key = thumbnail_key(base_dir, beat, panel, size, guides, colour,
                            project.series.language, purpose)
        img = self.get(key)
        if img is None:
            img = render_panel_ex(project, base_dir, beat, panel, size, guides, colour,
                                  purpose=purpose).image
            self.renders += 1
            self.put(key, img)
        return img

    def put(self, key: str, img: QImage) -> None:
        old = self._images.pop(key, None)
        if old is not None:
            self._bytes -= old.sizeInBytes()
        self._images[key] = img
        self._bytes += img.sizeInBytes()
        while self._bytes > self.max_bytes and len(self._images) > 1:
            _, dropped = self._images.popitem(last=False)
            self._bytes -= dropped.sizeInBytes()

    def clear(self) -> None:
        self._images.clear()
        self._bytes = 0

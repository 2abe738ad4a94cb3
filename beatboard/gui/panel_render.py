"""The editor's calls into ``beatboard.render`` (the one panel renderer), shaped for it:
a panel's picture with a warning (cached), a drawing alone on transparent ground (onion
skins), and a picture file for the sketch pad's background."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from ..core import sketch as sk
from ..core.model import Beat, Panel, Project
from ..core.assets import inspect_asset
from ..render import ThumbnailCache
from ..render.pictures import load_picture
from ..render.sketch_paint import draw_cover, load_sketch_cached, paint_sketch


_cache = ThumbnailCache(max_bytes=16 * 1024 * 1024)


def cached_panel(project: Project | None, base_dir, beat: Beat, panel: Panel, w: int,
                 h: int) -> tuple[QImage, str | None]:
    """The panel as the board shows it (picture, sketch or automatic frame) and the first
    asset problem's message; an unchanged panel is not drawn again (the inspector
    refreshes on every edit of its beat)."""
    project = project or Project()
    img = _cache.thumbnail(project, base_dir, beat, panel, (w, h))
    problems = [inspect_asset(base_dir, r) for r in (panel.image, panel.sketch)
                if r and base_dir is not None]
    problems = [p for p in problems if p is not None]
    return img, (problems[0].message if problems else None)


def render_drawing(base_dir, panel: Panel, w: int, h: int) -> QImage | None:
    """The panel's own picture and sketch on a transparent image (no automatic frame);
    None when it has neither or they cannot be read."""
    if base_dir is None or not (panel.image or panel.sketch):
        return None
    img = QImage(w, h, QImage.Format_ARGB32_Premultiplied)
    img.fill(Qt.transparent)
    p = QPainter(img)
    r = QRectF(0, 0, w, h)
    drawn = False
    if panel.image:
        pic, _problem = load_picture(Path(base_dir), panel.image, max(w, h))
        if pic is not None:
            draw_cover(p, pic, r)
            drawn = True
    if panel.sketch:
        sketch, _problem = load_sketch_cached(Path(base_dir), panel.sketch)
        if sketch is not None:
            paint_sketch(p, sketch, r, base_dir, [])
            drawn = True
    p.end()
    return img if drawn else None


def read_picture(base_dir, rel: str | None) -> tuple[QImage | None, str | None]:
    """A picture at sketch-canvas size for the pad, or (None, the problem's message)."""
    if not rel or base_dir is None:
        return None, None
    pic, problem = load_picture(Path(base_dir), rel, sk.CANVAS_H)
    if pic is None:
        return None, problem.message if problem else None
    frame = QImage(sk.CANVAS_W, sk.CANVAS_H, QImage.Format_ARGB32_Premultiplied)
    frame.fill(Qt.transparent)
    p = QPainter(frame)
    draw_cover(p, pic, QRectF(0, 0, sk.CANVAS_W, sk.CANVAS_H))
    p.end()
    return frame, None

"""The editor's calls into ``beatboard.render``, shaped for it: a panel's picture with a
warning (cached), a drawing alone on transparent ground (onion skins), and a picture
file for the sketch pad's background. What each shows is ``core.picture_plan``'s."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from ..core import sketch as sk
from ..core.assets import inspect_asset
from ..core.model import Beat, Panel, Project
from ..core.picture_plan import image_item, plan_panel
from ..render import ThumbnailCache
from ..render.plan_paint import draw_image_item, paint_plan, qt_measure


_cache = ThumbnailCache(max_bytes=16 * 1024 * 1024)


def cached_panel(project: Project | None, base_dir, beat: Beat, panel: Panel, w: int,
                 h: int) -> tuple[QImage, str | None]:
    """The panel as the inspector shows it and the first asset problem's message; an
    unchanged panel is not drawn again (the inspector refreshes on every edit of its beat)."""
    project = project or Project()
    img = _cache.thumbnail(project, base_dir, beat, panel, (w, h), purpose="inspector")
    problems = [inspect_asset(base_dir, r) for r in (panel.image, panel.sketch)
                if r and base_dir is not None]
    problems = [p for p in problems if p is not None]
    return img, (problems[0].message if problems else None)


def render_drawing(base_dir, beat: Beat, panel: Panel, w: int, h: int) -> QImage | None:
    """The panel's own picture and sketch on a transparent image (no automatic frame);
    None when it has neither or they cannot be read."""
    if base_dir is None:
        return None
    base = Path(base_dir)
    plan = plan_panel(None, base, beat, panel, "onion", measure=qt_measure(base, max(w, h)))
    if plan.source == "none":
        return None
    img = QImage(w, h, QImage.Format_ARGB32_Premultiplied)
    img.fill(Qt.transparent)
    p = QPainter(img)
    paint_plan(p, QRectF(0, 0, w, h), plan, base_dir)
    p.end()
    return img


def read_picture(base_dir, rel: str | None, fit: str | None = None
                 ) -> tuple[QImage | None, str | None]:
    """A picture at sketch-canvas size for the pad, placed by the panel's fit as every
    other view places it, or (None, the problem's message)."""
    if not rel or base_dir is None:
        return None, None
    frame = QImage(sk.CANVAS_W, sk.CANVAS_H, QImage.Format_ARGB32_Premultiplied)
    problems: list = []
    item = image_item(qt_measure(Path(base_dir), sk.CANVAS_H), rel, fit, problems)
    if item is None:
        return None, problems[0].message if problems else None
    frame.fill(Qt.transparent)
    p = QPainter(frame)
    draw_image_item(p, QRectF(0, 0, sk.CANVAS_W, sk.CANVAS_H), item, Path(base_dir))
    p.end()
    return frame, None

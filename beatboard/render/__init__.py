"""Pictures without widgets: the one renderer of a panel's picture (QtGui only).

Used by the canvas thumbnails, the series board, the sketch pad's background, frames
export and the animatic. What is drawn is decided by the Qt-free ``core.picture_plan``;
this package only fills and strokes it (``paint_panel`` into an open painter,
``ThumbnailCache.thumbnail`` for a cached QImage). Never imports
QtWidgets, so the command line can use it with an offscreen ``QGuiApplication``
(``ensure_gui_app``).
"""
from .app import ensure_gui_app
from .cache import ThumbnailCache
from .guides import GuideOptions, paint_guides
from .panel import PanelRender, paint_panel, render_panel, render_panel_ex
from .strokes import outline_path, stroke_path

__all__ = ["GuideOptions", "PanelRender", "ThumbnailCache", "ensure_gui_app", "outline_path",
           "paint_guides", "paint_panel", "render_panel", "render_panel_ex", "stroke_path"]

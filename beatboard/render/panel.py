"""A panel's picture as Qt draws it: ``core.picture_plan`` decides what is shown (image
and its fit, sketch layers, automatic frame, placeholder, guides), ``plan_paint`` paints
it. ``paint_panel`` is the entry point for any view painting into its own painter.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from ..core.assets import AssetProblem
from ..core.model import Beat, Panel, Project
from ..core.picture_plan import GuideSpec, plan_panel
from .app import ensure_gui_app
from .plan_paint import paint_plan, qt_measure

Size = Union[QSize, tuple[int, int], int]


@dataclass
class PanelRender:
    image: QImage
    source: str  # image | sketch | image+sketch | auto | placeholder
    problems: list[AssetProblem] = field(default_factory=list)


def frame_rect(outer: QRectF) -> QRectF:
    """The largest 9:16 rectangle centred in ``outer``."""
    w = min(outer.width(), outer.height() * 9 / 16)
    h = w * 16 / 9
    return QRectF(outer.left() + (outer.width() - w) / 2, outer.top() + (outer.height() - h) / 2,
                  w, h)


def as_size(size: Size) -> QSize:
    """A QSize from (w, h), a QSize, or a height (the width follows 9:16)."""
    if isinstance(size, QSize):
        return size
    if isinstance(size, int):
        return QSize(max(1, round(size * 9 / 16)), size)
    return QSize(int(size[0]), int(size[1]))


def render_panel(project: Project, base_dir: str | Path | None, beat: Beat, panel: Panel,
                 size: Size, guides: Optional[GuideSpec] = None, colour: bool = True,
                 opaque: bool = False, purpose: str = "canvas") -> QImage:
    """The panel's picture as a QImage of ``size`` (never raises for a bad asset).
    ``opaque`` gives an RGB32 image (what video encoders take) without a conversion."""
    return render_panel_ex(project, base_dir, beat, panel, size, guides, colour, opaque,
                           purpose).image


def render_panel_ex(project: Project, base_dir: str | Path | None, beat: Beat, panel: Panel,
                    size: Size, guides: Optional[GuideSpec] = None,
                    colour: bool = True, opaque: bool = False,
                    purpose: str = "canvas") -> PanelRender:
    ensure_gui_app()
    qs = as_size(size)
    img = QImage(qs, QImage.Format.Format_RGB32 if opaque
                 else QImage.Format.Format_ARGB32_Premultiplied)
    whole = QRectF(0, 0, qs.width(), qs.height())
    r = frame_rect(whole)
    if r != whole:  # paint_panel papers the 9:16 frame; white shows around it
        img.fill(QColor("white"))
    p = QPainter(img)
    try:
        source, problems = paint_panel(p, r, project, base_dir, beat, panel, guides, colour,
                                       purpose=purpose)
    finally:
        p.end()
    return PanelRender(img, source, problems)


def paint_panel(p: QPainter, r: QRectF, project: Optional[Project], base_dir: str | Path | None,
                beat: Beat, panel: Panel, guides: Optional[GuideSpec] = None,
                colour: bool = True, reference_dim: float = 1.0,
                purpose: str = "canvas") -> tuple[str, list[AssetProblem]]:
    """Paint the panel, as ``purpose`` shows it, into the 9:16 rectangle ``r`` of an open
    painter; returns ``(source, problems)``."""
    base = Path(base_dir) if base_dir is not None else Path.cwd()
    plan = plan_panel(project, base, beat, panel, purpose, guides, reference_dim,
                      qt_measure(base, max(round(r.width()), round(r.height()))))
    paint_plan(p, r, plan, base_dir, colour)
    return plan.source, plan.problems

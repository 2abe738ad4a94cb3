"""The one renderer of a panel's picture.

A panel shows, in this order of preference: its picture (a raster image, cover-fitted
into the 9:16 frame) with its sketch painted over it, or its sketch alone, or, with
neither, the automatic frame drawn from the shot. A picture that cannot be shown gives a
visible placeholder with a warning mark (the automatic frame faint behind it, so the
board still tells the story) and an ``AssetProblem`` for the caller's warnings list.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPolygonF

from ..core.assets import AssetProblem
from ..core.autoframe import auto_frame
from ..core.model import Beat, Panel, Project
from .app import clip_to, ensure_gui_app
from .autoframe_paint import TONES, label_font, paint_autoframe
from .guides import GuideOptions, paint_guides
from .pictures import load_picture
from .sketch_paint import draw_cover, load_sketch_cached, paint_sketch

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
                 size: Size, guides: Optional[GuideOptions] = None, colour: bool = True,
                 opaque: bool = False) -> QImage:
    """The panel's picture as a QImage of ``size`` (never raises for a bad asset).
    ``opaque`` gives an RGB32 image (what video encoders take) without a conversion."""
    return render_panel_ex(project, base_dir, beat, panel, size, guides, colour, opaque).image


def render_panel_ex(project: Project, base_dir: str | Path | None, beat: Beat, panel: Panel,
                    size: Size, guides: Optional[GuideOptions] = None,
                    colour: bool = True, opaque: bool = False) -> PanelRender:
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
        source, problems = paint_panel(p, r, project, base_dir, beat, panel, guides, colour)
    finally:
        p.end()
    return PanelRender(img, source, problems)


def paint_panel(p: QPainter, r: QRectF, project: Project, base_dir: str | Path | None,
                beat: Beat, panel: Panel, guides: Optional[GuideOptions] = None,
                colour: bool = True, reference_dim: float = 1.0) -> tuple[str, list[AssetProblem]]:
    """Paint the panel into the 9:16 rectangle ``r`` of an open painter; returns
    ``(source, problems)``. The sketch pad uses it for its background."""
    problems: list[AssetProblem] = []
    base = Path(base_dir) if base_dir is not None else Path.cwd()
    p.save()
    clip_to(p, r)
    p.fillRect(r, TONES["paper"])
    shown: list[str] = []
    if panel.image:
        pic, problem = load_picture(base, panel.image, max(round(r.width()), round(r.height())))
        if pic is not None:
            draw_cover(p, pic, r)
            shown.append("image")
        elif problem is not None:
            problems.append(problem)
    if panel.sketch:
        sketch, problem = load_sketch_cached(base, panel.sketch)
        if sketch is not None:
            paint_sketch(p, sketch, r, base, problems, reference_dim)
            shown.append("sketch")
        elif problem is not None:
            problems.append(problem)
    if shown:
        source = "+".join(shown)
        if problems:
            _warning_badge(p, r)
    elif problems:
        source = "placeholder"
        _placeholder(p, r, beat, panel, problems[0], _lang(project), colour)
    else:
        source = "auto"
        paint_autoframe(p, auto_frame(beat, panel), r, colour)
    if guides is not None:
        paint_guides(p, r, guides)
    p.restore()
    return source, problems


def _lang(project: Project) -> str:
    return "zh" if (project.series.language or "").lower().startswith("zh") else "en"


_PLACEHOLDER_TEXT = {
    "en": {"missing": "Picture missing", "outside": "Picture outside the project",
           "not_a_file": "Picture is not a file", "unreadable": "Picture damaged"},
    "zh": {"missing": "图片缺失", "outside": "图片在项目文件夹之外",
           "not_a_file": "图片不是文件", "unreadable": "图片已损坏"},
}


def _placeholder(p: QPainter, r: QRectF, beat: Beat, panel: Panel, problem: AssetProblem,
                 lang: str, colour: bool) -> None:
    p.save()
    p.setOpacity(0.28)  # the story still reads through the warning
    paint_autoframe(p, auto_frame(beat, panel), r, colour, labels=False)
    p.setOpacity(1.0)
    p.fillRect(r, QBrush(QColor(120, 120, 120, 90), Qt.BrushStyle.BDiagPattern))
    side = min(r.width(), r.height()) * 0.28
    centre = QPointF(r.center().x(), r.top() + r.height() * 0.42)
    _triangle(p, centre, side)
    px = max(7.0, r.height() * 0.026)
    if px * 10 < r.width() * 2:
        text = _PLACEHOLDER_TEXT[lang].get(problem.kind, _PLACEHOLDER_TEXT[lang]["unreadable"])
        name = Path(problem.rel).name
        font = label_font(px)
        p.setFont(font)
        box = QRectF(r.left() + r.width() * 0.06, centre.y() + side * 0.6, r.width() * 0.88, px * 4)
        p.setPen(QColor(20, 20, 20))
        p.fillRect(box, QColor(255, 255, 255, 230))
        p.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                   text + "\n" + p.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle,
                                                             int(box.width())))
    p.restore()


def _triangle(p: QPainter, centre: QPointF, side: float) -> None:
    h = side * 0.87
    tri = QPolygonF([QPointF(centre.x(), centre.y() - h / 2),
                     QPointF(centre.x() + side / 2, centre.y() + h / 2),
                     QPointF(centre.x() - side / 2, centre.y() + h / 2)])
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor(20, 20, 20), max(1.5, side * 0.06), Qt.PenStyle.SolidLine,
                  Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    p.setBrush(QColor(250, 200, 40))
    p.drawPolygon(tri)
    p.setPen(QPen(QColor(20, 20, 20), max(1.5, side * 0.09), Qt.PenStyle.SolidLine,
                  Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(centre.x(), centre.y() - h * 0.18), QPointF(centre.x(), centre.y() + h * 0.15))
    p.drawPoint(QPointF(centre.x(), centre.y() + h * 0.32))


def _warning_badge(p: QPainter, r: QRectF) -> None:
    """A small warning mark in the corner: part of the picture (e.g. its reference) is missing."""
    side = max(10.0, min(r.width(), r.height()) * 0.12)
    _triangle(p, QPointF(r.right() - side * 0.75, r.top() + side * 0.7), side)

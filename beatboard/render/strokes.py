"""Stroke outlines as QPainterPaths: the same polygons the core computes, filled by Qt.

The sketch pad paints a stroke while it is drawn with ``stroke_path`` on each move (only
the new stroke, into a cached layer image), so it matches the final render exactly.
"""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPolygonF

from ..core import sketch as sk


def outline_path(points: Sequence[tuple[float, float]], sx: float = 1.0, sy: float | None = None,
                 dx: float = 0.0, dy: float = 0.0) -> QPainterPath:
    """A closed path through ``points`` scaled by (sx, sy) and moved by (dx, dy), filled
    with the non-zero winding rule (a stroke's outline overlaps itself on sharp turns)."""
    sy = sx if sy is None else sy
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    if points:
        path.addPolygon(QPolygonF([QPointF(x * sx + dx, y * sy + dy) for x, y in points]))
        path.closeSubpath()
    return path


def stroke_path(stroke: sk.Stroke, scale: float = 1.0, dx: float = 0.0,
                dy: float = 0.0) -> QPainterPath:
    """The filled outline of ``stroke`` in target pixels: canvas units times ``scale``."""
    return outline_path(sk.stroke_outline(stroke), scale, scale, dx, dy)


def stroke_colour(stroke: sk.Stroke) -> QColor:
    hexc, alpha, _ = sk.stroke_paint(stroke)
    c = QColor(hexc)
    c.setAlphaF(alpha)
    return c


def paint_stroke(p: QPainter, stroke: sk.Stroke, scale: float, dx: float = 0.0,
                 dy: float = 0.0) -> None:
    """Fill one stroke; an eraser clears what is under it (use on a layer image)."""
    path = stroke_path(stroke, scale, dx, dy)
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    if stroke.erases:
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
        p.setBrush(QColor(0, 0, 0, 255))
    else:
        p.setBrush(stroke_colour(stroke))
    p.drawPath(path)
    p.restore()

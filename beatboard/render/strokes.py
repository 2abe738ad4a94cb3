"""Stroke outlines as QPainterPaths: the same polygons the core computes, filled by Qt.

The sketch pad paints a stroke while it is drawn with ``stroke_path`` on each move (only
the new stroke, into a cached layer image), so it matches the final render exactly.
"""
from __future__ import annotations

import ctypes
from array import array
from typing import Iterable, Sequence

import shiboken6
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPolygonF

from ..core import sketch as sk

_SENTINEL = array("d", (12345.5, -6789.25))
_fast_ok: bool | None = None


def _polygon(points: Sequence[tuple[float, float]], sx: float, sy: float, dx: float,
             dy: float) -> QPolygonF:
    """A QPolygonF of the scaled points. Building one QPointF per vertex costs ~3 µs in
    Python; when the binding hands out the polygon's own buffer (checked once with a
    16-byte sentinel, so a binding that copies is never overrun) the coordinates are
    copied in one block instead."""
    global _fast_ok
    n = len(points)
    if _fast_ok is None:
        probe = QPolygonF()
        probe.resize(1)
        ctypes.memmove(shiboken6.getCppPointer(probe.data())[0], _SENTINEL.buffer_info()[0], 16)
        first = probe.at(0)
        _fast_ok = (first.x(), first.y()) == tuple(_SENTINEL)
    if not _fast_ok or n == 0:
        return QPolygonF([QPointF(x * sx + dx, y * sy + dy) for x, y in points])
    flat = array("d", [v for x, y in points for v in (x * sx + dx, y * sy + dy)])
    poly = QPolygonF()
    poly.resize(n)
    ctypes.memmove(shiboken6.getCppPointer(poly.data())[0], flat.buffer_info()[0], 16 * n)
    return poly


def outline_path(points: Sequence[tuple[float, float]], sx: float = 1.0, sy: float | None = None,
                 dx: float = 0.0, dy: float = 0.0) -> QPainterPath:
    """A closed path through ``points`` scaled by (sx, sy) and moved by (dx, dy), filled
    with the non-zero winding rule (a stroke's outline overlaps itself on sharp turns)."""
    sy = sx if sy is None else sy
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    if points:
        path.addPolygon(_polygon(points, sx, sy, dx, dy))
        path.closeSubpath()
    return path


def stroke_path(stroke: sk.Stroke, scale: float = 1.0, dx: float = 0.0,
                dy: float = 0.0) -> QPainterPath:
    """The filled outline of ``stroke`` in target pixels: canvas units times ``scale``."""
    return outline_path(sk.stroke_outline(stroke, scale), scale, scale, dx, dy)


def stroke_colour(stroke: sk.Stroke) -> QColor:
    hexc, alpha, _ = sk.stroke_paint(stroke)
    c = QColor(hexc)
    c.setAlphaF(alpha)
    return c


def paint_strokes(p: QPainter, strokes: Iterable[sk.Stroke], scale: float, dx: float = 0.0,
                  dy: float = 0.0) -> None:
    """Fill strokes in order; an eraser clears what is under it (use on a layer image)."""
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    erasing = False
    colours: dict[tuple[str, str], QColor] = {}
    for stroke in strokes:
        if stroke.erases != erasing:
            erasing = stroke.erases
            p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear if erasing
                                 else QPainter.CompositionMode.CompositionMode_SourceOver)
        if erasing:
            p.setBrush(QColor(0, 0, 0, 255))
        else:
            key = (stroke.tool, stroke.colour)
            colour = colours.get(key)
            if colour is None:
                colour = colours[key] = stroke_colour(stroke)
            p.setBrush(colour)
        p.drawPath(stroke_path(stroke, scale, dx, dy))
    p.restore()


def paint_stroke(p: QPainter, stroke: sk.Stroke, scale: float, dx: float = 0.0,
                 dy: float = 0.0) -> None:
    """Fill one stroke (the sketch pad paints each new stroke into its layer image)."""
    paint_strokes(p, (stroke,), scale, dx, dy)

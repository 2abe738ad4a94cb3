"""The time ruler and the zones behind the cards, both drawn through the main line's TimeMap.

Background (scene coordinates): the main lane, the hook zone, the cliffhanger zone and
the episode-length guides. Foreground (viewport coordinates, pinned to the top): the
seconds ruler with the same zones labelled, so it stays readable while scrolling.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen, QTransform

from .layout import EpisodeLayout
from .palette import CanvasPalette, font

RULER_H = 30
_STEPS = (0.5, 1, 2, 5, 10, 15, 30, 60)
MAX_TICKS = 2000  # a time-compressed stretch (a far-off card) must not mean millions of ticks


def _within(x: float, lo: float, hi: float, margin: float = 50.0) -> float:
    """Clip a coordinate to just outside the painted area: huge values crash the rasterizer."""
    return max(lo - margin, min(hi + margin, x))


@dataclass(frozen=True)
class Guides:
    """Thresholds drawn on the canvas; defaults from the rulebook, the profile overrides."""

    hook_s: float = 3.0
    min_s: float = 60.0
    max_s: float = 120.0


def draw_background(p: QPainter, rect: QRectF, lay: EpisodeLayout | None,
                    pal: CanvasPalette, guides: Guides) -> None:
    p.fillRect(rect, pal.background)
    if lay is None or not lay.main_ids:
        p.setPen(pal.muted)
        p.setFont(font(14))
        hint = (QCoreApplication.translate("BeatCanvas", "Double-click to add a beat, or use Add Beat.")
                if lay is not None else
                QCoreApplication.translate("BeatCanvas", "Select an episode to edit its beats."))
        p.drawText(QRectF(-100, -100, 800, 500), Qt.AlignCenter, hint)  # the empty scene rect
        return
    tm = lay.time_map
    top, bottom = rect.top(), rect.bottom()
    p.fillRect(QRectF(rect.left(), -18, rect.width(), lay.strip.full_h + 36), pal.lane)
    sx = lambda t: _within(tm.x_at(t), rect.left(), rect.right())  # noqa: E731
    x0, x1 = sx(0.0), sx(guides.hook_s)
    p.fillRect(QRectF(x0, top, x1 - x0, bottom - top), pal.hook_zone)
    c0, c1 = sx(lay.last_main_start), sx(lay.total_s)
    p.fillRect(QRectF(c0, top, c1 - c0, bottom - top), pal.cliff_zone)
    for secs in (guides.min_s, guides.max_s):
        x = tm.x_at(secs)
        if rect.left() - 2 <= x <= rect.right() + 2:
            p.setPen(QPen(pal.guide, 1.5, Qt.DashLine))
            p.drawLine(QPointF(x, top), QPointF(x, bottom))


def draw_ruler(p: QPainter, view_rect: QRectF, to_view: QTransform, lay: EpisodeLayout | None,
               pal: CanvasPalette, guides: Guides) -> None:
    """Draw in viewport coordinates; ``to_view`` maps scene to viewport."""
    band = QRectF(0, 0, view_rect.width(), RULER_H)
    p.fillRect(band, pal.ruler)
    p.setPen(QPen(pal.card_border, 1))
    p.drawLine(band.bottomLeft(), band.bottomRight())
    if lay is None or not lay.main_ids:
        p.setPen(pal.muted)
        p.setFont(font(11))
        p.drawText(band.adjusted(8, 0, 0, 0), Qt.AlignVCenter | Qt.AlignLeft,
                   QCoreApplication.translate("BeatCanvas", "No beats"))
        return
    tm = lay.time_map
    vx = lambda t: _within(to_view.map(QPointF(tm.x_at(t), 0)).x(), 0, band.right(), 200)  # noqa: E731
    px_per_s = max(1e-6, tm.mean_px_per_s * to_view.m11())
    step = next((s for s in _STEPS if s * px_per_s >= 56), 120)
    minor = step / 5 if step / 5 * px_per_s >= 7 else step / 2
    end = max(lay.total_s, guides.max_s) + step

    _zone(p, vx(0), vx(guides.hook_s), QBrush(pal.hook_zone), pal, QCoreApplication.translate("BeatCanvas", "HOOK ≤%1s").replace("%1", f"{guides.hook_s:g}"))
    _zone(p, vx(lay.last_main_start), vx(lay.total_s), QBrush(pal.cliff_zone), pal, QCoreApplication.translate("BeatCanvas", "CLIFF"))

    p.setFont(font(10))
    to_scene, _ = to_view.inverted()
    first = max(0.0, tm.t_at(to_scene.map(QPointF(-40, 0)).x()))
    last = min(end, tm.t_at(to_scene.map(QPointF(band.right() + 40, 0)).x()))
    while (last - first) / minor > MAX_TICKS:
        step, minor = step * 10, minor * 10
    last_label = -1e9
    for i in range(int(first / minor), int(last / minor) + 2):
        t = i * minor
        x = vx(t)
        if x < -40 or x > band.right() + 40:
            continue
        beyond = t > lay.total_s
        major = abs(t / step - round(t / step)) < 1e-6
        p.setPen(QPen(pal.muted if not beyond else pal.card_border, 1))
        h = 9 if major else 4
        p.drawLine(QPointF(x, RULER_H - h), QPointF(x, RULER_H))
        if major and x - last_label >= 38:  # the ruler is piecewise: skip crowded labels
            p.drawText(QRectF(x + 3, 2, 60, 14), Qt.AlignLeft | Qt.AlignVCenter, f"{t:g}s")
            last_label = x

    p.setFont(font(10, True))
    for secs in (guides.min_s, guides.max_s):
        x = vx(secs)
        p.setPen(QPen(pal.guide, 2))
        p.drawLine(QPointF(x, 0), QPointF(x, RULER_H))
        _tag(p, QRectF(x + 2, 16, 40, 13), f"{secs:g} s", pal.ruler, pal.guide)
    x = vx(lay.total_s)
    p.setPen(QPen(pal.text, 2))
    p.drawLine(QPointF(x, 0), QPointF(x, RULER_H))
    _tag(p, QRectF(x - 74, 2, 72, 13), QCoreApplication.translate("BeatCanvas", "END %1s").replace("%1", f"{lay.total_s:.1f}"), pal.ruler, pal.text)


def _tag(p: QPainter, r: QRectF, text: str, bg, fg) -> None:
    """A label on an opaque chip, so it stays readable over ticks and zones."""
    p.fillRect(r, bg)
    p.setPen(fg)
    p.drawText(r, Qt.AlignCenter, text)


def _zone(p: QPainter, x0: float, x1: float, brush: QBrush, pal: CanvasPalette, label: str) -> None:
    r = QRectF(x0, 16, max(2.0, x1 - x0), RULER_H - 16)
    p.fillRect(r, brush)
    p.fillRect(r, QBrush(pal.muted, Qt.BDiagPattern))
    p.setPen(pal.text)
    p.setFont(font(9, True))
    p.drawText(QRectF(x0 + 2, 16, max(60.0, x1 - x0), RULER_H - 16),
               Qt.AlignLeft | Qt.AlignVCenter, label)

"""The filmstrip under a beat card: one 9:16 thumbnail per panel, in order.

Geometry is pure (slot rectangles for n panels at a thumbnail height); painting asks
the scene's thumbnail cache and draws a plain frame until the picture is ready. Up to
four panels show at full thumbnail size; more shrink to fit, and past ``MAX_SLOTS`` the
last slot says +N. Larger sizes (View › Larger Filmstrips) widen the strip past the card.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ..comments.paint import paint_count_bubble
from .layout import CARD_H, SLOT_GAP as GAP, SLOT_PAD as PAD, STRIP_GAP, THUMB_HEIGHTS, StripMetrics

MAX_SLOTS = 8
STRIP_TOP = CARD_H + STRIP_GAP
FILM = QColor("#3a3f47")
THUMB_H = THUMB_HEIGHTS[0]


def thumb_size(n: int, thumb_h: int = THUMB_H) -> tuple[int, int]:
    m = StripMetrics(thumb_h)
    shown = min(n, MAX_SLOTS)
    fit = (m.width(n) - 2 * PAD - GAP * (shown - 1)) / max(1, shown)
    w = int(min(m.slot_w, fit))
    h = int(min(thumb_h, round(w * 16 / 9)))
    return max(8, round(h * 9 / 16)), h


def slot_rects(n: int, thumb_h: int = THUMB_H) -> list[QRectF]:
    """Card-local rectangles of the visible slots (at most MAX_SLOTS)."""
    w, h = thumb_size(n, thumb_h)
    top = STRIP_TOP + (StripMetrics(thumb_h).strip_h - h) / 2
    return [QRectF(PAD + i * (w + GAP), top, w, h) for i in range(min(n, MAX_SLOTS))]


def strip_rect(n: int = 0, thumb_h: int = THUMB_H) -> QRectF:
    m = StripMetrics(thumb_h)
    return QRectF(0, STRIP_TOP, m.width(n), m.strip_h)


def slot_at(n: int, x: float, y: float, thumb_h: int = THUMB_H) -> int | None:
    """The panel index under a card-local point (the +N slot counts as the last shown)."""
    for i, r in enumerate(slot_rects(n, thumb_h)):
        if r.adjusted(-GAP / 2, -4, GAP / 2, 4).contains(x, y):
            return i
    return None


def insertion_at(n: int, x: float, thumb_h: int = THUMB_H) -> int:
    """Where a dropped panel goes in a strip of n, from a card-local x."""
    for i, r in enumerate(slot_rects(n, thumb_h)):
        if x < r.center().x():
            return i
    return n


def paint_strip(painter: QPainter, card, pal) -> None:
    panels = card.panels
    n = len(panels)
    th = card.thumb_h
    painter.setPen(Qt.NoPen)
    painter.setBrush(FILM)  # dark like film in both themes, so pictures stand out
    rects = slot_rects(n, th)
    film = strip_rect(n, th)
    if rects:
        film.setRight(rects[-1].right() + PAD)
    painter.drawRoundedRect(film, 4, 4)
    w, h = thumb_size(n, th)
    overflow = n > MAX_SLOTS
    cache = card.thumbnail_cache()
    keys = card.thumbnail_keys(w, h) if cache else []
    for i, r in enumerate(rects):
        if overflow and i == len(rects) - 1:
            painter.setPen(QPen(pal.card_border, 1))
            painter.setBrush(pal.card)
            painter.drawRect(r)
            painter.setPen(pal.text)
            painter.drawText(r, Qt.AlignCenter, f"+{n - i}")
            continue
        panel = panels[i]
        hit = cache.get(keys[i], card.thumbnail_request(panel, w, h), card) if cache else None
        if hit is not None:
            painter.drawImage(r, hit)
        else:
            painter.setPen(Qt.NoPen)
            painter.setBrush(QColor("#f4f4f4"))
            painter.drawRect(r)
        current = panel.id == card.current_panel
        painter.setBrush(Qt.NoBrush)
        painter.setPen(QPen(pal.accent, 2.5) if current else QPen(QColor("#5b616b"), 1))
        painter.drawRect(r.adjusted(-1, -1, 1, 1) if current else r)
        n_open = card.open_comments(panel.id) if hasattr(card, "open_comments") else 0
        if n_open:
            paint_count_bubble(painter, QPointF(r.right() - 14, r.top() + 2), n_open, 13.0)
    if card.drop_index is not None:
        if rects:
            idx = min(card.drop_index, len(rects))
            x = rects[idx].left() - GAP / 2 if idx < len(rects) else rects[-1].right() + GAP / 2
        else:
            x = PAD
        painter.setPen(QPen(pal.accent, 3))
        marker = QRectF(x, STRIP_TOP + 2, 0, film.height() - 4)
        painter.drawLine(marker.topLeft(), marker.bottomLeft())

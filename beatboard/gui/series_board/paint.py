"""Drawing the series board's rows, cards, heat cells, thread arcs and paywall line."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen, QPixmap

from ...core.vocab import Direction
from ..comments.paint import paint_count_bubble
from ..canvas.beat_card import kind_caption
from ..canvas.palette import CanvasPalette, direction_colour, emotion_colour
from .geometry import BoardGeometry
from .rows import BoardCard, BoardRow

STATUS_GLYPHS = {"clean": "✓", "warnings": "⚠", "errors": "✕"}
THREAD_COLOUR = QColor("#8E24AA")
PAYWALL_COLOUR = QColor("#C2410C")
CONTINUATION_INK = "#1E3A8A"  # the heat map's continuation strip
KIND_LETTERS = {"hook": "H", "setup": "S", "escalation": "E", "turn": "T", "payoff": "P",
                "cliffhanger": "C", "other": "·"}


def card_colour(card: BoardCard) -> QColor:
    return emotion_colour(card.tag) if card.tag else direction_colour(Direction(card.direction))


_FONTS: dict[tuple[int, bool], QFont] = {}


def _font(px: float, bold: bool = False) -> QFont:
    key = (max(6, int(px)), bold)
    f = _FONTS.get(key)
    if f is None:
        f = _FONTS[key] = QFont()
        f.setPixelSize(key[0])
        f.setBold(bold)
    return f


def status_colour(status: str, pal: CanvasPalette) -> QColor:
    return {"errors": pal.error, "warnings": pal.warning}.get(status, QColor("#2E7D32"))


STRIP_W = 34.0  # the heat map's continuation strip, left of the status glyph


def continuation_rect(header: QRectF) -> QRectF:
    return QRectF(header.right() - 22 - STRIP_W, header.top() + 1, STRIP_W,
                  max(1.0, header.height() - 2))


def paint_continuation(p: QPainter, share: float, r: QRectF, pal: CanvasPalette) -> None:
    """How many of the episode's viewers start the next one: a bar as long as the share
    (so it reads without colour), darker for more, with the percentage where it fits."""
    p.fillRect(r, pal.lane.darker(112))
    share = min(max(share, 0.0), 1.0)
    ink = QColor(CONTINUATION_INK)
    ink.setAlphaF(0.35 + 0.65 * share)
    p.fillRect(QRectF(r.left(), r.top(), r.width() * share, r.height()), ink)
    if r.height() >= 8:
        p.setFont(_font(min(r.height() - 1, 10), True))
        p.setPen(QColor("#FFFFFF") if share > 0.55 else pal.text)
        p.drawText(r, Qt.AlignCenter, f"{share * 100:.0f}")


def paint_header(p: QPainter, row: BoardRow, rect: QRectF, geo: BoardGeometry,
                 pal: CanvasPalette, duration_text: str, beats_text: str,
                 selected: bool) -> None:
    p.fillRect(rect, pal.lane if not selected else pal.accent.lighter(175))
    h = rect.height()
    status = STATUS_GLYPHS[row.status]
    if geo.lod == "heat":
        if row.continuation is not None:
            paint_continuation(p, row.continuation, continuation_rect(rect), pal)
        if h < 5:
            return
        p.setFont(_font(min(h - 1, 11), True))
        p.setPen(pal.text if row.number else pal.muted)
        room = -28 - (STRIP_W if row.continuation is not None else 0)
        p.drawText(rect.adjusted(4, 0, room, 0), Qt.AlignVCenter | Qt.AlignLeft,
                   f"{row.number}  {row.title}" if row.number else row.title)
        if not row.number:  # the set-aside row has no rule status
            return
        p.setPen(status_colour(row.status, pal))
        p.drawText(rect.adjusted(0, 0, -6, 0), Qt.AlignVCenter | Qt.AlignRight, status)
        return
    big = geo.lod == "cards"
    if row.number == 0:  # the set-aside row
        p.setPen(pal.muted)
        p.setFont(_font(13 if big else 11, True))
        p.drawText(rect.adjusted(8, 0, -4, 0), Qt.AlignVCenter | Qt.AlignLeft | Qt.TextWordWrap,
                   f"{row.title} ({len(row.cards)})" if row.cards else row.title)
        return
    p.setPen(pal.text)
    p.setFont(_font(22 if big else 15, True))
    num_w = 44 if big else 34
    p.drawText(QRectF(rect.left() + 6, rect.top(), num_w, h), Qt.AlignVCenter | Qt.AlignLeft,
               str(row.number))
    text_r = QRectF(rect.left() + 6 + num_w, rect.top() + 4, rect.width() - num_w - 36, h - 8)
    p.setFont(_font(13 if big else 11, True))
    fm = QFontMetrics(p.font())
    title = fm.elidedText(row.title or "—", Qt.ElideRight, int(text_r.width()))
    p.drawText(text_r, Qt.AlignTop | Qt.AlignLeft, title)
    if h > 30:
        p.setPen(pal.muted)
        p.setFont(_font(11 if big else 10))
        more = f" · +{row.off_line}" if row.off_line else ""
        p.drawText(text_r.adjusted(0, fm.height() + 2, 0, 0), Qt.AlignTop | Qt.AlignLeft,
                   f"{duration_text} · {beats_text}{more}")
    p.setPen(status_colour(row.status, pal))
    p.setFont(_font(18 if big else 14, True))
    p.drawText(QRectF(rect.right() - 30, rect.top(), 26, h), Qt.AlignCenter, status)


def paint_card(p: QPainter, card: BoardCard, r: QRectF, geo: BoardGeometry,
               pal: CanvasPalette, thumb: QPixmap | None, flags: dict) -> None:
    colour = card_colour(card)
    if flags.get("dim"):
        p.setOpacity(0.22)
    lod = geo.lod
    if lod == "heat":
        c = QColor(colour)
        c.setAlphaF(0.25 + 0.15 * card.intensity)
        p.fillRect(r, c)
        if flags.get("match"):
            p.setPen(QPen(pal.text, 1.5))
            p.setBrush(Qt.NoBrush)
            p.drawRect(r)
    elif lod == "compact":
        c = QColor(colour)
        c.setAlphaF(0.35 + 0.13 * card.intensity)
        p.setPen(QPen(pal.card_border, 1))
        p.setBrush(c)
        p.drawRoundedRect(r, 3, 3)
        p.setPen(pal.text)
        p.setFont(_font(r.height() * 0.32, True))
        p.drawText(r, Qt.AlignCenter, f"{card.glyph}{card.intensity}")
        p.setFont(_font(r.height() * 0.2))
        p.drawText(r.adjusted(3, 1, 0, 0), Qt.AlignTop | Qt.AlignLeft,
                   KIND_LETTERS.get(card.kind, card.kind[:1].upper()))
    else:
        _paint_full_card(p, card, r, geo, pal, thumb, colour)
    p.setOpacity(1.0)
    if flags.get("selected") or flags.get("match"):
        pen = QPen(pal.accent if flags.get("selected") else QColor("#F59E0B"),
                   2.5 if lod != "heat" else 1.5)
        p.setPen(pen)
        p.setBrush(Qt.NoBrush)
        p.drawRoundedRect(r.adjusted(-1.5, -1.5, 1.5, 1.5), 4, 4)
    badge = flags.get("badge")
    if badge and lod != "heat":
        s = max(4.0, 9 * geo.zoom)
        p.setPen(Qt.NoPen)
        p.setBrush(pal.error if badge == "errors" else pal.warning)
        p.drawEllipse(QRectF(r.right() - s - 2, r.top() + 2, s, s))
    notes = flags.get("comments", 0)
    if notes and lod != "heat":  # open review comments on the beat
        h = max(9.0, min(16.0, r.height() * 0.3))
        paint_count_bubble(p, QPointF(r.right() - h - 20, r.top() + 2), notes, h)


def _paint_full_card(p, card, r, geo, pal, thumb, colour) -> None:
    z = geo.zoom
    p.setPen(QPen(pal.card_border, 1))
    p.setBrush(pal.card)
    p.drawRoundedRect(r, 5, 5)
    bar = QRectF(r.left(), r.top(), 6 * z, r.height())
    p.fillRect(bar, colour)
    inner = r.adjusted(10 * z, 5 * z, -6 * z, -5 * z)
    thumb_w = 0.0
    if thumb is not None:
        th = inner.height() * 0.62
        tw = th * 9 / 16
        target = QRectF(inner.right() - tw, inner.bottom() - th, tw, th)
        p.drawPixmap(target, thumb, QRectF(thumb.rect()))
        p.setPen(QPen(pal.card_border, 1))  # the frame's edge, paper on a light card
        p.setBrush(Qt.NoBrush)
        p.drawRect(target)
        thumb_w = tw + 4 * z
    p.setPen(pal.muted)
    p.setFont(_font(10 * z, True))
    p.drawText(inner, Qt.AlignTop | Qt.AlignLeft, kind_caption(card.kind))
    p.setPen(pal.text)
    p.setFont(_font(12 * z, True))
    fm = QFontMetrics(p.font())
    title_r = QRectF(inner.left(), inner.top() + 15 * z, inner.width() - thumb_w,
                     inner.height() - 36 * z)
    p.drawText(title_r, Qt.AlignTop | Qt.AlignLeft | Qt.TextWordWrap,
               fm.elidedText(card.title, Qt.ElideRight, int(title_r.width() * 2.6)))
    chip = QRectF(inner.left(), inner.bottom() - 20 * z, 42 * z, 20 * z)
    p.setPen(Qt.NoPen)
    p.setBrush(colour)
    p.drawRoundedRect(chip, 4, 4)
    p.setPen(QColor("#111") if colour.lightnessF() > 0.55 else QColor("#FFF"))
    p.setFont(_font(13 * z, True))
    p.drawText(chip, Qt.AlignCenter, f"{card.glyph} {card.intensity}")


def paint_paywall(p: QPainter, y: float, x0: float, x1: float, label: str) -> None:
    p.setPen(QPen(PAYWALL_COLOUR, 3, Qt.SolidLine))
    p.drawLine(QPointF(x0, y), QPointF(x1, y))
    p.setFont(_font(11, True))
    fm = QFontMetrics(p.font())
    box = QRectF(x0 + 4, y - 8, fm.horizontalAdvance(label) + 12, 16)
    p.setPen(Qt.NoPen)
    p.setBrush(PAYWALL_COLOUR)
    p.drawRoundedRect(box, 3, 3)
    p.setPen(QColor("#FFFFFF"))
    p.drawText(box, Qt.AlignCenter, label)


def thread_path(a: QRectF, b: QRectF) -> QPainterPath:
    """An arc from the setup card's top to the payoff card's top, bowing to the right."""
    start = QPointF(a.center().x(), a.top())
    end = QPointF(b.center().x(), b.top())
    bow = 30 + abs(end.y() - start.y()) * 0.25
    path = QPainterPath(start)
    path.cubicTo(QPointF(start.x() + bow, start.y() - bow * 0.6),
                 QPointF(end.x() + bow, end.y() - bow * 0.6), end)
    return path


def paint_thread(p: QPainter, a: QRectF, b: QRectF, label: str, geo: BoardGeometry,
                 problem: bool) -> None:
    pen = QPen(THREAD_COLOUR, 2.2 if geo.lod == "cards" else 1.3,
               Qt.DashLine if problem else Qt.SolidLine)
    p.setPen(pen)
    p.setBrush(Qt.NoBrush)
    path = thread_path(a, b)
    p.drawPath(path)
    end = path.currentPosition()
    p.setBrush(THREAD_COLOUR)
    s = 4 if geo.lod == "cards" else 2.5
    p.drawEllipse(end, s, s)
    p.drawEllipse(QPointF(a.center().x(), a.top()), s, s)
    if geo.lod == "cards" and label:
        p.setFont(_font(11, True))
        mid = path.pointAtPercent(0.5)
        p.drawText(QRectF(mid.x() + 4, mid.y() - 8, 220, 16), Qt.AlignLeft | Qt.AlignVCenter,
                   label)


def paint_open_thread(p: QPainter, a: QRectF, geo: BoardGeometry) -> None:
    """A setup still waiting for its payoff: a flag over the card."""
    p.setPen(THREAD_COLOUR)
    p.setFont(_font(max(8, 14 * geo.zoom), True))
    p.drawText(QRectF(a.left(), a.top() - 16 * geo.zoom - 2, a.width(), 16 * geo.zoom + 2),
               Qt.AlignLeft | Qt.AlignBottom, "⚑")

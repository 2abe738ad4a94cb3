"""Colours and fonts shared by the canvas, the curve and the series strip.

Two palettes (light for daylight work and printing previews, dark for long sessions).
Emotion colours come from the vocabulary; every colour here is paired elsewhere with a
glyph, a pattern or text, so a black-and-white print still reads.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

from ...core.vocab import EMOTION_TAGS, NEUTRAL_COLOUR, Direction, tag_info


@dataclass(frozen=True)
class CanvasPalette:
    background: QColor
    grid: QColor
    lane: QColor
    card: QColor
    card_border: QColor
    text: QColor
    muted: QColor
    accent: QColor
    link: QColor
    hook_zone: QColor
    cliff_zone: QColor
    guide: QColor
    ruler: QColor
    error: QColor
    warning: QColor
    banner_text: QColor


LIGHT = CanvasPalette(
    background=QColor("#F4F5F7"), grid=QColor("#E3E5E8"), lane=QColor("#ECEEF1"),
    card=QColor("#FFFFFF"), card_border=QColor("#B8BDC6"), text=QColor("#1E2228"),
    muted=QColor("#6B7280"), accent=QColor("#2563EB"), link=QColor("#525A66"),
    hook_zone=QColor(242, 183, 5, 32), cliff_zone=QColor(15, 163, 177, 40),
    guide=QColor("#9A3412"), ruler=QColor(255, 255, 255, 235), error=QColor("#C62828"),
    warning=QColor("#B26A00"), banner_text=QColor("#FFFFFF"))

DARK = CanvasPalette(
    background=QColor("#1B1E23"), grid=QColor("#262A31"), lane=QColor("#21252B"),
    card=QColor("#2B3038"), card_border=QColor("#4A515C"), text=QColor("#E8EAED"),
    muted=QColor("#9AA3AF"), accent=QColor("#60A5FA"), link=QColor("#AEB6C2"),
    hook_zone=QColor(242, 183, 5, 24), cliff_zone=QColor(15, 163, 177, 36),
    guide=QColor("#FB923C"), ruler=QColor(30, 33, 39, 235), error=QColor("#EF5350"),
    warning=QColor("#FFB300"), banner_text=QColor("#FFFFFF"))


def emotion_colour(tag: str) -> QColor:
    info = tag_info(tag)
    return QColor(info.colour if info else NEUTRAL_COLOUR)


def direction_colour(direction: Direction) -> QColor:
    """A fallback when a beat has no known tag: warm for release, cool for pressure."""
    return QColor({Direction.UP: EMOTION_TAGS["payoff"].colour,
                   Direction.DOWN: EMOTION_TAGS["suffering"].colour,
                   Direction.LEVEL: EMOTION_TAGS["suspense"].colour}[direction])


def beat_colour(tag: str, direction: Direction) -> QColor:
    return emotion_colour(tag) if tag_info(tag) else direction_colour(direction)


def font(pixel_size: int, bold: bool = False) -> QFont:
    """The application font at a pixel size, so cards look the same on every screen."""
    f = QFont()
    f.setPixelSize(pixel_size)
    f.setBold(bold)
    return f

"""Colours for colour or black-and-white printing.

In black-and-white mode every colour becomes a grey of the same lightness, and the
meaning carried by colour is also carried by glyphs, words and hatching.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...core.vocab import NEUTRAL_COLOUR, Direction, tag_info

RGB = tuple[float, float, float]

INK: RGB = (0.0, 0.0, 0.0)
PAPER: RGB = (1.0, 1.0, 1.0)
RULE_GREY: RGB = (0.55, 0.55, 0.55)
GUIDE_GREY: RGB = (0.6, 0.6, 0.6)
LIGHT: RGB = (0.93, 0.93, 0.93)
ERROR_RED = "#C62828"
WARNING_AMBER = "#B26A00"


@lru_cache(maxsize=64)
def hex_rgb(colour: str) -> RGB:
    c = colour.lstrip("#")
    return tuple(int(c[i:i + 2], 16) / 255.0 for i in (0, 2, 4))  # type: ignore[return-value]


def luminance(rgb: RGB) -> float:
    r, g, b = rgb
    return 0.299 * r + 0.587 * g + 0.114 * b


@dataclass(frozen=True)
class Style:
    bw: bool

    def colour(self, colour: str | RGB) -> RGB:
        rgb = hex_rgb(colour) if isinstance(colour, str) else colour
        if not self.bw:
            return rgb
        y = luminance(rgb)
        return (y, y, y)

    def emotion_fill(self, tag: str, direction: Direction) -> RGB:
        """The band colour of a beat: its tag colour, or a grey by direction in bw."""
        if self.bw:
            return {Direction.UP: (0.92, 0.92, 0.92), Direction.DOWN: (0.72, 0.72, 0.72),
                    Direction.LEVEL: (0.84, 0.84, 0.84)}[direction]
        info = tag_info(tag)
        return hex_rgb(info.colour if info else NEUTRAL_COLOUR)

    def text_on(self, fill: RGB) -> RGB:
        return PAPER if luminance(fill) < 0.5 else INK

    def severity(self, severity: str) -> RGB:
        if severity == "error":
            return self.colour(ERROR_RED)
        if severity == "warning":
            return self.colour(WARNING_AMBER)
        return INK

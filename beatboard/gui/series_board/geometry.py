"""Where rows and cards sit on the series board at a zoom, and the level of detail.

At zoom 1 a card is readable (kind, title, emotion, thumbnail); below COMPACT_BELOW it
shows only its colour, glyph and intensity; below HEAT_BELOW it is a cell of a heat map,
so 100 episodes fit on one screen.
"""
from __future__ import annotations

from dataclasses import dataclass

CARD_W, CARD_H = 132.0, 100.0
GAP = 8.0
ROW_PAD = 12.0
TOP = 6.0
MIN_ZOOM, MAX_ZOOM = 0.05, 1.6
COMPACT_BELOW = 0.6
HEAT_BELOW = 0.28
HEAT_CELL_W = 30.0


@dataclass(frozen=True)
class BoardGeometry:
    zoom: float

    @property
    def lod(self) -> str:
        if self.zoom < HEAT_BELOW:
            return "heat"
        return "compact" if self.zoom < COMPACT_BELOW else "cards"

    @property
    def header_w(self) -> float:
        return {"cards": 230.0, "compact": 190.0, "heat": 150.0}[self.lod]

    @property
    def card_w(self) -> float:
        # Heat cells stay wide enough to read a row's colours at a glance.
        return max(CARD_W * self.zoom, HEAT_CELL_W) if self.lod == "heat" else CARD_W * self.zoom

    @property
    def card_h(self) -> float:
        return CARD_H * self.zoom

    @property
    def gap(self) -> float:
        return max(1.0, GAP * self.zoom)

    @property
    def row_h(self) -> float:
        return self.card_h + max(2.0, ROW_PAD * self.zoom)

    @staticmethod
    def zoom_for_row_height(row_h: float) -> float:
        """The zoom whose rows are ``row_h`` high (inverse of ``row_h``)."""
        z = row_h / (CARD_H + ROW_PAD)
        if ROW_PAD * z < 2.0:
            z = (row_h - 2.0) / CARD_H
        return max(MIN_ZOOM, min(MAX_ZOOM, z))

    def row_y(self, index: int) -> float:
        return TOP + index * self.row_h

    def card_x(self, slot: int) -> float:
        return self.header_w + self.gap + slot * (self.card_w + self.gap)

    def content_size(self, rows: int, max_cards: int) -> tuple[float, float]:
        return (self.card_x(max_cards) + self.card_w + 40, self.row_y(rows) + 60)

    def row_at(self, y: float, rows: int) -> int | None:
        i = int((y - TOP) // self.row_h)
        return i if 0 <= i < rows and y >= TOP else None

    def slot_at(self, x: float) -> int:
        """The card slot under x (may be past the last card)."""
        return max(0, int((x - self.header_w - self.gap) // (self.card_w + self.gap)))

    def drop_slot(self, x: float) -> int:
        """Between which cards a drop at x lands: the number of cards before it."""
        pitch = self.card_w + self.gap
        return max(0, int((x - self.header_w - self.gap + pitch / 2) // pitch))

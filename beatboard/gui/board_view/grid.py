"""The Board view's reading order and grid geometry. Plain Python, no Qt.

Panels run left to right, top to bottom, in play order (the main line, then the other
beats in list order, as the canvas's panel keys walk them). Each cell is a header band
(the beat's colour and emotion, drawn once over each run of its panels in a row), the
9:16 picture, and two lines of text under it (timing, shot, then the caption).
Pictures are as large as the window allows while a screen still shows several shots.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...core.graph import main_line
from ...core.model import Episode

MARGIN = 20.0
GAP = 16.0
HEADER_H = 24.0
TEXT_H = 68.0
MIN_PIC_H, MAX_PIC_H = 150.0, 560.0
AT_A_GLANCE = 8  # panels a screen should show at once, so neighbouring shots compare
MAX_ROWS = 4


@dataclass(frozen=True)
class BoardItem:
    beat_id: str
    panel_id: str
    index: int  # place in its beat's strip
    number: int  # 1-based place in the episode's reading order


def reading_order(ep: Episode) -> list[BoardItem]:
    main = [b.id for b in main_line(ep)]
    order = main + [b.id for b in ep.beats if b.id not in main]
    items: list[BoardItem] = []
    for bid in order:
        for i, p in enumerate(ep.beat(bid).panels):
            items.append(BoardItem(bid, p.id, i, len(items) + 1))
    return items


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px < self.x + self.w and self.y <= py < self.y + self.h


@dataclass(frozen=True)
class Grid:
    columns: int
    pic_w: float
    pic_h: float
    left: float  # x of the first column (the grid is centred in the window)

    @property
    def cell_w(self) -> float:
        return self.pic_w

    @property
    def cell_h(self) -> float:
        return HEADER_H + self.pic_h + TEXT_H

    def cell(self, i: int) -> Rect:
        row, col = divmod(i, self.columns)
        return Rect(self.left + col * (self.cell_w + GAP), MARGIN + row * (self.cell_h + GAP),
                    self.cell_w, self.cell_h)

    def header(self, i: int) -> Rect:
        c = self.cell(i)
        return Rect(c.x, c.y, c.w, HEADER_H - 4)

    def picture(self, i: int) -> Rect:
        c = self.cell(i)
        return Rect(c.x, c.y + HEADER_H, self.pic_w, self.pic_h)

    def text(self, i: int) -> Rect:
        c = self.cell(i)
        return Rect(c.x, c.y + HEADER_H + self.pic_h + 4, c.w, TEXT_H - 4)

    def height(self, n: int) -> float:
        rows = max(1, -(-n // self.columns))
        return 2 * MARGIN + rows * self.cell_h + (rows - 1) * GAP

    def index_at(self, x: float, y: float, n: int) -> int | None:
        """The cell (header, picture or text) under a point, or None."""
        for i in self._near(y, n):
            if self.cell(i).contains(x, y):
                return i
        return None

    def insertion_at(self, x: float, y: float, n: int) -> tuple[int, bool] | None:
        """Where a dragged panel would land: (cell, after) — before or after the cell
        whose half is under the point, in the row under it; None outside the rows."""
        rows = -(-n // self.columns)
        row = int((y - MARGIN + GAP / 2) // (self.cell_h + GAP))
        if n == 0 or not 0 <= row < rows:
            return None
        first = row * self.columns
        last = min(n, first + self.columns) - 1
        for i in range(first, last + 1):
            c = self.cell(i)
            if x < c.x + c.w / 2:
                return i, False
            if x < c.x + c.w + GAP / 2:
                return i, True
        return last, True

    def _near(self, y: float, n: int) -> range:
        row = int((y - MARGIN) // (self.cell_h + GAP))
        first = max(0, row * self.columns)
        return range(first, min(n, first + self.columns))


def grid_for(width: float, height: float, n: int = 0) -> Grid:
    """The largest pictures that still show a screenful worth comparing: the fewest rows
    (each filling its share of the height) that put at least ``AT_A_GLANCE`` panels (or
    all n) on screen, never smaller than MIN_PIC_H."""
    wanted = max(1, min(n or AT_A_GLANCE, AT_A_GLANCE))
    best = None
    for rows in range(1, MAX_ROWS + 1):
        pic_h = (height - 2 * MARGIN - rows * (HEADER_H + TEXT_H) - (rows - 1) * GAP) / rows
        grid = _grid(width, max(MIN_PIC_H, min(MAX_PIC_H, pic_h)))
        best = grid
        if pic_h <= MIN_PIC_H or grid.columns * rows >= wanted:
            break
    return best


def _grid(width: float, pic_h: float) -> Grid:
    pic_w = round(pic_h * 9 / 16)
    pic_h = round(pic_w * 16 / 9)
    columns = max(1, int((width - 2 * MARGIN + GAP) // (pic_w + GAP)))
    used = columns * pic_w + (columns - 1) * GAP
    return Grid(columns, pic_w, pic_h, max(MARGIN, (width - used) / 2))

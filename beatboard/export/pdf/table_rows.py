"""Ruled rows of a simple table on an audience page: cells in shares of the width,
text right-aligned except in the one column that holds names."""
from __future__ import annotations

from .draw import Painter
from .layout import Rect
from .style import RULE_GREY


class TableRows:
    def __init__(self, p: Painter, area: Rect, columns, row_h: float, fs: float,
                 left_key: str):
        self.p, self.area, self.columns = p, area, columns
        self.row_h, self.fs, self.left_key = row_h, fs, left_key
        self.widths = [share * area.w for _, share in columns]
        self.top = area.top

    def room(self) -> int:
        """How many more rows fit."""
        return int((self.top - self.area.y) / self.row_h)

    def __call__(self, cells, bold: bool = False) -> None:
        p, cx, h = self.p, self.area.x, self.row_h
        for text, w, (key, _) in zip(cells, self.widths, self.columns):
            p.line(Rect(cx + 2, self.top - h, w - 4, h), text, self.fs, bold=bold,
                   align="left" if key == self.left_key else "right")
            cx += w
        self.top -= h
        p.stroke(RULE_GREY, 0.3)
        p.c.line(self.area.x, self.top, self.area.right, self.top)

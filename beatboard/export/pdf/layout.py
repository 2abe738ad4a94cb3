"""Paper sizes, margins and the panel grid for each paper, orientation and panel count."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A3, A4, LETTER, TABLOID, landscape, portrait

PAPER_SIZES = {"A4": A4, "Letter": LETTER, "A3": A3, "Tabloid": TABLOID}

# (columns, rows) per panel count; landscape pages run rows of 4 to 6.
GRIDS = {
    "portrait": {6: (3, 2), 8: (4, 2), 12: (4, 3)},
    "landscape": {6: (6, 1), 8: (4, 2), 12: (6, 2)},
}

MARGIN = 28.0
FOOTER_H = 16.0
GUTTER = 8.0


@dataclass(frozen=True)
class Rect:
    x: float  # left
    y: float  # bottom (PDF coordinates)
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h

    @property
    def right(self) -> float:
        return self.x + self.w

    def inset(self, d: float) -> "Rect":
        return Rect(self.x + d, self.y + d, self.w - 2 * d, self.h - 2 * d)

    def contains(self, other: "Rect", tol: float = 0.5) -> bool:
        return (other.x >= self.x - tol and other.y >= self.y - tol
                and other.right <= self.right + tol and other.top <= self.top + tol)


@dataclass(frozen=True)
class PageGeometry:
    width: float
    height: float
    scale: float  # type size multiplier: bigger paper, bigger type (read at arm's length)

    @property
    def body(self) -> Rect:
        return Rect(MARGIN, MARGIN + FOOTER_H, self.width - 2 * MARGIN,
                    self.height - 2 * MARGIN - FOOTER_H)


def page_geometry(paper: str, orientation: str) -> PageGeometry:
    size = PAPER_SIZES[paper]
    w, h = landscape(size) if orientation == "landscape" else portrait(size)
    scale = min(w, h) / min(A4)
    return PageGeometry(w, h, scale)


@dataclass(frozen=True)
class BoardLayout:
    geometry: PageGeometry
    header: Rect
    curve: Rect
    panels: tuple[Rect, ...]  # reading order: left to right, top to bottom

    @property
    def per_page(self) -> int:
        return len(self.panels)


def board_layout(paper: str, orientation: str, panels: int) -> BoardLayout:
    geo = page_geometry(paper, orientation)
    body = geo.body
    s = geo.scale
    header_h = 40.0 * s
    curve_h = (74.0 if orientation == "portrait" else 62.0) * s
    header = Rect(body.x, body.top - header_h, body.w, header_h)
    curve = Rect(body.x, header.y - 4 - curve_h, body.w, curve_h)
    grid_top = curve.y - GUTTER
    cols, rows = GRIDS[orientation][panels]
    cell_w = (body.w - GUTTER * (cols - 1)) / cols
    cell_h = (grid_top - body.y - GUTTER * (rows - 1)) / rows
    rects = []
    for r in range(rows):
        for c in range(cols):
            x = body.x + c * (cell_w + GUTTER)
            y = grid_top - (r + 1) * cell_h - r * GUTTER
            rects.append(Rect(x, y, cell_w, cell_h))
    return BoardLayout(geo, header, curve, tuple(rects))

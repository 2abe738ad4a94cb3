"""Paper sizes, margins, the page's body and the rectangle everything is placed in
(the board pages' own grid is ``board_layout``)."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A3, A4, LETTER, TABLOID, landscape, portrait

PAPER_SIZES = {"A4": A4, "Letter": LETTER, "A3": A3, "Tabloid": TABLOID}

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

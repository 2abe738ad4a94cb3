"""Rows that flow down pages: tables and lists that break across pages.

Each row knows its height and how to draw itself; ``paginate`` fills pages and, when a
group (an episode's table) continues on a new page, repeats that group's header rows.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Hashable

from .draw import Painter
from .labels import label
from .layout import Rect
from .style import INK, LIGHT

DrawRow = Callable[[Painter, float, float, float], None]  # (painter, x, top, width)


@dataclass
class Row:
    height: float
    draw: DrawRow
    group: Hashable = None
    keep_with_next: bool = False  # headings never end a page alone


@dataclass
class FlowPage:
    rows: list[Row] = field(default_factory=list)


def paginate(rows: list[Row], avail_h: float,
             repeat: Callable[[Hashable], list[Row]] | None = None) -> list[FlowPage]:
    pages = [FlowPage()]
    used = 0.0
    i = 0
    while i < len(rows):
        # A heading chain is placed together with the first row after it.
        j = i
        while j < len(rows) - 1 and rows[j].keep_with_next:
            j += 1
        chunk = rows[i:j + 1]
        need = sum(r.height for r in chunk)
        if used + need > avail_h and pages[-1].rows:
            pages.append(FlowPage())
            used = 0.0
            if repeat is not None and chunk[0].group is not None and not chunk[0].keep_with_next:
                for r in repeat(chunk[0].group):
                    pages[-1].rows.append(r)
                    used += r.height
        pages[-1].rows.extend(chunk)
        used += need
        i = j + 1
    return pages


def draw_flow_page(p: Painter, page: FlowPage, x: float, top: float, width: float) -> None:
    y = top
    for row in page.rows:
        row.draw(p, x, y, width)
        y -= row.height


def table_header_row(columns, widths: list[float], fs: float, lang: str, group: str,
                     pad: float = 3.0) -> Row:
    """The bold header row of a table; ``columns`` are (label key, width share) pairs."""
    h = fs * 1.9

    def draw(p: Painter, x, top, w):
        r = Rect(x, top - h, w, h)
        p.container = r
        p.rect(r, fill=LIGHT, stroke=INK, width=0.6)
        cx = x
        for (key, _), cw in zip(columns, widths):
            p.line(Rect(cx + pad, r.y, cw - 2 * pad, h), label(key, lang), fs, bold=True)
            cx += cw
        p.container = None
    return Row(h, draw, group)


def titled_flow_drawer(page: FlowPage, body: Rect, title: str, title_h: float, fs: float):
    """Draws a page of flowing rows under a bold section title (overview, shot list)."""
    def draw(p: Painter) -> None:
        p.container = Rect(body.x, body.top - title_h, body.w, title_h)
        p.line(Rect(body.x, body.top - title_h * 0.8, body.w, title_h * 0.7), title,
               fs * 1.8, bold=True)
        p.container = None
        draw_flow_page(p, page, body.x, body.top - title_h, body.w)
    return draw

"""The episode's "continued text" page: text that did not fit under its frames, in full.

On the board the cut line ends with a reference (``→#12`` for a shot, ``→e1b3`` for a
beat); here the same reference heads the rest of the text, so nothing is lost on paper.
"""
from __future__ import annotations

from .draw import Painter
from .flow import Row, paginate, titled_flow_drawer
from .flowtext import Para
from .fonts import Fitted, fit
from .labels import episode_name, label
from .layout import Rect, page_geometry
from .page_job import PageJob
from .style import RULE_GREY


def merge_overflow(items: list[tuple[Para, str]]) -> list[tuple[str, str, str]]:
    """(reference, label, text), paragraphs of one reference and label joined."""
    out: list[tuple[str, str, str]] = []
    for para, text in items:
        if out and out[-1][0] == para.ref and out[-1][1] == para.label:
            ref, lab, prev = out[-1]
            out[-1] = (ref, lab, prev + "\n" + text)
        else:
            out.append((para.ref, para.label, text))
    return out


def continued_pages(plan, items: list[tuple[Para, str]], options, ctx) -> list[PageJob]:
    if not items:
        return []
    geo = page_geometry(options.paper, options.orientation)
    body = geo.body
    fs = 9.0 * geo.scale
    lang = ctx.lang
    rows = []
    title_h = fs * 3.0
    for ref, lab, text in merge_overflow(items):
        head = f"→{ref}" + (f" · {lab}" if lab else "") + f" ({label('continued_from', lang)})"
        rows += _rows(head, text, fs, body.w, body.h - title_h)
    ep = plan.episode
    title = f"{episode_name(ep.number, lang)} · {label('continued_text', lang)}"
    pages = paginate(rows, body.h - title_h)
    return [PageJob(titled_flow_drawer(page, body, title, title_h, fs)) for page in pages]


def _rows(head: str, text: str, fs: float, width: float, page_h: float) -> list[Row]:
    """The heading and its text; a text longer than a page is split into page-sized rows."""
    fitted = fit(text, width - 16, 1e7, fs)
    per_row = max(1, int((page_h - fs * 2.5) // fitted.leading))
    chunks = [fitted.lines[i:i + per_row] for i in range(0, len(fitted.lines), per_row)]
    return [_row(head if i == 0 else "", Fitted(tuple(lines), fitted.size, fitted.leading,
                                                False), fs)
            for i, lines in enumerate(chunks or [()])]


def _row(head: str, fitted: Fitted, fs: float) -> Row:
    head_h = fs * 1.5 if head else 0.0
    h = head_h + fitted.height + fs * 0.6

    def draw(p: Painter, x, top, w):
        r = Rect(x, top - h, w, h)
        p.container = r
        if head:
            p.line(Rect(x, top - fs * 1.4, w, fs * 1.3), head, fs, bold=True)
        p.lines_at(x + 12, top - head_h - fitted.size, fitted)
        p.stroke(RULE_GREY, 0.4)
        p.c.line(x, r.y + 1, r.right, r.y + 1)
        p.container = None
    return Row(h, draw, keep_with_next=False)

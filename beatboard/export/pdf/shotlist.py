"""Shot list pages: one table per episode for the assistant director.

The header row repeats whenever an episode's table breaks across pages.
"""
from __future__ import annotations

from .draw import Painter
from .flow import Row, paginate, table_header_row, titled_flow_drawer
from .fonts import fit
from .labels import episode_name, label
from .layout import Rect, page_geometry
from .page_job import PageJob
from .panels import duration_text
from .style import RULE_GREY

# (label key, share of the table width)
COLUMNS = (("col_shot", 0.06), ("col_beat", 0.09), ("col_title", 0.17), ("col_dur", 0.07),
           ("col_size", 0.08), ("col_move", 0.09), ("col_location", 0.13),
           ("col_characters", 0.15), ("col_props", 0.16))
MAX_CELL_LINES = 3
CELL_PAD = 2.5


def _cells(panel) -> list[str]:
    b = panel.beat
    return [f"#{panel.shot}", b.id, b.title, duration_text(b), b.shot.size, b.shot.move,
            b.location, ", ".join(b.characters), ", ".join(b.props)]


def shotlist_pages(plans, options, ctx) -> list:
    geo = page_geometry(options.paper, options.orientation)
    body = geo.body
    fs = 8.5 * geo.scale
    widths = [share * body.w for _, share in COLUMNS]
    lang = ctx.lang

    def header_row(group) -> Row:
        return table_header_row(COLUMNS, widths, fs, lang, group, CELL_PAD)

    def title_row(plan, continued: bool) -> Row:
        h = fs * 2.6
        ep = plan.episode
        text = episode_name(ep.number, lang) + (f" · {ep.title}" if ep.title else "")
        if continued:
            text += f"  ({label('continued', lang)})"

        def draw(p: Painter, x, top, w):
            r = Rect(x, top - h, w, h)
            p.container = r
            p.line(Rect(x, r.y + 2, w, h - 4), text, fs * 1.35, bold=True)
            p.container = None
        return Row(h, draw, ep.id, keep_with_next=True)

    def shot_row(plan, panel) -> Row:
        fitted = [fit(text, cw - 2 * CELL_PAD, 1e6, fs, max_lines=MAX_CELL_LINES)
                  for text, cw in zip(_cells(panel), widths)]
        lines = max([len(f.lines) for f in fitted] + [1])
        h = lines * fs * 1.18 + 2 * CELL_PAD

        def draw(p: Painter, x, top, w):
            r = Rect(x, top - h, w, h)
            p.container = r
            p.stroke(RULE_GREY, 0.4)
            p.c.line(x, r.y, r.right, r.y)
            cx = x
            for f, cw in zip(fitted, widths):
                p.lines_at(cx + CELL_PAD, top - CELL_PAD - f.size, f)
                cx += cw
            p.container = None
        return Row(h, draw, plan.episode.id)

    by_id = {plan.episode.id: plan for plan in plans}
    rows: list[Row] = []
    for plan in plans:
        rows.append(title_row(plan, False))
        rows.append(Row(header_row(plan.episode.id).height,
                        header_row(plan.episode.id).draw, plan.episode.id, keep_with_next=True))
        for panel in plan.panels:
            rows.append(shot_row(plan, panel))
        rows.append(Row(fs, lambda *a: None, None))  # space between episodes

    def repeat(group):
        return [title_row(by_id[group], True), header_row(group)]

    title_h = fs * 3.0
    pages = paginate(rows, body.h - title_h, repeat)
    jobs = []
    last_page_of = {}
    for n, page in enumerate(pages):
        for row in page.rows:
            if row.group is not None:
                last_page_of[row.group] = n
    ends = set(last_page_of.values())
    for n, page in enumerate(pages):
        draw = titled_flow_drawer(page, body, label("shotlist", lang), title_h, fs)
        mark = ("shotlist", label("shotlist", lang), 0) if n == 0 else None
        jobs.append(PageJob(draw, mark, n in ends))
    return jobs

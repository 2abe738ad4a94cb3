"""Shot list pages: one table per episode for the assistant director, one row per panel.

The header row repeats whenever an episode's table breaks across pages.
"""
from __future__ import annotations

from .draw import Painter
from .flow import Row, paginate, table_header_row, titled_flow_drawer
from .fonts import fit
from .labels import episode_name, label
from .layout import Rect, page_geometry
from .page_job import PageJob
from .board_text import seconds_text, shot_estimated, shot_of
from ...core import vocab_labels as vl
from .shotlist_caption import blocks_height, caption_blocks, draw_blocks
from .style import RULE_GREY

CAPTION_COLUMN = 2  # drawn by shotlist_caption (dual dialogue side by side)

# (label key, share of the table width)
COLUMNS = (("col_shot", 0.05), ("col_beat", 0.08), ("col_caption", 0.22), ("col_dur", 0.06),
           ("col_size", 0.07), ("col_angle", 0.07), ("col_move", 0.08), ("col_location", 0.10),
           ("col_characters", 0.10), ("col_props", 0.10), ("col_transition", 0.07))
MAX_CELL_LINES = 3
MAX_CAPTION_LINES = 6  # a pair side by side takes more lines than one after the other
CELL_PAD = 2.5


def _cells(shot, lang: str, revision=None) -> list[str]:
    b = shot.beat.beat
    size, angle, move = shot_of(shot)
    where = b.id if len(b.panels) == 1 else f"{b.id} {shot.index + 1}/{len(b.panels)}"
    if revision is not None and revision.marks(b.id, shot.panel.id):
        where = f"* {where} ({revision.colour_text(lang)})"
    return [f"#{shot.shot}", where, "", seconds_text(shot.seconds, shot_estimated(shot)),
            vl.label("shot", size, lang) if size else "",
            vl.label("angle", angle, lang) if angle else "",
            vl.label("move", move, lang) if move else "",
            b.location, ", ".join(b.characters), ", ".join(b.props) if shot.first else "",
            b.transition if shot.last else ""]  # the cut out of the beat, after its last shot


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
                  for text, cw in zip(_cells(panel, lang, options.revision), widths)]
        b = panel.beat.beat
        caption = caption_blocks(panel.cues, b.title if panel.first else "",
                                 widths[CAPTION_COLUMN] - 2 * CELL_PAD, fs, MAX_CAPTION_LINES)
        lines = max([len(f.lines) for f in fitted] + [1])
        h = max(lines * fs * 1.18, blocks_height(caption)) + 2 * CELL_PAD

        def draw(p: Painter, x, top, w):
            r = Rect(x, top - h, w, h)
            p.container = r
            p.stroke(RULE_GREY, 0.4)
            p.c.line(x, r.y, r.right, r.y)
            cx = x
            for k, (f, cw) in enumerate(zip(fitted, widths)):
                if k == CAPTION_COLUMN:
                    draw_blocks(p, cx + CELL_PAD, top - CELL_PAD, caption, cw - 2 * CELL_PAD, fs)
                else:
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
        for shot in plan.shots:
            rows.append(shot_row(plan, shot))
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

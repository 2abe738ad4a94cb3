"""Series overview pages: every episode with its sparkline, then the findings list."""
from __future__ import annotations

from .curve import draw_curve
from .draw import Painter
from .flow import Row, paginate, table_header_row, titled_flow_drawer
from .fonts import fit
from .labels import episode_count, episode_name, label, status_text
from .layout import Rect, page_geometry
from .page_job import PageJob
from .board_text import timecode
from .style import INK, RULE_GREY

# (label key, share of the width)
COLUMNS = (("col_episode", 0.08), ("col_title", 0.30), ("col_curve", 0.30),
           ("duration", 0.12), ("col_status", 0.20))


def overview_pages(project, plans, infos, options, ctx) -> list:
    geo = page_geometry(options.paper, options.orientation)
    body = geo.body
    fs = 8.5 * geo.scale
    lang = ctx.lang
    style = ctx.style
    widths = [share * body.w for _, share in COLUMNS]
    rows: list[Row] = []

    def header_row(group="episodes") -> Row:
        return table_header_row(COLUMNS, widths, fs, lang, group)

    def episode_row(plan) -> Row:
        h = fs * 3.0
        info = infos[plan.episode.id]
        ep = plan.episode

        def draw(p: Painter, x, top, w):
            r = Rect(x, top - h, w, h)
            p.container = r
            p.stroke(RULE_GREY, 0.4)
            p.c.line(x, r.y, r.right, r.y)
            cells = [episode_name(ep.number, lang), ep.title]
            cx = x
            for text, cw in zip(cells, widths):
                p.line(Rect(cx + 3, r.y, cw - 6, h), text, fs * 1.05,
                       bold=(cx == x))
                cx += cw
            draw_curve(p, Rect(cx + 2, r.y + 2, widths[2] - 4, h - 4), plan, style, lang, fs,
                       sparkline=True)
            cx += widths[2]
            p.line(Rect(cx + 3, r.y, widths[3] - 6, h), timecode(plan.duration_s), fs)
            cx += widths[3]
            sev = {"errors": "error", "warnings": "warning"}.get(info.status, "")
            p.line(Rect(cx + 3, r.y, widths[4] - 6, h),
                   status_text(info.status, info.counts, lang), fs,
                   style.severity(sev) if sev else INK, bold=bool(sev))
            p.container = None
        return Row(h, draw, "episodes")

    def paywall_row() -> Row:
        h = fs * 2.4

        def draw(p: Painter, x, top, w):
            r = Rect(x, top - h, w, h)
            p.container = r
            p.stroke(INK, 2.0)
            p.c.setDash(6, 3)
            p.c.line(x, r.y + h / 2, r.right, r.y + h / 2)
            p.c.setDash()
            text = f"{label('paywall', lang)} — {label('paywall_after', lang)}"
            from .fonts import text_width
            tw = min(text_width(text, fs * 1.1) + 12, w)
            box = Rect(x + 20, r.y + 2, min(tw, w - 20), h - 4)
            p.rect(box, fill=(1.0, 1.0, 1.0), stroke=INK, width=1.2)
            p.line(Rect(box.x + 6, box.y, box.w - 12, box.h), text, fs * 1.1, bold=True)
            p.container = None
        return Row(h, draw, "episodes")

    def heading_row(text: str, size: float, group=None) -> Row:
        h = size * 2.0

        def draw(p: Painter, x, top, w):
            r = Rect(x, top - h, w, h)
            p.container = r
            p.line(Rect(x, r.y + 2, w, h - 4), text, size, bold=True)
            p.container = None
        return Row(h, draw, group, keep_with_next=True)

    series = project.series
    facts = [series.title or label("untitled", lang), f"{label('genre', lang)}: {series.genre}",
             episode_count(len(plans), lang)]
    pw = project.paywall_episode
    if pw:
        facts.append(f"{label('paywall', lang)}: {episode_name(pw, lang)}")
    rows.append(heading_row(" · ".join(facts), fs * 1.2))
    rows.append(Row(header_row().height, header_row().draw, None, keep_with_next=True))
    paywall_done = False
    for plan in plans:
        if pw and not paywall_done and plan.episode.number >= pw:
            rows.append(paywall_row())
            paywall_done = True
        rows.append(episode_row(plan))

    rows += _finding_rows(ctx, plans, fs, body.w, heading_row)

    def repeat(group):
        return [header_row()] if group == "episodes" else []

    title_h = fs * 3.0
    pages = paginate(rows, body.h - title_h, repeat)
    jobs = []
    for n, page in enumerate(pages):
        draw = titled_flow_drawer(page, body, label("overview", lang), title_h, fs)
        mark = ("overview", label("overview", lang), 0) if n == 0 else None
        jobs.append(PageJob(draw, mark, False))
    return jobs


def _finding_rows(ctx, plans, fs: float, width: float, heading_row) -> list[Row]:
    lang = ctx.lang
    rows = [heading_row(label("findings", lang), fs * 1.5)]
    if ctx.findings is None:
        rows.append(_text_row(f"{label('not_checked', lang)}: {ctx.rules_note}", fs, width))
        return rows
    series_wide = [f for f in ctx.findings if f.episode is None]
    groups = [(label("series_wide", lang), series_wide)] if series_wide else []
    for plan in plans:
        mine = [f for f in ctx.findings if f.episode == plan.episode.id]
        if mine:
            ep = plan.episode
            groups.append((episode_name(ep.number, lang) + (f" · {ep.title}" if ep.title else ""),
                           mine))
    if not groups:
        rows.append(_text_row(label("no_findings", lang), fs, width))
    for title, findings in groups:
        rows.append(heading_row(title, fs * 1.15))
        for f in findings:
            sev = f.severity.value if hasattr(f.severity, "value") else str(f.severity)
            msg = f.text(lang) if hasattr(f, "text") else f.message
            where = f" [{', '.join(f.beats)}]" if f.beats else ""
            rows.append(_text_row(f"{label('severity_' + sev, lang).upper()} · {f.rule}{where} — "
                                  f"{msg}", fs, width, ctx.style.severity(sev)))
    return rows


def _text_row(text: str, fs: float, width: float, colour=INK) -> Row:
    fitted = fit(text, width - 12, 1e6, fs, max_lines=4)
    h = len(fitted.lines) * fitted.leading + 4

    def draw(p: Painter, x, top, w):
        r = Rect(x, top - h, w, h)
        p.container = r
        y = top - 2 - fitted.size
        p.fill(colour)
        p.c.rect(x + 2, top - 2 - fitted.size * 0.9, 4, fitted.size * 0.8, stroke=0, fill=1)
        p.lines_at(x + 10, y, fitted, INK)
        p.container = None
    return Row(h, draw, "findings")

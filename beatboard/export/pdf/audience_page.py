"""The audience section: one page per episode that has retention data.

The chart puts the driving dataset of each cut on the episode's beats (bands behind the
curves, worst beats hatched), as vectors; curves differ by line style, not colour alone
(main solid, the others dashed and dotted), so the page reads in black and white. Below
it: the per-beat table of the main cut, the A/B verdicts and any stale data.
"""
from __future__ import annotations

from ...core.model import Project
from ...core.retention import CutRetention, cut_retention, driving_dataset
from ...core.retention_ab import comparisons
from ...rules.audience_text import verdict_lines, word
from .draw import Painter
from .labels import episode_name
from .layout import Rect, page_geometry
from .page_job import PageJob
from .table_rows import TableRows
from .style import GUIDE_GREY, INK, LIGHT, RULE_GREY

DASHES = ((), (5, 3), (1.5, 2.5), (6, 2, 1.5, 2))  # solid, dashed, dotted, dash-dot
COLUMNS = (("beat", 0.34), ("start", 0.09), ("end", 0.09), ("v_start", 0.13),
           ("v_end", 0.13), ("loss", 0.11), ("ratio", 0.11))
def audience_pages(project: Project, plans, options, ctx) -> list[PageJob]:
    from ...rules.audience_rules import project_thresholds
    thresholds = project_thresholds(project)
    jobs = []
    for plan in plans:
        ep = plan.episode
        tables = [cut_retention(ep, d, thresholds) for d in project.audience if d.episode == ep.id]
        if not tables:
            continue
        cuts = list(dict.fromkeys(t.dataset.cut for t in tables))
        lead_ids = {d.id for c in cuts if (d := driving_dataset(project.audience, ep.id, c))}
        leads = sorted((t for t in tables if t.dataset.id in lead_ids),
                       key=lambda t: (t.dataset.cut != "main", t.dataset.cut))
        ab = comparisons(tables, lead_ids)

        def draw(p, ep=ep, tables=tables, leads=leads, ab=ab):
            _draw_page(p, ep, tables, leads, ab, options, ctx)
        title = f"{episode_name(ep.number, ctx.lang)} · {word('title', ctx.lang)}"
        jobs.append(PageJob(draw, (f"audience_{ep.number}", title, 0)))
    from .series_audience_page import series_audience_page
    series = series_audience_page(project, plans, options, ctx)
    if series is not None:
        jobs.insert(0, series)
    if not jobs:
        def nothing(p: Painter):
            geo = page_geometry(options.paper, options.orientation)
            p.line(Rect(geo.body.x, geo.body.top - 30, geo.body.w, 20),
                   word("no_data", ctx.lang), 12 * geo.scale)
        jobs.append(PageJob(nothing, ("audience", word("title", ctx.lang), 0)))
    return jobs


def _name(t: CutRetention) -> str:
    d = t.dataset
    bits = [d.label or d.id, d.date, d.source]
    return f"{d.cut} · {', '.join(b for b in bits if b)}"


def _draw_page(p: Painter, ep, tables, leads, ab, options, ctx) -> None:
    geo = page_geometry(options.paper, options.orientation)
    body, lang, s = geo.body, ctx.lang, geo.scale
    fs = 8.5 * s
    title = f"{episode_name(ep.number, lang)}" + (f" · {ep.title}" if ep.title else "")
    p.line(Rect(body.x, body.top - 20 * s, body.w, 20 * s),
           f"{title} — {word('title', lang)}", 14 * s, bold=True)
    y = body.top - 28 * s
    fresh = [t for t in leads if not t.stale and t.points][: len(DASHES)]
    for i, t in enumerate(fresh):  # the legend: line style, then the dataset
        y -= fs * 1.5
        _sample(p, body.x, y + fs * 0.35, 28 * s, DASHES[i])
        views = (" · " + word("viewers", lang, n=f"{t.dataset.views:,}")
                 if t.dataset.views else "")
        p.line(Rect(body.x + 34 * s, y, body.w - 34 * s, fs * 1.3), _name(t) + views + " · "
               + word("average", lang, x=f"{t.average_loss_per_s:.2f}"), fs)
    chart = Rect(body.x + 30 * s, y - 8 * s - body.h * 0.36, body.w - 60 * s, body.h * 0.36)
    base = next((t for t in fresh if t.dataset.cut == "main"), fresh[0] if fresh else None)
    if base is not None:
        _chart(p, chart, base, fresh, lang, s)
        y = chart.y - 26 * s
        y = _table(p, Rect(body.x, body.y, body.w, y - body.y), base, lang, fs)
    lines = []
    for c in ab:
        lines.append(f"A/B: {_name(c.a)}  vs  {_name(c.b)}")
        lines += ["    " + x for x in verdict_lines(c, lang)]
    lines += [f"{_name(t)}: {word('stale', lang)} ({t.stale})" for t in tables if t.stale]
    for text in lines:
        y -= fs * 1.45
        if y < body.y:
            break
        p.line(Rect(body.x, y, body.w, fs * 1.3), text, fs)


def _sample(p: Painter, x: float, y: float, w: float, dash) -> None:
    c = p.c
    p.stroke(INK, 1.4)
    c.setDash(*dash) if dash else c.setDash()
    c.line(x, y, x + w, y)
    c.setDash()


def _chart(p: Painter, r: Rect, base: CutRetention, fresh, lang: str, s: float) -> None:
    span = max(t.cut.seconds for t in fresh) or 1.0
    fs = 7 * s

    def x(t: float) -> float:
        return r.x + r.w * t / span

    def y(share: float) -> float:
        return r.y + r.h * min(max(share, 0.0), 1.0)

    for i, b in enumerate(base.beats):  # the beats behind the curves
        band = Rect(x(b.start), r.y, x(b.end) - x(b.start), r.h)
        if i % 2:
            p.rect(band, fill=LIGHT)
        if b.worst:
            p.hatch(band, RULE_GREY, step=4 * s)
        p.line(Rect(band.x + 1, r.y - 11 * s, max(band.w - 2, 1), 9 * s),
               (b.title or b.beat_id) + (f" ({word('worst', lang)})" if b.worst else ""),
               fs * 0.9, align="center")
    p.rect(r, stroke=RULE_GREY, width=0.5)
    for share in (0.25, 0.5, 0.75):
        p.rect(Rect(r.x, y(share), r.w, 0), stroke=GUIDE_GREY, width=0.3, dash=(1, 2))
    for share in (0.0, 0.5, 1.0):
        p.line(Rect(r.x - 30 * s, y(share) - 4 * s, 27 * s, 8 * s), f"{share * 100:.0f} %",
               fs, align="right")
    step = 10 if span > 30 else 5
    for sec in range(0, int(span) + 1, step):
        p.line(Rect(x(sec) - 12 * s, r.y - 20 * s, 24 * s, 8 * s), f"{sec} s", fs * 0.9,
               align="center")
    c = p.c
    beats = base.cut.beats if base.cut is not None else ()
    path, t0 = c.beginPath(), 0.0  # the emotion line: thin grey steps on -5..5
    for i, beat in enumerate(beats):
        level = r.y + r.h * (0.5 + beat.emotion.signed_intensity / 12)
        path.moveTo(x(t0), level) if i == 0 else path.lineTo(x(t0), level)
        t0 += beat.seconds
        path.lineTo(x(t0), level)
    p.stroke(GUIDE_GREY, 0.6)
    c.drawPath(path, stroke=1, fill=0)
    for i, t in enumerate(fresh):
        path = c.beginPath()
        for j, (sec, share) in enumerate(t.points):
            path.moveTo(x(sec), y(share)) if j == 0 else path.lineTo(x(sec), y(share))
        p.stroke(INK, 1.6 if i == 0 else 1.2)
        c.setDash(*DASHES[i]) if DASHES[i] else c.setDash()
        c.drawPath(path, stroke=1, fill=0)
        c.setDash()
    p.line(Rect(r.right - 120 * s, r.top + 2 * s, 120 * s, 8 * s), word("emotion", lang),
           fs * 0.9, colour=RULE_GREY, align="right")


def _table(p: Painter, area: Rect, t: CutRetention, lang: str, fs: float) -> float:
    row_h = fs * 1.55
    row = TableRows(p, area, COLUMNS, row_h, fs, left_key="beat")

    row([word(k, lang) for k, _ in COLUMNS], bold=True)
    room = row.room() - 1
    shown = t.beats if len(t.beats) <= room else t.beats[: max(room - 1, 0)]
    for b in shown:
        ratio = t.vs_average(b)
        name = (b.title or b.beat_id) + (f"  ▼ {word('worst', lang)}" if b.worst else "")
        row([name, f"{b.start:.1f}", f"{b.end:.1f}", f"{b.viewers_start * 100:.1f} %",
             f"{b.viewers_end * 100:.1f} %", f"{b.loss_per_s:.2f}",
             "" if ratio is None else f"{ratio:.1f}×"], bold=b.worst)
    if len(shown) < len(t.beats):
        p.line(Rect(area.x, row.top - row_h, area.w, row_h),
               word("more", lang, n=len(t.beats) - len(shown)), fs)
        row.top -= row_h
    return row.top - row_h * 0.5

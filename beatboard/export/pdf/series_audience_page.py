"""The series audience page of the audience section: continuation to the next episode
against the cliffhanger's intensity as a scatter, the table beside it, and the paywall
episode's conversion. Drawn as vectors and told apart by shape, never by colour alone:
filled circles end on a cliffhanger, open circles on another kind of beat, the paywall
episode is a square.
"""
from __future__ import annotations

from ...core.model import Project
from ...core.series_retention import (EpisodeContinuation, SeriesContinuation,
                                      continuation_range, series_continuation)
from ...rules.series_text import correlation_line, paywall_line, pct, sword
from .draw import Painter
from .layout import Rect, page_geometry
from .page_job import PageJob
from .table_rows import TableRows
from .style import GUIDE_GREY, INK, RULE_GREY

COLUMNS = (("ep", 0.06), ("starts", 0.12), ("completion", 0.12), ("next", 0.12),
           ("continuation", 0.13), ("paid", 0.1), ("intensity", 0.09), ("cliff", 0.26))
MARK = 3.2  # marker radius in points at scale 1


def series_audience_page(project: Project, plans, options, ctx) -> PageJob | None:
    """The page, when any exported episode has a row in the series table."""
    s = series_continuation(project, {plan.episode.number for plan in plans})
    if not s.episodes:
        return None

    def draw(p: Painter):
        _draw(p, s, options, ctx.lang)
    return PageJob(draw, ("series_audience", sword("title", ctx.lang), 0))


def _draw(p: Painter, s: SeriesContinuation, options, lang: str) -> None:
    geo = page_geometry(options.paper, options.orientation)
    body, sc = geo.body, geo.scale
    fs = 8.5 * sc
    p.line(Rect(body.x, body.top - 20 * sc, body.w, 20 * sc), sword("title", lang), 14 * sc,
           bold=True)
    p.line(Rect(body.x, body.top - 34 * sc, body.w, 12 * sc), sword("subtitle", lang), fs)
    chart = Rect(body.x + 40 * sc, body.top - 60 * sc - body.h * 0.34, body.w - 70 * sc,
                 body.h * 0.34)
    paywall = s.paywall.number if s.paywall is not None else None
    _scatter(p, chart, s, paywall, lang, sc)
    y = chart.y - 40 * sc
    for text, bold in ((correlation_line(s, lang), False), (paywall_line(s.paywall, lang), True)):
        p.line(Rect(body.x, y, body.w, fs * 1.3), text, fs, bold=bold)
        y -= fs * 1.5
    _table(p, Rect(body.x, body.y, body.w, y - body.y), s, paywall, lang, fs)


def _marker(p: Painter, x: float, y: float, r: float, e: EpisodeContinuation,
            paywall: int | None) -> None:
    c = p.c
    p.flush()
    p.stroke(INK, 0.9)
    p.fill(INK)
    filled = 1 if e.is_cliffhanger else 0
    if e.number == paywall:
        c.rect(x - r, y - r, 2 * r, 2 * r, stroke=1, fill=filled)
    else:
        c.circle(x, y, r, stroke=1, fill=filled)


def _scatter(p: Painter, r: Rect, s: SeriesContinuation, paywall, lang: str, sc: float):
    fs = 7 * sc
    pts = s.points()
    lo, hi = continuation_range([v for _, v, _ in pts])

    def x(i: float) -> float:
        return r.x + r.w * (i - 0.5) / 5

    def y(v: float) -> float:
        return r.y + r.h * (v - lo) / (hi - lo)

    p.rect(r, stroke=RULE_GREY, width=0.5)
    steps = int(round((hi - lo) * 10))
    for k in range(steps + 1):
        v = lo + k / 10
        if 0 < k < steps:
            p.rect(Rect(r.x, y(v), r.w, 0), stroke=GUIDE_GREY, width=0.3, dash=(1, 2))
        p.line(Rect(r.x - 34 * sc, y(v) - 4 * sc, 31 * sc, 8 * sc), f"{v * 100:.0f} %", fs,
               align="right")
    for i in range(1, 6):
        p.line(Rect(x(i) - 8 * sc, r.y - 12 * sc, 16 * sc, 9 * sc), str(i), fs, align="center")
    p.line(Rect(r.x, r.y - 24 * sc, r.w, 9 * sc), sword("axis_x", lang), fs, align="center")
    p.line(Rect(r.x, r.top + 3 * sc, r.w * 0.4, 9 * sc), sword("axis_y", lang), fs)
    # Episodes of one intensity spread sideways so none hides another.
    same: dict[int, int] = {}
    for intensity, _, _ in pts:
        same[intensity] = same.get(intensity, 0) + 1
    seen: dict[int, int] = {}
    for intensity, v, e in pts:
        k, n = seen.get(intensity, 0), same[intensity]
        seen[intensity] = k + 1
        dx = (k - (n - 1) / 2) * min(12 * sc, r.w / 5 * 0.9 / n)
        px, py = x(intensity) + dx, y(v)
        _marker(p, px, py, MARK * sc, e, paywall)
        # Crowded labels take turns above and below their markers.
        ly = py + MARK * sc + 0.5 * sc if k % 2 == 0 else py - MARK * sc - 7.5 * sc
        p.line(Rect(px - 8 * sc, ly, 16 * sc, 7 * sc), str(e.number), fs * 0.85,
               align="center")
    legend = [(True, None, sword("cliff", lang)),
              (False, None, sword("not_cliff", lang).strip("()（）"))]
    if paywall is not None:
        legend.append((True, paywall, sword("paywall_mark", lang, n=paywall)))
    lx = r.right - 120 * sc * len(legend)
    for filled, number, text in legend:  # above the chart, right of the axis title
        probe = EpisodeContinuation("", number or -1, "", None, "", "", None, filled, True)
        _marker(p, lx + MARK * sc, r.top + 7 * sc, MARK * sc * 0.9, probe, number)
        p.line(Rect(lx + 9 * sc, r.top + 3 * sc, 110 * sc, 8 * sc), text, fs)
        lx += 120 * sc


def _table(p: Painter, area: Rect, s: SeriesContinuation, paywall, lang: str, fs: float):
    row = TableRows(p, area, COLUMNS, fs * 1.5, fs, left_key="cliff")

    row([sword(k, lang) for k, _ in COLUMNS], bold=True)
    room = max(row.room() - 1, 0)
    for e in s.episodes[:room]:
        r = e.row
        cont = pct(e.continuation) if e.has_next else sword("last", lang)
        cliff = e.cliff_title + ("" if e.is_cliffhanger else " " + sword("not_cliff", lang))
        row([str(e.number), f"{r.starts:,}", pct(e.completion), f"{r.next_episode_starts:,}",
             cont, "—" if r.paid is None else f"{r.paid:,}",
             "—" if e.cliff_intensity is None else str(e.cliff_intensity), cliff],
            bold=e.number == paywall)

"""Assemble the PDF: plan every page first (so "p / N" is known), then draw, then write.

The whole document is rendered to bytes and written atomically: a failed or cancelled
export never leaves a half-written file and never touches an existing one.
"""
from __future__ import annotations

import io
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from ...core.atomic import atomic_write_bytes
from ...core.errors import BeatBoardError, BeatBoardFileError
from ...core.model import Project
from ...core.timeline import series_speakers
from .. import ExportCancelled
from .audience_page import audience_pages
from .board_layout import board_regions
from .boards import EpisodeInfo, define_curve_form, draw_board_page, plan_board_pages
from .continued import continued_pages
from .draw import Painter, TraceEntry
from .fonts import FONT, register_font
from .labels import episode_name, label
from .layout import MARGIN, Rect, page_geometry
from .options import OptionError, PdfOptions
from .page_job import PageJob
from .overview import overview_pages
from .plan import plan_episodes
from .revision import draw_revision_header
from .shotlist import shotlist_pages
from .style import INK, Style

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


@dataclass(frozen=True)
class ExportResult:
    pages: int
    seconds: float


@dataclass
class Context:
    options: PdfOptions
    style: Style
    lang: str
    series_title: str
    genre: str
    base_dir: str | Path | None
    findings: list | None  # None: the rules could not run
    rules_note: str = ""


def _run_rules(project: Project):
    try:
        from ...rules import check_project
    except ImportError:
        return None, "rules engine not available"
    try:
        return check_project(project), ""
    except BeatBoardError as e:
        return None, str(e)


def select_episodes(project: Project, options: PdfOptions):
    eps = project.ordered_episodes()
    if options.episodes is None:
        return eps
    wanted = set(options.episodes)
    chosen = [e for e in eps if e.number in wanted]
    if not chosen:
        have = ", ".join(str(e.number) for e in eps[:20]) or "none"
        raise OptionError("episodes", "no_match", have=have)
    return chosen


def _episode_info(ctx: Context, episode_id: str) -> EpisodeInfo:
    if ctx.findings is None:
        return EpisodeInfo("unknown", None, [])
    from ...rules import counts, episode_status
    mine = [f for f in ctx.findings if f.episode == episode_id]
    rule_ids = list(dict.fromkeys(f.rule for f in mine))
    marks: dict[str, list[tuple[str, str]]] = {}
    for f in mine:
        sev = f.severity.value if hasattr(f.severity, "value") else str(f.severity)
        if sev not in ("error", "warning"):
            continue
        for beat_id in f.beats:
            if (sev, f.rule) not in marks.setdefault(beat_id, []):
                marks[beat_id].append((sev, f.rule))
    return EpisodeInfo(episode_status(ctx.findings, episode_id), counts(mine), rule_ids, marks)


def plan_pages(project: Project, options: PdfOptions, ctx: Context, episodes) -> list[PageJob]:
    plans = plan_episodes(episodes, options.variants == "all", series_speakers(project))
    infos = {p.episode.id: _episode_info(ctx, p.episode.id) for p in plans}
    jobs: list[PageJob] = []
    # Progress ticks per episode in the first per-episode section (boards or shot list).
    ticking = next((s for s in options.sections if s in ("boards", "shotlist")), None)
    for section in options.sections:
        if section == "boards":
            new = _board_jobs(plans, infos, options, ctx)
        elif section == "overview":
            new = overview_pages(project, plans, infos, options, ctx)
        elif section == "audience":
            new = audience_pages(project, plans, options, ctx)
        else:
            new = shotlist_pages(plans, options, ctx)
        if section != ticking:
            for job in new:
                job.episode_done = False
        jobs += new
    return jobs


def _board_jobs(plans, infos, options: PdfOptions, ctx: Context) -> list[PageJob]:
    regions = board_regions(options.paper, options.orientation, options.panels)
    jobs = []
    for plan in plans:
        pages = plan_board_pages(regions, plan, ctx.lang, ctx.findings)
        extra = continued_pages(plan, [o for pg in pages if pg.layout
                                       for o in pg.layout.overflow], options, ctx)
        form = f"curve_{plan.episode.number}_{len(jobs)}"
        for i, page in enumerate(pages):
            def draw(p, plan=plan, page=page, i=i, form=form):
                if i == 0:
                    define_curve_form(p, form, regions, plan, ctx)
                draw_board_page(p, regions, plan, infos[plan.episode.id], page, i, form, ctx)
            title = episode_name(plan.episode.number, ctx.lang)
            if plan.episode.title:
                title += f" · {plan.episode.title}"
            mark = (f"ep{plan.episode.number}_{len(jobs)}", title, 0) if i == 0 else None
            jobs.append(PageJob(draw, mark, i == len(pages) - 1 and not extra))
        if extra:
            extra[-1].episode_done = True
        jobs += extra
    return jobs


def _footer(p: Painter, geo, page_no: int, total: int, source: str, date: str, lang: str):
    r = Rect(MARGIN, MARGIN - 4, geo.width - 2 * MARGIN, 14)
    p.container = r
    s = 7.5 * geo.scale
    p.stroke(INK, 0.3)
    p.c.line(r.x, r.top + 2, r.right, r.top + 2)
    p.line(Rect(r.right - 80 * geo.scale, r.y, 80 * geo.scale, r.h),
           f"{page_no} / {total}", s * 1.15, bold=True, align="right")
    p.line(Rect(r.x, r.y, r.w - 90 * geo.scale, r.h),
           f"{source} · {label('exported', lang)} {date} · BeatBoard", s)
    p.container = None


def render_pdf(*args, **kwargs) -> tuple[bytes, int]:
    """The PDF as bytes and its page count. Raises ExportCancelled when ``cancel()``.

    Streams are Flate-compressed without the ASCII85 layer: smaller files, and in pure
    Python (no rl_accel) the base-85 encoder is a large share of the export time.
    """
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        return _render_pdf(*args, **kwargs)
    finally:
        rl_config.useA85 = saved


def _render_pdf(project: Project, options: PdfOptions, progress: Progress | None = None,
               cancel: Cancel | None = None, source_name: str | None = None,
               base_dir: str | Path | None = None,
               trace: list[TraceEntry] | None = None) -> tuple[bytes, int]:
    register_font()
    findings, note = _run_rules(project)
    ctx = Context(options, Style(options.bw), options.lang, project.series.title,
                  project.series.genre, base_dir, findings, note)
    episodes = select_episodes(project, options)
    jobs = plan_pages(project, options, ctx, episodes)
    geo = page_geometry(options.paper, options.orientation)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(geo.width, geo.height), initialFontName=FONT,
               initialFontSize=10, pageCompression=1)
    title = project.series.title or label("untitled", options.lang)
    c.setTitle(f"{title} — storyboards")
    c.setAuthor("BeatBoard")
    c.setSubject(f"Printed boards: {len(episodes)} episode(s), {', '.join(options.sections)}")
    c.setCreator("BeatBoard")
    p = Painter(c, trace)
    source = source_name or "(unsaved project)"
    date = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    total_eps, done = len(episodes), 0
    for n, job in enumerate(jobs, 1):
        if cancel is not None and cancel():
            raise ExportCancelled()
        if job.bookmark:
            key, text, level = job.bookmark
            c.bookmarkPage(key)
            c.addOutlineEntry(text, key, level=level, closed=True)
        job.draw(p)
        _footer(p, geo, n, len(jobs), source, date, options.lang)
        if options.revision is not None:
            draw_revision_header(p, geo, options.revision, options.lang)
        p.new_page()
        if job.episode_done and progress is not None and done < total_eps:
            done += 1
            progress(done, total_eps)
    if progress is not None and done < total_eps:
        progress(total_eps, total_eps)
    if cancel is not None and cancel():
        raise ExportCancelled()
    c.showOutline()
    c.save()
    return buf.getvalue(), len(jobs)


def export_pdf(project: Project, out_path: str | Path, options: PdfOptions,
               progress: Progress | None = None, cancel: Cancel | None = None,
               source_name: str | None = None, base_dir: str | Path | None = None
               ) -> ExportResult:
    """Render and write the PDF atomically; nothing is written on error or cancel."""
    t0 = time.perf_counter()
    out = Path(out_path)
    if out.is_dir():
        raise BeatBoardFileError(out, "", "is a folder; give a file name for the PDF")
    if not out.parent.is_dir():
        raise BeatBoardFileError(out, "", f"the folder {out.parent} does not exist")
    data, pages = render_pdf(project, options, progress, cancel, source_name, base_dir)
    try:
        atomic_write_bytes(out, data)
    except OSError as e:
        raise BeatBoardFileError(out, "", f"cannot write the PDF ({e.strerror or e})") from None
    return ExportResult(pages, time.perf_counter() - t0)

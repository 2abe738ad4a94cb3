"""Episode board pages: header, emotion curve and the panel grid grouped by beat."""
from __future__ import annotations

from dataclasses import dataclass, field

from ...core.vocab import Direction
from .board_layout import PAD, BoardRegions, PageLayout, RunPlan, \
    layout_page, make_runs
from .board_text import banner, compliance_text, emotion_text, genre_text, kind_text, timecode
from .curve import draw_curve
from .draw import Painter
from .fonts import FLOOR_PT, text_width
from .labels import episode_name, label, status_text
from .layout import Rect
from .marks import direction_mark, pips
from .picture import draw_picture
from .plan import EpisodePlan, ShotPlan
from .revision import draw_margin_mark
from .style import INK, PAPER, RULE_GREY, Style


class EpisodeInfo:
    """What the header says about an episode's rule check, and the marks per beat."""

    def __init__(self, status: str, counts: dict[str, int] | None, rule_ids: list[str],
                 beat_marks: dict[str, list[tuple[str, str]]] | None = None):
        self.status = status
        self.counts = counts
        self.rule_ids = rule_ids
        self.beat_marks = beat_marks or {}  # beat id -> [(severity, rule id)]


@dataclass
class BoardPage:
    variant: bool
    shots: list[ShotPlan]
    layout: PageLayout | None = None
    overflow: list = field(default_factory=list)


def paginate_shots(plan: EpisodePlan, per_page: int) -> list[tuple[bool, list[ShotPlan]]]:
    """(is_variant_page, shots) per page; variants start on their own page."""
    pages: list[tuple[bool, list[ShotPlan]]] = []
    for is_var, beats in ((False, plan.main), (True, plan.variants)):
        shots = [s for b in beats for s in b.shots]
        for i in range(0, len(shots), per_page):
            pages.append((is_var, shots[i:i + per_page]))
    if not pages:
        pages.append((False, []))  # a 0-beat episode still gets its page
    return pages


def plan_board_pages(regions: BoardRegions, plan: EpisodePlan, lang: str,
                     findings=None) -> list[BoardPage]:
    """Lay out every board page of an episode (frame sizes, text, what continues)."""
    done: set[str] = set()
    pages = []
    for is_var, shots in paginate_shots(plan, regions.per_page):
        page = BoardPage(is_var, shots)
        if shots:
            page.layout = layout_page(regions, make_runs(regions, shots, done), lang, findings)
        pages.append(page)
    return pages


def draw_header(p: Painter, r: Rect, series_title: str, genre: str, plan: EpisodePlan,
                info: EpisodeInfo, style: Style, lang: str, fs: float,
                subtitle: str = "") -> None:
    ep = plan.episode
    p.container = r
    left_w = r.w * 0.62
    title = f"{episode_name(ep.number, lang)} · {ep.title}" if ep.title else \
        episode_name(ep.number, lang)
    if subtitle:
        title += f"  ({subtitle})"
    p.line(Rect(r.x, r.top - fs * 2.0, left_w, fs * 2.0), title, fs * 1.7, bold=True)
    facts = (f"{series_title or label('untitled', lang)} · {label('genre', lang)}: "
             f"{genre_text(genre, lang)} · {label('duration', lang)}: "
             f"{timecode(plan.duration_s)} ({plan.duration_s:.1f} s)")
    p.line(Rect(r.x, r.top - fs * 3.4, left_w, fs * 1.3), facts, fs)
    # Rule status: words and counts, a coloured box only as a second cue.
    sx = r.x + left_w + 6
    sw = r.right - sx
    sev = "error" if info.status == "errors" else "warning" if info.status == "warnings" else ""
    box = Rect(sx, r.top - fs * 2.0, sw, fs * 1.8)
    colour = style.severity(sev) if sev else INK
    p.rect(box, stroke=colour, width=1.2)
    p.line(Rect(box.x + 4, box.y, box.w - 8, box.h),
           f"{label('status', lang)}: {status_text(info.status, info.counts, lang)}",
           fs * 1.05, colour, bold=True)
    if info.rule_ids:
        p.text_box(Rect(sx, r.y, sw, box.y - r.y - 1), " ".join(info.rule_ids), fs * 0.85,
                   max_lines=2)
    p.stroke(RULE_GREY, 0.5)
    p.c.line(r.x, r.y, r.right, r.y)
    p.container = None


def draw_board_page(p: Painter, regions: BoardRegions, plan: EpisodePlan, info: EpisodeInfo,
                    page: BoardPage, page_in_episode: int, curve_form: str, ctx) -> None:
    s = regions.geometry.scale
    fs = 8.5 * s
    sub = ""
    if page.variant:
        sub = label("variants", ctx.lang)
    elif page_in_episode > 0:
        sub = label("continued", ctx.lang)
    draw_header(p, regions.header, ctx.series_title, ctx.genre, plan, info, ctx.style,
                ctx.lang, fs, sub)
    p.use_form(curve_form)
    if not page.variant and page.shots:
        _page_span(p, regions.curve, plan, page.shots, fs)
    if page.layout is None:
        top = regions.grid.top
        p.container = regions.grid
        p.line(Rect(regions.grid.x, top - fs * 3, regions.grid.w, fs * 2),
               label("no_beats", ctx.lang), fs * 1.4)
        p.container = None
        return
    if page.variant:
        p.stroke(INK, 1.0)
        p.c.line(regions.grid.x, regions.grid.top + 3, regions.grid.right, regions.grid.top + 3)
    lay = page.layout
    for run in lay.runs:
        _draw_run(p, run, lay.size, info, ctx)
    _draw_lines(p, lay)


def _page_span(p: Painter, curve: Rect, plan: EpisodePlan, shots: list[ShotPlan],
               fs: float) -> None:
    """A bracket under the curve: the stretch of the episode this page shows."""
    from .curve import plot_rect, time_scale
    plot = plot_rect(curve, fs * 8.0 / 8.5)
    kx = time_scale(plot, plan)
    x0 = plot.x + shots[0].start_s * kx
    x1 = plot.x + shots[-1].end_s * kx
    y = plot.y - 1.5
    p.stroke(INK, 1.6)
    p.c.line(x0, y, max(x1, x0 + 1), y)
    p.stroke(INK, 0.8)
    p.c.lines([(x0, y - 2, x0, y + 3), (x1, y - 2, x1, y + 3)])


def _draw_lines(p: Painter, lay: PageLayout) -> None:
    for run in lay.runs:
        p.container = run.rect
        for ln in run.lines:
            p.string(ln.x, ln.y, ln.text, ln.size, ln.colour, ln.bold)
    p.container = None


def _draw_run(p: Painter, run: RunPlan, size: float, info: EpisodeInfo, ctx) -> None:
    r = run.rect
    p.container = r
    p.rect(r, fill=PAPER, stroke=INK, width=0.8)
    _draw_band(p, run, size, info, ctx)
    for cell in run.cells:
        draw_picture(p, cell.frame, cell.shot, size, ctx)
    p.container = None
    revision = ctx.options.revision
    if revision is not None:
        if revision.marks(run.beat.beat.id):
            draw_margin_mark(p, r.x - 1, run.band(size).top, size)
        for cell in run.cells:
            if revision.marks(cell.shot.panel.id) and not revision.marks(run.beat.beat.id):
                draw_margin_mark(p, cell.frame.x - 1, cell.frame.top, size)


def _draw_band(p: Painter, run: RunPlan, size: float, info: EpisodeInfo, ctx) -> None:
    beat = run.beat.beat
    style: Style = ctx.style
    lang = ctx.lang
    band = run.band(size)
    fill = style.emotion_fill(beat.emotion.tag, beat.emotion.direction)
    p.rect(band, fill=fill)
    if style.bw and beat.emotion.direction == Direction.DOWN:
        p.hatch(band, (0.55, 0.55, 0.55), step=5.0, width=0.4)
    ink = style.text_on(fill)
    lh = (band.h - 3) / 2
    # Line 1: title (… when the beat began earlier) and the kind: a black HOOK/CLIFF
    # banner, or the kind as a word.
    top = Rect(band.x + PAD, band.top - lh - 1.5, band.w - 2 * PAD, lh)
    ban = banner(beat.kind, lang)
    right_w = 0.0
    if ban:
        bs = size * 1.0
        right_w = min(text_width(ban, bs) + 6, band.w * 0.5)
        br = Rect(band.right - right_w, band.top - lh - 3, right_w, lh + 3)
        p.rect(br, fill=INK)
        p.line(Rect(br.x + 3, br.y, br.w - 6, br.h), ban, bs, PAPER, bold=True)
    else:
        kt = kind_text(beat.kind, lang)
        right_w = min(text_width(kt, max(size * 0.9, FLOOR_PT)) + 4, band.w * 0.3)
        p.line(Rect(band.right - right_w - PAD, top.y, right_w, lh), kt, max(size * 0.9, FLOOR_PT), ink,
               align="right")
    title = beat.title or beat.id
    if run.continued:
        title = f"… {title} ({label('cont_beat', lang)})"
    p.line(Rect(top.x, top.y, top.w - right_w - 2, lh), title, size * 1.05, ink, bold=True)
    # Line 2: direction glyph and intensity pips, rule and compliance marks, emotion tag.
    y = band.y + 1.5
    x = band.x + PAD
    base = y + lh * 0.25
    direction_mark(p, x, base, beat.emotion.direction, size, ink)
    x += size * 1.1
    x += pips(p, x, base, beat.emotion.intensity, max(size * 0.85, FLOOR_PT), ink) + size * 0.4
    marks = []
    revision = ctx.options.revision
    if revision is not None and revision.marks(beat.id, *(pn.id for pn in beat.panels)):
        marks.append(f"* {revision.colour_text(lang)}")
    for sev, rule in info.beat_marks.get(beat.id, []):
        marks.append(("✕ " if sev == "error" else "△ ") + rule)
    if beat.compliance:
        marks.append("▲ " + compliance_text(beat.compliance, lang))
    rest = emotion_text(beat, lang)
    if marks:
        rest = " ".join(marks) + " · " + rest
    p.line(Rect(x, y, band.right - PAD - x, lh), rest, max(size * 0.9, FLOOR_PT), ink, bold=bool(marks))


def define_curve_form(p: Painter, name: str, regions: BoardRegions, plan: EpisodePlan,
                      ctx) -> None:
    """Draw the episode's curve once, as a form reused on each of its pages."""
    p.define_form(name, lambda: draw_curve(p, regions.curve, plan, ctx.style, ctx.lang,
                                           8.0 * regions.geometry.scale), regions.curve)

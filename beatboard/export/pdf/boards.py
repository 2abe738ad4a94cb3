"""Episode board pages: header, emotion curve and the panel grid."""
from __future__ import annotations

from .curve import draw_curve
from .draw import Painter
from .labels import episode_name, label, status_text
from .layout import BoardLayout, Rect
from .panels import draw_panel, timecode
from .plan import EpisodePlan, PanelPlan
from .style import INK, RULE_GREY, Style


class EpisodeInfo:
    """What the header says about an episode's rule check."""

    def __init__(self, status: str, counts: dict[str, int] | None, rule_ids: list[str]):
        self.status = status
        self.counts = counts
        self.rule_ids = rule_ids


def paginate_panels(plan: EpisodePlan, per_page: int) -> list[tuple[bool, list[PanelPlan]]]:
    """(is_variant_page, panels) per page; variants start on their own page."""
    pages: list[tuple[bool, list[PanelPlan]]] = []
    for is_var, panels in ((False, plan.main), (True, plan.variants)):
        for i in range(0, len(panels), per_page):
            pages.append((is_var, panels[i:i + per_page]))
    if not pages:
        pages.append((False, []))  # a 0-beat episode still gets its page
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
    facts = (f"{series_title or label('untitled', lang)} · {label('genre', lang)}: {genre} · "
             f"{label('duration', lang)}: {timecode(plan.duration_s)} "
             f"({plan.duration_s:.1f} s)")
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


def draw_board_page(p: Painter, layout: BoardLayout, plan: EpisodePlan, info: EpisodeInfo,
                    panels: list[PanelPlan], variant_page: bool, page_in_episode: int,
                    curve_form: str, ctx) -> None:
    s = layout.geometry.scale
    fs = 8.5 * s
    sub = ""
    if variant_page:
        sub = label("variants", ctx.lang)
    elif page_in_episode > 0:
        sub = label("continued", ctx.lang)
    draw_header(p, layout.header, ctx.series_title, ctx.genre, plan, info, ctx.style,
                ctx.lang, fs, sub)
    p.use_form(curve_form)
    if not panels:
        p.container = layout.curve
        p.line(Rect(layout.panels[0].x, layout.panels[0].top - fs * 3, layout.curve.w, fs * 2),
               label("no_beats", ctx.lang), fs * 1.4)
        p.container = None
        return
    if variant_page:
        top = layout.panels[0].top
        p.stroke(INK, 1.0)
        p.c.line(layout.curve.x, top + 3, layout.curve.right, top + 3)
    for rect, panel in zip(layout.panels, panels):
        draw_panel(p, rect, panel, plan.episode.number, ctx.style, ctx.lang, ctx.base_dir)


def define_curve_form(p: Painter, name: str, layout: BoardLayout, plan: EpisodePlan, ctx) -> None:
    """Draw the episode's curve once, as a form reused on each of its pages."""
    p.define_form(name, lambda: draw_curve(p, layout.curve, plan, ctx.style, ctx.lang,
                                           8.0 * layout.geometry.scale), layout.curve)

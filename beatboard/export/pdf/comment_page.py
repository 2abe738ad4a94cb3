"""Review comments in print (``export pdf --comments``): numbered pins on the frames and a
notes list per episode.

A comment at a point of a panel's picture is a numbered circle there; one on a panel or a
beat without a point is a numbered square in the frame's top corner (the beat's on its
first frame). The numbers are the comment's number in its episode, as the editor shows
them; the notes pages list every comment of the episode by that number with its place,
author, time, status, text and replies. Circles and squares have an ink outline on white,
so they read in black and white.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...core.model import Project
from ...core.review import (ORPHAN_ASIDE, ORPHAN_BEAT, ORPHAN_EPISODE, ORPHAN_PANEL,
                            comment_numbers, locate, review_order)
from ...core.review_model import Comment
from .draw import Painter
from .fonts import fit
from .labels import episode_name
from .layout import Rect, page_geometry
from .page_job import PageJob
from .style import INK, LIGHT, PAPER

_WORDS = {
    "title": ("Comments", "批注"),
    "open": ("open", "未解决"),
    "resolved": ("resolved", "已解决"),
    "resolved_by": ("resolved by {who}", "{who} 已解决"),
    "reply": ("reply", "回复"),
    "episode": ("whole episode", "整集"),
    "panel": ("panel {n}", "镜头 {n}"),
    "at": ("at {x}, {y}", "位置 {x}, {y}"),
    "time": ("{cut} {s}-{e} s", "{cut} {s}-{e} 秒"),
    "none": ("No comments in the printed episodes.", "所印剧集没有批注。"),
    "approval": ("Approval", "审批"),
    "approved": ("approved", "已通过"),
    "changes_requested": ("changes requested", "需要修改"),
    "by": ("{state} by {who} {when}", "{who} {when} {state}"),
    ORPHAN_BEAT: (ORPHAN_BEAT, "（所在节拍已删除）"),
    ORPHAN_PANEL: (ORPHAN_PANEL, "（所在镜头已删除）"),
    ORPHAN_EPISODE: (ORPHAN_EPISODE, "（所在剧集已删除）"),
    ORPHAN_ASIDE: (ORPHAN_ASIDE, "（所在节拍已搁置）"),
}


def word(key: str, lang: str, **kw) -> str:
    en, zh = _WORDS[key]
    return (zh if lang == "zh" else en).format(**kw)


@dataclass
class ReviewPrint:
    """The comments of a project arranged for printing."""

    numbers: dict[str, int]
    at_panel: dict[str, list[Comment]] = field(default_factory=dict)  # with a point
    on_panel: dict[str, list[Comment]] = field(default_factory=dict)  # panel, no point
    on_beat: dict[str, list[Comment]] = field(default_factory=dict)  # beat, no panel
    by_episode: dict[str, list[Comment]] = field(default_factory=dict)

    @classmethod
    def of(cls, project: Project) -> "ReviewPrint":
        r = cls(comment_numbers(project))
        for c in review_order(project):
            place = locate(project, c)
            ep_id = place.episode.id if place.episode is not None else c.episode
            r.by_episode.setdefault(ep_id, []).append(c)
            if place.orphan:
                continue  # listed on the notes page with its note, pinned nowhere
            if c.panel is not None:
                (r.at_panel if c.at is not None else r.on_panel).setdefault(c.panel, []).append(c)
            elif c.beat is not None:
                r.on_beat.setdefault(c.beat, []).append(c)
        return r


def _circle(p: Painter, x: float, y: float, radius: float, number: int, square: bool,
            resolved: bool) -> None:
    p.flush()
    p.fill(LIGHT if resolved else PAPER)
    p.stroke(INK, max(0.6, radius * 0.16))
    if square:
        p.c.rect(x - radius, y - radius, 2 * radius, 2 * radius, stroke=1, fill=1)
    else:
        p.c.circle(x, y, radius, stroke=1, fill=1)
    size = radius * (1.25 if number < 10 else 0.95)
    p.string(x, y - size * 0.35, str(number), size, INK, bold=True, align="center")


def draw_frame_pins(p: Painter, frame: Rect, shot, review: ReviewPrint, first: bool) -> None:
    """The pins of ``shot``'s panel on ``frame``, and the squares of its panel and (on the
    beat's ``first`` frame) beat comments in its top right corner."""
    panel_id, beat_id = shot.panel.id, shot.beat.beat.id
    radius = max(4.5, min(8.0, frame.w * 0.075))
    for c in review.at_panel.get(panel_id, []):
        x = frame.x + c.at.x * frame.w
        y = frame.top - c.at.y * frame.h
        x = min(max(x, frame.x + radius), frame.right - radius)
        y = min(max(y, frame.y + radius), frame.top - radius)
        _circle(p, x, y, radius, review.numbers[c.id], False, not c.is_open)
    corner = list(review.on_panel.get(panel_id, []))
    if first:
        corner = review.on_beat.get(beat_id, []) + corner
    x = frame.right - radius - 1.5
    for c in corner:
        if x - radius < frame.x:
            break
        _circle(p, x, frame.top - radius - 1.5, radius, review.numbers[c.id], True,
                not c.is_open)
        x -= 2 * radius + 2


def _place(project: Project, c: Comment, lang: str) -> str:
    place = locate(project, c)
    bits = []
    if c.beat is None:
        bits.append(word("episode", lang))
    elif place.beat is not None:
        bits.append(place.beat.title or place.beat.id)
        if place.panel is not None:
            bits.append(word("panel", lang, n=place.beat.panels.index(place.panel) + 1))
    else:
        bits.append(c.beat)  # gone: its id is all that is left
    if c.at is not None:
        bits.append(word("at", lang, x=f"{c.at.x:.2f}", y=f"{c.at.y:.2f}"))
    if c.time is not None:
        bits.append(word("time", lang, cut=c.time.cut, s=f"{c.time.start:g}",
                         e=f"{c.time.end:g}"))
    text = " · ".join(bits)
    return text + " " + word(place.orphan, lang) if place.orphan else text


def _approval_lines(ep, lang: str) -> list[str]:
    """The episode's and its beats' approvals, one line each."""
    out = []
    for what, approval in [(None, ep.approval)] + [(b, b.approval) for b in ep.beats]:
        if approval is None or approval.state == "none":
            continue
        state = word("by", lang, state=word(approval.state, lang), who=approval.by or "?",
                     when=_when(approval.when))
        state = " ".join(state.split())  # no gap where the time is missing
        place = word("episode", lang) if what is None else (what.title or what.id)
        out.append(f"{word('approval', lang)} · {place}: {state}")
    return out


def _when(stamp: str) -> str:
    """2026-01-02T03:04:05Z -> 2026-01-02 03:04 UTC (other forms as written)."""
    if len(stamp) == 20 and stamp[10] == "T" and stamp.endswith("Z"):
        return f"{stamp[:10]} {stamp[11:16]} UTC"
    return stamp


def _entry_lines(project: Project, c: Comment, number: int, lang: str):
    """(indent, text, bold) lines of one note before wrapping."""
    status = word("open", lang) if c.is_open else word("resolved_by", lang,
                                                       who=c.resolved_by or "?")
    if not c.is_open and c.resolved_at:
        status += " " + _when(c.resolved_at)
    out = [(0, f"{number}. [{status}] {_place(project, c, lang)}", True),
           (0, f"{c.author or '?'} · {_when(c.created)}", False),
           (0, c.text, False)]
    for r in c.replies:
        out.append((1, f"↳ {word('reply', lang)} · {r.author or '?'} · {_when(r.time)}: "
                       f"{r.text}", False))
    return out


def notes_pages(project: Project, plans, options, ctx, empty_page: bool = True) -> list[PageJob]:
    """A notes list per printed episode that has comments (more pages when it is long);
    with ``empty_page``, one page saying so when none of them has any."""
    review: ReviewPrint = ctx.review
    geo = page_geometry(options.paper, options.orientation)
    body, s, lang = geo.body, geo.scale, ctx.lang
    fs = 9.0 * s
    indent = 18 * s
    head_h = 28 * s
    jobs: list[PageJob] = []
    for plan in plans:
        ep = plan.episode
        comments = review.by_episode.get(ep.id, [])
        approvals = _approval_lines(ep, lang)
        if not comments and not approvals:
            continue
        title = (f"{episode_name(ep.number, lang)}" + (f" · {ep.title}" if ep.title else "")
                 + f" — {word('title', lang)}")
        pages: list[list[tuple[float, float, tuple, bool]]] = [[]]
        y = body.top - head_h
        entries = [[(0, text, False)] for text in approvals]
        entries += [_entry_lines(project, c, review.numbers[c.id], lang) for c in comments]
        for lines in entries:
            block = []
            for level, text, bold in lines:
                width = body.w - level * indent - 4 * s
                fitted = fit(text, width, 1e6, fs) if text.strip() else None
                if fitted is not None:
                    block.append((level * indent, fitted, bold))
            height = sum(f.height for _i, f, _b in block) + fs * 0.8
            if y - height < body.y and pages[-1]:
                pages.append([])
                y = body.top - head_h
            for x_off, fitted, bold in block:
                pages[-1].append((x_off, y, fitted, bold))
                y -= fitted.height
            y -= fs * 0.8
        for i, page in enumerate(pages):
            def draw(p: Painter, page=page, title=title):
                p.container = body
                p.line(Rect(body.x, body.top - 20 * s, body.w, 20 * s), title, 14 * s, bold=True)
                for x_off, top, fitted, bold in page:
                    if bold:
                        for n, ln in enumerate(fitted.lines):
                            p.string(body.x + x_off, top - fitted.size - n * fitted.leading,
                                     ln, fitted.size, INK, bold=True)
                    else:
                        p.lines_at(body.x + x_off, top - fitted.size, fitted)
                p.container = None
            mark = (f"comments_{ep.number}", title, 0) if i == 0 else None
            jobs.append(PageJob(draw, mark))
    if not jobs and empty_page:
        def nothing(p: Painter):
            p.line(Rect(body.x, body.top - 30, body.w, 20), word("none", lang), 12 * s)
        jobs.append(PageJob(nothing, ("comments", word("title", lang), 0)))
    return jobs

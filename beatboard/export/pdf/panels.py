"""One storyboard panel: band, title, 9:16 frame, facts column and a notes strip."""
from __future__ import annotations

from pathlib import Path

from ...core.vocab import Direction, tag_label
from .draw import Painter
from .fonts import FLOOR_PT, has_glyph, text_width, wrap
from .frame import draw_frame, resolve_image
from .labels import label
from .layout import Rect
from .plan import PanelPlan
from .style import INK, PAPER, RULE_GREY, Style

PAD = 3.0


def timecode(seconds: float) -> str:
    """mm:ss.s"""
    tenths = int(round(seconds * 10))
    m, rest = divmod(tenths, 600)
    return f"{m:02d}:{rest // 10:02d}.{rest % 10}"


def duration_text(beat) -> str:
    mark = "≈" if beat.is_estimated else ""
    return f"{mark}{beat.seconds:.1f} s"


def base_size(panel: Rect) -> float:
    """Body type size for a panel: as large as the panel allows, read at arm's length."""
    return max(6.5, min(11.0, panel.w / 19.0, panel.h / 30.0))


def draw_panel(p: Painter, r: Rect, plan: PanelPlan, episode_number: int, style: Style,
               lang: str, base_dir: str | Path | None) -> None:
    beat = plan.beat
    fs = base_size(r)
    p.container = r
    p.rect(r, fill=PAPER, stroke=INK, width=0.8)
    inner = r.inset(PAD)

    # Band: emotion colour (grey in bw, hatched for pressure) + shot number + HOOK/CLIFF.
    band_h = fs * 2.0
    band = Rect(r.x, r.top - band_h, r.w, band_h)
    fill = style.emotion_fill(beat.emotion.tag, beat.emotion.direction)
    p.rect(band, fill=fill)
    if style.bw and beat.emotion.direction == Direction.DOWN:
        p.hatch(band, (0.55, 0.55, 0.55), step=5.0, width=0.4)
    ink = style.text_on(fill)
    banner = _banner(beat.kind, lang)
    banner_w = 0.0
    if banner:
        bs = fs * 1.05
        banner_w = min(text_width(banner, bs) + 6, r.w * 0.5)
        br = Rect(band.right - banner_w, band.y, banner_w, band.h)
        p.rect(br, fill=INK)
        p.line(Rect(br.x + 3, br.y, br.w - 6, br.h), banner, bs, PAPER, bold=True)
    shot_box = Rect(inner.x, band.y, band.w - banner_w - 2 * PAD, band.h)
    p.line(shot_box, f"#{plan.shot}  E{episode_number}·{beat.id}", fs * 1.25, ink, bold=True)
    p.rect(r, stroke=INK, width=0.8)

    y = band.y - PAD
    title_h = fs * 1.3
    p.line(Rect(inner.x, y - title_h, inner.w, title_h), beat.title or beat.id, fs * 1.1,
           bold=True)
    y -= title_h + PAD / 2

    picture = beat.panels[0].image
    image = resolve_image(picture, base_dir, style.bw)
    if r.h > 2.2 * r.w:
        # Tall narrow panels (landscape rows of 6): frame on top, facts under it.
        fh = min(inner.w * 0.8 * 16 / 9, (y - r.y) * 0.45)
        draw_frame(p, Rect(inner.x, y - fh, inner.w, fh), image, style, lang, fs, picture)
        y -= fh + PAD
        facts_h = fs * 1.25 * (6 + (1 if beat.compliance else 0))
        _draw_facts(p, Rect(inner.x, y - facts_h, inner.w, facts_h), plan, fs, style, lang)
        y -= facts_h + PAD
    else:
        # 9:16 frame on the left, facts on the right.
        mid_h = min((y - r.y) * 0.55, inner.w * 0.48 * 16 / 9)
        frame_area = Rect(inner.x, y - mid_h, mid_h * 9 / 16, mid_h)
        draw_frame(p, frame_area, image, style, lang, fs, picture)
        facts = Rect(frame_area.right + PAD, y - mid_h, inner.right - frame_area.right - PAD,
                     mid_h)
        _draw_facts(p, facts, plan, fs, style, lang)
        y -= mid_h + PAD

    # Notes strip: action, dialogue, sound, props.
    p.stroke(RULE_GREY, 0.4)
    p.c.line(inner.x, y, inner.right, y)
    branch = _branch_text(plan, lang) if plan.branch is not None else ""
    _draw_notes(p, Rect(inner.x, inner.y, inner.w, y - PAD / 2 - inner.y), beat, fs, lang,
                branch)
    p.container = None


def _banner(kind: str, lang: str) -> str:
    if kind == "hook":
        return label("hook", lang)
    if kind == "cliffhanger":
        return label("cliff", lang)
    return ""


def _draw_facts(p: Painter, box: Rect, plan: PanelPlan, fs: float, style: Style,
                lang: str) -> None:
    beat = plan.beat
    lh = fs * 1.25
    lines: list[str] = [
        f"{timecode(plan.start_s)}–{timecode(plan.end_s)}",
        duration_text(beat),
        beat.kind,
        " · ".join(x for x in (beat.shot.size, beat.shot.move) if x) or "—",
    ]
    y = box.top
    size = fs * 0.95
    for text in lines:
        p.line(Rect(box.x, y - lh, box.w, lh), text, size)
        y -= lh
    emo = beat.emotion
    tag = tag_label(emo.tag) if emo.tag else "—"
    p.line(Rect(box.x, y - lh, box.w, lh), tag, size * 1.05)
    y -= lh
    # Direction glyph + intensity pips (vector, filled vs open): readable in grey-scale.
    gs = fs * 1.2
    direction_mark(p, box.x, y - lh + 0.25 * lh, emo.direction, gs)
    _pips(p, box.x + gs * 1.2, y - lh / 2, emo.intensity, min(fs * 0.32, (box.w - gs * 1.3) / 11))
    y -= lh
    if beat.compliance:
        cbox = Rect(box.x, box.y, box.w, max(y - box.y, 0))
        p.text_box(cbox, "▲ " + ", ".join(beat.compliance), size * 0.95,
                   style.colour("#C62828"))
        y -= lh


def direction_mark(p: Painter, x: float, baseline: float, direction: Direction,
                   size: float) -> None:
    """↑ ↓ → from the font, or a vector arrow if the font lacks the glyph."""
    glyph = direction.glyph
    if has_glyph(glyph):
        p.string(x, baseline, glyph, size, INK, bold=True)
        return
    s = size * 0.8
    cx, cy = x + s / 2, baseline + s * 0.35
    path = p.c.beginPath()
    if direction == Direction.LEVEL:
        path.moveTo(x, cy + s * 0.3)
        path.lineTo(x + s, cy)
        path.lineTo(x, cy - s * 0.3)
    else:
        sign = 1 if direction == Direction.UP else -1
        path.moveTo(cx - s * 0.4, cy - sign * s * 0.3)
        path.lineTo(cx, cy + sign * s * 0.5)
        path.lineTo(cx + s * 0.4, cy - sign * s * 0.3)
    path.close()
    p.fill(INK)
    p.c.drawPath(path, stroke=0, fill=1)


def _pips(p: Painter, x: float, cy: float, n: int, radius: float) -> None:
    """●●●○○: filled and open pips, from the font (one string) or as vector circles."""
    if has_glyph("●") and has_glyph("○"):
        size = radius * 3.2
        p.string(x, cy - size * 0.36, "●" * n + "○" * (5 - n), size)
        return
    p.stroke(INK, 0.5)
    p.fill(INK)
    for i in range(5):
        cx = x + radius + i * radius * 2.2
        p.c.circle(cx, cy, radius, stroke=1, fill=1 if i < n else 0)


def _branch_text(plan: PanelPlan, lang: str) -> str:
    b = plan.branch
    parts = [label("choice" if b.kind == "choice" else "variant", lang)]
    if b.from_id:
        parts.append(f"{label('branches_from', lang)} {b.from_id}")
    if b.replaces:
        rep = b.replaces[0] if len(b.replaces) == 1 else f"{b.replaces[0]}–{b.replaces[-1]}"
        parts.append(f"{label('replaces', lang)} {rep}")
    if b.rejoin_id:
        parts.append(f"{label('rejoins', lang)} {b.rejoin_id}")
    return " · ".join(parts)


def _draw_notes(p: Painter, box: Rect, beat, fs: float, lang: str, branch: str) -> None:
    fields = [(label(k, lang) + ": ", v) for k, v in (
        ("action", beat.action), ("dialogue", beat.dialogue), ("sound", beat.sound),
        ("props", ", ".join(beat.props)))]
    fields = [(k, v.strip()) for k, v in fields if v and v.strip()]
    if branch:
        fields.insert(0, ("↳ ", branch))
    if not fields or box.h <= 0:
        return
    if len(fields) * FLOOR_PT * 1.18 > box.h:
        # Too small to give each field a line: one box, so the cut mark shows what was lost.
        p.text_box(box, "\n".join(k + v for k, v in fields), fs)
        return
    size = fs * 1.1  # start large for arm's length; shrinks toward the floor when crowded
    leading = size * 1.18
    need = [max(1, len(wrap(k + v, size, box.w))) for k, v in fields]
    total_lines = max(int(box.h // leading), len(fields))
    # Share the strip by need; every field keeps at least one line. The branch note
    # (where a variant leaves and rejoins the main line) is short and essential: it gets
    # all the lines it needs first.
    if sum(need) <= total_lines:
        shares = need
    else:
        reserved = min(need[0], max(1, total_lines - len(fields) + 1)) if branch else 0
        rest = need[1:] if branch else need
        spare = total_lines - reserved - len(rest)
        extra = [n - 1 for n in rest]
        total_extra = sum(extra) or 1
        shares = [1 + int(spare * e / total_extra) for e in extra]
        if branch:
            shares = [reserved] + shares
    y = box.top
    for (k, v), share in zip(fields, shares):
        h = min(share * leading, y - box.y)
        fitted = p.text_box(Rect(box.x, y - h, box.w, h), k + v, size)
        y -= max(fitted.height, leading) if not fitted.cut else h

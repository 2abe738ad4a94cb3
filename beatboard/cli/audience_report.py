"""The audience report: per-beat viewers, loss per second against the episode's
average, the worst beats, stale datasets and the A/B verdicts, as text or CSV."""
from __future__ import annotations

import csv
import io
import re

from ..core.errors import BeatBoardError
from ..core.model import Episode, Project
from ..core.retention import CutRetention, cut_retention, driving_dataset
from ..core.retention_ab import Comparison, comparisons
from ..rules.profile import resolve_profile


def select_episodes(project: Project, spec: str | None) -> list[Episode]:
    episodes = project.ordered_episodes()
    if spec is None:
        return episodes
    wanted = episode_numbers(spec)
    return [ep for ep in episodes if ep.number in wanted]


def episode_numbers(spec: str) -> set[int]:
    """'1-3,7' -> {1, 2, 3, 7} (the PDF export's parser pulls in reportlab)."""
    numbers: set[int] = set()
    for part in spec.split(","):
        m = re.fullmatch(r"\s*(\d{1,5})\s*(?:-\s*(\d{1,5})\s*)?", part)
        lo = int(m.group(1)) if m else 0
        hi = int(m.group(2)) if m and m.group(2) else lo
        if not m or lo < 1 or hi < lo:
            raise BeatBoardError(f"--episodes: {part.strip()!r} is not an episode number or "
                                 "range such as 3 or 1-10")
        numbers.update(range(lo, hi + 1))
    return numbers


def episode_tables(project: Project, ep: Episode, hook_s: float) -> list[CutRetention]:
    return [cut_retention(ep, d, hook_s) for d in project.audience if d.episode == ep.id]


def driving_ids(project: Project, ep: Episode) -> set[str]:
    cuts = {d.cut for d in project.audience if d.episode == ep.id}
    return {d.id for c in cuts if (d := driving_dataset(project.audience, ep.id, c))}


def _hook_s(project: Project) -> float:
    try:
        return resolve_profile(project).hook_max_start_s
    except BeatBoardError:
        return 3.0


def _pct(x: float) -> str:
    return f"{x * 100:.1f} %"


def _name(t: CutRetention) -> str:
    d = t.dataset
    bits = [d.label or d.id, d.date, d.source]
    return f"{d.cut} [{', '.join(b for b in bits if b)}]"


def report_text(project: Project, episodes: list[Episode]) -> str:
    hook_s = _hook_s(project)
    out: list[str] = []
    for ep in episodes:
        tables = episode_tables(project, ep, hook_s)
        if not tables:
            continue
        lead = driving_ids(project, ep)
        out.append(f"Episode {ep.number}" + (f" — {ep.title}" if ep.title else ""))
        for t in tables:
            if t.stale:
                out.append(f"  {_name(t)}: stale, {t.stale}; kept, not mapped")
                continue
            if t.dataset.id not in lead:
                out.append(f"  {_name(t)}: {len(t.dataset.points)} points (not the driving "
                           "dataset of its cut)")
                continue
            out.append(f"  {_name(t)}: average loss {t.average_loss_per_s:.2f} pp/s")
            out.append(f"    {'beat':<24} {'start':>6} {'end':>6} {'viewers':>15} "
                       f"{'loss pp/s':>9} {'× avg':>6}")
            for row in t.beats:
                ratio = t.vs_average(row)
                out.append(f"    {(row.title or row.beat_id)[:24]:<24} {row.start:6.1f} "
                           f"{row.end:6.1f} {_pct(row.viewers_start):>7}→{_pct(row.viewers_end):>7} "
                           f"{row.loss_per_s:9.2f} {('' if ratio is None else f'{ratio:.1f}'):>6}"
                           + ("  ← worst" if row.worst else ""))
            worst = [r.title or r.beat_id for r in sorted(t.beats, key=lambda r: -r.loss_per_s)
                     if r.worst]
            out.append("    worst beats: " + (", ".join(worst) if worst else "none"))
        for c in comparisons(tables, lead):
            out.extend("  " + line for line in verdict_lines(c))
        out.append("")
    known = {ep.id for ep in project.episodes}
    for d in project.audience:
        if d.episode not in known:
            out.append(f"Dataset {d.id} ({d.source or 'no source'}): stale, its episode "
                       "no longer exists; kept")
    return "\n".join(out) + "\n" if out else "No audience data in these episodes.\n"


def verdict_lines(c: Comparison) -> list[str]:
    lines = [f"A/B: {_name(c.a)} vs {_name(c.b)}"]
    if c.diverge_at is None:
        lines.append("  the curves stay within 5 points of each other")
    else:
        a = c.beat_a[1] or c.beat_a[0] if c.beat_a else "?"
        b = c.beat_b[1] or c.beat_b[0] if c.beat_b else "?"
        lines.append(f"  they part at {c.diverge_at:.0f} s: A shows {a}, B shows {b}")
    lines.append(f"  completion: A {_pct(c.completion_a)}, B {_pct(c.completion_b)} "
                 f"({c.completion_difference * 100:+.1f} points)")
    if c.test is None:
        lines.append("  no viewer counts (--views): cannot tell a real difference from noise")
    else:
        verdict = "more than noise" if c.test.significant else "within noise"
        need = (f"; a test with 80 % power needs {c.test.viewers_needed} viewers per arm"
                if c.test.viewers_needed else "")
        lines.append(f"  {verdict} (z = {c.test.z:.2f}, p = {c.test.p_value:.3g}, "
                     f"α = 0.05){need}")
    return lines


def report_csv(project: Project, episodes: list[Episode]) -> str:
    hook_s = _hook_s(project)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["episode", "cut", "dataset", "label", "beat", "title", "start_s", "end_s",
                "viewers_start", "viewers_end", "loss_pp_per_s", "vs_average", "worst",
                "stale"])
    for ep in episodes:
        lead = driving_ids(project, ep)
        for t in episode_tables(project, ep, hook_s):
            d = t.dataset
            if t.stale:
                w.writerow([ep.number, d.cut, d.id, d.label] + [""] * 9 + [t.stale])
                continue
            if d.id not in lead:
                continue
            for r in t.beats:
                ratio = t.vs_average(r)
                w.writerow([ep.number, d.cut, d.id, d.label, r.beat_id, r.title,
                            f"{r.start:.2f}", f"{r.end:.2f}", f"{r.viewers_start:.4f}",
                            f"{r.viewers_end:.4f}", f"{r.loss_per_s:.3f}",
                            "" if ratio is None else f"{ratio:.2f}",
                            "yes" if r.worst else "", ""])
    return buf.getvalue()

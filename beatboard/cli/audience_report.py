"""The audience report: per-beat viewers, loss per second against the episode's
average, the worst beats, stale datasets and the A/B verdicts, as text or CSV."""
from __future__ import annotations

import csv
import io
import re

from ..core.errors import BeatBoardError
from ..core.model import Episode, Project
from ..core.retention import CutRetention, DropThresholds, cut_retention, driving_dataset
from ..core.retention_ab import comparisons
from ..rules.audience_text import verdict_lines, word
from ..rules.audience_rules import project_thresholds


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


def episode_tables(project: Project, ep: Episode,
                   thresholds: DropThresholds) -> list[CutRetention]:
    return [cut_retention(ep, d, thresholds) for d in project.audience if d.episode == ep.id]


def driving_ids(project: Project, ep: Episode) -> set[str]:
    cuts = {d.cut for d in project.audience if d.episode == ep.id}
    return {d.id for c in cuts if (d := driving_dataset(project.audience, ep.id, c))}


def _pct(x: float) -> str:
    return f"{x * 100:.1f} %"


def _name(t: CutRetention) -> str:
    d = t.dataset
    bits = [d.label or d.id, d.date, d.source]
    return f"{d.cut} [{', '.join(b for b in bits if b)}]"


def report_text(project: Project, episodes: list[Episode], lang: str = "en") -> str:
    thresholds = project_thresholds(project)
    out: list[str] = []
    for ep in episodes:
        tables = episode_tables(project, ep, thresholds)
        if not tables:
            continue
        lead = driving_ids(project, ep)
        out.append(word("episode", lang, n=ep.number) + (f" — {ep.title}" if ep.title else ""))
        for t in tables:
            if t.stale:
                out.append(f"  {_name(t)}: " + word("stale_line", lang, why=t.stale))
                continue
            if t.dataset.id not in lead:
                out.append(f"  {_name(t)}: " + word("not_driving", lang,
                                                      n=len(t.dataset.points)))
                continue
            out.append(f"  {_name(t)}: " + word("average", lang,
                                                  x=f"{t.average_loss_per_s:.2f}"))
            out.append(f"    {word('beat', lang):<24} {word('start', lang):>7} "
                       f"{word('end', lang):>7} {word('viewers_col', lang):>15} "
                       f"{word('loss', lang):>9} {word('ratio', lang):>6}")
            for row in t.beats:
                ratio = t.vs_average(row)
                out.append(f"    {(row.title or row.beat_id)[:24]:<24} {row.start:7.1f} "
                           f"{row.end:7.1f} {_pct(row.viewers_start):>7}→{_pct(row.viewers_end):>7} "
                           f"{row.loss_per_s:9.2f} {('' if ratio is None else f'{ratio:.1f}'):>6}"
                           + ("  " + word("worst_mark", lang) if row.worst else ""))
            worst = [r.title or r.beat_id for r in sorted(t.beats, key=lambda r: -r.loss_per_s)
                     if r.worst]
            out.append("    " + word("worst_beats", lang,
                                     x=", ".join(worst) if worst else word("none", lang)))
        for c in comparisons(tables, lead):
            out.append(f"  A/B: {_name(c.a)} vs {_name(c.b)}")
            out.extend("    " + line for line in verdict_lines(c, lang))
        out.append("")
    known = {ep.id for ep in project.episodes}
    for d in project.audience:
        if d.episode not in known:
            out.append(word("orphan", lang, id=d.id, source=d.source or word("no_source", lang)))
    return "\n".join(out) + "\n" if out else word("no_data", lang) + "\n"


def report_csv(project: Project, episodes: list[Episode]) -> str:
    thresholds = project_thresholds(project)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["episode", "cut", "dataset", "label", "beat", "title", "start_s", "end_s",
                "viewers_start", "viewers_end", "loss_pp_per_s", "vs_average", "worst",
                "stale"])
    for ep in episodes:
        lead = driving_ids(project, ep)
        for t in episode_tables(project, ep, thresholds):
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

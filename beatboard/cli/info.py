"""``beatboard info FILE``: the series at a glance, one row per episode."""
from __future__ import annotations

import unicodedata

from ..core.graph import (EpisodeGraph, cut_count, episode_graph, main_line, start_id,
                          topological_order)
from ..core.model import Episode
from ..rules import counts, episode_status
from .check import PROFILE_HELP, load_and_check, tolerant_stdout

TITLE_COLS = 28


def register(sub) -> None:
    p = sub.add_parser("info", help="summarise a .beatboard file: episodes, durations, findings")
    p.add_argument("file", help="the .beatboard file")
    p.add_argument("--profile", metavar="P", help=PROFILE_HELP)
    p.set_defaults(func=run)


def cut_range(ep: Episode, g: EpisodeGraph | None = None) -> tuple[float, float] | None:
    """Shortest and longest cut in seconds; None when the episode is empty or has a cycle."""
    g = g if g is not None else episode_graph(ep)
    start = start_id(ep)
    order = topological_order(g) if start is not None else None
    if order is None:
        return None
    lo: dict[str, float] = {}
    hi: dict[str, float] = {}
    for node in reversed(order):
        secs = g.nodes[node]["beat"].seconds
        succ = g.succ[node]
        lo[node] = secs + (min(lo[s] for s in succ) if succ else 0.0)
        hi[node] = secs + (max(hi[s] for s in succ) if succ else 0.0)
    return lo[start], hi[start]


def clock(seconds: float) -> str:
    s = int(round(seconds))
    if s >= 3600:
        return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"
    return f"{s // 60}:{s % 60:02d}"


def duration_cells(ep: Episode) -> tuple[float, str, str]:
    """Main-line seconds, its text (plus the range over cuts when branched), cuts text."""
    g = episode_graph(ep)
    main = sum(b.seconds for b in main_line(ep, g))
    cuts = cut_count(ep, g)
    if cuts == 0 and ep.beats:
        return main, clock(main), "cycle"
    span = cut_range(ep, g) if cuts > 1 else None
    text = clock(main)
    if span is not None:
        text += f" ({clock(span[0])}–{clock(span[1])})"
    return main, text, str(cuts)


def width(text: str) -> int:
    """Terminal columns: CJK and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def fit(text: str, cols: int) -> str:
    """Cut to ``cols`` columns (with an ellipsis) and pad, counting wide characters."""
    text = " ".join(text.split())
    if width(text) > cols:
        out = ""
        for c in text:
            if width(out + c) > cols - 1:
                break
            out += c
        text = out + "…"
    return text + " " * (cols - width(text))


def run(args) -> int:
    tolerant_stdout()
    project, profile, findings = load_and_check(args.file, args.profile)
    s = project.series
    anchor = project.episode(s.paywall_after or "")
    paywall = (f"episode {anchor.number + 1} (after episode {anchor.number}"
               + (f" — {anchor.title})" if anchor.title else ")")
               if anchor is not None else "not set")
    print(f"Title:    {s.title or '(untitled)'}")
    print(f"Genre:    {s.genre}")
    print(f"Language: {s.language}")
    print(f"Profile:  {profile.id}")
    print(f"Paywall:  {paywall}")
    print(f"Episodes: {len(project.episodes)}")
    print()
    header = (f"{'Ep':>4}  {fit('Title', TITLE_COLS)}  {'Beats':>5}  {'Duration':<19}  "
              f"{'Cuts':>5}  {'Status':<8}  {'Err':>3}  {'Warn':>4}  {'Info':>4}")
    print(header)
    print("-" * width(header))
    total_beats, total_s = 0, 0.0
    statuses = {"clean": 0, "warnings": 0, "errors": 0}
    by_episode: dict[str, list] = {}
    for f in findings:
        by_episode.setdefault(f.episode, []).append(f)
    for ep in project.ordered_episodes():
        mine = by_episode.get(ep.id, [])
        tally = counts(mine)
        status = episode_status(mine, ep.id)
        statuses[status] += 1
        main_s, duration, cuts = duration_cells(ep)
        total_beats += len(ep.beats)
        total_s += main_s
        print(f"{ep.number:>4}  {fit(ep.title, TITLE_COLS)}  {len(ep.beats):>5}  "
              f"{duration:<19}  {cuts:>5}  {status:<8}  {tally['error']:>3}  "
              f"{tally['warning']:>4}  {tally['info']:>4}")
    print("-" * width(header))
    series_wide = [f for f in findings if f.episode is None]
    all_tally = counts(findings)
    print(f"Total: {total_beats} beats, main lines {clock(total_s)}; "
          f"{statuses['clean']} clean, {statuses['warnings']} with warnings, "
          f"{statuses['errors']} with errors; findings: {all_tally['error']} errors, "
          f"{all_tally['warning']} warnings, {all_tally['info']} info"
          + (f" ({len(series_wide)} series-wide)" if series_wide else "") + ".")
    if project.comments:
        n_open = sum(c.is_open for c in project.comments)
        print(f"Comments: {len(project.comments)}, {n_open} open "
              "(beatboard comments FILE lists them).")
    return 0

"""``beatboard audience import-series FILE DATA.csv`` and the series half of
``beatboard audience report --series``: continuation per episode beside its cliffhanger's
intensity, and the paywall episode's conversion, as text or CSV."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ..core.model import Episode, Project
from ..core.series_retention import series_continuation
from ..rules.series_text import correlation_line, paywall_line, pct, sword
from .open_guard import apply_and_save


def register_import(actions) -> None:
    imp = actions.add_parser(
        "import-series", help="add a series table of starts, completions and next-episode "
                              "starts per episode",
        description="Read a CSV with the columns episode, starts, completions, "
                    "next_episode_starts and optionally paid (comma or semicolon, any case), "
                    "and store it in FILE against the episodes' ids. Rows replace those of "
                    "the same episodes.")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("data", metavar="DATA.csv")
    imp.set_defaults(func=run_import_series)


def run_import_series(args) -> int:
    from ..core.fileio import load
    from ..edit import ImportSeriesAudience
    from ..interchange.series_csv import read_series_table
    from ..interchange.series_import import series_rows
    path = Path(args.file)
    project = load(path)
    rows, notes = series_rows(project, read_series_table(args.data), args.data)
    apply_and_save(project, ImportSeriesAudience(rows), path, "import from the editor",
                   "could not add the series table")
    for note in notes:
        print(note)
    print(f"stored the series table for {len(rows)} episodes; saved {path}")
    return 0


def _count(n: int | None) -> str:
    return "—" if n is None else f"{n:,}"


def series_text(project: Project, episodes: list[Episode], lang: str = "en") -> str:
    s = series_continuation(project, {ep.number for ep in episodes})
    if not s.episodes and not project.series_audience:
        return sword("no_data", lang) + "\n"
    out = [sword("title", lang) + " — " + sword("subtitle", lang)]
    out.append(f"  {sword('ep', lang):>4} {sword('starts', lang):>10} "
               f"{sword('completion', lang):>11} {sword('next', lang):>11} "
               f"{sword('continuation', lang):>13} {sword('paid', lang):>8}  "
               f"{sword('intensity', lang)} / {sword('cliff', lang)}")
    for e in s.episodes:
        r = e.row
        cont = pct(e.continuation) if e.has_next else sword("last", lang)
        cliff = f"{e.cliff_intensity if e.cliff_intensity is not None else '—'}  " \
                f"{e.cliff_title}" + ("" if e.is_cliffhanger else " " + sword("not_cliff", lang))
        out.append(f"  {e.number:>4} {_count(r.starts):>10} {pct(e.completion):>11} "
                   f"{_count(r.next_episode_starts):>11} {cont:>13} {_count(r.paid):>8}  "
                   f"{cliff}")
    out.append("  " + correlation_line(s, lang))
    out.append("  " + paywall_line(s.paywall, lang))
    for r in s.orphans:
        out.append("  " + sword("orphan", lang, id=r.episode, source=r.source or "—"))
    return "\n".join(out) + "\n"


def series_csv(project: Project, episodes: list[Episode]) -> str:
    s = series_continuation(project, {ep.number for ep in episodes})
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["episode", "episode_id", "starts", "completions", "next_episode_starts",
                "paid", "completion", "continuation", "cliff_beat", "cliff_title",
                "cliff_intensity", "is_cliffhanger", "paywall_conversion"])
    paywall = s.paywall
    for e in s.episodes:
        r = e.row
        conv = (f"{paywall.conversion:.4f}" if paywall is not None and paywall.number == e.number
                and paywall.conversion is not None else "")
        w.writerow([e.number, e.episode_id, r.starts, r.completions, r.next_episode_starts,
                    "" if r.paid is None else r.paid,
                    "" if e.completion is None else f"{e.completion:.4f}",
                    "" if e.continuation is None else f"{e.continuation:.4f}",
                    e.cliff_beat, e.cliff_title,
                    "" if e.cliff_intensity is None else e.cliff_intensity,
                    "yes" if e.is_cliffhanger else "", conv])
    return buf.getvalue()

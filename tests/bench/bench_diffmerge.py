"""Diff and merge of two 100-episode series against loading the files they read.

Run: python3 tests/bench/bench_diffmerge.py [--episodes 100] [--repeat 5]

The series comes from gen_series (15 beats an episode, 3 A/B variants each). Two cases:
"some" (a co-writer's pass: ours and theirs each touch 10 of the 100 episodes) and "all"
(every episode touched: the worst case for the rules the diff runs). In the episodes a
side touches it changes a field in every tenth beat and adds a panel; each side also
moves a beat along the main line (changing its duration) and one to another episode, so
the diff has consequences (timing shifts, findings) to find and the merge has both
sides' work to combine. The
clock runs the whole command, from the files on disk to the printed result or the written
file (``beatboard diff OLD NEW`` and ``beatboard merge BASE OURS THEIRS -o OUT``), as the
user or git waits for it. The floor, in the same run, interleaved, is ``fileio.load`` of
the same files (two for diff, three for merge). Prints CPU (process time; the steadier
figure on a shared machine) with wall beside, medians, and the ratio of CPU; also the
diff and merge alone (after loading). Target: at most 3x the floor, well under 1 s.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from gen_series import make_series  # noqa: E402

from beatboard.cli import main as cli_main  # noqa: E402
from beatboard.core.fileio import load, save  # noqa: E402
from beatboard.core.graph import main_line  # noqa: E402
from beatboard.edit import AddPanel, EditError, MoveBeatInLine, MoveBeatsToEpisode, SetField  # noqa: E402
from beatboard.versioning import diff_projects, merge_projects  # noqa: E402


def edited(base, side: int, every: int):
    """A side's edits: those described above, in every ``every``-th episode."""
    p = base.model_copy(deep=True)
    edits = []
    for i, ep in enumerate(p.ordered_episodes()):
        if (i + side) % every:
            continue
        for j, beat in enumerate(ep.beats):
            if (j + side) % 10 == 0:
                edits.append(SetField.beat(ep.id, beat.id, "notes", f"side {side} note {j}"))
        edits.append(AddPanel(ep.id, ep.beats[1].id))
    eps = p.ordered_episodes()
    line = [b.id for b in main_line(eps[3 + side])]
    edits.append(MoveBeatInLine(eps[3 + side].id, line[4], line[1]))
    edits.append(SetField.beat(eps[3 + side].id, line[4], "duration_s", 13.0))
    line = [b.id for b in main_line(eps[10 + side])]
    edits.append(MoveBeatsToEpisode(eps[10 + side].id, [line[5]], eps[20 + side].id, None))
    for e in edits:
        try:
            e.apply(p)
        except EditError:
            pass
    return p


def timed(fn) -> tuple[float, float]:
    c0, w0 = time.process_time(), time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        fn()
    return time.process_time() - c0, time.perf_counter() - w0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--episodes", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    base = make_series(args.episodes, 15, 3)
    base.series.id = "0123456789abcdef0123456789abcdef"
    for case, every in (("some", 10), ("all", 1)):
        run_case(args, base, case, every)


def run_case(args, base, case: str, every: int) -> None:
    ours, theirs = edited(base, 0, every), edited(base, 1, every)
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for name, p in (("base", base), ("ours", ours), ("theirs", theirs)):
            files[name] = Path(tmp) / f"{name}.beatboard"
            save(p, files[name])
        b, o, t, out = files["base"], files["ours"], files["theirs"], Path(tmp) / "out.beatboard"
        size = o.stat().st_size / 1e6
        n_changes = len(diff_projects(base, ours).changes)
        n_conflicts = len(merge_projects(base, ours, theirs).conflicts)
        runs: dict[str, list[tuple[float, float]]] = {k: [] for k in (
            "floor2", "diff", "floor3", "merge", "diff_only", "merge_only")}
        lb, lo, lt = load(b), load(o), load(t)
        for _ in range(args.repeat):
            runs["floor2"].append(timed(lambda: (load(b), load(o))))
            runs["diff"].append(timed(lambda: cli_main(["diff", str(b), str(o)])))
            runs["floor3"].append(timed(lambda: (load(b), load(o), load(t))))
            runs["merge"].append(timed(lambda: cli_main(["merge", str(b), str(o), str(t),
                                                         "-o", str(out)])))
            runs["diff_only"].append(timed(lambda: diff_projects(lb, lo)))
            runs["merge_only"].append(timed(lambda: merge_projects(lb, lo, lt)))
    med = {k: (statistics.median(c for c, _ in v), statistics.median(w for _, w in v))
           for k, v in runs.items()}
    print(f"case {case!r}: {args.episodes} episodes, {sum(len(e.beats) for e in base.episodes)} beats, "
          f"{size:.1f} MB a file; ours vs base: {n_changes} changes; merge: "
          f"{n_conflicts} conflicts; median of {args.repeat}")
    for what, floor in (("diff", "floor2"), ("merge", "floor3")):
        (c, w), (fc, fw) = med[what], med[floor]
        (oc, ow) = med[f"{what}_only"]
        print(f"  {what:5s} command {c:.3f} s CPU ({w:.3f} s wall); floor load of "
              f"{floor[-1]} files {fc:.3f} s CPU ({fw:.3f} s wall); ratio {c / fc:.2f}x "
              f"(target <= 3x); {what} alone after loading {oc:.3f} s CPU "
              f"({ow:.3f} s wall) = {oc / fc:.2f}x the floor")


if __name__ == "__main__":
    main()

"""Core benchmark: load, full rule check, one-episode recheck, 20-variant episode.

Run: python3 tests/bench/bench_core.py [--episodes 100] [--repeat 200]
Targets (2-core machine): load + full check < 0.5 s; one-episode recheck < 5 ms.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from gen_series import make_series, make_wide_variant_episode  # noqa: E402

from beatboard.core.fileio import load, save  # noqa: E402
from beatboard.core.graph import cut_count  # noqa: E402
from beatboard.core.model import Project  # noqa: E402
from beatboard.rules import RuleChecker, check_project, counts, resolve_profile  # noqa: E402


def timed(fn, repeat: int = 1) -> tuple[float, object]:
    """Median seconds over ``repeat`` runs, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--episodes", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args()

    project = make_series(episodes=args.episodes)
    n_beats = sum(len(ep.beats) for ep in project.episodes)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "series.beatboard"
        save(project, path)
        size = path.stat().st_size
        loads, checks, boths = [], [], []
        for _ in range(7):
            t0 = time.perf_counter()
            loaded = load(path)
            t1 = time.perf_counter()
            findings = check_project(loaded)  # resolves the series' profile too
            t2 = time.perf_counter()
            loads.append(t1 - t0)
            checks.append(t2 - t1)
            boths.append(t2 - t0)
        load_s, check_s, both_s = (statistics.median(x) for x in (loads, checks, boths))
        profile = resolve_profile(loaded)

    checker = RuleChecker(profile)
    checker.check(loaded)
    middle = loaded.ordered_episodes()[len(loaded.episodes) // 2]
    beat = middle.beats[3]

    def edit_and_recheck():
        # A real edit each time, so the recheck cannot reuse anything for this episode.
        beat.duration_s = 9.0 if beat.duration_s == 4.0 else 4.0
        t0 = time.perf_counter()
        checker.recheck(loaded, [middle.id])
        return time.perf_counter() - t0
    recheck_times = [edit_and_recheck() for _ in range(args.repeat)]
    recheck_s = statistics.median(recheck_times)
    assert checker.findings == check_project(loaded, profile), "recheck differs from check"

    wide = Project(episodes=[make_wide_variant_episode(20)])
    wide_s, wide_findings = timed(lambda: check_project(wide, profile), 5)

    print(f"series: {len(project.episodes)} episodes, {n_beats} beats, "
          f"{len(findings)} findings {counts(findings)}")
    print(f"file size:               {size / 1024:.0f} KiB")
    print(f"load:                    {load_s * 1000:.1f} ms   (medians of 7 runs)")
    print(f"full check:              {check_s * 1000:.1f} ms")
    print(f"load + full check:       {both_s * 1000:.1f} ms   (target < 500 ms)")
    print(f"one-episode recheck:     {recheck_s * 1000:.2f} ms  median of {args.repeat} "
          f"(p90 {sorted(recheck_times)[int(len(recheck_times) * 0.9)] * 1000:.2f} ms; "
          f"target < 5 ms)")
    print(f"20-variant episode:      {wide_s * 1000:.1f} ms   "
          f"({cut_count(wide.episodes[0])} cuts, {len(wide_findings)} findings)")


if __name__ == "__main__":
    main()

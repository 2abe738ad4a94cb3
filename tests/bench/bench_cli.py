"""Command-line benchmark: check, info and new on realistic series.

Run: python3 tests/bench/bench_cli.py [--episodes 100] [--repeat 5]
Target (2-core machine): check or info of a 100-episode series well under 1 s, so the
commands fit in a pre-commit hook or CI step.
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
from beatboard.core.fileio import save  # noqa: E402
from beatboard.core.skeleton import MAX_EPISODES, make_skeleton  # noqa: E402


def timed_cli(argv: list[str], repeat: int) -> tuple[float, int, int]:
    """Median seconds, exit code and output size of ``beatboard argv``."""
    times, code, size = [], 0, 0
    for _ in range(repeat):
        out = io.StringIO()
        t0 = time.perf_counter()
        with contextlib.redirect_stdout(out):
            code = cli_main(argv)
        times.append(time.perf_counter() - t0)
        size = len(out.getvalue())
    return statistics.median(times), code, size


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--episodes", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        series = Path(tmp) / "series.beatboard"
        project = make_series(episodes=args.episodes)
        save(project, series)
        beats = sum(len(ep.beats) for ep in project.episodes)
        print(f"series: {args.episodes} episodes, {beats} beats, "
              f"{series.stat().st_size / 1e6:.2f} MB")
        for argv in (["check", str(series)], ["check", str(series), "--format", "json"],
                     ["info", str(series)]):
            secs, code, size = timed_cli(argv, args.repeat)
            print(f"beatboard {' '.join(a for a in argv if a != str(series))}: "
                  f"{secs * 1000:.0f} ms (exit {code}, {size} chars)")
        t0 = time.perf_counter()
        big = make_skeleton("revenge", MAX_EPISODES, paywall=10)
        make_s = time.perf_counter() - t0
        print(f"make_skeleton({MAX_EPISODES} episodes): {make_s * 1000:.0f} ms")
        out = Path(tmp) / "new.beatboard"
        secs, code, _ = timed_cli(["new", str(out), "--genre", "revenge", "--episodes",
                                   str(MAX_EPISODES), "--paywall", "10", "--force"], 3)
        print(f"beatboard new --episodes {MAX_EPISODES}: {secs * 1000:.0f} ms "
              f"(exit {code}, {out.stat().st_size / 1e6:.2f} MB, "
              f"{sum(len(e.beats) for e in big.episodes)} beats)")


if __name__ == "__main__":
    main()

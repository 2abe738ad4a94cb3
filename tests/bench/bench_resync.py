"""Re-sync at scale: ``beatboard import REVISED --update SERIES --dry-run`` for 1, 2, 4 MB.

Run: python3 tests/bench/bench_resync.py [--sizes 1 2 4]

The series is the Fountain import of a generated script (bench_fountain_scale's normal
micro-drama script); the revision rewrites one action line in five scenes, drops every
seventh scene and adds one scene per episode. The clock runs the whole command, from the
files on disk to the printed summary, as the user waits for it. The floor, in the same
run, reads the same two files the simplest way: load the series and import the revised
script, with no matching. Prints CPU (the steadier figure on a shared machine) with wall
beside, the ratio of CPU, and growth between sizes (linear: x2 for twice the script).
Target: linear from 1 to 4 MB, a 4 MB revision under 8 s CPU.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench_fountain_scale import MB, normal_script  # noqa: E402

from beatboard.cli import main as cli_main  # noqa: E402
from beatboard.core.fileio import load, save  # noqa: E402
from beatboard.interchange.script_import import parse_script  # noqa: E402

SCENE = "INT. GALA HALL "


def revised(text: str) -> str:
    """The script after a writer's pass: edited, dropped and added scenes."""
    head, *scenes = text.split(SCENE)
    out = [head]
    for i, scene in enumerate(scenes):
        if i % 7 == 3:
            continue
        if i % 5 == 0:
            scene = scene.replace("The room goes quiet.", "The room falls silent at once.")
        if i % 12 == 6:
            out.append("99 - DAY\n\nA new scene the writer added.\n\nLIN XIA\nNot again.\n\n")
        out.append(scene)
    return SCENE.join(out)


def timed(fn) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4])
    a = ap.parse_args()
    rows = {}
    print(f"{'MB':>5}{'resync cpu':>12}{'wall':>8}{'floor cpu':>11}{'wall':>8}{'ratio':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for mb in a.sizes:
            text = normal_script(int(mb * MB))
            first, second = Path(tmp) / "first.fountain", Path(tmp) / "revised.fountain"
            series = Path(tmp) / "series.beatboard"
            first.write_text(text, encoding="utf-8")
            second.write_text(revised(text), encoding="utf-8")
            save(parse_script(first, None), series)
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                cpu, wall = timed(lambda: cli_main(["import", str(second), "--update",
                                                    str(series), "--dry-run"]))
            f_cpu, f_wall = timed(lambda: (load(series), parse_script(second, None)))
            rows[mb] = cpu
            print(f"{len(text.encode()) / MB:>5.1f}{cpu:>12.2f}{wall:>8.2f}{f_cpu:>11.2f}"
                  f"{f_wall:>8.2f}{cpu / f_cpu:>7.2f}x  ({len(out.getvalue().splitlines())} "
                  "summary lines)", flush=True)
    for small, big in zip(a.sizes, a.sizes[1:]):
        print(f"{small:g} -> {big:g} MB (x{big / small:g}): cpu time x{rows[big] / rows[small]:.2f}")


if __name__ == "__main__":
    main()

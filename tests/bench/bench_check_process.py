"""``beatboard check`` as a whole process against ``json.load`` of the same file.

Run: python3 tests/bench/bench_check_process.py [--episodes 100] [--beats 18] [--repeat 5]
The clock is the child's CPU (user + sys, from os.wait4) from interpreter start to exit,
the way a CI step or pre-commit hook waits for it; wall beside. The floor is a process
that only imports json and loads the file. Both read bytecode, as an installed package
does (a warm-up run of each writes it to a private cache, even where the shell sets
PYTHONDONTWRITEBYTECODE). Runs are interleaved; medians; the ratio is of CPU.
Target: check at most 3x the floor.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from gen_series import make_series  # noqa: E402

from beatboard.core.fileio import save  # noqa: E402

FLOOR = "import json, sys\nwith open(sys.argv[1], encoding='utf-8') as f:\n    json.load(f)\n"
CHECK = "import sys\nfrom beatboard.cli import main\nsys.exit(main(['check', sys.argv[1]]))\n"


def run_process(code: str, file: Path, env: dict[str, str]) -> tuple[float, float, int]:
    """CPU seconds (user + sys), wall seconds and exit code of one child process."""
    t0 = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, str(file)], env=env,
                             stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - t0
    child.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_utime + usage.ru_stime, wall, child.returncode


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--episodes", type=int, default=100)
    ap.add_argument("--beats", type=int, default=18)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        series = Path(tmp) / "series.beatboard"
        save(make_series(episodes=args.episodes, beats=args.beats), series)
        print(f"series: {args.episodes} x {args.beats} beats, "
              f"{series.stat().st_size / 1e6:.2f} MB")
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=str(Path(tmp) / "pyc"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for code in (CHECK, FLOOR):
            run_process(code, series, env)
        runs: dict[str, list[tuple[float, float]]] = {"check": [], "json.load": []}
        code = 0
        for _ in range(args.repeat):  # interleaved, so load on the machine hits both
            cpu, wall, code = run_process(CHECK, series, env)
            runs["check"].append((cpu, wall))
            cpu, wall, _ = run_process(FLOOR, series, env)
            runs["json.load"].append((cpu, wall))
        med = {k: (statistics.median(c for c, _ in v), statistics.median(w for _, w in v))
               for k, v in runs.items()}
        for name, (cpu, wall) in med.items():
            print(f"{name:10s} whole process: CPU {cpu * 1000:6.0f} ms  wall {wall * 1000:6.0f} ms")
        (c_cpu, c_wall), (f_cpu, f_wall) = med["check"], med["json.load"]
        print(f"check exit {code}; ratio CPU {c_cpu / f_cpu:.2f}x (wall {c_wall / f_wall:.2f}x), "
              "target <= 3x")


if __name__ == "__main__":
    main()

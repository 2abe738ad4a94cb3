"""The compare view opening on two 100-episode series, against opening one of them in
the editor, each as a whole process to the first paint.

Run: python3 tests/bench/bench_compare.py [--episodes 100] [--changes 60] [--repeat 3]

The compare child starts as the editor does (``import_editor``), loads both files
(``fileio.load``), builds the compare view (the semantic diff, both sides of the first
changed episode, the overlaid curves, the list of every change), shows it at 1600x1000
and waits until it has painted and nothing more is pending. The reference is the
editor's own open of the first file (bench_open's child: ``Document.open``, the main
window, its first paint). Both clocks are the child's CPU (user + sys from os.wait4),
wall beside; medians of interleaved runs; ratio of CPU. Target: at most 2x. The bare-Qt
floor of bench_open (json.load and a painted window of cards) is printed too.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_open import EDITOR, FLOOR, ROOT, WAIT, run_process  # noqa: E402
from gen_series import make_series  # noqa: E402

from beatboard.core.fileio import save  # noqa: E402

COMPARE = '''
from beatboard.app_launch import import_editor
import_editor()
''' + WAIT + '''
import os, sys
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication
QStandardPaths.setTestModeEnabled(True)
app = QApplication([])
from beatboard.core import fileio
from beatboard.gui.compare import CompareView
left, right = fileio.load(sys.argv[1]), fileio.load(sys.argv[1].replace("-a.", "-b."))
view = CompareView(left, right, "A", "B")
view.resize(1600, 1000)
view.show()
until_painted(app, view)
print(len(view.changes), flush=True)
os._exit(0)
'''


def write_pair(folder: Path, episodes: int, changes: int) -> tuple[Path, int]:
    """The series, and a copy with ``changes`` scripted edits across its episodes."""
    a, b = folder / "series-a.beatboard", folder / "series-b.beatboard"
    project = make_series(episodes, 15, 3)
    save(project, a)
    rng = random.Random(20)
    eps = project.ordered_episodes()
    for i in range(changes):
        ep = eps[rng.randrange(len(eps))]
        beat = ep.beats[rng.randrange(len(ep.beats))]
        if i % 3 == 0:
            beat.title = f"{beat.title} (rev {i})"
        elif i % 3 == 1:
            beat.dialogue = (beat.dialogue + f"\nLIN: added line {i}").strip()
        else:
            beat.emotion.intensity = 1 + (beat.emotion.intensity % 5)
    save(project, b)
    return a, changes


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--episodes", type=int, default=100)
    ap.add_argument("--changes", type=int, default=60)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
                   PYTHONPYCACHEPREFIX=str(folder / "pyc"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        a, n = write_pair(folder, args.episodes, args.changes)
        print(f"series: {args.episodes} x 15 beats, {a.stat().st_size / 1e6:.2f} MB each; "
              f"{n} scripted edits")
        for code in (EDITOR, COMPARE, FLOOR):  # warm-up: bytecode in the private cache
            run_process(code, a, env)
        runs: dict[str, list[tuple[float, float]]] = {"editor": [], "compare": [],
                                                       "bare Qt": []}
        shown = 0
        for _ in range(args.repeat):  # interleaved, so load on the machine hits all
            for name, code in (("editor", EDITOR), ("compare", COMPARE), ("bare Qt", FLOOR)):
                cpu, wall, out = run_process(code, a, env)
                runs[name].append((cpu, wall))
                if name == "compare":
                    shown = out
        med = {k: (statistics.median(c for c, _ in v), statistics.median(w for _, w in v))
               for k, v in runs.items()}
        for name, (cpu, wall) in med.items():
            print(f"{name:8s} -> first paint: CPU {cpu * 1000:6.0f} ms  wall {wall * 1000:6.0f} ms")
        print(f"compare view listed {shown} changes")
        (e_cpu, e_wall), (c_cpu, c_wall) = med["editor"], med["compare"]
        print(f"ratio compare/editor CPU {c_cpu / e_cpu:.2f}x (wall {c_wall / e_wall:.2f}x), "
              "target <= 2x")
        f_cpu = med["bare Qt"][0]
        print(f"ratio compare/bare Qt CPU {c_cpu / f_cpu:.2f}x")


if __name__ == "__main__":
    main()

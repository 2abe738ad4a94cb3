"""What 1,000 review comments add to opening a 100-episode series in the editor.

Run: python3 tests/bench/bench_comments.py [--episodes 100] [--comments 1000] [--repeat 3]

The generated series of bench_open (100 episodes x 15 beats) is saved twice: as it is, and
with ``--comments`` comments spread over its episodes, beats, panels (half of those at a
point of the picture) and time ranges, a third resolved, a third with two replies. Each
file is opened as ``beatboard FILE`` does, in its own process, to the first paint with
nothing pending (bench_open's child). The floor, interleaved in the same run, is bench_open's
bare PySide6 process (``json.load`` of the same file and one painted window). Clocks are the
child's CPU (user + sys) with wall beside; medians. Target: the comments add under 10 % to
the editor's open time. Also printed: ``fileio.load`` alone, in this process.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from bench_open import EDITOR, FLOOR, WAIT, run_process  # noqa: E402
from gen_series import make_series  # noqa: E402

from beatboard.core.fileio import load, save  # noqa: E402
from beatboard.core.review_model import Comment, Reply  # noqa: E402

TARGET = 0.10

# Edit -> screen: 30 title edits on beats of the first episode, each pushed as the
# inspector does and waited for until the window has repainted; prints the CPU seconds.
EDITS = EDITOR.replace("print(peak_rss(), flush=True)", """
import time
from beatboard.edit import SetField
ep = w.controller.project.ordered_episodes()[0]
w.comments.dock.show(); w.comments.dock.raise_()
until_painted(app, w)
t0 = time.process_time()
for i in range(30):
    beat = ep.beats[i % len(ep.beats)]
    w.controller.push(SetField.beat(ep.id, beat.id, "title", f"Edited {i}"))
    until_painted(app, w)
print(time.process_time() - t0, flush=True)
""")


def add_comments(project, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    people = ["Li", "Wang", "Chen", "Zhou", "导演", "Producer"]
    out = []
    for i in range(n):
        ep = rng.choice(project.episodes)
        beat = rng.choice(ep.beats)
        panel = rng.choice(beat.panels)
        kind = i % 4
        fields = dict(id=f"c{i:05d}", episode=ep.id, author=rng.choice(people),
                      created=f"2026-12-{1 + i % 28:02d}T10:{i % 60:02d}:00Z",
                      text=f"@{rng.choice(people)} note {i}: tighten this, 节奏再快一点")
        if kind == 1:
            fields["beat"] = beat.id
        elif kind == 2:
            fields.update(beat=beat.id, panel=panel.id)
            if i % 8 == 2:
                fields["at"] = {"x": rng.random(), "y": rng.random()}
        elif kind == 3:
            start = rng.uniform(0, 60)
            fields["time"] = {"start": start, "end": start + rng.uniform(1, 8)}
        if i % 3 == 1:
            fields.update(status="resolved", resolved_by=rng.choice(people),
                          resolved_at="2026-12-29T00:00:00Z")
        if i % 3 == 2:
            fields["replies"] = [Reply(author=rng.choice(people), time="2026-12-30T00:00:00Z",
                                       text=f"done {k}") for k in range(2)]
        out.append(Comment(**fields))
    project.comments = out


def run_edits(path: Path, env: dict) -> float:
    import subprocess
    out = subprocess.run([sys.executable, "-c", EDITS, str(path)], env=env, check=True,
                         capture_output=True, text=True).stdout
    return float(out.split()[-1])


def median(values):
    return statistics.median(values)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--episodes", type=int, default=100)
    ap.add_argument("--comments", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
                   PYTHONPYCACHEPREFIX=str(folder / "pyc"), BEATBOARD_AUTHOR="bench")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        plain, noted = folder / "plain.beatboard", folder / "comments.beatboard"
        project = make_series(args.episodes, 15, 3)
        save(project, plain)
        add_comments(project, args.comments)
        save(project, noted)
        print(f"series: {args.episodes} x 15 beats; {plain.stat().st_size / 1e6:.2f} MB plain, "
              f"{noted.stat().st_size / 1e6:.2f} MB with {args.comments} comments")
        loads = {plain: [], noted: []}
        for _ in range(max(3, args.repeat)):
            for path in (plain, noted):
                t0 = time.process_time()
                load(path)
                loads[path].append(time.process_time() - t0)
        lp, ln = median(loads[plain]), median(loads[noted])
        print(f"fileio.load         CPU {lp * 1000:6.0f} ms plain, {ln * 1000:6.0f} ms with "
              f"comments (+{(ln / lp - 1) * 100:.1f} %)")
        for code in (EDITOR, FLOOR):  # warm-up: bytecode written to the private cache
            run_process(code, noted, env)
        names = {("editor", plain): "editor, plain", ("editor", noted): "editor, comments",
                 ("floor", plain): "bare Qt, plain", ("floor", noted): "bare Qt, comments"}
        runs = {k: [] for k in names}
        for _ in range(args.repeat):  # interleaved, so load on the machine hits all four
            for path in (plain, noted):
                cpu, wall, _ = run_process(EDITOR, path, env)
                runs[("editor", path)].append((cpu, wall))
                cpu, wall, _ = run_process(FLOOR, path, env)
                runs[("floor", path)].append((cpu, wall))
        med = {k: (median(c for c, _ in v), median(w for _, w in v)) for k, v in runs.items()}
        for key, name in names.items():
            cpu, wall = med[key]
            print(f"{name:18s}  open -> first paint: CPU {cpu * 1000:6.0f} ms  "
                  f"wall {wall * 1000:6.0f} ms")
        (pc, pw), (nc, nw) = med[("editor", plain)], med[("editor", noted)]
        fc = med[("floor", noted)][0]
        added = nc / pc - 1
        print(f"comments add {added * 100:+.1f} % CPU ({(nw / pw - 1) * 100:+.1f} % wall) to "
              f"opening; target < {TARGET * 100:.0f} %: {'met' if added < TARGET else 'MISSED'}")
        print(f"editor with comments vs its floor: CPU {nc / fc:.2f}x "
              f"(wall {nw / med[('floor', noted)][1]:.2f}x)")
        edits = {plain: [], noted: []}
        for _ in range(args.repeat):
            for path in (plain, noted):
                edits[path].append(run_edits(path, env))
        ep_, en_ = median(edits[plain]), median(edits[noted])
        print(f"edit -> repaint (30 title edits, Comments dock shown): CPU {ep_ * 1000 / 30:.1f} ms "
              f"an edit plain, {en_ * 1000 / 30:.1f} ms with comments ({(en_ / ep_ - 1) * 100:+.1f} %)")


if __name__ == "__main__":
    main()

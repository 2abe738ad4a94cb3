"""Speed of audience data on a 100-episode series, each against a floor in the same run.

- import: reading 100 per-second retention CSVs and adding them as datasets, against
  reading the same files with the ``csv`` module into floats (target: at most 3x, CPU);
- re-check: ``check_project`` with a dataset on every episode, against the same project
  without audience data (target: at most 1.5x);
- import-series: reading a 100-episode series table (episode, starts, completions,
  next_episode_starts, paid) and storing it as one edit, against reading the same file
  with the ``csv`` module into ints (target: at most SERIES_TARGET x, CPU).

Run: python3 tests/bench/bench_audience.py [--episodes N]
Prints seconds (best of 5, interleaved) and the ratios; exits 1 when a ratio misses its target.
"""
from __future__ import annotations

import argparse
import csv
import math
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from gen_series import make_series  # noqa: E402

from beatboard.core.retention import find_cut  # noqa: E402
from beatboard.edit import AddDataset, ImportSeriesAudience  # noqa: E402
from beatboard.interchange.retention_csv import read_retention  # noqa: E402
from beatboard.interchange.retention_import import ImportOptions, dataset_from_curve  # noqa: E402
from beatboard.interchange.series_csv import read_series_table  # noqa: E402
from beatboard.interchange.series_import import series_rows  # noqa: E402
from beatboard.rules import check_project  # noqa: E402

IMPORT_TARGET, CHECK_TARGET = 3.0, 1.5
# A table of 100 rows: each row is checked (whole counts, completions and paid within
# starts, one row per episode) and validated into the project's model, which the csv
# floor does not do; about 1.5 us a row of pydantic alone.
SERIES_TARGET = 8.0
SERIES_REPEAT = 50  # a 100-row table reads in well under a millisecond: time 50 reads


def best_pair(floor, measured, runs=5):
    """Best of ``runs`` for each, interleaved so a busy moment of the machine hits both."""
    times_f, times_m, result = [], [], None
    for _ in range(runs):
        t = time.perf_counter()
        floor()
        times_f.append(time.perf_counter() - t)
        t = time.perf_counter()
        result = measured()
        times_m.append(time.perf_counter() - t)
    return min(times_f), min(times_m), result


def write_curves(project, folder: Path) -> list[tuple[int, Path]]:
    """A per-second percent curve for each episode's main cut: a steep start, then decay."""
    out = []
    for ep in project.ordered_episodes():
        length = find_cut(ep, "main").seconds
        path = folder / f"ep{ep.number:03d}.csv"
        rows = ["seconds,retention"]
        for s in range(int(length) + 1):
            rows.append(f"{s},{100 * (0.35 * math.exp(-s / 2) + 0.65 * math.exp(-s / 90)):.2f}")
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        out.append((ep.number, path))
    return out


def read_with_csv(files) -> int:
    n = 0
    for _, path in files:
        with open(path, newline="", encoding="utf-8") as f:
            reader = csv.reader(f)
            next(reader)
            points = [(float(t), float(r)) for t, r in reader]
        n += len(points)
    return n


def import_all(project, files):
    copy = project.model_copy(deep=False)
    copy.audience = []
    for number, path in files:
        dataset, _ = dataset_from_curve(copy, read_retention(path), path,
                                        ImportOptions(episode=number))
        AddDataset(dataset).apply(copy)
    return copy


def best_cpu_pair(floor, measured, runs=5):
    """``best_pair`` in CPU seconds, with the wall seconds of the same runs beside."""
    cpu_f, cpu_m, wall_f, wall_m = [], [], [], []
    for _ in range(runs):
        for fn, cpu, wall in ((floor, cpu_f, wall_f), (measured, cpu_m, wall_m)):
            c, w = time.process_time(), time.perf_counter()
            fn()
            cpu.append(time.process_time() - c)
            wall.append(time.perf_counter() - w)
    return min(cpu_f), min(cpu_m), min(wall_f), min(wall_m)


def write_series_table(project, path: Path) -> None:
    rows = ["episode,starts,completions,next_episode_starts,paid"]
    starts = 1_000_000
    for ep in project.ordered_episodes():
        nxt = int(starts * 0.8)
        paid = str(starts // 5) if ep.number == 10 else ""
        rows.append(f"{ep.number},{starts},{int(starts * 0.7)},{nxt},{paid}")
        starts = max(nxt, 1)
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def read_series_with_csv(path: Path) -> int:
    n = 0
    for _ in range(SERIES_REPEAT):
        with open(path, newline="", encoding="utf-8") as f:
            reader = csv.reader(f)
            next(reader)
            rows = [(int(e), int(s), int(c), int(x), int(p) if p else None)
                    for e, s, c, x, p in reader]
        n = len(rows)
    return n


def import_series(project, path: Path) -> None:
    for _ in range(SERIES_REPEAT):
        rows, _ = series_rows(project, read_series_table(path), path)
        edit = ImportSeriesAudience(rows)
        edit.apply(project)
        edit.revert(project)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--episodes", type=int, default=100)
    a = ap.parse_args()
    project = make_series(a.episodes, 15, 3)
    with tempfile.TemporaryDirectory() as tmp:
        files = write_curves(project, Path(tmp))
        points = read_with_csv(files)
        with_data = import_all(project, files)
        t_floor, t_import, w_floor, w_import = best_cpu_pair(
            lambda: read_with_csv(files), lambda: import_all(project, files), runs=9)
    print(f"series: {a.episodes} episodes, {points} points (one a second)")
    print(f"csv module read:   {t_floor:.4f} s CPU ({w_floor:.4f} s wall)")
    print(f"audience import:   {t_import:.4f} s CPU ({w_import:.4f} s wall)  "
          f"({t_import / t_floor:.2f}x CPU, {w_import / w_floor:.2f}x wall, "
          f"target <= {IMPORT_TARGET:g}x CPU)")
    plain, found = check_project(project), check_project(with_data)
    t_plain, t_data, _ = best_pair(lambda: check_project(project),
                                   lambda: check_project(with_data))
    print(f"re-check without:  {t_plain:.3f} s ({len(plain)} findings)")
    print(f"re-check with:     {t_data:.3f} s ({len(found)} findings, "
          f"{len(found) - len(plain):+d})  ({t_data / t_plain:.2f}x, target <= {CHECK_TARGET:g}x)")
    with tempfile.TemporaryDirectory() as tmp:
        table = Path(tmp) / "series.csv"
        write_series_table(project, table)
        rows = read_series_with_csv(table)
        c_floor, c_series, w_floor, w_series = best_cpu_pair(
            lambda: read_series_with_csv(table), lambda: import_series(project, table))
    print(f"series table: {rows} rows, timed {SERIES_REPEAT} times")
    print(f"csv module read:   {c_floor:.4f} s CPU ({w_floor:.4f} s wall)")
    print(f"import-series:     {c_series:.4f} s CPU ({w_series:.4f} s wall)  "
          f"({c_series / c_floor:.2f}x CPU, {w_series / w_floor:.2f}x wall, "
          f"target <= {SERIES_TARGET:g}x)")
    ok = (t_import / t_floor <= IMPORT_TARGET and t_data / t_plain <= CHECK_TARGET
          and c_series / c_floor <= SERIES_TARGET)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

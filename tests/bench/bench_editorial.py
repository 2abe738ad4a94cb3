"""Editorial export benchmark: the sample's 14 episodes at 720x1280 (stills and all four
timeline formats, every cut, no video) against ``export frames`` of the same panels.

Run: python3 tests/bench/bench_editorial.py [--runs 3]
Target: at most 1.2x the CPU time of the frames export. The stills are drawn once per
panel and shared by every cut and format, so the timelines (OTIO, FCP 7 XML, FCPXML, EDL
for each cut, and the rules for the markers) are all the editorial export adds. Runs of
the two alternate and medians are compared: this machine's speed drifts. The clock stops
when the last file is closed (the runners return after writing).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from beatboard.core.fileio import load  # noqa: E402
from beatboard.export.editorial import EditorialOptions, write_editorial  # noqa: E402
from beatboard.export.frames import frame_jobs, write_frames  # noqa: E402
from beatboard.render import ensure_gui_app  # noqa: E402

SAMPLE = ROOT / "samples" / "iron-heiress.beatboard"
SIZE = (720, 1280)


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def timed(fn) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    ensure_gui_app()
    project = load(SAMPLE)
    base = SAMPLE.parent
    options = EditorialOptions(cuts="all", video=False, width=SIZE[0], height=SIZE[1])
    jobs = frame_jobs(project)  # every panel, main line and variants: the same panels
    ours, floor = [], []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # One warm-up of each (fonts, Qt, adapters' plugin manifests), not counted.
        write_frames(project, base, jobs, tmp / "warm-frames", SIZE)
        write_editorial(project, base, tmp / "warm-edit", options)
        for i in range(a.runs):
            f_out, e_out = tmp / f"frames{i}", tmp / f"edit{i}"
            floor.append(timed(lambda: write_frames(project, base, jobs, f_out, SIZE)))
            result = None

            def run_ours():
                nonlocal result
                result = write_editorial(project, base, e_out, options)
            ours.append(timed(run_ours))
            stills = len(list((e_out / "stills").iterdir()))
            assert stills == len(jobs), (stills, len(jobs))
            frames_mb, edit_mb = folder_mb(f_out), folder_mb(e_out)
            timelines_mb = sum(p.stat().st_size for p in e_out.iterdir() if p.is_file()) / 1e6
            cuts = len({p.stem for p in e_out.iterdir() if p.suffix == ".otio"})
            if i < a.runs - 1:
                shutil.rmtree(f_out)
                shutil.rmtree(e_out)
    cpu_ours = statistics.median(c for c, _ in ours)
    cpu_floor = statistics.median(c for c, _ in floor)
    wall_ours = statistics.median(w for _, w in ours)
    wall_floor = statistics.median(w for _, w in floor)
    print(f"sample: {len(project.episodes)} episodes, {cuts} cuts, {len(jobs)} panels, "
          f"{SIZE[0]}x{SIZE[1]}, medians of {a.runs} interleaved runs")
    print(f"export frames (floor): {cpu_floor:6.2f} s CPU {wall_floor:6.2f} s wall "
          f"{frames_mb:6.1f} MB")
    print(f"export editorial:      {cpu_ours:6.2f} s CPU {wall_ours:6.2f} s wall "
          f"{edit_mb:6.1f} MB (timelines and SRT {timelines_mb:.1f} MB, "
          f"{len(result.files)} files)")
    ratio = cpu_ours / cpu_floor
    print(f"CPU ratio editorial / frames: {ratio:.2f}x (target <= 1.2x) "
          f"{'OK' if ratio <= 1.2 else 'OVER'}; wall ratio {wall_ours / wall_floor:.2f}x")


if __name__ == "__main__":
    main()

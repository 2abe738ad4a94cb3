"""Panels benchmark: sketch storage, opening a sketched series, rendering panels.

Run: QT_QPA_PLATFORM=offscreen python3 tests/bench/bench_panels.py [--episodes 100]
Targets (issue 10): a typical 200-stroke panel under 30 KB; opening the 100-episode series
with three panels per beat and a sketch on every panel under 2x today's open time
(sketches are read when a panel is drawn, never at open); a 200-point stroke outline well
under 1 ms. Render times are reported for the canvas (thumbnails) and for 1080x1920 frames.
"""
from __future__ import annotations

import argparse
import math
import os
import random
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench_core import timed  # noqa: E402
from gen_series import make_series  # noqa: E402

from beatboard.core import assets  # noqa: E402
from beatboard.core import sketch as sk  # noqa: E402
from beatboard.core.fileio import load, save  # noqa: E402
from beatboard.core.model import Panel, Shot  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def typical_sketch(seed: int = 1, strokes: int = 200) -> sk.Sketch:
    """A hand-like panel: strokes of 60-360 px sampled every 3 px as a tablet reports
    them, curving, with hand jitter and a pressure swell, on the rough and ink layers."""
    rng = random.Random(seed)
    out = sk.new_sketch()
    for k in range(strokes):
        x, y = rng.uniform(100, 980), rng.uniform(100, 1800)
        a, curv = rng.uniform(0, 2 * math.pi), rng.uniform(-0.03, 0.03)
        n = rng.randint(20, 120)
        raw = []
        for i in range(n):
            a += curv
            x += 3 * math.cos(a) + rng.gauss(0, 0.3)
            y += 3 * math.sin(a) + rng.gauss(0, 0.3)
            p = 0.5 + 0.4 * math.sin(i / n * math.pi) + rng.gauss(0, 0.02)
            raw.append((x, y, min(1.0, max(0.0, p))))
        tool = rng.choice(("pencil", "pen", "pen", "marker"))
        out.layers[1 + k % 2].strokes.append(sk.make_stroke(tool, "black", rng.choice((3, 6, 12)),
                                                            raw))
    return out


def bench_storage() -> None:
    sizes = [len(sk.dumps(typical_sketch(seed)).encode()) for seed in range(5)]
    print(f"sketch storage, typical 200-stroke panel: median {statistics.median(sizes) / 1024:.1f} KB "
          f"(max {max(sizes) / 1024:.1f} KB over 5 panels; target < 30 KB)")
    folder = ROOT / "samples" / "iron-heiress.assets"
    files = sorted(folder.glob("*" + sk.FILE_SUFFIX))
    if files:
        per = [(f.stat().st_size, sk.load(f).stroke_count) for f in files]
        print(f"sample sketches ({len(per)} panels of Iron Heiress 1-2): median "
              f"{statistics.median(s for s, _ in per) / 1024:.1f} KB, "
              f"{statistics.median(n for _, n in per):.0f} strokes; max "
              f"{max(s for s, _ in per) / 1024:.1f} KB; "
              f"{sum(s for s, _ in per) / sum(n for _, n in per):.0f} bytes a stroke")
    text = sk.dumps(typical_sketch(7))
    t, _ = timed(lambda: sk.loads(text), 20)
    print(f"load one typical sketch: {t * 1000:.1f} ms")
    stroke = sk.make_stroke("pen", "black", 8, [(100 + i * 3, 500 + 40 * math.sin(i / 10),
                                                 0.3 + 0.6 * i / 200) for i in range(200)],
                            tolerance=0)
    t, _ = timed(lambda: sk.stroke_outline(stroke), 500)
    print(f"outline of a 200-point stroke: {t * 1000:.3f} ms (target well under 1 ms)")


def bench_open(episodes: int, tmp: Path) -> None:
    plain = make_series(episodes)
    plain_path = tmp / "plain.beatboard"
    save(plain, plain_path)
    panels = make_series(episodes)
    path = tmp / "panels.beatboard"
    n = 0
    for ep in panels.episodes:
        for beat in ep.beats:
            beat.panels = [Panel(id=f"{beat.id}-p{k}", shot=Shot(size=s))
                           for k, s in enumerate(("", "CU", "MS"), start=1)]
            for p in beat.panels:
                one = sk.new_sketch()  # a distinct small file per panel: as many files as real
                one.layers[2].strokes.append(sk.make_stroke("pen", "black", 4,
                                                            [(n % 1000, n // 1000, 0.5),
                                                             (500, 900, 0.8)]))
                p.sketch = assets.store_sketch(path, one)
                n += 1
    save(panels, path)
    t_plain, _ = timed(lambda: load(plain_path), 5)
    t_panels, project = timed(lambda: load(path), 5)
    t_check, problems = timed(lambda: assets.problems(project, tmp), 3)
    beats = sum(len(e.beats) for e in project.episodes)
    print(f"open {episodes} episodes, {beats} beats: today {t_plain * 1000:.0f} ms "
          f"({plain_path.stat().st_size / 1e6:.1f} MB); with 3 panels a beat and {n} sketch "
          f"files {t_panels * 1000:.0f} ms ({path.stat().st_size / 1e6:.1f} MB): "
          f"ratio {t_panels / t_plain:.2f}x (target < 2x; sketches are not read at open)")
    print(f"  optional existence check of all {n} assets (no decoding): {t_check * 1000:.0f} ms, "
          f"{len(problems)} problems")


def bench_render(tmp: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from beatboard.render import ThumbnailCache, ensure_gui_app, render_panel
    from beatboard.core.model import Beat, Episode, Project
    ensure_gui_app()
    path = tmp / "render.beatboard"
    rel = assets.store_sketch(path, typical_sketch(3))
    beat = Beat(id="b", characters=["Ava Sterling", "Margaret Hale"], location="Hale Mansion",
                shot=Shot(size="MS", move="push-in"),
                panels=[Panel(id="p1", sketch=rel), Panel(id="p2")])
    project = Project(episodes=[Episode(id="e", number=1, beats=[beat])])
    render_panel(project, tmp, beat, beat.panels[0], (90, 160))  # warm fonts and caches
    for label, panel in (("200-stroke sketch", beat.panels[0]), ("automatic frame", beat.panels[1])):
        for size in ((180, 320), (1080, 1920)):
            reps = 20 if size[0] < 500 else 5
            t, _ = timed(lambda: render_panel(project, tmp, beat, panel, size), reps)
            print(f"render {label} at {size[0]}x{size[1]}: {t * 1000:.1f} ms")
    cache = ThumbnailCache()
    cache.thumbnail(project, tmp, beat, beat.panels[0], (180, 320))
    t, _ = timed(lambda: cache.thumbnail(project, tmp, beat, beat.panels[0], (180, 320)), 200)
    print(f"thumbnail cache hit (key from panel, beat and asset names): {t * 1e6:.0f} µs")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--episodes", type=int, default=100)
    ap.add_argument("--skip-open", action="store_true",
                    help="skip the open benchmark (it writes thousands of sketch files)")
    args = ap.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    bench_storage()
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_open:
            bench_open(args.episodes, Path(tmp))
        bench_render(Path(tmp))


if __name__ == "__main__":
    main()

"""Speed of script and timeline exchange on a 100-episode series.

Run: python3 tests/bench/bench_interchange.py [--episodes N]
Prints seconds per operation (best of 3) and output sizes.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from gen_series import make_series  # noqa: E402

from beatboard.export.tables.csv_export import export_csv  # noqa: E402
from beatboard.export.tables.fountain_export import export_fountain  # noqa: E402
from beatboard.interchange.fountain_import import import_fountain  # noqa: E402
from beatboard.edit.asset_edits import stored_picture  # noqa: E402
from beatboard.export.editorial.otio_file import write_otio_file  # noqa: E402


def best(fn, runs=3):
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--episodes", type=int, default=100)
    a = ap.parse_args()
    project = make_series(a.episodes, 15, 3)
    beats = sum(len(e.beats) for e in project.episodes)
    print(f"series: {a.episodes} episodes, {beats} beats")
    t, text = best(lambda: export_fountain(project))
    print(f"export fountain: {t:.3f} s ({len(text) / 1024:.0f} KiB)")
    t, back = best(lambda: import_fountain(text))
    print(f"import fountain: {t:.3f} s ({sum(len(e.beats) for e in back.episodes)} beats)")
    t, csv_text = best(lambda: export_csv(project))
    print(f"export csv:      {t:.3f} s ({len(csv_text) / 1024:.0f} KiB)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "series.otio"
        # The timeline of every episode's main cut, one still clip per panel, stills drawn.
        t, _ = best(lambda: write_otio_file(project, Path(tmp), out), runs=1)
        print(f"export otio:     {t:.3f} s ({out.stat().st_size / 1024:.0f} KiB, "
              f"stills {sum(f.stat().st_size for f in (Path(tmp) / 'series_stills').iterdir()) / 2**20:.0f} MiB)")
        from PIL import Image
        src = Path(tmp) / "panel.jpg"
        Image.effect_noise((2160, 3840), 60).convert("RGB").save(src, "JPEG", quality=90)
        proj = Path(tmp) / "p.beatboard"
        t, rel = best(lambda: stored_picture(proj, src), runs=1)
        print(f"store 2160x3840 jpeg: {t:.3f} s")


if __name__ == "__main__":
    main()

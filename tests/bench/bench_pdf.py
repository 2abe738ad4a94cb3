"""PDF export benchmark: the 100-episode series, and the bare-reportlab floor.

Run: python3 tests/bench/bench_pdf.py [--episodes 100] [--bw] [--sketched [--strokes 60]]
Targets (2-core machine): 100 episodes in under 20 s; within 2x of the floor, a bare
reportlab script that draws the same pages, boxes and strings in the same embedded font.

``--sketched``: three panels per beat and a sketch on every panel (made with the
core.sketch stroke model, stored as assets). The floor then also fills every stroke's
raw outline (core.sketch.stroke_outline) with reportlab's path API, simplified by this
benchmark's own Douglas-Peucker at a tolerance it fixes (FLOOR_TOLERANCE_PT on paper),
not by the product's code or tolerance, so the floor cannot shrink when the product
changes. The outlines and their simplification are made before the floor's clock
starts (the export does that work inside its time); that time is printed.
"""
from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from gen_series import make_series  # noqa: E402
from reportlab import rl_config  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from reportlab.pdfgen.textobject import PDFTextObject  # noqa: E402

from beatboard.export.pdf import PdfOptions, export_pdf, render_pdf  # noqa: E402
from beatboard.export.pdf.draw import Painter  # noqa: E402
from beatboard.export.pdf.fonts import FONT, register_font  # noqa: E402


def count_drawing(project, options, base_dir=None) -> dict[str, int]:
    """Pages, strings (and their characters) and boxes the export draws, and the time of
    that (counted) render, which serves as one export run."""
    counts = {"strings": 0, "chars": 0, "rects": 0}
    orig_rect = Canvas.rect
    orig_prect = Painter.rect  # writes its own "re" operators, bypassing Canvas.rect
    orig_format = PDFTextObject._formatText

    def format_text(self, text, *a, **k):
        counts["strings"] += 1
        counts["chars"] += len(text)
        return orig_format(self, text, *a, **k)

    def rect(self, *a, **k):
        counts["rects"] += 1
        return orig_rect(self, *a, **k)

    def prect(self, *a, **k):
        counts["rects"] += 1
        return orig_prect(self, *a, **k)

    # drawString, textLine and textOut all format their text here: each string counts once.
    Canvas.rect, Painter.rect, PDFTextObject._formatText = rect, prect, format_text
    t0 = time.perf_counter()
    try:
        data, pages = render_pdf(project, options, base_dir=base_dir)
        counts["seconds"] = time.perf_counter() - t0
        counts["bytes"] = len(data)
    finally:
        Canvas.rect, Painter.rect = orig_rect, orig_prect
        PDFTextObject._formatText = orig_format
    counts["pages"] = pages
    return counts


def floor_seconds(counts: dict[str, int]) -> float:
    """A bare reportlab script: same pages, boxes and strings, same embedded font."""
    t0 = time.perf_counter()
    register_font()
    pages = counts["pages"]
    per_page_s = counts["strings"] // pages
    per_page_r = counts["rects"] // pages
    avg_len = max(1, counts["chars"] // max(counts["strings"], 1))
    sample = ("林夏推开门 The heiress walks in 你以为当着所有人的面羞辱我 " * 8)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(595.27, 841.89), initialFontName=FONT, initialFontSize=9,
               pageCompression=1)
    for p in range(pages):
        c.setFont(FONT, 9)
        for i in range(per_page_r):
            c.rect(30 + (i * 7) % 500, 40 + (i * 13) % 700, 40, 20, stroke=1, fill=i % 2)
        for i in range(per_page_s):
            start = (i * 7) % 60
            c.drawString(30 + (i * 11) % 400, 40 + (i * 17) % 750,
                         sample[start:start + avg_len])
        c.showPage()
    saved = rl_config.useA85
    rl_config.useA85 = 0  # the same stream encoding as the export
    try:
        c.save()
    finally:
        rl_config.useA85 = saved
    return time.perf_counter() - t0


def add_sketched_panels(project, folder: Path, panels: int, strokes: int) -> int:
    """Give every beat ``panels`` panels, each with its own stored sketch; returns the
    number of sketches."""
    from beatboard.core import assets
    from beatboard.core.model import Panel
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "pdf"))
    from helpers import sample_sketch  # noqa: E402  (tests/pdf/helpers.py)

    path = folder / "bench.beatboard"
    n = 0
    for ep in project.episodes:
        for beat in ep.beats:
            beat.panels = [Panel(id=f"{beat.id}-p{i + 1}", sketch=assets.store_sketch(
                path, sample_sketch(n + i, strokes))) for i in range(panels)]
            n += panels
    return n


FLOOR_FRAME_PT = 150.0  # the floor draws each panel 150 pt wide (see floor_paths_seconds)
FLOOR_TOLERANCE_PT = 0.2  # how far on paper the floor lets a simplified outline move


def floor_simplify(poly: list, tol: float) -> list:
    """Douglas-Peucker of a closed outline, the benchmark's own: split at the point
    farthest from the start, each half keeps the points farther than ``tol`` from the
    chord."""
    if len(poly) < 4:
        return list(poly)
    x0, y0 = poly[0]
    far = max(range(len(poly)), key=lambda k: (poly[k][0] - x0) ** 2 + (poly[k][1] - y0) ** 2)
    out: list = []
    for half in (poly[:far + 1], poly[far:] + [poly[0]]):
        keep = {0, len(half) - 1}
        spans = [(0, len(half) - 1)]
        while spans:
            i, j = spans.pop()
            (ax, ay), (bx, by) = half[i], half[j]
            dx, dy = bx - ax, by - ay
            norm = (dx * dx + dy * dy) ** 0.5
            best, at = tol, -1
            for k in range(i + 1, j):
                px, py = half[k][0] - ax, half[k][1] - ay
                dist = abs(px * dy - py * dx) / norm if norm else (px * px + py * py) ** 0.5
                if dist > best:
                    best, at = dist, k
            if at >= 0:
                keep.add(at)
                spans += [(i, at), (at, j)]
        out += [half[k] for k in sorted(keep)][:-1]
    return out


def outlines(project, folder: Path) -> tuple[list[list], float]:
    """Every panel's stroke outline polygons (in story order), simplified at the floor's
    tolerance, and the time to make them."""
    from beatboard.core import assets
    from beatboard.core import sketch as sk
    sketches = [assets.load_sketch(folder, panel.sketch) for ep in project.ordered_episodes()
                for beat in ep.beats for panel in beat.panels if panel.sketch]
    tol = FLOOR_TOLERANCE_PT * sk.CANVAS_W / FLOOR_FRAME_PT  # in canvas units
    t0 = time.perf_counter()
    polys = [[floor_simplify(sk.stroke_outline(st), tol) for layer in s.layers
              for st in layer.strokes if not st.erases] for s in sketches]
    return polys, time.perf_counter() - t0


def floor_paths_seconds(polys: list[list], per_page: int) -> float:
    """Bare reportlab: fill the same outline polygons, one frame per panel, 6 a page."""
    t0 = time.perf_counter()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(595.27, 841.89), pageCompression=1)
    k = FLOOR_FRAME_PT / 1080
    for i, frame in enumerate(polys):
        slot = i % per_page
        c.saveState()
        c.transform(k, 0, 0, -k, 40 + (slot % 3) * 180, 780 - (slot // 3) * 330)
        c.setFillColorRGB(0.2, 0.2, 0.2)
        for poly in frame:
            if len(poly) < 3:
                continue
            path = c.beginPath()
            path.moveTo(*poly[0])
            for x, y in poly[1:]:
                path.lineTo(x, y)
            path.close()
            c.drawPath(path, stroke=0, fill=1, fillMode=0)
        c.restoreState()
        if slot == per_page - 1:
            c.showPage()
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        c.save()
    finally:
        rl_config.useA85 = saved
    return time.perf_counter() - t0


def _clear_caches() -> None:
    """Cold caches for each run: a fresh export reads and outlines every sketch again."""
    from beatboard.core import sketch_cache
    from beatboard.export.pdf import picture, sketch_pdf
    sketch_cache._sketches.clear()
    picture._sketches = sketch_pdf.SketchPainter()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--episodes", type=int, default=100)
    ap.add_argument("--bw", action="store_true")
    ap.add_argument("--repeat", type=int, default=5, help="runs of each, interleaved (medians)")
    ap.add_argument("--sketched", action="store_true",
                    help="three panels per beat, a sketch on every panel")
    ap.add_argument("--strokes", type=int, default=60, help="strokes per sketch")
    args = ap.parse_args()
    project = make_series(episodes=args.episodes, beats=15, variants=3)
    options = PdfOptions(bw=args.bw)
    register_font()
    runs, floors = [], []  # (CPU s, wall s) of each run
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        polys, outline_s = [], 0.0
        if args.sketched:
            t0 = time.perf_counter()
            n = add_sketched_panels(project, base, 3, args.strokes)
            print(f"made {n} sketches of {args.strokes} strokes in "
                  f"{time.perf_counter() - t0:.1f} s")
            polys, outline_s = outlines(project, base)

        def floor() -> tuple[float, float]:
            c0, w0 = time.process_time(), time.perf_counter()
            floor_seconds(counts)
            if polys:
                floor_paths_seconds(polys, 6)
            return time.process_time() - c0, time.perf_counter() - w0

        _clear_caches()
        c0 = time.process_time()
        counts = count_drawing(project, options, base)
        out = base / "bench.pdf"
        # The counted render is a run too (--repeat 0: the only one, for slow machines).
        runs.append((time.process_time() - c0, counts["seconds"]))
        pages, size_mb = counts["pages"], counts["bytes"] / 1e6
        if args.repeat == 0:
            floors.append(floor())
        for _ in range(args.repeat):  # interleaved: the machine is shared
            _clear_caches()
            c0 = time.process_time()
            result = export_pdf(project, out, options, source_name="bench.beatboard",
                                base_dir=base)
            runs.append((time.process_time() - c0, result.seconds))
            floors.append(floor())
            size_mb = out.stat().st_size / 1e6
    cpu, wall = (statistics.median(r[i] for r in runs) for i in (0, 1))
    floor_cpu, floor_wall = (statistics.median(f[i] for f in floors) for i in (0, 1))
    print(f"episodes: {args.episodes} (15 beats + 3 variants each), bw={args.bw}, "
          f"sketched={args.sketched}; load {os.getloadavg()[0]:.1f}")
    if args.sketched:
        print(f"stroke outlines (core.sketch, simplified at {FLOOR_TOLERANCE_PT} pt by the "
              f"bench; inside the export's time, outside the floor's): {outline_s:.2f} s; "
              f"floor includes filling {sum(map(len, polys))} polygons of "
              f"{sum(len(q) for frame in polys for q in frame)} points")
    print(f"export (median of {len(runs)}): CPU {cpu:.2f} s, wall {wall:.2f} s, {pages} pages, "
          f"{pages / wall:.1f} pages/s, {size_mb:.1f} MB")
    print(f"drawn: {counts['strings']} strings ({counts['chars']} chars), "
          f"{counts['rects']} boxes")
    print(f"floor (bare reportlab, same pages/boxes/strings/font): CPU {floor_cpu:.2f} s, "
          f"wall {floor_wall:.2f} s")
    print(f"ratio to floor: CPU {cpu / floor_cpu:.2f}x (target <= 2x), wall "
          f"{wall / floor_wall:.2f}x; target < 20 s: {'met' if wall < 20 else 'NOT met'}")

if __name__ == "__main__":
    main()

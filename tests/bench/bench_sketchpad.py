"""Benchmark the sketch pad and the canvas filmstrip.

1. Stroke latency: a 1080x1920 panel already holding 500 strokes; time from a tablet
   move event to the widget's updated pixels (the event handled, the dirty rectangle
   repainted into the backing store), wall and CPU (process user + sys, the steadier
   figure on a shared machine). The floor, in the same run: a bare Qt widget the size
   of the view given the same tablet events, drawing each segment (QPainter,
   antialiased round-capped line at the view's pen width) on a QImage and repainting
   its rectangle. Target: median about 0.3 ms, p95 under 4 ms.
2. Finishing a stroke: outline fill, sketch file stored, edit pushed.
3. Canvas pan with filmstrips: a 200-beat episode, three panels a beat, each with a
   200-stroke sketch; frame time while panning (thumbnails cached after the first pass).

Run: python3 tests/bench/bench_sketchpad.py   (offscreen; prints figures, asserts nothing)
"""
from __future__ import annotations

import math
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))
sys.path.insert(0, str(ROOT / "tests" / "gui"))

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from beatboard.core import assets  # noqa: E402
from beatboard.core import sketch as sk  # noqa: E402
from beatboard.core.model import Panel, Project, Series  # noqa: E402
from beatboard.edit import Document  # noqa: E402


from bench_canvas import ms, stats  # noqa: E402


def random_sketch(rng: random.Random, strokes: int) -> sk.Sketch:
    sketch = sk.new_sketch()
    for i in range(strokes):
        x, y = rng.uniform(100, 980), rng.uniform(100, 1820)
        a = rng.uniform(0, math.tau)
        raw = []
        for k in range(30):
            a += rng.uniform(-0.3, 0.3)
            x += 12 * math.cos(a)
            y += 12 * math.sin(a)
            raw.append((x, y, 0.3 + 0.6 * k / 29))
        tool = rng.choice(["pencil", "pen", "pen", "marker"])
        layer = sketch.layer("ink" if i % 3 == 0 else "rough")
        layer.strokes.append(sk.make_stroke(tool, rng.choice(list(sk.COLOURS)),
                                            rng.choice([4, 8, 14, 30]), raw))
    return sketch


def cpu_now() -> float:
    return time.process_time()


class FloorPad(QWidget):
    """The simplest pad: a tablet move draws the segment into a QImage and repaints the
    segment's rectangle of the widget from it."""

    def __init__(self, w: int, h: int, width: float):
        super().__init__()
        self.resize(w, h)
        self.image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
        self.image.fill(QColor("white"))
        self.pen = QPen(QColor("black"), width, Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        self.last: QPointF | None = None

    def tabletEvent(self, ev) -> None:
        p = ev.position()
        if self.last is not None and ev.type() == QEvent.Type.TabletMove:
            painter = QPainter(self.image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(self.pen)
            painter.drawLine(self.last, p)
            painter.end()
            pad = self.pen.widthF() + 2
            self.update(QRectF(self.last, p).normalized()
                        .adjusted(-pad, -pad, pad, pad).toAlignedRect())
        self.last = None if ev.type() == QEvent.Type.TabletRelease else p
        ev.accept()

    def paintEvent(self, ev) -> None:
        painter = QPainter(self)
        painter.drawImage(ev.rect(), self.image, ev.rect())
        painter.end()


def floor_segments(app, strokes: list[list[QPointF]], w: int, h: int, width: float
                   ) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds per segment on FloorPad, the same strokes and events."""
    from tablet_events import tablet
    pad = FloorPad(w, h, width)
    pad.show()
    app.processEvents()
    wall, cpu = [], []
    for pts in strokes:
        tablet(pad, "press", pts[0], 0.3)
        app.processEvents()
        for p in pts[1:]:
            t, c = time.perf_counter(), cpu_now()
            tablet(pad, "move", p, 0.5)
            app.processEvents()
            cpu.append(cpu_now() - c)
            wall.append(time.perf_counter() - t)
        tablet(pad, "release", pts[-1], 0.9)
        app.processEvents()
    pad.close()
    return wall, cpu


def bench_stroke_latency(app, folder: Path) -> None:
    from beatboard.gui.sketchpad.dialog import SketchPadDialog
    from beatboard.gui.undo import UndoController
    from canvas_fixtures import small_project
    from tablet_events import tablet
    project = small_project()
    doc = Document(project)
    doc.save(folder / "pad.beatboard")
    sketch = random_sketch(random.Random(3), 500)
    rel = assets.store_sketch(doc.path, sketch)
    project.episode("ep1").beat("s1").panels[0].sketch = rel
    size = len(assets.read_asset(folder, rel))
    controller = UndoController(doc)
    pad = SketchPadDialog(controller)
    pad.resize(1100, 1000)
    pad.show()
    app.processEvents()
    t = time.perf_counter()
    pad.open_panel("ep1", "s1", "s1-p1")
    load = time.perf_counter() - t
    canvas = pad.canvas
    app.processEvents()
    print(f"\n== sketch pad: 1080x1920 panel with 500 strokes "
          f"({size / 1024:.0f} KB sketch file), view {canvas.width()}x{canvas.height()} "
          f"at zoom {canvas.zoom:.2f}")
    print(f"{'open the panel (load + paint three layer caches)':52s} {ms(load)}")
    w, h = canvas.width(), canvas.height()
    seg, seg_cpu, finish, drawn = [], [], [], []
    for stroke in range(20):
        y0 = h * (0.2 + 0.03 * stroke)
        pts = [QPointF(w * 0.2 + i * 6, y0 + 30 * math.sin(i / 8)) for i in range(80)]
        drawn.append(pts)
        tablet(canvas, "press", pts[0], 0.3)
        app.processEvents()
        for i, p in enumerate(pts[1:]):
            t, c = time.perf_counter(), cpu_now()
            tablet(canvas, "move", p, 0.3 + 0.6 * i / 79)
            app.processEvents()  # the repaint of the dirty rectangle
            seg_cpu.append(cpu_now() - c)
            seg.append(time.perf_counter() - t)
        t = time.perf_counter()
        tablet(canvas, "release", pts[-1], 0.9)
        app.processEvents()
        finish.append(time.perf_counter() - t)
    stats("stroke segment: tablet event -> updated pixels", seg)
    stats("  the same, CPU", seg_cpu)
    f_wall, f_cpu = floor_segments(app, drawn, w, h, max(1.0, 8 * canvas.zoom))
    stats("  floor: bare Qt widget, line on a QImage, CPU", f_cpu)
    print(f"{'  ratio of CPU medians (target: p95 under 4 ms)':52s} "
          f"{statistics.median(seg_cpu) / statistics.median(f_cpu):.1f}x "
          f"(wall {statistics.median(seg) / statistics.median(f_wall):.1f}x)")
    stats("finish stroke: fill + store sketch + push edit", finish)
    canvas.set_rotation(20)
    canvas.zoom_by(2.0)
    app.processEvents()
    seg = []
    for i in range(200):
        p = QPointF(w * 0.3 + (i % 100) * 4, h * 0.5 + (i // 100) * 40)
        if i % 100 == 0:
            tablet(canvas, "press", p, 0.5)
            app.processEvents()
            continue
        t = time.perf_counter()
        tablet(canvas, "move", p, 0.5)
        app.processEvents()
        seg.append(time.perf_counter() - t)
        if i % 100 == 99:
            tablet(canvas, "release", p, 0.5)
            app.processEvents()
    stats("stroke segment, view rotated 20° and zoomed 2x", seg)
    t = time.perf_counter()
    controller.stack.undo()
    app.processEvents()
    print(f"{'undo a stroke (remembered layer images)':52s} {ms(time.perf_counter() - t)}")
    pad.close()


def bench_canvas_pan(app, folder: Path) -> None:
    from beatboard.gui.canvas import BeatCanvas
    from beatboard.gui.selection import Selection
    from beatboard.gui.undo import UndoController
    from bench_canvas import FindingsStub
    from gen_series import make_episode
    ep = make_episode(1, beats=180, variants=20, seed=7)
    project = Project(series=Series(title="bench"), episodes=[ep])
    doc = Document(project)
    doc.save(folder / "canvas.beatboard")
    rng = random.Random(5)
    pool = [assets.store_sketch(doc.path, random_sketch(rng, 200)) for _ in range(12)]
    for b in ep.beats:
        b.panels = [Panel(id=f"{b.id}-p{k}", sketch=rng.choice(pool)) for k in range(1, 4)]
    controller = UndoController(doc)
    selection = Selection()
    view = BeatCanvas(controller, selection, FindingsStub())
    view.resize(1600, 900)
    view.show()
    app.processEvents()
    t = time.perf_counter()
    selection.set_episode(ep.id)
    view.viewport().grab()
    first = time.perf_counter() - t
    print(f"\n== canvas: {len(ep.beats)} beats x 3 panels, each a 200-stroke sketch")
    print(f"{'show episode + first frame (thumbnails queued)':52s} {ms(first)}")
    bar = view.horizontalScrollBar()
    thumbs = view.canvas_scene.thumbnails
    busy = []
    t0 = time.perf_counter()
    while thumbs.busy and len(busy) < 400:
        bar.setValue(bar.value() + 30)
        t = time.perf_counter()
        app.processEvents()  # thumbnails arriving from the render thread
        view.viewport().grab()
        busy.append(time.perf_counter() - t)
    thumbs.drain()
    print(f"{'all visible thumbnails in (background thread)':52s} "
          f"{ms(time.perf_counter() - t0)}  ({thumbs.rendered} distinct pictures)")
    stats("pan frame while thumbnails render", busy)
    pan = []
    for i in range(200):
        bar.setValue(bar.value() + (60 if (i // 100) % 2 == 0 else -60))
        t = time.perf_counter()
        app.processEvents()
        view.viewport().grab()
        pan.append(time.perf_counter() - t)
        thumbs.drain()
    stats("pan frame with filmstrips (scroll 60 px + render)", pan)
    view.close()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    from canvas_fixtures import install_app_fonts
    install_app_fonts()
    print(f"machine: {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as d:
        bench_stroke_latency(app, Path(d))
        bench_canvas_pan(app, Path(d))


if __name__ == "__main__":
    main()

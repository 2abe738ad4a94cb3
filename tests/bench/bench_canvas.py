"""Benchmark the editor views: scene build, frame times, edit refresh, strip paint, memory.

Run: python3 tests/bench/bench_canvas.py   (offscreen; prints figures, asserts nothing)
"""
from __future__ import annotations

import os
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from PySide6.QtWidgets import QApplication  # noqa: E402

from beatboard.core.model import Project, Series  # noqa: E402
from beatboard.edit import AddBeat, Document, SetField  # noqa: E402
from beatboard.core.model import Beat  # noqa: E402
from beatboard.gui.canvas import BeatCanvas  # noqa: E402
from beatboard.gui.curve import EpisodeCurveWidget, SeriesStripWidget  # noqa: E402
from beatboard.gui.selection import Selection  # noqa: E402
from beatboard.gui.undo import UndoController  # noqa: E402
from gen_series import make_episode, make_series  # noqa: E402


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.2f} ms"


def stats(label: str, samples: list[float]) -> None:
    s = sorted(samples)
    p95 = s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]
    print(f"{label:44s} median {ms(statistics.median(s))}   p95 {ms(p95)}   (n={len(s)})")


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def big_episode(auto_layout: bool) -> Project:
    ep = make_episode(1, beats=180, variants=20, seed=7)
    if auto_layout:
        for b in ep.beats:
            b.pos = None
    return Project(series=Series(title="bench"), episodes=[ep])


class FindingsStub:
    """The shell's FindingsHub surface, with no findings (badges are measured by tests)."""

    findings: list = []

    def for_beat(self, beat_id):
        return []

    def for_episode(self, episode_id):
        return []


def install_fonts() -> None:
    try:
        from beatboard.gui.fonts import install_fonts as shell_install
        shell_install()
    except ImportError:
        from PySide6.QtGui import QFontDatabase
        from beatboard.resources import CJK_FONT
        QFontDatabase.addApplicationFont(str(CJK_FONT))


def bench_big_episode(app, auto_layout: bool) -> None:
    tag = "auto layout" if auto_layout else "saved positions"
    project = big_episode(auto_layout)
    controller = UndoController(Document(project))
    selection = Selection()
    view = BeatCanvas(controller, selection, FindingsStub())
    view.resize(1600, 900)
    view.show()
    app.processEvents()

    builds = [timed(lambda: view.canvas_scene.show_episode(project, "ep001"))]
    selection.set_episode("ep001")
    for _ in range(4):
        builds.append(timed(lambda: view.canvas_scene.show_episode(project, "ep001")))
    print(f"\n== 200-beat episode ({tag}): {len(view.canvas_scene.cards())} cards, "
          f"{len(view.canvas_scene.link_items())} links")
    stats("scene build", builds)
    view.viewport().grab()

    bar = view.horizontalScrollBar()
    pan = []
    for i in range(100):
        bar.setValue(bar.value() + (60 if (i // 50) % 2 == 0 else -60))
        pan.append(timed(lambda: view.viewport().grab()))
    stats("pan frame (scroll 60 px + full render)", pan)

    zoom = []
    for i in range(100):
        step = view.zoom_in if (i // 5) % 2 == 0 else view.zoom_out
        zoom.append(timed(lambda: (step(), view.viewport().grab())))
    stats("zoom frame (scale step + full render)", zoom)

    view.fit()
    fitted = [timed(lambda: view.viewport().grab()) for _ in range(20)]
    stats(f"fit-all frame (zoom {view.zoom_level():.2f})", fitted)

    mid = project.episodes[0].beats[90].id
    field = [timed(lambda i=i: controller.push(SetField.beat("ep001", mid, "title", f"Title {i}")))
             for i in range(20)]
    stats("refresh after a field edit (push)", field)
    struct = []
    for i in range(10):
        b = Beat(id=f"bench{i}", title="New")
        struct.append(timed(lambda b=b: controller.push(AddBeat("ep001", b, after=mid))))
    stats("rebuild after a structural edit (push)", struct)
    view.close()


def bench_series(app) -> None:
    project = make_series(100)
    controller = UndoController(Document(project))
    selection = Selection()
    print(f"\n== 100-episode series ({sum(len(e.beats) for e in project.episodes)} beats)")
    view = BeatCanvas(controller, selection, FindingsStub())
    view.resize(1600, 900)
    view.show()
    switch = []
    for ep in project.ordered_episodes()[:40]:
        switch.append(timed(lambda ep=ep: (selection.set_episode(ep.id), view.viewport().grab())))
    stats("switch episode on canvas (+ first render)", switch)

    strip = SeriesStripWidget(controller, selection, FindingsStub())
    strip.resize(1400, 260)
    strip.show()
    app.processEvents()
    cold = []
    for _ in range(20):
        strip._invalidate()
        cold.append(timed(lambda: strip.grab()))
    stats("series strip paint, 100 episodes (full)", cold)
    warm = [timed(lambda: strip.grab()) for _ in range(20)]
    stats("series strip paint (cached, selection only)", warm)
    reload_ = [timed(strip.reload) for _ in range(5)]
    stats("series strip data reload (100 episodes)", reload_)
    curve = EpisodeCurveWidget(controller, selection, FindingsStub())
    curve.resize(1000, 220)
    curve.show()
    selection.set_episode("ep050")
    paint = [timed(lambda: curve.grab()) for _ in range(20)]
    edit = [timed(lambda i=i: (controller.push(SetField.beat("ep050", "e050b03", "emotion.intensity", 1 + i % 5)),
                               view.viewport().grab(), strip.grab(), curve.grab()))
            for i in range(20)]
    stats("field edit: push + canvas, strip, curve repaint", edit)
    stats("episode curve paint", paint)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    install_fonts()
    bench_big_episode(app, auto_layout=True)
    bench_big_episode(app, auto_layout=False)
    bench_series(app)
    bench_memory(app)


def bench_memory(app) -> None:
    """Python heap of a built 200-beat scene (tracemalloc slows timing, so it runs last)."""
    project = big_episode(True)
    controller = UndoController(Document(project))
    selection = Selection()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    view = BeatCanvas(controller, selection, FindingsStub())
    selection.set_episode("ep001")
    now, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n== memory\n200-beat scene: Python heap {(now - base) / 2**20:.2f} MiB "
          f"(peak {(peak - base) / 2**20:.2f} MiB); whole benchmark max RSS {rss:.0f} MiB")
    view.close()


if __name__ == "__main__":
    main()

"""Edit -> window repainted, in the full main window offscreen, on a 100-episode series.

Run: python3 tests/bench/bench_edit_latency.py [--edits 40] [--clean] [--profile FILE]
The clock starts before the edit is pushed and stops once the window has painted what
the edit changed: events are processed until a pass in which the window's backing store
did not repaint any more (a repaint is counted on the top-level UpdateRequest, after
which Qt has painted every dirty widget). The floor, measured interleaved in the same
run, is one full repaint of the window through the same path (``update()`` of the whole
window, then the same wait). Intensity, title, duration and card-move edits are timed,
each followed by its undo, timed the same way. Figures are CPU (process_time) and wall
medians and p95 in ms, with the ratio of CPU medians to the floor.
Target (2-core machine): edit and undo within 4x one full repaint, p95 under 100 ms, on
the series with its findings (about 150) and on a series with none (``--clean``).
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QEvent, QObject, QSettings, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from beatboard.edit import MoveCards, SetField  # noqa: E402
from gen_series import make_series  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


class RepaintCounter(QObject):
    """Counts the top-level window's UpdateRequests: each one repaints every dirty widget."""

    def __init__(self, window):
        super().__init__()
        self.count = 0
        window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.UpdateRequest:
            self.count += 1
        return False


def until_painted(app, counter: RepaintCounter) -> int:
    """Process events until the window has repainted and nothing more is pending."""
    start = counter.count
    for _ in range(50):  # a bound, so a view that never repaints cannot hang the bench
        before = counter.count
        app.processEvents()
        if counter.count == before and counter.count > start:
            break
    return counter.count - start


def timed(app, counter, action) -> tuple[float, float, int]:
    """(CPU ms, wall ms, repaints) of ``action`` followed by the window's repaint."""
    c0, w0 = time.process_time(), time.perf_counter()
    action()
    paints = until_painted(app, counter)
    return (time.process_time() - c0) * 1000, (time.perf_counter() - w0) * 1000, paints


def strip_findings(project) -> None:
    """Make a series on which no built-in rule fires: ordinary beats, plain lengths."""
    for ep in project.episodes:
        for beat in ep.beats:
            beat.compliance = []
            beat.characters = beat.characters[:1]


def make_edit(kind: str, w, rng: random.Random, i: int):
    ep = rng.choice(w.controller.project.episodes)
    beat = rng.choice(ep.beats)
    if kind == "intensity":
        value = 1 + (beat.emotion.intensity % 5)
        return ep, beat, SetField.beat(ep.id, beat.id, "emotion.intensity", value)
    if kind == "title":
        return ep, beat, SetField.beat(ep.id, beat.id, "title", f"Beat {i} 节拍")
    if kind == "duration":
        return ep, beat, SetField.beat(ep.id, beat.id, "duration_s",
                                       round((beat.duration_s or 4.0) + 0.5, 1))
    pos = beat.pos
    x, y = (pos.x, pos.y) if pos else (0.0, 0.0)
    return ep, beat, MoveCards(ep.id, {beat.id: (x + 40.0, y + 20.0)})


KINDS = ("intensity", "title", "duration", "move")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--edits", type=int, default=40, help="edits (each with its undo)")
    ap.add_argument("--clean", action="store_true", help="a series with no findings")
    ap.add_argument("--profile", help="write a cProfile of the edits and undos here")
    args = ap.parse_args()
    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication([])
    from beatboard.edit import Document
    from beatboard.gui.app import setup_app
    from beatboard.gui.main_window import MainWindow
    from beatboard.gui.settings import Settings

    tmp = tempfile.mkdtemp()
    settings = Settings(QSettings(os.path.join(tmp, "s.ini"), QSettings.IniFormat))
    setup_app(app, settings)
    project = make_series(100, 15, 3)
    if args.clean:
        strip_findings(project)
    t0 = time.perf_counter()
    w = MainWindow(Document(project), settings)
    w.resize(1600, 1000)
    w.show()
    counter = RepaintCounter(w)
    until_painted(app, counter)
    print(f"open window on 100x15 series: {(time.perf_counter() - t0) * 1000:.0f} ms; "
          f"findings: {len(w.findings.findings)}; load {os.getloadavg()[0]:.1f}")

    profiler = None
    if args.profile:
        import cProfile
        profiler = cProfile.Profile()
    rng = random.Random(1)
    results: dict[str, list[tuple[float, float, int]]] = {"full repaint": []}
    for kind in KINDS:
        results[kind] = []
        results[kind + " undo"] = []
    for i in range(args.edits):
        kind = KINDS[i % len(KINDS)]
        ep, beat, edit = make_edit(kind, w, rng, i)
        w.selection.select(ep.id, [beat.id])  # the inspector and canvas show the edited beat
        until_painted(app, counter)
        results["full repaint"].append(timed(app, counter, w.update))
        if profiler:
            profiler.enable()
        results[kind].append(timed(app, counter, lambda: w.controller.push(edit)))
        results[kind + " undo"].append(timed(app, counter, w.controller.stack.undo))
        if profiler:
            profiler.disable()
    floor = statistics.median(c for c, _w, _p in results["full repaint"])
    print(f"{'':22s} {'CPU med':>8s} {'CPU p95':>8s} {'wall med':>9s} {'wall p95':>9s} "
          f"{'ratio':>6s}  n")
    worst_ratio, worst_p95 = 0.0, 0.0
    for name, values in results.items():
        cpu = [c for c, _w, _p in values]
        wall = [wl for _c, wl, _p in values]
        ratio = statistics.median(cpu) / floor
        if name != "full repaint":
            worst_ratio = max(worst_ratio, ratio)
            worst_p95 = max(worst_p95, percentile(cpu, 0.95))
        print(f"{name:22s} {statistics.median(cpu):8.1f} {percentile(cpu, 0.95):8.1f} "
              f"{statistics.median(wall):9.1f} {percentile(wall, 0.95):9.1f} "
              f"{ratio:5.1f}x  {len(values)}")
    print(f"worst ratio {worst_ratio:.1f}x (target <= 4x), worst CPU p95 {worst_p95:.0f} ms "
          f"(target < 100 ms); load {os.getloadavg()[0]:.1f}")
    if profiler:
        profiler.dump_stats(args.profile)
    w.controller.stack.setClean()
    w.close()


if __name__ == "__main__":
    main()

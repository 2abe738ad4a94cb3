"""Benchmark restructuring a whole series: the series board, cross-episode moves, re-sync.

Run: python3 tests/bench/bench_series.py   (offscreen; prints figures, asserts nothing)

Targets (issue 12): the board of 100 episodes x 15 beats opens in under 1 s and pans in
under 16 ms a frame; a cross-episode move updates the findings in under 50 ms; re-sync of
a 100-episode script (1,500 scenes) takes under 2 s.
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from PySide6.QtCore import QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from beatboard.edit import Document, move_beats  # noqa: E402
from beatboard.edit.move_edits import main_line  # noqa: E402
from beatboard.gui.findings_hub import FindingsHub  # noqa: E402
from beatboard.gui.selection import Selection  # noqa: E402
from beatboard.gui.series_board import SeriesBoard  # noqa: E402
from beatboard.gui.undo import UndoController  # noqa: E402
from beatboard.export.tables.fountain_export import export_fountain  # noqa: E402
from beatboard.interchange.fountain_import import import_fountain  # noqa: E402
from beatboard.interchange.resync import plan_resync, resync_edit  # noqa: E402
from beatboard.rules import RuleChecker, resolve_profile  # noqa: E402
from gen_series import make_series  # noqa: E402


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def stats(label: str, samples: list[float]) -> None:
    s = sorted(samples)
    p95 = s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))]
    print(f"{label:52s} median {ms(statistics.median(s))}   p95 {ms(p95)}   (n={len(s)})")


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def board_figures(app) -> None:
    project = make_series(100, 15, variants=0, seed=3)
    controller = UndoController(Document(project))
    selection = Selection()
    hub = FindingsHub(controller)

    def open_board():
        global board
        board = SeriesBoard(controller, selection, hub)
        board.resize(1600, 1000)
        board.show()
        board.canvas.viewport().repaint()
        app.processEvents()

    print(f"open board, 100 episodes x 15 beats (build + first paint) {ms(timed(open_board))}")
    canvas = board.canvas
    for zoom, label in ((1.0, "cards"), (0.45, "compact"), (None, "heat map, whole series")):
        if zoom is None:
            canvas.fit_all()
        else:
            canvas.set_zoom(zoom)
        bar, hbar = canvas.verticalScrollBar(), canvas.horizontalScrollBar()
        bar.setValue(0)
        canvas.viewport().repaint()
        frames = []
        # A continuous pan (24 px a frame, as a drag or a wheel does) down the series,
        # then sideways: new rows are painted as they come into view.
        # Between frames the event loop runs (idle time paints rows ahead of the view).
        for k in range(1, 1 + min(300, bar.maximum() // 24 + 1)):
            bar.setValue(k * 24)
            frames.append(timed(canvas.viewport().repaint))
            app.processEvents()
        for k in range(1, 1 + min(60, hbar.maximum() // 24 + 1)):
            hbar.setValue(k * 24)
            frames.append(timed(canvas.viewport().repaint))
            app.processEvents()
        stats(f"pan frame ({label}, zoom {canvas.geo.zoom:.2f})", frames or [0.0])
        jumps = []
        for k in range(30):  # jumps to far places (scrollbar clicks): rows not yet painted
            bar.setValue((k * 997) % max(1, bar.maximum() + 1))
            jumps.append(timed(canvas.viewport().repaint))
        stats(f"  jump frame ({label})", jumps)

    # A cross-episode move through the whole GUI path: edit, findings re-check, board refresh.
    canvas.set_zoom(1.0)
    moves = []
    for k in range(30):
        eps = project.ordered_episodes()
        src, dst = eps[(k * 7) % 100], eps[(k * 13 + 5) % 100]
        if src.id == dst.id or len(src.beats) < 3:
            continue
        beat = main_line(src)[1]
        edit = move_beats(project, src.id, [beat], dst.id, main_line(dst)[2])
        moves.append(timed(lambda: controller.push(edit)))
    stats("cross-episode move: push + findings + board (GUI)", moves)
    undo = [timed(controller.stack.undo) for _ in range(10)]
    stats("undo of a cross-episode move (GUI)", undo)


def rules_figures() -> None:
    project = make_series(100, 15, variants=3, seed=5)
    checker = RuleChecker(resolve_profile(project))
    checker.check(project)
    samples = []
    for k in range(40):
        eps = project.ordered_episodes()
        src, dst = eps[(k * 11) % 100], eps[(k * 17 + 3) % 100]
        if src.id == dst.id:
            continue
        beat = main_line(src)[2]
        edit = move_beats(project, src.id, [beat], dst.id, main_line(dst)[1])

        def run():
            change = edit.apply(project)
            checker.recheck(project, change.episodes)
        samples.append(timed(run))
    stats("cross-episode move: edit + incremental re-check", samples)
    full = [timed(lambda: RuleChecker(checker.profile).check(project)) for _ in range(3)]
    stats("  (for comparison: full check of the series)", full)


def resync_figures() -> None:
    project = make_series(100, 15, variants=0, seed=9)
    script = export_fountain(project)
    t = time.perf_counter()
    existing = import_fountain(script)
    print(f"import of the 100-episode script (1,500 scenes)            {ms(time.perf_counter() - t)}")
    scenes = sum(len(ep.beats) for ep in existing.episodes)
    revised_text = script
    # A realistic revision: a few changed lines, swapped scenes, one scene cut.
    revised_text = revised_text.replace("Lin Xia", "LIN XIA", 3)
    revised = import_fountain(revised_text)
    eps = revised.ordered_episodes()
    for ep in eps[::10]:
        ep.beats[3].dialogue += "\nShe says one more thing."
        ep.beats[5], ep.beats[6] = ep.beats[6], ep.beats[5]
        ep.links = []  # play in list order: the swap is the script's new order
    eps[50].beats.pop(4)
    eps[50].links = []
    unchanged = []
    for _ in range(3):
        unchanged.append(timed(lambda: plan_resync(existing, import_fountain(script))))
    stats(f"re-sync, unchanged script ({scenes} scenes, incl. import)", unchanged)
    plans = []
    for _ in range(3):
        plans.append(timed(lambda: plan_resync(existing, revised)))
    stats(f"re-sync plan, revised script ({scenes} scenes)", plans)
    plan = plan_resync(existing, revised)
    applied = timed(lambda: resync_edit(existing, plan).apply(existing))
    print(f"re-sync apply (one undo step): {len(plan.changed)} changed, {len(plan.new)} new, "
          f"{len(plan.gone)} gone  {ms(applied)}")
    t = time.perf_counter()
    plan_resync(existing, import_fountain(revised_text))
    print(f"re-sync end to end (import revised script + plan)           {ms(time.perf_counter() - t)}")


if __name__ == "__main__":
    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication([])
    print(f"machine: {os.cpu_count()} cores")
    board_figures(app)
    rules_figures()
    resync_figures()

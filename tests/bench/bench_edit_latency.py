"""Edit -> updated findings latency in the editor on a 100-episode series.

Run: python3 tests/bench/bench_edit_latency.py [EDITS]
Prints the median and p95 of (a) edit pushed -> FindingsHub.updated emitted, and
(b) the whole push (the edit, rule re-check and every open view's refresh), measured in
the full main window offscreen. The target for (a) is under 50 ms.
"""
from __future__ import annotations

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

from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from beatboard.core.model import Beat  # noqa: E402
from beatboard.edit import AddBeat, RemoveBeats, SetField, new_id  # noqa: E402
from gen_series import make_series  # noqa: E402


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(edits: int = 100) -> None:
    QStandardPaths.setTestModeEnabled(True)
    app = QApplication.instance() or QApplication([])
    from beatboard.edit import Document
    from beatboard.gui.app import setup_app
    from beatboard.gui.main_window import MainWindow
    from beatboard.gui.settings import Settings

    tmp = tempfile.mkdtemp()
    settings = Settings(QSettings(os.path.join(tmp, "s.ini"), QSettings.IniFormat))
    setup_app(app, settings)
    t0 = time.perf_counter()
    project = make_series(100, 15, 3)
    w = MainWindow(Document(project), settings)
    w.show()
    app.processEvents()
    print(f"open window on 100x15 series: {(time.perf_counter() - t0) * 1000:.0f} ms")

    rng = random.Random(1)
    stamp: dict[str, float] = {}
    w.findings.updated.connect(lambda _f: stamp.__setitem__("t", time.perf_counter()))
    to_findings, whole = [], []
    for i in range(edits):
        ep = rng.choice(w.controller.project.episodes)
        beat = rng.choice(ep.beats)
        w.selection.select(ep.id, [beat.id])  # the inspector and canvas show the edited beat
        app.processEvents()
        kind = i % 4
        if kind == 0:
            edit = SetField.beat(ep.id, beat.id, "emotion.intensity", rng.randint(1, 5))
        elif kind == 1:
            edit = SetField.beat(ep.id, beat.id, "title", f"Beat {i} 节拍")
        elif kind == 2:
            taken = {b.id for e in w.controller.project.episodes for b in e.beats}
            edit = AddBeat(ep.id, Beat(id=new_id("b", taken), duration_s=5), after=beat.id)
        else:
            edit = RemoveBeats(ep.id, [beat.id])
        stamp.clear()
        start = time.perf_counter()
        assert w.controller.push(edit)
        end = time.perf_counter()
        to_findings.append((stamp["t"] - start) * 1000)
        whole.append((end - start) * 1000)
        app.processEvents()
    for name, values in (("edit -> findings updated", to_findings),
                         ("edit -> all views refreshed", whole)):
        print(f"{name:30s} median {statistics.median(values):6.1f} ms   "
              f"p95 {percentile(values, 0.95):6.1f} ms   max {max(values):6.1f} ms   "
              f"(n={len(values)})")
    w.controller.stack.setClean()
    w.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)

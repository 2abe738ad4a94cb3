"""Open a series in the editor, to the first paint of its episode, as a whole process.

Run: python3 tests/bench/bench_open.py [--episodes 100] [--repeat 3] [--memory 25 50 100 200]

The editor's child process starts the interpreter as ``beatboard FILE`` does, opens the .beatboard file
(``Document.open``), builds the main window at 1600x1000, shows it and waits until the
window has painted and nothing more is pending (the first paint of the first episode, its
strip and the findings). The floor, interleaved in the same run, is a bare PySide6 process:
``json.load`` of the same file, then one window of the same size that paints a card for
every beat of the first episode with the same content as the editor's (title, emotion
tag, intensity bar, a frame for each panel's thumbnail), waited for the same way. Both
clocks are the child's CPU (user + sys from os.wait4), wall beside; medians; ratio of
CPU. Target: at most 1.5x.

With --memory, the editor's peak RSS (VmHWM) at the first paint for each number of
episodes, on plain beats and with a sketch on every panel (a pool of 12 sketches of 200
strokes, as in bench_sketchpad); linear means RSS above the empty-window process grows
like the number of episodes.
"""
from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from gen_series import make_series  # noqa: E402

from beatboard.core.fileio import save  # noqa: E402

WAIT = '''
from PySide6.QtCore import QEvent, QObject
class Counter(QObject):
    count = 0
    def eventFilter(self, obj, event):
        if event.type() == QEvent.UpdateRequest:
            self.count += 1
        return False
def until_painted(app, window):
    counter = Counter()
    window.installEventFilter(counter)
    for _ in range(50):
        before = counter.count
        app.processEvents()
        if counter.count == before and counter.count > 0:
            break
def peak_rss():
    with open("/proc/self/status") as f:
        return next(int(l.split()[1]) * 1024 for l in f if l.startswith("VmHWM:"))
'''

EDITOR = '''
from beatboard.app_launch import import_editor
import_editor()  # as the launcher does
''' + WAIT + '''
import os, sys, tempfile
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication
QStandardPaths.setTestModeEnabled(True)
app = QApplication([])
from beatboard.edit import Document
from beatboard.gui.app import setup_app
from beatboard.gui.main_window import MainWindow
from beatboard.gui.settings import Settings
settings = Settings(QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.IniFormat))
setup_app(app, settings)
w = MainWindow(Document.open(sys.argv[1]), settings)
w.resize(1600, 1000)
w.show()
until_painted(app, w)
print(peak_rss(), flush=True)
os._exit(0)
'''

FLOOR = WAIT + '''
import json, os, sys
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
beats = min(data["episodes"], key=lambda e: e["number"])["beats"]
class Cards(QWidget):
    def paintEvent(self, ev):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#f4f1ea"))
        for i, b in enumerate(beats):
            card = QRectF(20 + (i % 6) * 260, 20 + (i // 6) * 230, 240, 210)
            p.setPen(QPen(QColor("#888"), 1))
            p.setBrush(QColor("white"))
            p.drawRoundedRect(card, 8, 8)
            p.setPen(QColor("black"))
            p.drawText(card.adjusted(10, 8, -10, 0), Qt.AlignmentFlag.AlignLeft, b["title"])
            emotion = b.get("emotion") or {}
            p.drawText(card.adjusted(10, 28, -10, 0), Qt.AlignmentFlag.AlignLeft,
                       str(emotion.get("tag", "")))
            level = emotion.get("intensity", 0) / 5
            p.fillRect(QRectF(card.left() + 10, card.top() + 52, 220 * level, 8), QColor("#c33"))
            for k, _panel in enumerate(b.get("panels", [])):
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(QRectF(card.left() + 10 + k * 74, card.top() + 70, 68, 120))
        p.end()
w = Cards()
w.resize(1600, 1000)
w.show()
until_painted(app, w)
print(peak_rss(), flush=True)
os._exit(0)
'''

EMPTY = WAIT + '''
import os
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
import beatboard.gui.main_window  # the editor's code imported, no document
w = QWidget()
w.resize(1600, 1000)
w.show()
until_painted(app, w)
print(peak_rss(), flush=True)
os._exit(0)
'''


def run_process(code: str, file: Path, env: dict[str, str]) -> tuple[float, float, int]:
    """CPU seconds (user + sys), wall seconds and the printed peak RSS of one child."""
    t0 = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, str(file)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"child failed on {file}")
    return usage.ru_utime + usage.ru_stime, wall, int(out.split()[-1])


def write_series(folder: Path, episodes: int, sketched: bool) -> Path:
    path = folder / f"series-{episodes}{'-sketched' if sketched else ''}.beatboard"
    project = make_series(episodes, 15, 3)
    save(project, path)
    if sketched:
        from bench_sketchpad import random_sketch

        from beatboard.core import assets
        rng = random.Random(5)
        pool = [assets.store_sketch(path, random_sketch(rng, 200)) for _ in range(12)]
        for ep in project.episodes:
            for b in ep.beats:
                for panel in b.panels:
                    panel.sketch = rng.choice(pool)
        save(project, path)
    return path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--episodes", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--memory", type=int, nargs="*", default=None,
                    help="episode counts for the RSS table (e.g. 25 50 100 200)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
                   PYTHONPYCACHEPREFIX=str(folder / "pyc"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        series = write_series(folder, args.episodes, sketched=False)
        print(f"series: {args.episodes} x 15 beats, {series.stat().st_size / 1e6:.2f} MB")
        for code in (EDITOR, FLOOR):  # warm-up: bytecode written to the private cache
            run_process(code, series, env)
        runs: dict[str, list[tuple[float, float]]] = {"editor": [], "bare Qt": []}
        for _ in range(args.repeat):  # interleaved, so load on the machine hits both
            cpu, wall, _ = run_process(EDITOR, series, env)
            runs["editor"].append((cpu, wall))
            cpu, wall, _ = run_process(FLOOR, series, env)
            runs["bare Qt"].append((cpu, wall))
        med = {k: (statistics.median(c for c, _ in v), statistics.median(w for _, w in v))
               for k, v in runs.items()}
        for name, (cpu, wall) in med.items():
            print(f"{name:8s} open -> first paint: CPU {cpu * 1000:6.0f} ms  wall {wall * 1000:6.0f} ms")
        (e_cpu, e_wall), (f_cpu, f_wall) = med["editor"], med["bare Qt"]
        print(f"ratio CPU {e_cpu / f_cpu:.2f}x (wall {e_wall / f_wall:.2f}x), target <= 1.5x")
        if args.memory:
            _, _, base = run_process(EMPTY, series, env)
            print(f"\npeak RSS at first paint (above the editor's code in an empty window, "
                  f"{base / 2**20:.0f} MB)")
            print(f"{'episodes':>9}{'plain MB':>10}{'sketched MB':>13}")
            for n in args.memory:
                row = []
                for sketched in (False, True):
                    path = write_series(folder, n, sketched)
                    row.append((run_process(EDITOR, path, env)[2] - base) / 2**20)
                print(f"{n:>9}{row[0]:>10.1f}{row[1]:>13.1f}", flush=True)


if __name__ == "__main__":
    main()

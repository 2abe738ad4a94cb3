"""Fixtures for the editor shell tests: isolated settings and data folders, a window
factory, and message boxes that never block (their calls are recorded)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_BENCH = str(Path(__file__).resolve().parents[1] / "bench")
if _BENCH not in sys.path:
    sys.path.insert(0, _BENCH)

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from beatboard.core.model import Beat, Emotion, Episode, Link, Project, Series  # noqa: E402
from beatboard.core.vocab import Direction  # noqa: E402


@pytest.fixture
def isolated(tmp_path, monkeypatch):
    """Temp HOME/XDG folders and a private settings file."""
    for var, sub in (("HOME", "home"), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache")):
        (tmp_path / sub).mkdir()
        monkeypatch.setenv(var, str(tmp_path / sub))
    QStandardPaths.setTestModeEnabled(True)
    from beatboard.gui.settings import Settings
    return Settings(QSettings(str(tmp_path / "config" / "beatboard.ini"), QSettings.IniFormat))


class Boxes:
    """Records message boxes; ``answer`` is what the unsaved-changes prompt returns."""

    def __init__(self):
        self.answer = QMessageBox.Discard
        self.prompts: list[str] = []
        self.errors: list[str] = []


@pytest.fixture
def boxes(monkeypatch):
    rec = Boxes()

    def exec_(box):
        rec.prompts.append(box.text())
        return rec.answer

    def critical(_parent, _title, text, *a, **k):
        rec.errors.append(text)
        return QMessageBox.Ok

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(QMessageBox, "warning", critical)
    return rec


@pytest.fixture
def make_window(qtbot, isolated, boxes):
    from beatboard.edit import Document
    from beatboard.gui.app import setup_app
    from beatboard.gui.main_window import MainWindow
    from PySide6.QtWidgets import QApplication

    setup_app(QApplication.instance(), isolated)
    windows = []

    def factory(project: Project | None = None, path: str | None = None) -> MainWindow:
        w = MainWindow(Document(project, path) if project is not None else None, isolated)
        windows.append(w)
        w.show()
        qtbot.waitExposed(w)
        return w

    yield factory
    for w in windows:
        w.files._forced_modified = False
        w.controller.stack.setClean()
        w.close()
        w.deleteLater()


def simulate_crash(window) -> None:
    """The window's editor stops as if killed: no more heartbeats, its session is gone,
    and its recovery file stays (the real SIGKILL runs in test_recovery_kill.py)."""
    import json
    window.autosaver.timer.stop()
    window.autosaver.heartbeat.stop()
    window.autosaver.store.registry.end()
    window.lock_guard.timer.stop()
    lock = window.lock_guard.lock
    if lock is not None and lock.held:  # left behind, its heartbeat long stopped
        lock.held = False
        data = json.loads(lock.path.read_text(encoding="utf-8"))
        lock.path.write_text(json.dumps({**data, "heartbeat": 0.0}), encoding="utf-8")


def beat(bid: str, title: str, kind: str = "escalation", secs: float = 10.0,
         tag: str = "suffering", intensity: int = 3) -> Beat:
    from beatboard.core.vocab import tag_info
    info = tag_info(tag)
    return Beat(id=bid, title=title, kind=kind, duration_s=secs,
                emotion=Emotion(tag=tag, direction=info.direction if info else Direction.LEVEL,
                                intensity=intensity))


def small_project() -> Project:
    """Two short episodes: the first with explicit links and an A/B variant."""
    b1 = [beat("h1", "Slap at the gala 宴会耳光", "hook", 2.5, "humiliation", 5),
          beat("s1", "Contract ultimatum", "setup", 20, "indignation"),
          beat("p1", "他出手了 He steps in", "payoff", 25, "payoff", 4),
          beat("t1", "The ring", "turn", 15, "suspense", 3),
          beat("c1", "DNA result 亲子鉴定", "cliffhanger", 8, "suspense", 4),
          beat("v1", "He steps in (B)", "payoff", 22, "thrill", 4)]
    links = [Link(**{"from": a, "to": z}) for a, z in
             (("h1", "s1"), ("s1", "p1"), ("p1", "t1"), ("t1", "c1"), ("s1", "v1"))]
    links.append(Link(**{"from": "v1", "to": "t1"}))
    links[-2] = Link(**{"from": "s1", "to": "v1", "kind": "variant"})
    b2 = [beat("h2", "Phone lights up", "hook", 2, "suspense", 4),
          beat("s2", "Cold shoulder 冷眼相待", "setup", 30, "suffering"),
          beat("p2", "Hidden card", "payoff", 30, "payoff", 4),
          beat("c2", "Locked door", "cliffhanger", 10, "dread", 4)]
    return Project(series=Series(title="Iron Heiress 铁血千金", genre="revenge"),
                   episodes=[Episode(id="ep1", number=1, title="The gala 宴会", beats=b1,
                                     links=links),
                             Episode(id="ep2", number=2, title="Morning after", beats=b2)])

"""Recovery after real crashes: editor sessions run as subprocesses and die by SIGKILL
(issue 8, items 2, 3 and 5)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from beatboard.core import fileio
from beatboard.gui.autosave import find_recoverable
from beatboard.gui.recovery_dialog import RecoveryDialog

from conftest import small_project

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("editor_child.py")


class Editor:
    """An editor subprocess that has made one edit and autosaved it."""

    def __init__(self, tmp_path: Path, document: Path, title: str):
        config = tmp_path / f"child-{title}.json"
        config.write_text(json.dumps({
            "org": QCoreApplication.organizationName(),
            "app": QCoreApplication.applicationName(),
            "settings": str(tmp_path / "config" / "beatboard.ini"),
            "document": str(document), "title": title}), encoding="utf-8")
        self.proc = subprocess.Popen([sys.executable, str(CHILD), str(config)],
                                     env={**os.environ, "PYTHONPATH": str(ROOT)},
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines = []
        while True:
            line = self.proc.stdout.readline()
            if not line:
                self.kill()
                raise AssertionError(f"the editor stopped: {self.lines} {self.proc.stderr.read()}")
            self.lines.append(line.strip())
            if line.startswith("autosaved"):
                break

    @property
    def offered(self) -> int:
        return int(next(l for l in self.lines if l.startswith("offered")).split()[1])

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()
        self.proc.stdout.close()
        self.proc.stderr.close()


@pytest.fixture
def document(tmp_path):
    path = tmp_path / "show.beatboard"
    fileio.save(small_project(), path)
    return path


def test_killed_editor_is_recovered_even_after_the_file_is_touched(
        make_window, document, tmp_path, monkeypatch):
    before = document.read_bytes()
    editor = Editor(tmp_path, document, "Edit A before the crash")
    assert find_recoverable() == []  # the editor still runs: its autosave is not a crash
    editor.kill()
    later = time.time() + 300
    os.utime(document, (later, later))  # a git pull or sync client touches the file
    seen = {}

    def keep_both(dialog):
        seen["details"] = dialog.details.text()
        dialog.choice = "keep-both"
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", keep_both)
    w = make_window()
    assert w.offer_recovery()
    assert "file on disk is newer" in seen["details"]
    copy = w.controller.document.path
    assert copy.name.startswith("show (recovered ") and copy.parent == tmp_path
    assert w.controller.project.series.title == "Edit A before the crash"
    assert fileio.load(copy).series.title == "Edit A before the crash"
    assert document.read_bytes() == before  # the original is left alone
    assert find_recoverable() == []


def test_later_keeps_every_crash_until_resolved(make_window, document, tmp_path, monkeypatch):
    first = Editor(tmp_path, document, "edit A")
    first.kill()
    second = Editor(tmp_path, document, "edit B")  # answers Later, edits, autosaves
    assert second.offered == 1
    second.kill()
    entries = find_recoverable()
    assert sorted(e.project().series.title for e in entries) == ["edit A", "edit B"]

    compared = []
    monkeypatch.setattr("beatboard.gui.compare.view.CompareView.exec",
                        lambda d: compared.append(d.text()) or 0)
    answers = iter(["compare", "discard", "recover"])

    def answer(dialog):
        row = [e.title for e in dialog.entries].index("edit A") if len(dialog.entries) > 1 else 0
        dialog.list.setCurrentRow(row)
        dialog.choice = next(answers)
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", answer)
    w = make_window()
    assert w.offer_recovery()
    assert "'edit A'" in compared[0] and "Autosave" in compared[0]
    assert w.controller.project.series.title == "edit B"  # A was discarded, B recovered
    assert w.isWindowModified()
    assert find_recoverable() == []  # B now belongs to this running editor

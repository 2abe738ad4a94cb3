"""SIGTERM or SIGHUP: the editor autosaves unsaved work, releases its lock, exits 0
(issue 16, item 6). Real editor subprocesses, offscreen; every wait is on a condition."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from beatboard.core import fileio
from beatboard.core.lock import lock_path
from beatboard.gui.autosave import find_recoverable

from conftest import small_project

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="needs POSIX signals")
ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("editor_child.py")


def serve(tmp_path: Path, document: Path, edit: bool) -> subprocess.Popen:
    """An editor that has opened ``document`` (and made an edit) and runs its event loop."""
    config = tmp_path / "child.json"
    config.write_text(json.dumps({
        "org": QCoreApplication.organizationName(),
        "app": QCoreApplication.applicationName(),
        "settings": str(tmp_path / "config" / "beatboard.ini"),
        "document": str(document), "title": "unsaved title", "serve": True,
        "edit": edit}), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(CHILD), str(config)],
                            env={**os.environ, "PYTHONPATH": str(ROOT),
                                 "QT_QPA_PLATFORM": "offscreen"},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines = []
    for line in proc.stdout:  # blocks until the child speaks: no guessed delay
        lines.append(line.strip())
        if line.strip() == "ready":
            return proc
    proc.kill()
    raise AssertionError(f"the editor stopped: {lines} {proc.stderr.read()}")


@pytest.fixture
def document(tmp_path):
    path = tmp_path / "show.beatboard"
    fileio.save(small_project(), path)
    return path


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_autosaves_releases_the_lock_and_exits_0(tmp_path, document, sig,
                                                          isolated):
    before = document.read_bytes()
    proc = serve(tmp_path, document, edit=True)
    try:
        assert lock_path(document).exists()
        proc.send_signal(sig)
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    err = proc.stderr.read()
    assert code == 0, err
    assert "Traceback" not in err, err
    assert not lock_path(document).exists()
    assert document.read_bytes() == before  # never saved over without asking
    entries = find_recoverable()
    assert [e.project().series.title for e in entries] == ["unsaved title"]


def test_a_signal_with_nothing_unsaved_leaves_nothing_behind(tmp_path, document, isolated):
    proc = serve(tmp_path, document, edit=False)
    try:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert code == 0, proc.stderr.read()
    assert not lock_path(document).exists()
    assert find_recoverable() == []


def test_the_real_editor_under_timeout_releases_its_lock(tmp_path, document, isolated):
    """``timeout 15 beatboard FILE``: the lock file is the editor's sign that it has the
    document open (its signal handling is installed before it opens anything)."""
    import select
    proc = subprocess.Popen([sys.executable, "-m", "beatboard", str(document)],
                            env={**os.environ, "PYTHONPATH": str(ROOT),
                                 "QT_QPA_PLATFORM": "offscreen"},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    import time
    deadline = time.monotonic() + 120
    try:
        while not lock_path(document).exists():
            assert proc.poll() is None, proc.stderr.read()
            assert time.monotonic() < deadline, "the editor never opened the document"
            select.select([], [], [], 0.02)  # poll the condition again shortly
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    err = proc.stderr.read()
    assert code == 0 and "Traceback" not in err, err
    assert not lock_path(document).exists()

"""``beatboard FILE`` through launch_editor: opens the file, or explains why it cannot."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from beatboard.app_launch import launch_editor
from beatboard.core import fileio
from beatboard.gui.main_window import MainWindow

from conftest import small_project


@pytest.fixture
def no_event_loop(monkeypatch, isolated, boxes):
    monkeypatch.setattr(QApplication, "exec", lambda *_a: 0)
    yield boxes
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow):
            w.files._forced_modified = False
            w.controller.stack.setClean()
            w.close()
            w.deleteLater()


def _window() -> MainWindow:
    return next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible())


def test_launch_opens_the_file(no_event_loop, tmp_path):
    path = tmp_path / "show.beatboard"
    fileio.save(small_project(), path)
    assert launch_editor([str(path)]) == 0
    w = _window()
    assert w.controller.project.series.title == "Iron Heiress 铁血千金"
    assert w.windowTitle().startswith("show.beatboard")


def test_launch_with_unreadable_file_explains_and_opens_empty(no_event_loop, tmp_path, capsys):
    bad = tmp_path / "broken.beatboard"
    bad.write_bytes(b"\xff\xfe not json")
    assert launch_editor([str(bad)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("beatboard: ") and "broken.beatboard" in err
    assert "Traceback" not in err
    assert no_event_loop.errors and "broken.beatboard" in no_event_loop.errors[0]
    assert _window().controller.project.episodes == []


def test_launch_with_a_huge_number_explains_it(no_event_loop, tmp_path, capsys):
    bad = tmp_path / "huge.beatboard"
    bad.write_text('{"format": "beatboard",\n "format_version": ' + "9" * 5000 + "}")
    assert launch_editor([str(bad)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("beatboard: ") and "huge.beatboard: line 2: a number with 5000" in err
    assert no_event_loop.errors and "5000 digits" in no_event_loop.errors[0]

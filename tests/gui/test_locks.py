"""Two editors on one document (issue 8, item 5): a lock file, read-only or a copy when it
is in use, stale locks taken over, and the lock released on close."""
from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QFileDialog

from beatboard.core import fileio
from beatboard.core.lock import lock_path
from beatboard.edit import SetField
from beatboard.gui import choice

from conftest import simulate_crash, small_project
from test_recovery_kill import Editor


@pytest.fixture
def shared(tmp_path):
    path = tmp_path / "show.beatboard"
    fileio.save(small_project(), path)
    return path


@pytest.fixture
def answers(monkeypatch):
    """Answers the Document-in-use question; records what it said."""
    asked, reply = [], {"key": "read-only"}

    def ask(_parent, _title, text, *a, **k):
        asked.append(text)
        return reply["key"]

    monkeypatch.setattr(choice, "ask", ask)
    return asked, reply


def test_second_window_opens_read_only_and_saves_as_a_new_file(make_window, shared, answers,
                                                                monkeypatch, tmp_path, boxes):
    asked, _ = answers
    first = make_window()
    assert first.files.open_path(str(shared), ask=False)
    assert lock_path(shared).exists()
    second = make_window()
    assert second.files.open_path(str(shared), ask=False)
    assert asked and "show.beatboard" in asked[0] and "another BeatBoard" in asked[0]
    assert "(read-only)" in second.windowTitle()
    assert second.lock_guard.bar.isVisible() and "read-only" in second.lock_guard.bar.label.text()
    second.controller.push(SetField.series("title", "second window's idea"))
    before = shared.read_bytes()
    # Save goes to Save As; the locked file itself is refused.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(shared), ""))
    assert not second.files.save()
    assert boxes.errors and "another BeatBoard" in boxes.errors[-1]
    assert shared.read_bytes() == before
    other = tmp_path / "idea.beatboard"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    assert second.files.save()
    assert fileio.load(other).series.title == "second window's idea"
    assert "(read-only)" not in second.windowTitle() and lock_path(other).exists()
    assert shared.read_bytes() == before
    first.close()
    assert not lock_path(shared).exists()  # released on close


def test_open_as_copy_or_cancel(make_window, shared, answers, monkeypatch):
    _, reply = answers
    first = make_window()
    first.files.open_path(str(shared), ask=False)
    second = make_window(small_project())
    reply["key"] = "cancel"
    assert not second.files.open_path(str(shared), ask=False)
    assert second.controller.document.path is None
    reply["key"] = "copy"
    assert second.files.open_path(str(shared), ask=False)
    assert second.controller.document.path is None and second.isWindowModified()
    started = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _w, _t, start, _f: started.append(start) or ("", ""))
    second.files.save()
    assert os.path.basename(started[0]).startswith("show (copy ")


def test_a_killed_editors_lock_is_taken_over_with_a_message(make_window, shared, answers,
                                                            tmp_path, monkeypatch):
    from beatboard.gui.recovery_dialog import RecoveryDialog
    asked, _ = answers
    offered = []

    def later(dialog):
        offered.append([e.title for e in dialog.entries])
        dialog.choice = "later"
        return 0

    monkeypatch.setattr(RecoveryDialog, "exec", later)
    editor = Editor(tmp_path, shared, "the other editor")
    try:
        w = make_window()
        assert w.files.open_path(str(shared), ask=False)
        assert len(asked) == 1  # a live editor holds it: asked
        w.close()
    finally:
        editor.kill()
    assert offered == []  # a live editor's autosave is no crash
    w = make_window()
    assert w.files.open_path(str(shared), ask=False)
    assert offered == [["the other editor"]]  # now it is: offered on opening the file
    assert len(asked) == 1  # a dead editor's lock: no question, a note in the bar
    assert "no longer running" in w.lock_guard.bar.label.text()
    assert "(read-only)" not in w.windowTitle()
    w.controller.push(SetField.series("title", "mine now"))
    assert w.files.save()


def test_in_process_crash_lock_is_stale(make_window, shared, answers):
    asked, _ = answers
    first = make_window()
    first.files.open_path(str(shared), ask=False)
    simulate_crash(first)
    second = make_window()
    assert second.files.open_path(str(shared), ask=False)
    assert asked == [] and "no longer running" in second.lock_guard.bar.label.text()


def test_read_only_folder_warns_and_carries_on(make_window, shared, lock_files_refused):
    w = make_window()
    assert w.files.open_path(str(shared), ask=False)
    assert "No lock file could be written" in w.lock_guard.bar.label.text()
    assert "Read-only file system" in w.lock_guard.bar.label.text()
    w.controller.push(SetField.series("title", "still editing"))
    assert w.files.save() and fileio.load(shared).series.title == "still editing"


def test_losing_the_lock_while_open_turns_the_window_read_only(make_window, shared):
    import json
    from beatboard.core.session import Owner
    w = make_window()
    w.files.open_path(str(shared), ask=False)
    thief = Owner.current()  # another editor decided our lock was stale (we hung)
    lock_path(shared).write_text(json.dumps(thief.to_dict()), encoding="utf-8")
    w.lock_guard.heartbeat()
    assert "(read-only)" in w.windowTitle()
    assert "read-only" in w.lock_guard.bar.label.text()
    assert json.loads(lock_path(shared).read_text(encoding="utf-8"))["session"] == thief.session

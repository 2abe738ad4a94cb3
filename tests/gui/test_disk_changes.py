"""A file changed on disk while open (a co-writer's sync, a git checkout) is noticed and
never silently overwritten (issue 8, item 4)."""
from __future__ import annotations

import os

import pytest

from beatboard.core import fileio
from beatboard.core.disk_watch import FileChangedOnDisk
from beatboard.edit import Document, SetField
from beatboard.gui import choice

from conftest import small_project


@pytest.fixture
def shared(tmp_path):
    path = tmp_path / "show.beatboard"
    fileio.save(small_project(), path)
    return path


def co_writer_saves(path, title="Co-writer's title 合作者"):
    theirs = fileio.load(path)
    theirs.series.title = title
    theirs.episodes[1].title = "Their episode two"
    fileio.save(theirs, path)
    return theirs


def test_document_save_refuses_to_overwrite_unseen_changes(shared):
    doc = Document.open(shared)
    doc.project.series.title = "mine"
    later = os.stat(shared).st_mtime + 50
    os.utime(shared, (later, later))  # touched only: not a change
    doc.save()
    doc.save()  # our own save is not a change either
    co_writer_saves(shared)
    with pytest.raises(FileChangedOnDisk) as err:
        doc.save()
    assert "show.beatboard" in str(err.value) and "changed on disk" in str(err.value)
    assert fileio.load(shared).series.title == "Co-writer's title 合作者"
    doc.save(overwrite_changes=True)
    assert fileio.load(shared).series.title == "mine"


def test_the_watcher_shows_a_bar_for_their_change_but_not_for_our_save(make_window, shared,
                                                                       qtbot):
    w = make_window()
    assert w.files.open_path(str(shared), ask=False)
    w.controller.push(SetField.series("title", "mine"))
    assert w.files.save()
    qtbot.wait(800)  # the watcher fires for our own rename: nothing to report
    assert not w.disk_guard.bar.isVisible()
    co_writer_saves(shared)
    qtbot.waitUntil(w.disk_guard.bar.isVisible, timeout=5000)
    assert "show.beatboard" in w.disk_guard.bar.label.text()
    assert "changed on disk" in w.disk_guard.bar.label.text()


def test_save_after_their_change_asks_and_keep_mine_keeps_both(make_window, shared, monkeypatch):
    w = make_window()
    w.files.open_path(str(shared), ask=False)
    w.controller.push(SetField.episode("ep1", "title", "My episode one"))
    co_writer_saves(shared)
    asked = []
    monkeypatch.setattr(choice, "ask", lambda *a, **k: asked.append(a[2]) or "cancel")
    assert not w.files.save()
    assert asked and "show.beatboard" in asked[0]
    assert fileio.load(shared).series.title == "Co-writer's title 合作者"  # untouched
    assert w.isWindowModified()
    monkeypatch.setattr(choice, "ask", lambda *a, **k: "keep")
    assert w.files.save()
    mine = fileio.load(shared)
    assert mine.episode("ep1").title == "My episode one"
    [copy] = [p for p in shared.parent.iterdir() if p.name.startswith("show (theirs ")]
    assert fileio.load(copy).series.title == "Co-writer's title 合作者"
    assert not w.isWindowModified()


def test_reload_asks_before_dropping_unsaved_edits(make_window, shared, boxes):
    from PySide6.QtWidgets import QMessageBox
    w = make_window()
    w.files.open_path(str(shared), ask=False)
    w.controller.push(SetField.episode("ep1", "title", "unsaved"))
    co_writer_saves(shared)
    assert w.disk_guard.check()
    boxes.answer = QMessageBox.Cancel
    assert not w.disk_guard.reload()
    assert w.controller.project.episode("ep1").title == "unsaved"
    boxes.answer = QMessageBox.Discard
    assert w.disk_guard.reload()
    assert w.controller.project.series.title == "Co-writer's title 合作者"
    assert not w.isWindowModified() and not w.disk_guard.bar.isVisible()
    assert len(boxes.prompts) == 2 and "unsaved changes" in boxes.prompts[0]


def test_compare_lists_what_they_changed(make_window, shared):
    w = make_window()
    w.files.open_path(str(shared), ask=False)
    co_writer_saves(shared)
    view = w.disk_guard.compare()
    text = view.text()
    assert "Co-writer's title 合作者" in text and "Their episode two" in text
    assert view.windowTitle() == "Compare with the file on disk"
    view.close()


def test_a_deleted_file_is_reported_once_and_saving_writes_it_again(make_window, shared, qtbot):
    w = make_window()
    w.files.open_path(str(shared), ask=False)
    w.controller.push(SetField.series("title", "still mine"))
    shared.unlink()  # a sync client moved it away
    qtbot.waitUntil(w.disk_guard.bar.isVisible, timeout=5000)
    assert "deleted or moved" in w.disk_guard.bar.label.text()
    w.disk_guard.bar.hide()  # dismissed: further folder changes do not bring it back
    (shared.parent / "unrelated.txt").write_text("x")
    qtbot.wait(800)
    assert not w.disk_guard.bar.isVisible()
    assert w.files.save()
    assert fileio.load(shared).series.title == "still mine"

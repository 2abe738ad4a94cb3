"""Open, save, the unsaved-changes prompt, recent files, autosave and recovery."""
from __future__ import annotations

import json

from PySide6.QtWidgets import QFileDialog, QMessageBox

from beatboard.core import fileio
from beatboard.edit import SetField
from beatboard.gui.autosave import find_recoverable, recovery_dir
from beatboard.gui.recent import MAX_RECENT, RecentFiles
from beatboard.gui.recovery_dialog import RecoveryDialog

from conftest import small_project


def test_save_as_then_title_and_clean_state(make_window, tmp_path, monkeypatch):
    w = make_window(small_project())
    w.controller.push(SetField.series("title", "新标题"))
    assert w.isWindowModified() and "Untitled" in w.windowTitle()
    target = tmp_path / "show.beatboard"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    w.acts.save.trigger()
    assert fileio.load(target).series.title == "新标题"
    assert not w.isWindowModified()
    assert w.windowTitle().startswith("show.beatboard")
    assert w.recent.paths() == [str(target)]


def test_unsaved_prompt_cancel_keeps_document(make_window, boxes):
    w = make_window(small_project())
    w.controller.push(SetField.series("title", "changed"))
    boxes.answer = QMessageBox.Cancel
    w.acts.new.trigger()
    assert len(boxes.prompts) == 1
    assert w.controller.project.series.title == "changed"
    boxes.answer = QMessageBox.Discard
    w.acts.new.trigger()
    assert w.controller.project.episodes == []
    assert not w.isWindowModified()


def test_unsaved_prompt_save_writes_file(make_window, boxes, tmp_path):
    path = tmp_path / "a.beatboard"
    fileio.save(small_project(), path)
    w = make_window(fileio.load(path), str(path))
    w.controller.push(SetField.episode("ep1", "title", "Saved on close"))
    boxes.answer = QMessageBox.Save
    assert w.close()
    assert fileio.load(path).episode("ep1").title == "Saved on close"


def test_open_broken_file_shows_message_and_keeps_document(make_window, boxes, tmp_path):
    w = make_window(small_project())
    w.controller.push(SetField.series("title", "keep me"))
    bad = tmp_path / "bad.beatboard"
    bad.write_text('{"format": "beatboard", "episodes": [', encoding="utf-8")
    assert not w.files.open_path(str(bad), ask=False)
    assert boxes.errors and "bad.beatboard" in boxes.errors[0] and "line" in boxes.errors[0]
    assert w.controller.project.series.title == "keep me"
    assert w.controller.stack.canUndo()


def test_recent_files_limit_and_prune(isolated, tmp_path):
    recent = RecentFiles(isolated)
    files = []
    for i in range(MAX_RECENT + 2):
        p = tmp_path / f"{i}.beatboard"
        p.write_text("{}")
        files.append(p)
        recent.add(str(p))
    assert len(recent.paths()) == MAX_RECENT
    assert recent.paths()[0] == str(files[-1])
    files[-1].unlink()
    assert str(files[-1]) not in recent.paths()


def test_autosave_and_recovery_in_a_new_window(make_window, tmp_path, monkeypatch):
    path = tmp_path / "show.beatboard"
    fileio.save(small_project(), path)
    w = make_window(fileio.load(path), str(path))
    assert not w.autosaver.autosave_now()  # nothing to save while clean
    w.controller.push(SetField.episode("ep2", "title", "自动保存"))
    assert w.autosaver.autosave_now()
    data = w.autosaver.recovery_file()
    assert data.exists() and data.parent == recovery_dir()
    meta = json.loads(data.with_suffix(".json").read_text(encoding="utf-8"))
    assert meta["original"] == str(path.resolve())
    assert [e.original for e in find_recoverable()] == [str(path.resolve())]

    # A crash: the first window never closes cleanly. A new window offers the file back.
    def choose_recover(dialog):
        dialog.list.setCurrentRow(0)
        dialog.choice = "recover"
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", choose_recover)
    w2 = make_window()
    assert w2.offer_recovery()
    assert w2.controller.project.episode("ep2").title == "自动保存"
    assert w2.controller.document.path == path.resolve()
    assert w2.isWindowModified()
    assert fileio.load(path).episode("ep2").title != "自动保存"  # the file is untouched
    w2.files.save()
    assert fileio.load(path).episode("ep2").title == "自动保存"
    assert find_recoverable() == []  # a clean save deletes the recovery file


def test_recovery_discard_and_stale_files(make_window, monkeypatch):
    w = make_window(small_project())
    w.controller.push(SetField.series("title", "draft"))
    assert w.autosaver.autosave_now()
    assert w.autosaver.key().startswith("untitled-")

    def choose_discard(dialog):
        dialog.choice = "discard"
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", choose_discard)
    w2 = make_window()
    assert not w2.offer_recovery()
    assert find_recoverable() == []


def test_settings_persist_theme(make_window, isolated):
    w = make_window(small_project())
    w.acts.dark.trigger()
    assert isolated.get("ui/theme") == "dark"
    w.acts.light.trigger()
    assert isolated.get("ui/theme") == "light"
    assert isolated.get("autosave/interval_s") == 60


def test_new_from_genre_skeleton(make_window, monkeypatch):
    from beatboard.gui.new_dialog import NewSeriesDialog
    w = make_window(small_project())

    def fill_and_accept(dialog):
        dialog.genre.setCurrentIndex(dialog.genre.findData("sweet-romance"))
        dialog.episodes.setValue(12)
        dialog.paywall.setValue(6)
        dialog.title.setText("甜蜜契约")
        dialog.accept()
        return 1

    monkeypatch.setattr(NewSeriesDialog, "exec", fill_and_accept)
    w.acts.new_skeleton.trigger()
    project = w.controller.project
    assert len(project.episodes) == 12
    assert (project.series.genre, project.paywall_episode) == ("sweet-romance", 6)
    assert project.series.title == "甜蜜契约"
    assert w.docks.navigator.tree.topLevelItemCount() == 12


def test_open_recent_menu_lists_and_opens(make_window, tmp_path):
    path = tmp_path / "old.beatboard"
    fileio.save(small_project(), path)
    w = make_window()
    w.recent.add(str(path))
    w.fill_recent_menu()
    entries = [a for a in w.recent_menu.actions() if a.text().endswith("old.beatboard")]
    assert len(entries) == 1
    entries[0].trigger()
    assert w.controller.document.path == path
    assert w.autosaver.timer.interval() == 60_000


def test_autosave_keeps_what_is_still_being_typed(make_window, tmp_path, qtbot):
    path = tmp_path / "show.beatboard"
    fileio.save(small_project(), path)
    w = make_window(fileio.load(path), str(path))
    w.selection.select("ep1", ["s1"])
    dialogue = w.inspector.beat_form.dialogue
    dialogue.setFocus()
    qtbot.keyClicks(dialogue, "LIN: Not one more word")  # no focus-out, no Enter yet
    assert w.autosaver.autosave_now()
    saved = fileio.load(w.autosaver.recovery_file())
    assert "LIN: Not one more word" in saved.episode("ep1").beat("s1").dialogue
    assert "Not one more word" in dialogue.toPlainText()  # the field is left as it was

"""Open, save, the unsaved-changes prompt, recent files, autosave and recovery."""
from __future__ import annotations

import json

from PySide6.QtWidgets import QFileDialog, QMessageBox

from beatboard.core import fileio
from beatboard.edit import SetField
from beatboard.gui.autosave import find_recoverable, recovery_dir
from beatboard.gui.recent import MAX_RECENT, RecentFiles
from beatboard.gui.recovery_dialog import RecoveryDialog

from conftest import simulate_crash, small_project


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
    assert find_recoverable() == []  # a running editor's autosave is not a crash

    # A crash: the first window never closes cleanly. A new window offers the file back.
    simulate_crash(w)
    assert [e.original for e in find_recoverable()] == [str(path.resolve())]
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
    simulate_crash(w)
    assert len(find_recoverable()) == 1

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


def test_saving_a_read_only_file_asks_first(make_window, boxes, tmp_path):
    import os
    path = tmp_path / "locked.beatboard"
    fileio.save(small_project(), path)
    os.chmod(path, 0o444)
    before = path.read_bytes()
    w = make_window()
    w.files.open_path(str(path), ask=False)
    w.controller.push(SetField.series("title", "over a read-only file"))
    boxes.answer = QMessageBox.No
    assert not w.files.save()
    assert boxes.prompts and "read-only" in boxes.prompts[-1]
    assert "locked.beatboard" in boxes.prompts[-1]
    assert path.read_bytes() == before and w.isWindowModified()
    boxes.answer = QMessageBox.Yes
    assert w.files.save()
    assert fileio.load(path).series.title == "over a read-only file"
    asked = len(boxes.prompts)
    w.controller.push(SetField.series("title", "again"))
    assert w.files.save() and len(boxes.prompts) == asked  # asked once per file


def test_saving_onto_a_fifo_is_refused(make_window, boxes, tmp_path, monkeypatch):
    import os
    import stat
    fifo = tmp_path / "pipe.beatboard"
    os.mkfifo(fifo)
    w = make_window(small_project())
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fifo), ""))
    assert not w.files.save_as()
    assert boxes.errors and "named pipe" in boxes.errors[-1]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_failing_autosave_shows_a_warning_until_it_works_again(make_window, tmp_path, qtbot):
    w = make_window(small_project())
    store = w.autosaver.store
    working_folder = store.folder
    blocker = tmp_path / "not a folder"
    blocker.write_text("")
    store.folder = blocker / "recovery"  # the recovery folder cannot be made: a removed drive
    w.autosaver._file = None
    w.controller.push(SetField.series("title", "unprotected"))
    assert not w.autosaver.autosave_now()
    warning = w.autosave_warning
    assert warning.isVisible() and "Autosave failed" in warning.text()
    qtbot.wait(200)
    w.statusBar().showMessage("something else", 10)
    qtbot.wait(100)
    assert warning.isVisible()  # not a passing status message
    w.controller.stack.undo()  # back to clean: dropping the recovery file must not fail
    store.folder = working_folder
    w.autosaver._file = None
    w.controller.push(SetField.series("title", "protected again"))
    assert w.autosaver.autosave_now()
    assert not warning.isVisible()


def test_opening_a_file_offers_its_crashed_autosave(make_window, tmp_path, monkeypatch):
    path = tmp_path / "show.beatboard"
    fileio.save(small_project(), path)
    other = tmp_path / "other.beatboard"
    fileio.save(small_project(), other)
    crashed = make_window()
    crashed.files.open_path(str(path), ask=False)
    crashed.controller.push(SetField.episode("ep1", "title", "before the crash"))
    assert crashed.autosaver.autosave_now()
    simulate_crash(crashed)
    shown, answer = [], {"choice": "later"}

    def answer_dialog(dialog):
        shown.append([e.original for e in dialog.entries])
        dialog.choice = answer["choice"]
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", answer_dialog)
    w = make_window()
    assert w.files.open_path(str(other), ask=False) and shown == []  # nothing for that one
    assert w.files.open_path(str(path), ask=False)
    assert shown == [[str(path.resolve())]]
    assert w.controller.project.episode("ep1").title != "before the crash"  # Later: the file
    assert w.files.open_path(str(path), ask=False) and len(shown) == 1  # not asked twice
    w2 = make_window()
    answer["choice"] = "recover"
    assert w2.files.open_path(str(path), ask=False)
    assert w2.controller.project.episode("ep1").title == "before the crash"
    assert w2.isWindowModified()


def test_open_a_file_with_a_huge_number_shows_why(make_window, boxes, tmp_path):
    w = make_window(small_project())
    bad = tmp_path / "huge.beatboard"
    bad.write_text('{"format": "beatboard",\n "episodes": [' + "1" * 4400 + "]}")
    assert not w.files.open_path(str(bad), ask=False)
    assert boxes.errors and "huge.beatboard: line 2: a number with 4400 digits" in boxes.errors[0]
    assert w.controller.project.series.title == small_project().series.title


def test_open_a_fifo_refuses_at_once(make_window, boxes, make_fifo):
    import time
    w = make_window(small_project())
    fifo = make_fifo("pipe.beatboard")
    start = time.monotonic()
    assert not w.files.open_path(str(fifo), ask=False)
    assert time.monotonic() - start < 2
    assert boxes.errors and "pipe.beatboard: is not an ordinary file" in boxes.errors[0]

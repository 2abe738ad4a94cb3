"""One compare view: versions, a co-writer's file on disk, recovery; step through the
changes, accept or reject each (accept = one undoable edit on the open document)."""
from __future__ import annotations

import shutil
from pathlib import Path

from beatboard.core import fileio
from beatboard.edit import SetField
from beatboard.gui.compare import CompareView

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _sample(tmp_path) -> Path:
    shutil.copy(SAMPLES / "iron-heiress.beatboard", tmp_path)
    shutil.copytree(SAMPLES / "iron-heiress.assets", tmp_path / "iron-heiress.assets")
    return tmp_path / "iron-heiress.beatboard"


def _edit_two(controller):
    """A beat title and a dialogue line changed in episode 1."""
    ep = controller.project.ordered_episodes()[0]
    a, b = ep.beats[1], ep.beats[2]
    old = (a.title, b.dialogue)
    controller.push(SetField.beat(ep.id, a.id, "title", "Renamed in the document"))
    controller.push(SetField.beat(ep.id, b.id, "dialogue",
                                  b.dialogue + "\nAVA: One more line."))
    return ep, a, b, old


def test_compare_with_a_version_accept_one_then_undo(make_window, tmp_path, qtbot):
    path = _sample(tmp_path)
    win = make_window()
    win.files.open_path(str(path), ask=False)
    version = win.versions.save_version("Table read")
    ep, a, b, (old_title, old_dialogue) = _edit_two(win.controller)
    view = win.versions.compare(version)
    qtbot.waitExposed(view)
    kinds = {(c.item_id, c.field) for c in view.changes}
    assert kinds == {(a.id, "title"), (b.id, "dialogue")}
    assert "2 changes" in view.heading.text()
    # Changed cards highlighted on both sides of the episode shown.
    assert set(view.left_pane.highlighted()) == {a.id, b.id}
    assert set(view.right_pane.highlighted()) == {a.id, b.id}
    # The dialogue is shown line by line.
    view.select(next(i for i, c in enumerate(view.changes) if c.field == "dialogue"))
    assert "+ AVA: One more line." in view.detail.toPlainText() or \
        "− AVA: One more line." in view.detail.toPlainText()
    view.select(next(i for i, c in enumerate(view.changes) if c.field == "title"))
    assert "Renamed in the document" in view.detail.toPlainText()
    assert old_title in view.detail.toPlainText()
    view.grab().save("/tmp/versions_compare.png")
    depth = win.controller.stack.count()
    assert view.accept_current()
    assert win.controller.project.episode(ep.id).beat(a.id).title == old_title
    assert win.controller.stack.count() == depth + 1
    assert view.items[view.changes.index(next(c for c in view.changes
                                              if c.field == "title"))].text(1) == "accepted"
    win.acts.undo.trigger()
    assert win.controller.project.episode(ep.id).beat(a.id).title == "Renamed in the document"


def test_accept_all_is_one_undo_step_and_reject_leaves_the_document(make_window, tmp_path):
    path = _sample(tmp_path)
    win = make_window()
    win.files.open_path(str(path), ask=False)
    version = win.versions.save_version("v1")
    ep, a, b, (old_title, old_dialogue) = _edit_two(win.controller)
    edited = fileio.dumps(win.controller.project)
    view = win.versions.compare(version)
    view.select(0)
    view.reject_current()
    assert fileio.dumps(win.controller.project) == edited
    assert view.items[0].text(1) == "rejected"
    depth = win.controller.stack.count()
    assert view.accept_all() == 1
    assert win.controller.stack.count() == depth + 1
    win.acts.undo.trigger()
    assert fileio.dumps(win.controller.project) == edited
    view.close()


def test_next_and_previous_step_through_the_changes(qtbot):
    from tests.gui.conftest import small_project
    left, right = small_project(), small_project()
    right.episodes[0].beats[0].title = "One"
    right.episodes[1].beats[1].title = "Two"
    view = CompareView(left, right, "A", "B")
    qtbot.addWidget(view)
    assert view.current_index() == 0 and not view.accept_button.isVisible()
    view.next_button.click()
    assert view.current_index() == 1
    assert view.episodes.currentData() == "ep2"  # the episode follows the change
    view.next_button.click()
    assert view.current_index() == 0  # wraps
    view.prev_button.click()
    assert view.current_index() == 1


def test_the_file_on_disk_changed_by_a_co_writer(make_window, tmp_path):
    path = _sample(tmp_path)
    win = make_window()
    win.files.open_path(str(path), ask=False)
    theirs = fileio.load(path)
    ep = theirs.ordered_episodes()[0]
    ep.beats[0].title = "Their new hook"
    fileio.save(theirs, path)
    view = win.disk_guard.compare()
    assert isinstance(view, CompareView) and view.target is win.controller
    # (saving gave their file a series id, which the sample lacked: a change too)
    titles = [i for i, c in enumerate(view.changes) if c.field == "title"]
    assert [view.changes[i].new for i in titles] == ["Their new hook"]
    view.select(titles[0])
    assert view.accept_current()
    assert win.controller.project.episode(ep.id).beats[0].title == "Their new hook"
    win.acts.undo.trigger()
    assert win.controller.project.episode(ep.id).beats[0].title != "Their new hook"
    view.close()


def test_recovery_compare_is_read_only(qtbot, monkeypatch):
    from beatboard.gui.compare import compare_recovery
    from tests.gui.conftest import small_project
    on_disk, recovered = small_project(), small_project()
    recovered.series.title = "Recovered title"
    monkeypatch.setattr(CompareView, "exec", lambda v: 0)
    view = compare_recovery(None, on_disk, recovered)
    qtbot.addWidget(view)
    assert view.target is None and not view.accept_all_button.isVisible()
    assert [c.new for c in view.changes] == ["Recovered title"]
    assert view.accept_current() is False


def test_a_deleted_panel_shows_both_pictures_and_comes_back(make_window, tmp_path, qtbot):
    from beatboard.edit import RemovePanel
    path = _sample(tmp_path)
    win = make_window()
    win.files.open_path(str(path), ask=False)
    version = win.versions.save_version("With every panel")
    ep = win.controller.project.ordered_episodes()[0]
    beat = next(b for b in ep.beats if len(b.panels) > 1 and b.panels[-1].sketch)
    gone = beat.panels[-1].id
    assert win.controller.push(RemovePanel(ep.id, beat.id, gone))
    view = win.versions.compare(version)
    qtbot.waitExposed(view)
    i = next(i for i, c in enumerate(view.changes) if c.item_id == gone)
    assert view.changes[i].item_type == "panel"
    view.select(i)
    assert view.panels.isVisible()
    assert beat.id in view.left_pane.highlighted() and beat.id in view.right_pane.highlighted()
    assert view.panels.pictures[0].pixmap().isNull()  # not in the document any more
    assert not view.panels.pictures[1].pixmap().isNull()  # the version's drawing
    view.grab().save("/tmp/versions_compare_panel.png")
    assert view.accept_current()
    assert gone in [p.id for p in win.controller.project.episode(ep.id).beat(beat.id).panels]
    win.acts.undo.trigger()
    assert gone not in [p.id for p in win.controller.project.episode(ep.id).beat(beat.id).panels]
    view.close()


def test_opening_another_document_closes_the_compare_view(make_window, tmp_path, qtbot):
    from beatboard.edit import Document
    from tests.gui.conftest import small_project
    path = _sample(tmp_path)
    win = make_window()
    win.files.open_path(str(path), ask=False)
    version = win.versions.save_version("v1")
    _edit_two(win.controller)
    view = win.versions.compare(version)
    qtbot.waitExposed(view)
    win.files.replace_document(Document(small_project()))
    assert not view.isVisible()
    assert view not in getattr(win, "compare_views", [])

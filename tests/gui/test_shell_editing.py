"""The editor shell driven like a user: actions, inspector widgets, navigator, undo/redo."""
from __future__ import annotations

from PySide6.QtCore import Qt

from beatboard.core import fileio
from beatboard.core.vocab import Direction

from conftest import small_project


def test_add_delete_beat_undo_redo_through_actions(make_window):
    w = make_window(small_project())
    w.selection.select("ep2", ["s2"])
    before = fileio.dumps(w.controller.project)
    w.acts.add_beat.trigger()
    ep = w.controller.project.episode("ep2")
    assert len(ep.beats) == 5
    new_id = ep.beats[2].id  # inserted right after the selected main-line beat
    assert w.selection.beat_ids == [new_id]
    assert w.isWindowModified()
    w.acts.delete.trigger()
    assert new_id not in [b.id for b in w.controller.project.episode("ep2").beats]
    w.acts.undo.trigger()
    assert w.controller.project.episode("ep2").beat(new_id) is not None
    w.acts.undo.trigger()
    assert fileio.dumps(w.controller.project) == before
    assert not w.isWindowModified()
    w.acts.redo.trigger()
    assert len(w.controller.project.episode("ep2").beats) == 5


def test_link_two_selected_beats(make_window):
    w = make_window(small_project())
    w.selection.select("ep1", ["h1", "p1"])
    w.acts.link_variant.trigger()
    links = {(l.from_, l.to, l.kind.value) for l in w.controller.project.episode("ep1").links}
    assert ("h1", "p1", "variant") in links
    w.acts.undo.trigger()
    links = {(l.from_, l.to) for l in w.controller.project.episode("ep1").links}
    assert ("h1", "p1") not in links


def test_typing_in_the_inspector_is_one_undo_step(make_window, qtbot):
    w = make_window(small_project())
    w.selection.select("ep1", ["s1"])
    form = w.inspector.beat_form
    assert w.inspector.pages.currentWidget() is form
    depth = w.controller.stack.count()
    form.title.setFocus()
    form.title.selectAll()
    qtbot.keyClicks(form.title, "Ultimatum ")
    form.title.insert("最后通牒")  # QTest types Latin-1 only; an input method inserts CJK
    assert w.controller.project.episode("ep1").beat("s1").title == "Contract ultimatum"
    qtbot.keyClick(form.title, Qt.Key_Return)
    assert w.controller.project.episode("ep1").beat("s1").title == "Ultimatum 最后通牒"
    assert w.controller.stack.count() == depth + 1
    w.acts.undo.trigger()
    assert w.controller.project.episode("ep1").beat("s1").title == "Contract ultimatum"
    assert form.title.text() == "Contract ultimatum"


def test_multiline_field_commits_when_selection_moves(make_window, qtbot):
    w = make_window(small_project())
    w.selection.select("ep1", ["s1"])
    form = w.inspector.beat_form
    form.dialogue.setFocus()
    qtbot.keyClicks(form.dialogue, "LIN: ")
    form.dialogue.insertPlainText("你敢？")
    w.selection.select("ep1", ["p1"])  # e.g. a click on another card
    assert w.controller.project.episode("ep1").beat("s1").dialogue == "LIN: 你敢？"
    assert form.beat_id == "p1"


def test_emotion_tag_sets_direction_in_one_step(make_window):
    w = make_window(small_project())
    w.selection.select("ep1", ["s1"])
    emo = w.inspector.beat_form.emotion
    depth = w.controller.stack.count()
    emo.tag.setCurrentIndex(emo.tag.findData("sweet"))
    emo.tag.activated.emit(emo.tag.currentIndex())
    e = w.controller.project.episode("ep1").beat("s1").emotion
    assert (e.tag, e.direction) == ("sweet", Direction.UP)
    assert w.controller.stack.count() == depth + 1
    w.acts.undo.trigger()
    e = w.controller.project.episode("ep1").beat("s1").emotion
    assert (e.tag, e.direction) == ("indignation", Direction.DOWN)
    emo.intensity.setValue(5)
    assert w.controller.project.episode("ep1").beat("s1").emotion.intensity == 5
    emo._dir_buttons[Direction.LEVEL].click()
    assert w.controller.project.episode("ep1").beat("s1").emotion.direction == Direction.LEVEL


def test_duration_estimate_and_compliance(make_window, qtbot):
    w = make_window(small_project())
    w.selection.select("ep1", ["t1"])
    form = w.inspector.beat_form
    form.duration.estimate.setChecked(True)
    assert w.controller.project.episode("ep1").beat("t1").duration_s is None
    assert "estimated from dialogue" in form.estimate.text()
    form.duration.estimate.setChecked(False)
    assert w.controller.project.episode("ep1").beat("t1").duration_s is not None
    item = next(form.compliance.item(i) for i in range(form.compliance.count())
                if form.compliance.item(i).data(Qt.UserRole) == "smoking")
    item.setCheckState(Qt.Checked)
    assert w.controller.project.episode("ep1").beat("t1").compliance == ["smoking"]


def test_refused_value_shows_in_status_bar_and_keeps_model(make_window, qtbot):
    w = make_window(small_project())
    w.selection.select("ep1", ["s1"])
    form = w.inspector.beat_form
    form.kind.setEditText("Not A Kind!")
    form.kind.lineEdit().editingFinished.emit()
    assert w.controller.project.episode("ep1").beat("s1").kind == "setup"
    assert "kind" in w.statusBar().currentMessage()
    assert form.kind.current_value() == "setup"


def test_episode_and_series_fields_when_no_beat_selected(make_window, qtbot):
    w = make_window(small_project())
    w.selection.select("ep2", [])
    meta = w.inspector.episode_form
    meta.title.setFocus()
    meta.title.selectAll()
    meta.title.insert("次日清晨")
    qtbot.keyClick(meta.title, Qt.Key_Return)
    assert w.controller.project.episode("ep2").title == "次日清晨"
    nav = w.docks.navigator
    assert nav._items["ep2"].text(2) == "次日清晨"
    series = w.inspector.series_form
    series.paywall.setCurrentIndex(series.paywall.findData("ep2"))
    series.paywall.activated.emit(series.paywall.currentIndex())
    assert w.controller.project.paywall_episode == 3
    assert series.paywall.currentText() == "after episode 2 — 次日清晨"
    w.acts.genre_actions["suspense"].trigger()
    assert w.controller.project.series.genre == "suspense"
    assert series.genre.currentData() == "suspense"


def test_navigator_episode_commands_undo_to_start(make_window):
    w = make_window(small_project())
    start = fileio.dumps(w.controller.project)
    nav = w.docks.navigator.actions_
    w.selection.select("ep1", [])
    nav.add.trigger()
    assert [e.number for e in w.controller.project.ordered_episodes()] == [1, 2, 3]
    assert w.controller.project.ordered_episodes()[1].id == w.selection.episode_id
    nav.delete.trigger()
    w.selection.select("ep1", [])
    nav.move_down.trigger()
    assert [e.id for e in w.controller.project.ordered_episodes()] == ["ep2", "ep1"]
    assert w.docks.navigator.tree.topLevelItem(0).data(0, Qt.UserRole) == "ep2"
    w.selection.select("ep1", ["p1"])
    nav.split.trigger()
    assert len(w.controller.project.episodes) == 3
    w.selection.select("ep2", [])
    nav.merge.trigger()
    assert len(w.controller.project.episodes) == 2
    nav.duplicate.trigger()
    assert len(w.controller.project.episodes) == 3
    while w.controller.stack.canUndo():
        w.acts.undo.trigger()
    assert fileio.dumps(w.controller.project) == start
    while w.controller.stack.canRedo():
        w.acts.redo.trigger()
    assert len(w.controller.project.episodes) == 3


def test_navigator_shows_status_and_duration(make_window):
    w = make_window(small_project())
    item = w.docks.navigator._items["ep2"]
    assert item.text(3) == "1:12"
    status = item.text(0)
    assert status in ("✓", "⚠", "✕")
    assert item.toolTip(0) in ("clean", "warnings", "errors")


def test_navigator_drag_and_drop_reorders_through_an_edit(make_window):
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent
    w = make_window(small_project())
    tree = w.docks.navigator.tree
    tree.setCurrentItem(w.docks.navigator._items["ep1"])
    target = tree.visualItemRect(w.docks.navigator._items["ep2"])
    drop_at = QPointF(target.center().x(), target.bottom() - 1)
    event = QDropEvent(drop_at, Qt.MoveAction, QMimeData(), Qt.LeftButton, Qt.NoModifier)
    tree.dropEvent(event)
    assert [e.id for e in w.controller.project.ordered_episodes()] == ["ep2", "ep1"]
    assert tree.topLevelItem(1).data(0, Qt.UserRole) == "ep1"
    w.acts.undo.trigger()
    assert [e.id for e in w.controller.project.ordered_episodes()] == ["ep1", "ep2"]


def test_undo_from_the_menu_while_typing_reverts_the_typing(make_window, qtbot):
    w = make_window(small_project())
    w.selection.select("ep1", ["s1"])
    w.inspector.beat_form.emotion.intensity.setValue(1)  # an earlier edit: Undo is enabled
    title = w.inspector.beat_form.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Half typed")
    w.acts.undo.trigger()  # e.g. Edit > Undo with the mouse
    assert w.controller.project.episode("ep1").beat("s1").title == "Contract ultimatum"
    assert title.text() == "Contract ultimatum"
    assert w.controller.project.episode("ep1").beat("s1").emotion.intensity == 1
    w.acts.redo.trigger()
    assert w.controller.project.episode("ep1").beat("s1").title == "Half typed"

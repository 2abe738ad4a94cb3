"""Keyboard-only editing: pick a beat without the mouse, edit its title, reach the emotion
first, and the platform's redo and preferences keys."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from conftest import small_project


@pytest.fixture
def window(make_window, qtbot):
    w = make_window(small_project())
    w.activateWindow()
    qtbot.waitActive(w)
    w.canvas.setFocus()
    assert w.selection.episode_id == "ep1" and w.selection.beat_ids == []
    return w


@pytest.mark.parametrize("key", [Qt.Key_Right, Qt.Key_Left, Qt.Key_Down, Qt.Key_Up,
                                 Qt.Key_Home, Qt.Key_Tab])
def test_with_nothing_selected_a_key_selects_the_first_beat(window, key):
    QTest.keyClick(window.canvas, key)
    assert window.selection.beat_ids == ["h1"]


def test_tab_walks_the_beats_in_reading_order_and_end_jumps_to_the_last(window):
    seen = []
    for _ in range(5):
        QTest.keyClick(window.canvas, Qt.Key_Tab)
        seen.append(window.selection.beat_ids[0])
    assert seen == ["h1", "s1", "p1", "t1", "c1"]  # the main line first
    QTest.keyClick(window.canvas, Qt.Key_Tab)
    assert window.selection.beat_ids == ["v1"]  # then the variant
    QTest.keyClick(window.canvas, Qt.Key_Backtab)
    assert window.selection.beat_ids == ["c1"]
    QTest.keyClick(window.canvas, Qt.Key_Home)
    assert window.selection.beat_ids == ["h1"]
    QTest.keyClick(window.canvas, Qt.Key_End)
    assert window.selection.beat_ids == ["v1"]


def test_down_moves_to_the_variant_lane(window):
    window.selection.set_beats(["p1"])
    QTest.keyClick(window.canvas, Qt.Key_Down)
    assert window.selection.beat_ids == ["v1"]
    QTest.keyClick(window.canvas, Qt.Key_Up)
    assert window.selection.beat_ids == ["p1"]


@pytest.mark.parametrize("key", [Qt.Key_Return, Qt.Key_F2])
def test_return_or_f2_edits_the_selected_beats_title(window, key):
    QTest.keyClick(window.canvas, Qt.Key_Home)
    QTest.keyClick(window.canvas, key)
    title = window.inspector.beat_form.title
    assert QApplication.focusWidget() is title
    assert title.selectedText() == title.text() == "Slap at the gala 宴会耳光"
    QTest.keyClicks(title, "Slap")
    QTest.keyClick(title, Qt.Key_Return)
    assert window.controller.project.episode("ep1").beat("h1").title == "Slap"
    # Return hands the keyboard back to the canvas: the next arrow moves on.
    assert QApplication.focusWidget() is window.canvas
    QTest.keyClick(window.canvas, Qt.Key_Right)
    assert window.selection.beat_ids == ["s1"]


def test_tab_in_the_beat_inspector_starts_with_emotion_direction_intensity(window):
    window.selection.set_beats(["s1"])
    form = window.inspector.beat_form
    emo = form.emotion
    emo.tag.setFocus()
    order = [QApplication.focusWidget()]
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        order.append(QApplication.focusWidget())
    # The direction buttons are one exclusive group: one Tab stop (the chosen direction),
    # the arrow keys move within it, as with radio buttons.
    chosen = emo._dir_buttons[window.controller.project.episode("ep1").beat("s1")
                              .emotion.direction]
    assert order == [emo.tag, chosen, emo.intensity, form.title]
    QTest.keyClick(form.title, Qt.Key_Backtab)
    assert QApplication.focusWidget() is emo.intensity


def test_redo_answers_the_platform_keys_and_both_conventions(window):
    keys = window.acts.redo.shortcuts()
    for text in ("Ctrl+Shift+Z", "Ctrl+Y"):
        assert QKeySequence(text) in keys
    for standard in QKeySequence.keyBindings(QKeySequence.Redo):
        assert standard in keys
    window.selection.set_beats(["t1"])
    window.acts.delete.trigger()
    window.acts.undo.trigger()
    assert window.controller.project.episode("ep1").beat("t1") is not None
    QTest.keyClick(window, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.controller.project.episode("ep1").beat("t1") is None


def test_preferences_has_a_shortcut(window):
    keys = window.acts.preferences.shortcuts()
    assert QKeySequence("Ctrl+,") in keys
    assert keys[0] == (QKeySequence.keyBindings(QKeySequence.Preferences) or keys)[0]

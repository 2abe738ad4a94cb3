"""The findings dock follows edits live, filters by severity and jumps to the place."""
from __future__ import annotations

from PySide6.QtCore import Qt

from beatboard.rules import Severity

from conftest import small_project


def _rules(panel):
    return {(f.rule, f.episode) for f in panel.model.rows}


def test_deleting_the_hook_raises_hook_missing_and_undo_clears_it(make_window):
    w = make_window(small_project())
    panel = w.docks.findings_panel
    assert ("HOOK_MISSING", "ep2") not in _rules(panel)
    w.selection.select("ep2", ["h2"])
    w.acts.delete.trigger()
    assert ("HOOK_MISSING", "ep2") in _rules(panel)
    assert w.docks.findings_dock.windowTitle().endswith(f"({len(panel.model.rows)})")
    w.acts.undo.trigger()
    assert ("HOOK_MISSING", "ep2") not in _rules(panel)


def test_severity_filter_and_click_selects_the_place(make_window, qtbot):
    w = make_window(small_project())
    w.selection.select("ep2", ["h2"])
    w.acts.delete.trigger()  # HOOK_MISSING (error) in episode 2
    panel = w.docks.findings_panel
    errors = [f for f in panel.model.rows if f.severity == Severity.ERROR]
    assert errors
    panel.filters[Severity.ERROR].setChecked(False)
    assert all(f.severity != Severity.ERROR for f in panel.model.rows)
    panel.filters[Severity.ERROR].setChecked(True)
    w.selection.select("ep1", [])
    row = next(i for i, f in enumerate(panel.model.rows) if f.episode == "ep2" and f.beats) \
        if any(f.episode == "ep2" and f.beats for f in panel.model.rows) else \
        next(i for i, f in enumerate(panel.model.rows) if f.episode == "ep2")
    target = panel.model.rows[row]
    index = panel.model.index(row, 3)
    rect = panel.view.visualRect(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.LeftButton, pos=rect.center())
    assert w.selection.episode_id == target.episode
    assert w.selection.beat_ids == list(target.beats)


def test_series_genre_change_rechecks_everything(make_window):
    w = make_window(small_project())
    hub = w.findings
    seen = []
    hub.updated.connect(lambda f: seen.append(len(f)))
    w.set_series_field("genre", "family")  # the family preset makes the minors tag mandatory
    assert seen, "an updated signal follows a profile change"
    assert hub._profile_key[1] == "family"


def test_an_episode_emptied_in_the_editor_shows_a_cross_not_a_tick(make_window):
    from beatboard.gui.navigator import COL_STATUS
    w = make_window(small_project())
    item = w.docks.navigator._items["ep2"]
    w.selection.select("ep2", ["h2", "s2", "p2", "c2"])
    w.acts.delete.trigger()
    assert item.text(COL_STATUS) == "✕"
    assert ("EPISODE_EMPTY", "ep2") in _rules(w.docks.findings_panel)
    w.acts.undo.trigger()
    assert ("EPISODE_EMPTY", "ep2") not in _rules(w.docks.findings_panel)

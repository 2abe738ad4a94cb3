"""Edit › Split Beat at Panel (Ctrl+Alt+K) and the context menus: one undo step."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence

from beatboard.core import fileio
from beatboard.core.model import Panel

try:
    from .canvas_fixtures import small_project
except ImportError:
    from canvas_fixtures import small_project


def three_panel_project(captions=(None, None, None)):
    project = small_project()
    beat = project.episode("ep1").beat("s1")
    beat.panels = [Panel(id=f"s1-{c}", caption=cap) for c, cap in zip("abc", captions)]
    beat.dialogue = "LIN: Sign it.\nLU: Never.\nLIN: Then leave."
    return project


def test_split_beat_from_the_edit_menu_and_undo(make_window):
    win = make_window(three_panel_project())
    win.selection.set_episode("ep1")
    before = fileio.dumps(win.controller.project)
    win.canvas.select_panel("s1", "s1-b")
    act = win.acts.split_beat
    assert act.shortcut() == QKeySequence("Ctrl+Alt+K")
    assert act in win.menus["edit"].actions()
    act.trigger()
    ep = win.controller.project.episode("ep1")
    new = ep.beats[2]
    assert [p.id for p in ep.beat("s1").panels] == ["s1-a"]
    assert [p.id for p in new.panels] == ["s1-b", "s1-c"]
    assert ep.beat("s1").dialogue == "LIN: Sign it." and new.dialogue == "LU: Never.\nLIN: Then leave."
    assert win.selection.current_panel == (new.id, "s1-b")
    assert win.controller.stack.count() == 1
    win.controller.stack.undo()
    assert fileio.dumps(win.controller.project) == before


def test_the_user_chooses_where_uncarried_dialogue_splits(make_window, monkeypatch):
    win = make_window(three_panel_project(("Wide", "Close", "Door")))
    win.selection.set_episode("ep1")
    asked = []
    monkeypatch.setattr(win.canvas, "choose_dialogue_split",
                        lambda lines: asked.append(lines) or 2)
    win.canvas.select_panel("s1", "s1-c")
    win.acts.split_beat.trigger()
    ep = win.controller.project.episode("ep1")
    assert asked == [["LIN: Sign it.", "LU: Never.", "LIN: Then leave."]]
    assert ep.beat("s1").dialogue == "LIN: Sign it.\nLU: Never."
    assert ep.beats[2].dialogue == "LIN: Then leave."
    # cancelling the question splits nothing
    monkeypatch.setattr(win.canvas, "choose_dialogue_split", lambda lines: None)
    win.canvas.select_panel("s1", "s1-b")
    win.acts.split_beat.trigger()
    assert len(ep.beat("s1").panels) == 2 and win.controller.stack.count() == 1


def test_the_first_panel_cannot_start_a_new_beat(make_window):
    win = make_window(three_panel_project())
    win.selection.set_episode("ep1")
    refused = []
    win.controller.refused.connect(refused.append)
    win.canvas.select_panel("s1", "s1-a")
    win.acts.split_beat.trigger()
    assert refused and "any panel but the first" in refused[0]
    assert win.controller.stack.count() == 0


def test_the_panel_menu_offers_split_beat_here(make_window):
    win = make_window(three_panel_project())
    win.selection.set_episode("ep1")
    menu = win.canvas.panel_menu("s1", "s1-b")
    act = next(a for a in menu.actions() if a.text() == "Split beat here")
    act.trigger()
    assert len(win.controller.project.episode("ep1").beat("s1").panels) == 1

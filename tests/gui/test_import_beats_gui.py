"""File › Import Script asks how to cut the script into beats and remembers the choice."""
from __future__ import annotations

try:
    from .canvas_fixtures import small_project
except ImportError:
    from canvas_fixtures import small_project

SCRIPT = """\
INT. KITCHEN - NIGHT

Hot soup splashes across Ava's apron.

MARGARET
Too salty.

Ava sets the ladle down.

ETHAN
Chloe is staying for dinner.
"""


def test_import_by_paragraph_is_asked_and_remembered(make_window, monkeypatch, tmp_path):
    import beatboard.gui.import_dialog as import_dialog
    script = tmp_path / "s.fountain"
    script.write_text(SCRIPT, encoding="utf-8")
    asked = []
    monkeypatch.setattr(import_dialog, "choose_script", lambda *_a: str(script))
    monkeypatch.setattr(import_dialog, "ask_episode_marker", lambda *_a: "")
    monkeypatch.setattr(import_dialog, "ask_script_beats",
                        lambda parent, last: asked.append(last) or "paragraph")
    w = make_window(small_project())
    w.acts.import_script.trigger()
    project = w.controller.project
    assert project.series.script_beats == "paragraph"
    assert [b.dialogue for b in project.episodes[0].beats] == [
        "MARGARET: Too salty.", "ETHAN: Chloe is staying for dinner."]
    w.files.maybe_save = lambda: True  # the imported project is unsaved: do not ask
    w.acts.import_script.trigger()
    assert asked == ["scene", "paragraph"]  # the second import starts from the first's choice

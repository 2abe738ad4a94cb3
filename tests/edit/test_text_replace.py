"""Find and replace across the series' text is one undo step."""
import pytest

from beatboard.core import fileio
from beatboard.core.model import Beat, Episode, Panel, Project
from beatboard.edit import EditError
from beatboard.edit.text_replace import find_text, replace_all


def project() -> Project:
    return Project(episodes=[
        Episode(id="e1", number=1, title="Ava's gala", notes="ava arrives", beats=[
            Beat(id="b1", title="Slap", action="Ava slaps him.", dialogue="AVA: Never again.",
                 panels=[Panel(id="b1-p1", caption="Ava, close")])]),
        Episode(id="e2", number=2, title="Morning", beats=[
            Beat(id="b2", title="Avalanche", notes="unrelated", characters=["Ava"])])])


def test_finds_in_titles_action_dialogue_notes_and_captions():
    hits = find_text(project(), "ava")
    fields = {(h.owner[0], h.field) for h in hits}
    assert fields == {("episode", "title"), ("episode", "notes"), ("beat", "action"),
                      ("beat", "dialogue"), ("panel", "caption"), ("beat", "title")}
    exact = find_text(project(), "Ava", match_case=True)
    assert [(h.owner[-1], h.field) for h in exact] == [
        ("e1", "title"), ("b1", "action"), ("b1-p1", "caption"), ("b2", "title")]


def test_replace_all_is_one_undoable_edit_and_keeps_character_fields():
    p = project()
    before = fileio.dumps(p)
    edit, n = replace_all(p, "Ava", "Mia", match_case=True)
    edit.apply(p)
    b1 = p.episode("e1").beat("b1")
    assert (b1.action, b1.dialogue, b1.panels[0].caption) == ("Mia slaps him.", "AVA: Never again.",
                                                             "Mia, close")
    assert p.episode("e2").beat("b2").title == "Mialanche" and n == 4
    assert p.episode("e2").beat("b2").characters == ["Ava"]
    edit.revert(p)
    assert fileio.dumps(p) == before
    with pytest.raises(EditError):
        replace_all(p, "Zed", "x")

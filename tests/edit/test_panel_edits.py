"""Panel edits: what the strip looks like after each, and exact undo."""
import re

import pytest

from beatboard.core import fileio
from beatboard.core.model import Beat, Episode, Panel, Project
from beatboard.edit import (AddPanel, Document, DuplicatePanel, EditError, MovePanel,
                            RemovePanel, SetPanelPicture, SplitPanel)
from beatboard.edit.panel_edits import split_caption


def project() -> Project:
    b1 = Beat(id="b1", panels=[Panel(id="p1", caption="You dare? Get out.", duration_s=4.0),
                               Panel(id="p2"), Panel(id="p3")])
    b2 = Beat(id="b2")
    b3 = Beat(id="b3")
    return Project(episodes=[Episode(id="e1", number=1, beats=[b1, b2]),
                             Episode(id="e2", number=2, beats=[b3])])


def ids(doc, ep, beat):
    return [p.id for p in doc.project.episode(ep).beat(beat).panels]


def roundtrip(doc, edit):
    before = fileio.dumps(doc.project)
    change = doc.apply(edit)
    after = fileio.dumps(doc.project)
    doc.revert(edit)
    assert fileio.dumps(doc.project) == before
    doc.apply(edit)
    assert fileio.dumps(doc.project) == after
    return change


def test_add_after_and_at_end_with_series_unique_ids():
    doc = Document(project())
    e = AddPanel("e1", "b1", after="p1")
    roundtrip(doc, e)
    assert ids(doc, "e1", "b1") == ["p1", e.new_id, "p2", "p3"]
    # <beat>-p and 4 random characters: two branches adding a panel never collide
    assert re.fullmatch(r"b1-p[a-z0-9]{4}", e.new_id)
    e2 = AddPanel("e1", "b1")
    roundtrip(doc, e2)
    assert ids(doc, "e1", "b1")[-1] == e2.new_id != e.new_id
    assert re.fullmatch(r"b1-p[a-z0-9]{4}", e2.new_id)
    # b2's default panel is b2-p1: a new panel there must not reuse it.
    e3 = AddPanel("e1", "b2")
    doc.apply(e3)
    assert ids(doc, "e1", "b2") == ["b2-p1", e3.new_id] and e3.new_id != "b2-p1"


def test_two_copies_of_a_file_mint_different_panel_ids():
    made = set()
    for _ in range(20):
        doc = Document(project())
        e = AddPanel("e1", "b1")
        doc.apply(e)
        made.add(e.new_id)
    assert len(made) == 20


def test_duplicate_copies_picture_and_caption():
    doc = Document(project())
    doc.apply(SetPanelPicture("e1", "b1", "p1", image="assets/ab.png"))
    e = DuplicatePanel("e1", "b1", "p1")
    roundtrip(doc, e)
    panels = doc.project.episode("e1").beat("b1").panels
    assert [p.id for p in panels[:2]] == ["p1", e.new_id]
    assert panels[1].image == "assets/ab.png" and panels[1].caption == "You dare? Get out."


def test_remove_keeps_one():
    doc = Document(project())
    roundtrip(doc, RemovePanel("e1", "b1", "p2"))
    assert ids(doc, "e1", "b1") == ["p1", "p3"]
    with pytest.raises(EditError, match="at least one"):
        doc.apply(RemovePanel("e1", "b2", "b2-p1"))


def test_move_within_beat_to_other_beat_and_episode_keeps_ids():
    doc = Document(project())
    roundtrip(doc, MovePanel("e1", "b1", "p1", index=2))
    assert ids(doc, "e1", "b1") == ["p2", "p3", "p1"]
    change = roundtrip(doc, MovePanel("e1", "b1", "p3", to_beat="b2", index=0))
    assert ids(doc, "e1", "b2") == ["p3", "b2-p1"]
    assert change.beats == {"b1", "b2"}
    change = roundtrip(doc, MovePanel("e1", "b1", "p1", to_episode="e2", to_beat="b3"))
    assert ids(doc, "e2", "b3") == ["b3-p1", "p1"] and ids(doc, "e1", "b1") == ["p2"]
    assert change.episodes == {"e1", "e2"}
    with pytest.raises(EditError, match="at least one"):
        doc.apply(MovePanel("e1", "b1", "p2", to_beat="b2"))
    with pytest.raises(EditError):
        doc.apply(MovePanel("e1", "b2", "p3", index=0))  # already there


def test_split_halves_duration_and_caption():
    doc = Document(project())
    e = SplitPanel("e1", "b1", "p1")
    roundtrip(doc, e)
    a, b = doc.project.episode("e1").beat("b1").panels[:2]
    assert (a.id, b.id) == ("p1", e.new_id)
    assert a.duration_s == b.duration_s == 2.0
    assert (a.caption, b.caption) == ("You dare?", "Get out.")


def test_split_caption_cjk_and_words():
    assert split_caption("你敢？给我滚出去！") == ("你敢？", "给我滚出去！")
    assert split_caption("one two three four") == ("one two", "three four")
    assert split_caption("一二三四") == ("一二", "三四")


def test_set_picture_sets_clears_and_refuses_escape():
    doc = Document(project())
    roundtrip(doc, SetPanelPicture("e1", "b1", "p2", sketch="x.assets/ff.bbsketch"))
    p2 = doc.project.episode("e1").beat("b1").panel("p2")
    assert p2.sketch == "x.assets/ff.bbsketch" and p2.image is None
    roundtrip(doc, SetPanelPicture("e1", "b1", "p2", sketch=None))
    assert doc.project.episode("e1").beat("b1").panel("p2").sketch is None
    with pytest.raises(EditError, match="escapes"):
        doc.apply(SetPanelPicture("e1", "b1", "p2", image="../etc/passwd"))

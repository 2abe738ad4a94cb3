"""Structural edits inside an episode do what a writer expects and undo exactly."""
import pytest

from beatboard.core import fileio
from beatboard.core.graph import cut_count, main_line
from beatboard.core.model import Beat, Episode, Project
from beatboard.core.vocab import LinkKind
from beatboard.edit import (AddBeat, AddLink, DuplicateAsVariant, EditError, MoveBeatInLine,
                            MoveCards, PasteBeats, RemoveBeats, RemoveLink, SetField, SetLinkKind)


def project(n=4, linked=False) -> Project:
    beats = [Beat(id=f"b{i}", title=f"Beat {i}") for i in range(1, n + 1)]
    links = []
    if linked:
        links = [{"from": a.id, "to": b.id} for a, b in zip(beats, beats[1:])]
    return Project(episodes=[Episode(id="e1", number=1, beats=beats, links=links)])


def line(p):
    return [b.id for b in main_line(p.episodes[0])]


def apply_and_check_undo(p, edit):
    before = fileio.dumps(p)
    edit.apply(p)
    after = fileio.dumps(p)
    edit.revert(p)
    assert fileio.dumps(p) == before
    edit.apply(p)
    assert fileio.dumps(p) == after


@pytest.mark.parametrize("linked", [False, True])
def test_add_beat_after_splices_into_main_line(linked):
    p = project(linked=linked)
    apply_and_check_undo(p, AddBeat("e1", Beat(id="new"), after="b2"))
    assert line(p) == ["b1", "b2", "new", "b3", "b4"]


@pytest.mark.parametrize("linked", [False, True])
def test_remove_beat_closes_the_gap(linked):
    p = project(linked=linked)
    apply_and_check_undo(p, RemoveBeats("e1", ["b2", "b3"]))
    assert line(p) == ["b1", "b4"]


def test_removing_the_start_makes_the_next_main_line_beat_the_start():
    p = project(linked=True)
    RemoveBeats("e1", ["b1"]).apply(p)
    assert line(p) == ["b2", "b3", "b4"]


def test_removing_a_variant_beat_removes_the_branch_not_a_skip_link():
    p = project(linked=True)
    v = DuplicateAsVariant("e1", ["b2"])
    v.apply(p)
    assert cut_count(p.episodes[0]) == 2
    RemoveBeats("e1", v.new_ids).apply(p)
    assert cut_count(p.episodes[0]) == 1
    assert line(p) == ["b1", "b2", "b3", "b4"]


def test_duplicate_as_variant_rejoins_after_the_stretch():
    p = project(n=5)
    v = DuplicateAsVariant("e1", ["b3", "b2"])
    apply_and_check_undo(p, v)
    ep = p.episodes[0]
    links = {(l.from_, l.to, l.kind) for l in ep.links}
    c1, c2 = v.new_ids
    assert ("b1", c1, LinkKind.VARIANT) in links
    assert (c1, c2, LinkKind.NEXT) in links
    assert (c2, "b4", LinkKind.NEXT) in links
    assert line(p) == ["b1", "b2", "b3", "b4", "b5"]
    assert cut_count(ep) == 2


@pytest.mark.parametrize("ids, message", [(["b1"], "one start"), (["b2", "b4"], "unbroken")])
def test_duplicate_as_variant_refuses_what_makes_no_sense(ids, message):
    p = project(n=5)
    before = fileio.dumps(p)
    with pytest.raises(EditError, match=message):
        DuplicateAsVariant("e1", ids).apply(p)
    assert fileio.dumps(p) == before


@pytest.mark.parametrize("linked", [False, True])
def test_move_beat_in_line(linked):
    p = project(linked=linked)
    apply_and_check_undo(p, MoveBeatInLine("e1", "b4", "b1"))
    assert line(p) == ["b1", "b4", "b2", "b3"]
    MoveBeatInLine("e1", "b3", None).apply(p)
    assert line(p) == ["b3", "b1", "b4", "b2"]
    MoveBeatInLine("e1", "b3", "b2").apply(p)
    assert line(p) == ["b1", "b4", "b2", "b3"]


def test_links_add_remove_and_kind():
    p = project()
    apply_and_check_undo(p, AddLink("e1", "b1", "b3", LinkKind.CHOICE))
    assert cut_count(p.episodes[0]) == 2
    apply_and_check_undo(p, SetLinkKind("e1", "b1", "b3", LinkKind.VARIANT))
    assert {l.kind for l in p.episodes[0].links if l.to == "b3" and l.from_ == "b1"} == {LinkKind.VARIANT}
    apply_and_check_undo(p, RemoveLink("e1", "b2", "b3"))
    assert line(p) == ["b1", "b2"]


@pytest.mark.parametrize("a, b, message", [("b1", "b1", "itself"), ("b1", "b2", "already"),
                                            ("b3", "b1", "start")])
def test_bad_links_are_refused(a, b, message):
    p = project()
    with pytest.raises(EditError, match=message):
        AddLink("e1", a, b).apply(p)


def test_set_field_validates_and_undoes():
    p = project()
    apply_and_check_undo(p, SetField.beat("e1", "b1", "emotion.intensity", 5))
    assert p.episodes[0].beats[0].emotion.intensity == 5
    with pytest.raises(EditError, match="emotion.intensity"):
        SetField.beat("e1", "b1", "emotion.intensity", 9).apply(p)
    assert p.episodes[0].beats[0].emotion.intensity == 5
    with pytest.raises(EditError, match="unknown field"):
        SetField.beat("e1", "b1", "nope", 1).apply(p)


def test_move_cards_is_one_step_for_many_beats():
    p = project()
    apply_and_check_undo(p, MoveCards("e1", {"b1": (10, 20), "b2": (30, 40)}))
    assert (p.episodes[0].beats[1].pos.x, p.episodes[0].beats[1].pos.y) == (30, 40)


def test_paste_gives_fresh_ids_and_keeps_inner_links():
    p = project(linked=True)
    ep = p.episodes[0]
    src = [ep.beats[1], ep.beats[2]]
    paste = PasteBeats("e1", src, [l for l in ep.links if l.from_ == "b2" and l.to == "b3"], after="b4")
    apply_and_check_undo(p, paste)
    assert len(set(paste.new_ids) & {"b2", "b3"}) == 0
    assert line(p) == ["b1", "b2", "b3", "b4"] + paste.new_ids

"""Split Beat: the panels from the cursor on become a new beat right after, one undo step."""
import pytest

from beatboard.core.cuts import cut_for_choices
from beatboard.core.model import Beat, Episode, Link, Panel, Project
from beatboard.core.timeline import build_timeline
from beatboard.edit import EditError
from beatboard.edit.split_beat import SplitBeat, carried_split

from .test_beat_edits import apply_and_check_undo, line

DIALOGUE = "LIN: One.\nLU: Two.\nLIN: Three.\nLU: Four."


def project(linked: bool, captions=(None, None, None, None), **beat) -> Project:
    panels = [Panel(id=f"b2-p{i}", caption=c) for i, c in enumerate(captions, 1)]
    beats = [Beat(id="b1", title="Opening"),
             Beat(id="b2", title="Wine", panels=panels, dialogue=DIALOGUE, **beat),
             Beat(id="b3", title="Exit"), Beat(id="v", title="Variant")]
    links = []
    if linked:
        links = [Link(**{"from": "b1", "to": "b2"}), Link(**{"from": "b2", "to": "b3"}),
                 Link(**{"from": "b2", "to": "v", "kind": "variant"}),
                 Link(**{"from": "v", "to": "b3"})]
    return Project(episodes=[Episode(id="e1", number=1, beats=beats, links=links)])


def pictures_and_captions(p):
    tl = build_timeline([cut_for_choices(p.episodes[0])])
    return ([(c.panel.id, round(c.start, 6), round(c.duration, 6)) for c in tl.clips],
            [(c.speaker, c.text) for c in tl.captions])


@pytest.mark.parametrize("linked", [False, True])
def test_the_panels_from_the_split_on_go_to_a_new_beat_after_it(linked):
    p = project(linked, duration_s=8.0, transition="CUT TO:")
    before = pictures_and_captions(p)
    edit = SplitBeat("e1", "b2", 2)
    apply_and_check_undo(p, edit)
    ep = p.episodes[0]
    old, new = ep.beat("b2"), ep.beat(edit.new_id)
    assert line(p)[:4] == ["b1", "b2", edit.new_id, "b3"]
    assert [x.id for x in old.panels] == ["b2-p1", "b2-p2"]
    assert [x.id for x in new.panels] == ["b2-p3", "b2-p4"]  # the panels keep their ids
    # the panels carried the dialogue: each half keeps the lines its panels showed
    assert old.dialogue == "LIN: One.\nLU: Two." and new.dialogue == "LIN: Three.\nLU: Four."
    assert (old.duration_s, new.duration_s) == (4.0, 4.0)
    assert (old.transition, new.transition) == ("", "CUT TO:")
    assert new.title == "Wine (2)" and new.characters == old.characters
    # the same pictures and captions at the same times
    assert pictures_and_captions(p) == before
    if linked:  # the variant now leaves from the end of what was the beat
        assert any(l.from_ == edit.new_id and l.to == "v" for l in ep.links)


def test_dialogue_the_panels_do_not_carry_splits_where_the_user_says():
    own = ("Close on the glass", "Wide", "Her hand", "Door")
    p = project(True, captions=own)
    assert carried_split(p.episodes[0].beat("b2"), 2) is None
    edit = SplitBeat("e1", "b2", 1, dialogue_at=3)
    apply_and_check_undo(p, edit)
    assert p.episodes[0].beat("b2").dialogue == "LIN: One.\nLU: Two.\nLIN: Three."
    assert p.episodes[0].beat(edit.new_id).dialogue == "LU: Four."
    p = project(True, captions=own)
    SplitBeat("e1", "b2", 1).apply(p)  # no choice given: the dialogue stays
    assert p.episodes[0].beats[1].dialogue == DIALOGUE and p.episodes[0].beats[2].dialogue == ""


def test_a_dual_dialogue_mark_follows_its_line():
    p = project(False, captions=("", "", "", ""), simultaneous=[1, 3])
    edit = SplitBeat("e1", "b2", 2, dialogue_at=2)
    edit.apply(p)
    assert p.episodes[0].beat("b2").simultaneous == [1]
    assert p.episodes[0].beat(edit.new_id).simultaneous == [1]


@pytest.mark.parametrize("at", [0, 4, 9])
def test_a_split_outside_the_panels_is_refused(at):
    with pytest.raises(EditError, match="between two of its panels"):
        SplitBeat("e1", "b2", at).apply(project(True))

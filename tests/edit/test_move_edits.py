"""Moves keep identity: beats change place in or across episodes, never their ids."""
import pytest

from beatboard.core import fileio
from beatboard.core.model import Beat, Episode, Link, Panel, Point, Project, Thread
from beatboard.edit import EditError, MoveBeats, MoveBeatsToEpisode, shift_target
from beatboard.edit.move_edits import main_line

from .test_episode_edits import roundtrip_undo


def series() -> Project:
    eps = [Episode(id=f"e{e}", number=e, title=f"Ep {e}",
                   beats=[Beat(id=f"e{e}b{i}", notes=f"note {e}.{i}",
                               panels=[Panel(id=f"e{e}b{i}-p1"), Panel(id=f"e{e}b{i}-p2")])
                          for i in range(1, 5)])
           for e in range(1, 4)]
    # Episode 2 has a variant for b3 (forks after b2, rejoins at b4).
    eps[1].beats.append(Beat(id="e2v3", title="B take"))
    eps[1].links = [Link(**{"from": a, "to": b}) for a, b in
                    (("e2b1", "e2b2"), ("e2b2", "e2b3"), ("e2b3", "e2b4"), ("e2v3", "e2b4"))]
    eps[1].links.append(Link(**{"from": "e2b2", "to": "e2v3", "kind": "variant"}))
    return Project(episodes=eps, threads=[Thread(id="t1", setup="e1b2", payoff="e3b4")])


def test_reorder_within_an_episode_changes_play_order_and_keeps_ids():
    p = series()
    p.episode("e1").beats[0].pos = Point(x=5, y=5)
    roundtrip_undo(p, MoveBeats("e1", ["e1b1"], "e1b3"))
    assert main_line(p.episode("e1")) == ["e1b2", "e1b3", "e1b1", "e1b4"]
    moved = p.episode("e1").beat("e1b1")
    assert moved.notes == "note 1.1" and [x.id for x in moved.panels] == ["e1b1-p1", "e1b1-p2"]
    assert moved.pos is None  # placed in its new column by the canvas


def test_multi_select_moves_keep_their_order():
    p = series()
    roundtrip_undo(p, MoveBeats("e1", ["e1b3", "e1b1"], None))
    assert main_line(p.episode("e1"))[:2] == ["e1b1", "e1b3"]
    roundtrip_undo(p, MoveBeats("e1", ["e1b1", "e1b3"], "e1b4"))
    assert main_line(p.episode("e1")) == ["e1b2", "e1b4", "e1b1", "e1b3"]


def test_reorder_with_a_variant_rewires_links_and_the_variant_keeps_its_branch():
    p = series()
    roundtrip_undo(p, MoveBeats("e2", ["e2b3"], None))
    ep = p.episode("e2")
    assert main_line(ep) == ["e2b3", "e2b1", "e2b2", "e2b4"]
    links = {(l.from_, l.to, l.kind.value) for l in ep.links}
    assert ("e2b2", "e2v3", "variant") in links and ("e2v3", "e2b4", "next") in links
    with pytest.raises(EditError, match="main line"):
        MoveBeats("e2", ["e2v3"], None).apply(p)


def test_move_to_another_episode_keeps_ids_panels_notes_and_threads():
    p = series()
    edit = MoveBeatsToEpisode("e1", ["e1b2", "e1b3"], "e3", "e3b1")
    roundtrip_undo(p, edit)
    assert main_line(p.episode("e1")) == ["e1b1", "e1b4"]
    assert main_line(p.episode("e3")) == ["e3b1", "e1b2", "e1b3", "e3b2", "e3b3", "e3b4"]
    beat = p.episode("e3").beat("e1b2")
    assert beat.notes == "note 1.2" and beat.panels[1].id == "e1b2-p2"
    assert p.threads[0].setup == "e1b2" and p.find_beat("e1b2")[0].id == "e3"


def test_move_into_an_episode_with_explicit_links_at_its_start():
    p = series()
    roundtrip_undo(p, MoveBeatsToEpisode("e1", ["e1b4"], "e2", None))
    ep = p.episode("e2")
    assert main_line(ep) == ["e1b4", "e2b1", "e2b2", "e2b3", "e2b4"]
    assert ep.beats[0].id == "e1b4"


def test_refusals_leave_the_project_alone():
    p = series()
    before = fileio.dumps(p)
    for edit in (MoveBeats("e1", ["e1b1"], "e1b1"), MoveBeats("e1", ["e1b2"], "e1b1"),
                 MoveBeatsToEpisode("e1", ["nope"], "e2", None),
                 MoveBeatsToEpisode("e1", ["e1b1"], "e2", "e3b1")):
        with pytest.raises(EditError):
            edit.apply(p)
        assert fileio.dumps(p) == before


def test_alt_arrow_targets_step_the_selection_as_a_block():
    ep = series().episode("e1")
    assert shift_target(ep, ["e1b2"], True) == (True, "e1b3")
    assert shift_target(ep, ["e1b2"], False) == (True, None)
    assert shift_target(ep, ["e1b3", "e1b4"], False) == (True, "e1b1")
    assert shift_target(ep, ["e1b4"], True) == (False, None)
    assert shift_target(ep, ["e1b1"], False) == (False, None)

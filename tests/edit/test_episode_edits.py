"""Episode restructuring: split, merge, move, duplicate, add, remove."""
import pytest

from beatboard.core import fileio
from beatboard.core.graph import main_line
from beatboard.core.integrity import integrity_problems
from beatboard.core.model import Beat, Episode, Project
from beatboard.edit import (AddEpisode, DuplicateEpisode, EditError, MergeEpisodes, MoveEpisode,
                            RemoveEpisodes, SplitEpisode)


def series(n_eps=3, n_beats=4) -> Project:
    eps = [Episode(id=f"e{e}", number=e, title=f"Ep {e}",
                   beats=[Beat(id=f"e{e}b{i}") for i in range(1, n_beats + 1)])
           for e in range(1, n_eps + 1)]
    return Project(episodes=eps)


def numbers(p):
    return [(e.id, e.number) for e in p.ordered_episodes()]


def roundtrip_undo(p, edit):
    before = fileio.dumps(p)
    edit.apply(p)
    after = fileio.dumps(p)
    assert integrity_problems(p) == []
    edit.revert(p)
    assert fileio.dumps(p) == before
    edit.apply(p)
    assert fileio.dumps(p) == after


def test_split_makes_a_new_episode_after_and_renumbers():
    p = series()
    s = SplitEpisode("e2", "e2b3")
    roundtrip_undo(p, s)
    assert numbers(p) == [("e1", 1), ("e2", 2), (s.new_id, 3), ("e3", 4)]
    assert [b.id for b in p.episode(s.new_id).beats] == ["e2b3", "e2b4"]
    assert [b.id for b in main_line(p.episode("e2"))] == ["e2b1", "e2b2"]


def test_split_at_the_first_beat_is_refused():
    with pytest.raises(EditError):
        SplitEpisode("e1", "e1b1").apply(series())


def test_merge_continues_the_main_line():
    p = series()
    roundtrip_undo(p, MergeEpisodes("e1", "e2"))
    assert numbers(p) == [("e1", 1), ("e3", 2)]
    assert len(main_line(p.episode("e1"))) == 8


def test_split_then_merge_restores_the_beats():
    p = series()
    s = SplitEpisode("e1", "e1b2")
    s.apply(p)
    MergeEpisodes("e1", s.new_id).apply(p)
    assert [b.id for b in main_line(p.episode("e1"))] == ["e1b1", "e1b2", "e1b3", "e1b4"]


def test_move_duplicate_add_remove():
    p = series()
    roundtrip_undo(p, MoveEpisode("e3", 0))
    assert numbers(p) == [("e3", 1), ("e1", 2), ("e2", 3)]
    d = DuplicateEpisode("e1")
    roundtrip_undo(p, d)
    assert [e.id for e in p.ordered_episodes()] == ["e3", "e1", d.new_id, "e2"]
    roundtrip_undo(p, RemoveEpisodes(["e1"]))
    roundtrip_undo(p, AddEpisode(Episode(id="fresh", number=99), index=0))
    assert numbers(p)[0] == ("fresh", 1)


def test_adding_an_episode_with_clashing_beat_ids_is_refused():
    p = series()
    with pytest.raises(EditError, match="e1b1"):
        AddEpisode(Episode(id="x", number=9, beats=[Beat(id="e1b1")])).apply(p)

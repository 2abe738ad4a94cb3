"""The paywall follows the story: it is anchored to the last free episode's id."""
from beatboard.core.model import Beat, Episode, Project, Series
from beatboard.edit import (AddEpisode, MergeEpisodes, MoveEpisode, RemoveEpisodes,
                            SplitEpisode)

from .test_episode_edits import roundtrip_undo


def series(n_eps=5, anchor="e3") -> Project:
    eps = [Episode(id=f"e{e}", number=e, title=f"Ep {e}",
                   beats=[Beat(id=f"e{e}b{i}") for i in range(1, 4)])
           for e in range(1, n_eps + 1)]
    return Project(series=Series(paywall_after=anchor), episodes=eps)


def test_splitting_an_episode_before_the_paywall_moves_the_number_not_the_moment():
    p = series()
    assert p.paywall_episode == 4
    roundtrip_undo(p, SplitEpisode("e1", "e1b2"))
    # Same story moment (after "Ep 3"), one episode later by number.
    assert p.series.paywall_after == "e3" and p.paywall_episode == 5


def test_splitting_the_last_free_episode_keeps_the_paywall_after_its_ending():
    p = series()
    edit = SplitEpisode("e3", "e3b2")
    roundtrip_undo(p, edit)
    assert p.series.paywall_after == edit.new_id
    assert p.episode(edit.new_id).beats[-1].id == "e3b3"  # its cliffhanger still leads in
    assert p.paywall_episode == 5


def test_merging_and_reordering_before_the_paywall():
    p = series()
    roundtrip_undo(p, MergeEpisodes("e1", "e2"))
    assert p.series.paywall_after == "e3" and p.paywall_episode == 3
    roundtrip_undo(p, MoveEpisode("e5", 0))
    assert p.paywall_episode == 4
    roundtrip_undo(p, AddEpisode(Episode(id="new", number=99), 0))
    assert p.series.paywall_after == "e3" and p.paywall_episode == 5


def test_merging_the_last_free_episode_into_the_previous_one_keeps_its_ending():
    p = series()
    edit = MergeEpisodes("e2", "e3")
    roundtrip_undo(p, edit)
    assert p.series.paywall_after == "e2" and edit.label == "Merge episodes"


def test_merging_the_next_episode_into_the_last_free_one_says_the_paywall_moved():
    p = series()
    edit = MergeEpisodes("e3", "e4")
    roundtrip_undo(p, edit)
    assert p.series.paywall_after == "e3"
    assert edit.label == "Merge episodes (paywall now after the merged episode)"


def test_deleting_the_last_free_episode_moves_the_paywall_to_the_previous_one():
    p = series()
    edit = RemoveEpisodes(["e3"])
    roundtrip_undo(p, edit)
    assert p.series.paywall_after == "e2" and p.paywall_episode == 3
    assert edit.label == "Delete episodes (paywall moved to the previous episode)"
    p = series(anchor="e1")
    edit = RemoveEpisodes(["e1"])
    edit.apply(p)
    assert p.series.paywall_after == "e2"
    assert edit.label == "Delete episodes (paywall moved to the next episode)"
    p = series(n_eps=1, anchor="e1")
    RemoveEpisodes(["e1"]).apply(p)
    assert p.series.paywall_after is None

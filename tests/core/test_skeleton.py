"""The skeleton series is a sensible start: right shape, genre-shaped emotions, no findings."""
from __future__ import annotations

import pytest

from beatboard.core.errors import BeatBoardError
from beatboard.core.fileio import dumps, loads
from beatboard.core.graph import main_line
from beatboard.core.skeleton import MAX_EPISODES, make_skeleton
from beatboard.core.vocab import GENRES, Direction
from beatboard.rules import check_project


def test_shape_of_every_episode():
    project = make_skeleton("revenge", 12, title="复仇 Revenge", paywall=10)
    assert project.series.title == "复仇 Revenge" and project.series.genre == "revenge"
    assert project.paywall_episode == 10
    assert [ep.number for ep in project.episodes] == list(range(1, 13))
    for ep in project.episodes:
        kinds = [b.kind for b in main_line(ep)]
        assert kinds[0] == "hook" and kinds[-1] == "cliffhanger"
        assert {"setup", "escalation", "turn", "payoff"} <= set(kinds)
        assert 60 <= sum(b.seconds for b in ep.beats) <= 120
        assert all(b.notes for b in ep.beats)  # each beat says what it is for
    ids = [b.id for ep in project.episodes for b in ep.beats]
    assert len(ids) == len(set(ids))


def test_last_free_episode_has_the_strongest_cliffhanger():
    project = make_skeleton("billionaire", 20, paywall=8)
    ends = {ep.number: ep.beats[-1].emotion.intensity for ep in project.episodes}
    assert ends[7] == 5
    assert all(v < 5 for n, v in ends.items() if n != 7)
    assert "Last free episode" in project.episode_by_number(7).beats[-1].notes
    assert project.episode_by_number(8).notes  # where the answer should land


def test_genre_shapes_the_opening():
    def opening(genre):
        return make_skeleton(genre, 1).episodes[0].beats[0].emotion

    assert opening("revenge").direction is Direction.DOWN
    assert opening("revenge").intensity >= 4
    assert opening("suspense").direction is Direction.LEVEL
    assert opening("fantasy").intensity == 5
    sweet = make_skeleton("sweet-romance", 1).episodes[0].beats
    assert sum(b.emotion.tag == "sweet" for b in sweet) >= 2
    family = [b.emotion.tag for b in make_skeleton("family", 1).episodes[0].beats]
    assert "warmth" in family and "suffering" in family


@pytest.mark.parametrize("genre", GENRES)
@pytest.mark.parametrize("profile", ["overseas", "china"])
def test_fresh_skeleton_passes_the_default_rulebook(genre, profile):
    project = make_skeleton(genre, 15, paywall=10)
    project.series.profile = profile
    assert check_project(project) == []


@pytest.mark.parametrize("language, hook_title, ep_title", [
    ("en", "Hook", "Episode 3"), ("zh-CN", "钩子", "第3集")])
def test_language_of_titles_and_notes(language, hook_title, ep_title):
    project = make_skeleton("suspense", 3, language=language)
    ep = project.episode_by_number(3)
    assert project.series.language == language
    assert ep.title == ep_title and ep.beats[0].title == hook_title


def test_skeleton_round_trips_through_a_file():
    project = make_skeleton("family", 30, title="萌宝", language="zh-CN", paywall=12)
    assert loads(dumps(project)) == project


@pytest.mark.parametrize("args, words", [
    (("romcom", 10), ["unknown genre 'romcom'", "sweet-romance"]),
    (("revenge", 0), ["between 1 and 500", "got 0"]),
    (("revenge", MAX_EPISODES + 1), ["between 1 and 500"]),
    (("revenge", 2.5), ["whole number"]),
    (("revenge", 10, 11), ["paywall", "between 2 and 10", "got 11"]),
    (("revenge", 10, 1), ["paywall", "got 1"]),
    (("revenge", 1, 1), ["one-episode series has no paywall"]),
])
def test_bad_arguments_are_explained(args, words):
    genre, episodes, *paywall = args
    with pytest.raises(BeatBoardError) as info:
        make_skeleton(genre, episodes, paywall=paywall[0] if paywall else None)
    for word in words:
        assert word in str(info.value)


def test_largest_series():
    project = make_skeleton("other", MAX_EPISODES, paywall=10)
    assert len(project.episodes) == MAX_EPISODES
    assert project.episodes[-1].id == "ep500"


def test_a_long_series_varies_like_a_series_and_stays_clean():
    project = make_skeleton("revenge", 100, paywall=10)
    eps = project.ordered_episodes()
    counts = {len(ep.beats) for ep in eps}
    assert len(counts) >= 3 and min(counts) >= 6
    lengths = {round(sum(b.seconds for b in ep.beats)) for ep in eps}
    assert len(lengths) >= 10 and all(60 <= s <= 120 for s in lengths)

    def mean(ep):
        return sum(b.emotion.intensity for b in ep.beats) / len(ep.beats)
    overall = sum(mean(ep) for ep in eps) / len(eps)
    # The run-up to the paywall (episodes 7-9) and the finale push harder than the average.
    assert all(mean(project.episode_by_number(n)) > overall for n in (7, 8, 9))
    assert mean(eps[-1]) > overall
    assert project.episode_by_number(9).beats[-1].emotion.intensity == 5
    assert "paywall" in project.episode_by_number(8).notes.lower()
    # Not a hundred copies: the emotion sequences differ.
    shapes = {tuple((b.kind, b.emotion.intensity) for b in ep.beats) for ep in eps}
    assert len(shapes) >= 10
    assert check_project(project) == []

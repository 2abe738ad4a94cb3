"""Genre rules: sweet romance needs 甜 beats; revenge needs its first 爽 payoff early."""
from __future__ import annotations

from beatboard.core.model import Emotion
from beatboard.rules import BUILTIN_PROFILES, resolve_profile
from beatboard.rules.checker import RuleChecker

from .factories import clean_beats, episode, link, of, project


def tagged(n: int, tags: dict[int, str]):
    beats = clean_beats(n)
    for i, tag in tags.items():
        b = beats[i]
        b.emotion = Emotion(tag=tag, direction=b.emotion.direction, intensity=b.emotion.intensity)
    return beats


def run(proj):
    return RuleChecker(resolve_profile(proj)).check(proj)


def test_sweet_romance_wants_two_sweet_beats_on_every_cut():
    ok = project(episode(1, tagged(1, {1: "sweet", 3: "sweet"})), genre="sweet-romance")
    assert of(run(ok), "SWEET_BEATS_LOW") == []
    low = project(episode(1, tagged(1, {1: "sweet"})), genre="sweet-romance")
    found = of(run(low), "SWEET_BEATS_LOW")
    assert len(found) == 1 and found[0].params["count"] == 1 and found[0].path[0] == "e1b1"


def test_sweet_minimum_is_checked_per_cut():
    beats = tagged(1, {1: "sweet", 3: "sweet"})
    alt = beats[3].model_copy(update={"id": "alt", "panels": [], "emotion": Emotion(tag="comic", direction="up")})
    links = [link(a.id, b.id) for a, b in zip(beats, beats[1:])]
    links += [link("e1b3", "alt", "variant"), link("alt", "e1b5")]
    proj = project(episode(1, beats + [alt], links), genre="sweet-romance")
    found = of(run(proj), "SWEET_BEATS_LOW")
    assert len(found) == 1 and "alt" in found[0].path


def test_other_genres_have_no_sweet_minimum():
    proj = project(episode(1, tagged(1, {})), genre="revenge")
    assert of(run(proj), "SWEET_BEATS_LOW") == []


def test_revenge_first_payoff_must_land_by_episode_two():
    late = project(episode(1, tagged(1, {})), episode(2, tagged(2, {})),
                   episode(3, tagged(3, {3: "payoff"})), genre="revenge")
    found = of(run(late), "FIRST_PAYOFF_LATE")
    assert len(found) == 1 and found[0].episode_number == 2
    assert "前 2 集" in found[0].text("zh")
    on_time = project(episode(1, tagged(1, {})), episode(2, tagged(2, {3: "爽"})), genre="revenge")
    assert of(run(on_time), "FIRST_PAYOFF_LATE") == []


def test_first_payoff_rule_waits_until_the_series_is_boarded_that_far():
    proj = project(episode(1, tagged(1, {})), genre="revenge")
    assert of(run(proj), "FIRST_PAYOFF_LATE") == []


def test_genre_rules_are_off_in_the_plain_profiles():
    proj = project(episode(1, tagged(1, {})), episode(2, tagged(2, {})), genre="other")
    found = RuleChecker(BUILTIN_PROFILES["overseas"]).check(proj)
    assert of(found, "FIRST_PAYOFF_LATE") == [] and of(found, "SWEET_BEATS_LOW") == []

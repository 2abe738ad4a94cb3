"""Series rules (episode 1 conflict, payoff drought, paywall) and compliance rules."""
from __future__ import annotations

from beatboard.core.model import Character
from beatboard.rules import BUILTIN_PROFILES, Severity, check_project

from .factories import beat, check, clean_beats, clean_episode, episode, link, of, project


def no_up(n: int):
    beats = clean_beats(n)
    beats[1] = beat(f"e{n}b2", "setup", 10, "level", 3)
    beats[3] = beat(f"e{n}b4", "payoff", 10, "level", 4)
    beats[6] = beat(f"e{n}b7", "payoff", 10, "level", 5)
    return episode(n, beats)


# --- episode 1 conflict ------------------------------------------------------------------

def slow_opening(n: int):
    beats = clean_beats(n)
    beats[0] = beat(f"e{n}b1", "hook", 2, "level", 4)
    beats[1] = beat(f"e{n}b2", "setup", 10, "up", 3)
    beats[2] = beat(f"e{n}b3", "escalation", 10, "down", 4, title="Betrayal")
    return beats


def test_episode_one_conflict_late_names_the_beat():
    found = check(project(episode(1, slow_opening(1)), clean_episode(2)))
    f = of(found, "EP1_CONFLICT_LATE")
    assert len(f) == 1 and f[0].episode_number == 1 and f[0].beats == ("e1b3",)
    assert "12 s" in f[0].message and "limit 10 s" in f[0].message


def test_only_the_first_episode_is_held_to_the_conflict_rule():
    found = check(project(clean_episode(1), episode(2, slow_opening(2))))
    assert of(found, "EP1_CONFLICT_LATE") == []


def test_first_episode_is_the_lowest_number_not_the_first_in_the_list():
    found = check(project(clean_episode(5), episode(3, slow_opening(3))))
    assert [f.episode_number for f in of(found, "EP1_CONFLICT_LATE")] == [3]


def test_episode_one_without_any_conflict_on_a_cut():
    beats = [beat("a", "hook", 2, "up", 4), beat("b", "payoff", 30, "up"),
             beat("c", "escalation", 30, "down"), beat("z", "cliffhanger", 10, "level", 5)]
    links = [link("a", "b"), link("b", "z"), link("a", "c", "variant"), link("c", "z")]
    f = of(check(project(episode(1, beats, links))), "EP1_CONFLICT_LATE")
    assert len(f) == 1 and f[0].path == ("a", "b", "z") and "No conflict" in f[0].message


# --- payoff drought ----------------------------------------------------------------------

def test_payoff_drought_after_three_episodes_without_release():
    eps = [clean_episode(1), no_up(2), no_up(3), no_up(4), clean_episode(5)]
    f = of(check(project(*eps)), "PAYOFF_DROUGHT")
    assert len(f) == 1 and f[0].episode_number == 4
    assert "Episodes 2-4 (3 in a row)" in f[0].message


def test_two_dry_episodes_pass_and_gaps_break_the_run():
    eps = [no_up(1), no_up(2), clean_episode(3), no_up(4), no_up(5)]
    assert of(check(project(*eps)), "PAYOFF_DROUGHT") == []


def test_drought_counts_a_branch_without_up_beats():
    def branchy(n):
        beats = clean_beats(n)
        beats[1] = beat(f"e{n}b2", "setup", 10, "level")
        beats[6] = beat(f"e{n}b7", "payoff", 10, "level", 5)
        beats.append(beat(f"e{n}alt", "payoff", 10, "level"))  # replaces the up beat b4
        ids = [b.id for b in beats[:8]]
        links = [link(a, b) for a, b in zip(ids, ids[1:])]
        links += [link(f"e{n}b3", f"e{n}alt", "variant"), link(f"e{n}alt", f"e{n}b5")]
        return episode(n, beats, links)
    f = of(check(project(branchy(1), branchy(2), branchy(3))), "PAYOFF_DROUGHT")
    assert len(f) == 1 and "e3alt" in f[0].path


# --- paywall -----------------------------------------------------------------------------

def with_cliff(n: int, intensity: int):
    beats = clean_beats(n)
    beats[-1] = beat(f"e{n}b8", "cliffhanger", 10, "level", intensity, title=f"Cliff {n}")
    return episode(n, beats)


def test_paywall_weak_when_last_free_cliffhanger_is_not_5():
    proj = project(*(with_cliff(n, 4) for n in range(1, 6)), paywall=4)
    f = of(check(proj), "PAYWALL_WEAK")
    assert len(f) == 1 and f[0].episode_number == 3 and f[0].beats == ("e3b8",)
    assert "intensity 4" in f[0].message


def test_paywall_strong_passes_and_no_paywall_no_rule():
    proj = project(*(with_cliff(n, 5 if n == 3 else 4) for n in range(1, 6)), paywall=4)
    assert of(check(proj), "PAYWALL_WEAK") == []
    proj.series.paywall_after = None
    proj.episodes[2] = with_cliff(3, 4)
    assert of(check(proj), "PAYWALL_WEAK") == []


def test_paywall_must_be_the_series_strongest_with_a_relaxed_profile():
    profile = BUILTIN_PROFILES["overseas"].model_copy(update={"paywall_intensity": 4})
    proj = project(*(with_cliff(n, 5 if n == 5 else 4) for n in range(1, 6)), paywall=4)
    f = of(check(proj, profile), "PAYWALL_WEAK")
    assert len(f) == 1 and "episode 5" in f[0].message


# --- compliance --------------------------------------------------------------------------

def tagged(tags=(), chars=()):
    beats = clean_beats(1)
    beats[3] = beat("e1b4", "payoff", 10, "up", 4, title="Party", tags=tags, chars=chars)
    return episode(1, beats)


def test_minors_tag_with_drinking_is_an_error():
    f = of(check(project(tagged(("minors", "drinking")))), "COMPLIANCE_MINORS")
    assert len(f) == 1 and f[0].severity == Severity.ERROR and f[0].beats == ("e1b4",)
    assert "drinking" in f[0].message


def test_minor_character_with_violence_is_an_error():
    kids = [Character(name="Xiaobao", minor=True), Character(name="Lin")]
    proj = project(tagged(("violence",), ("Xiaobao",)), characters=kids)
    f = of(check(proj), "COMPLIANCE_MINORS")
    assert len(f) == 1 and "Xiaobao" in f[0].message
    # the same beat with an adult only is not a minors problem
    proj.episodes[0] = tagged(("violence",), ("Lin",))
    assert of(check(proj), "COMPLIANCE_MINORS") == []


def test_minors_without_restricted_tags_pass():
    assert of(check(project(tagged(("minors",)))), "COMPLIANCE_MINORS") == []


def test_profiles_flag_different_tags():
    proj = project(tagged(("gambling", "self-harm")))
    overseas = {f.params["tags"][0]: f.severity
                for f in of(check(proj, BUILTIN_PROFILES["overseas"]), "COMPLIANCE_FLAG")}
    china = {f.params["tags"][0]: f.severity
             for f in of(check(proj, BUILTIN_PROFILES["china"]), "COMPLIANCE_FLAG")}
    assert overseas == {"gambling": Severity.INFO, "self-harm": Severity.WARNING}
    assert china == {"gambling": Severity.WARNING, "self-harm": Severity.WARNING}
    assert of(check(project(tagged(("wealth-flaunting",))), BUILTIN_PROFILES["overseas"]),
              "COMPLIANCE_FLAG") == []
    assert len(of(check(project(tagged(("wealth-flaunting",))), BUILTIN_PROFILES["china"]),
                  "COMPLIANCE_FLAG")) == 1


def test_family_genre_requires_the_minors_tag():
    kids = [Character(name="小宝", minor=True)]
    proj = project(tagged((), ("小宝",)), genre="family", characters=kids)
    f = of(check_project(proj), "COMPLIANCE_FLAG")
    assert len(f) == 1 and "小宝" in f[0].message and "not tagged minors" in f[0].message
    proj.series.genre = "other"
    assert of(check_project(proj), "COMPLIANCE_FLAG") == []


def test_findings_sorted_by_episode_then_severity_then_rule():
    bad = with_cliff(2, 2)
    bad.beats[0] = beat("e2b1", "setup", 2, "down", 4)  # hook missing: error
    found = check_project(project(clean_episode(3), bad, with_cliff(1, 3)))
    keys = [(f.episode_number, f.severity.rank, f.rule) for f in found]
    assert keys == sorted(keys)
    assert [f.episode_number for f in found][:1] == [1]
    assert ("HOOK_MISSING" in [f.rule for f in found if f.episode_number == 2])


def test_compliance_aliases_in_english_and_chinese():
    found = check(project(tagged(("未成年人", "饮酒"))))
    assert len(of(found, "COMPLIANCE_MINORS")) == 1
    china = BUILTIN_PROFILES["china"]
    f = of(check(project(tagged(("炫富",))), china), "COMPLIANCE_FLAG")
    assert len(f) == 1 and f[0].params["tags"] == ["wealth-flaunting"]
    f = of(check(project(tagged(("slap", "minors"))), china), "COMPLIANCE_MINORS")
    assert len(f) == 1 and "violence" in f[0].message

"""Per-episode rules: each has a passing and a failing case; branches are checked per cut."""
from __future__ import annotations

from beatboard.rules import BUILTIN_PROFILES, Severity

from .factories import (beat, check, clean_beats, clean_episode, episode, link, of, project,
                        rules)

OVERSEAS = BUILTIN_PROFILES["overseas"]


def only(findings, rule):
    found = of(findings, rule)
    assert len(found) == 1, [f.message for f in findings]
    return found[0]


def test_clean_episode_has_no_findings():
    assert check(project(clean_episode(1))) == []


# --- hooks -------------------------------------------------------------------------------

def test_hook_missing_is_an_error_naming_the_cut():
    beats = clean_beats(1)
    beats[0] = beat("e1b1", "setup", 2, "down", 4)
    f = only(check(project(episode(1, beats))), "HOOK_MISSING")
    assert f.severity == Severity.ERROR
    assert f.episode == "ep1" and f.episode_number == 1
    assert f.path == tuple(b.id for b in beats)


def test_hook_late_names_the_hook_start_and_limit():
    beats = clean_beats(1)
    beats[0] = beat("e1b1", "setup", 5.5, "down", 4, title="Cold open")
    beats[1] = beat("e1b2", "hook", 10, "up", 3, title="Slap")
    f = only(check(project(episode(1, beats))), "HOOK_LATE")
    assert f.beats == ("e1b2",)
    assert "'Slap'" in f.message and "5.5 s" in f.message and "limit 3 s" in f.message
    assert f.path[:2] == ("e1b1", "e1b2") and f.path[-1] == "e1b8"


def test_hook_on_one_branch_only_is_missing_on_the_other_cut():
    # a -> b(hook) -> d ; a -> c(no hook) -> d, where a is not a hook
    beats = [beat("a", "setup", 1), beat("b", "hook", 5), beat("c", "setup", 5, "up"),
             beat("d", "cliffhanger", 60, "down", 5)]
    links = [link("a", "b"), link("b", "d"), link("a", "c", "variant"), link("c", "d")]
    found = check(project(episode(1, beats, links)))
    assert only(found, "HOOK_MISSING").path == ("a", "c", "d")
    assert of(found, "HOOK_LATE") == []  # the hook that exists starts at 1 s


def test_hook_late_is_found_on_the_slow_variant():
    beats = [beat("a", "setup", 1), beat("fast", "setup", 1), beat("slow", "setup", 4, "up"),
             beat("h", "hook", 10), beat("z", "cliffhanger", 60, "down", 5)]
    links = [link("a", "fast"), link("fast", "h"), link("a", "slow", "choice"),
             link("slow", "h"), link("h", "z")]
    f = only(check(project(episode(1, beats, links))), "HOOK_LATE")
    assert f.path == ("a", "slow", "h", "z")
    assert "5 s" in f.message


# --- cliffhangers ------------------------------------------------------------------------

def test_cliffhanger_missing_and_weak():
    beats = clean_beats(1)
    beats[-1] = beat("e1b8", "payoff", 10, "up", 5, title="Hug")
    f = only(check(project(episode(1, beats))), "CLIFFHANGER_MISSING")
    assert f.severity == Severity.ERROR and f.beats == ("e1b8",) and "'Hug'" in f.message

    beats[-1] = beat("e1b8", "cliffhanger", 10, "level", 3)
    f = only(check(project(episode(1, beats))), "CLIFFHANGER_WEAK")
    assert f.severity == Severity.WARNING and "intensity 3" in f.message


def test_each_branch_end_is_checked_for_a_cliffhanger():
    beats = clean_beats(1)[:-1] + [beat("end_a", "cliffhanger", 10, "level", 5),
                                   beat("end_b", "payoff", 10, "up", 4)]
    ids = [b.id for b in beats]
    links = [link(a, b) for a, b in zip(ids[:6], ids[1:7])]
    links += [link("e1b7", "end_a"), link("e1b7", "end_b", "choice")]
    f = only(check(project(episode(1, beats, links))), "CLIFFHANGER_MISSING")
    assert f.beats == ("end_b",) and f.path[-2:] == ("e1b7", "end_b")
    assert f.path[0] == "e1b1"


# --- duration ----------------------------------------------------------------------------

def test_episode_too_short_and_too_long_use_the_shortest_and_longest_cut():
    beats = [beat("a", "hook", 2, "down", 4), beat("short", "payoff", 5, "up"),
             beat("long", "payoff", 150, "up"), beat("z", "cliffhanger", 10, "level", 5)]
    links = [link("a", "short"), link("short", "z"), link("a", "long", "variant"),
             link("long", "z")]
    found = check(project(episode(1, beats, links)))
    short = only(found, "EPISODE_TOO_SHORT")
    assert short.path == ("a", "short", "z") and "17 s" in short.message
    long = only(found, "EPISODE_TOO_LONG")
    assert long.path == ("a", "long", "z") and "162 s" in long.message
    assert long.severity == Severity.WARNING and "limit 120 s" in long.message


def test_episode_over_180_s_is_an_error():
    beats = clean_beats(1)
    beats[4] = beat("e1b5", "turn", 120, "level", 3)
    f = only(check(project(episode(1, beats))), "EPISODE_TOO_LONG")
    assert f.severity == Severity.ERROR and "182 s" in f.message and "limit 180 s" in f.message


def test_estimated_duration_counts_toward_length():
    beats = clean_beats(1)
    # 160 words at 160 wpm = 60 s, plus a 0.5 s pause, instead of 10 s.
    beats[4] = beat("e1b5", "turn", None, "level", dialogue="A: " + "word " * 160)
    f = only(check(project(episode(1, beats))), "EPISODE_TOO_LONG")
    assert "122.5 s" in f.message


# --- emotion runs ------------------------------------------------------------------------

def test_turn_gap_reports_the_run_and_its_length():
    beats = clean_beats(1)
    beats[1] = beat("e1b2", "setup", 25, "down", 3, title="Scold")
    beats[2] = beat("e1b3", "escalation", 20, "down", 4, title="Push")
    found = check(project(episode(1, beats)))
    f = only(found, "TURN_GAP")
    assert f.beats == ("e1b1", "e1b2", "e1b3")
    assert "47 s" in f.message and "limit 40 s" in f.message and "down" in f.message


def test_turn_gap_passes_at_exactly_the_limit():
    beats = clean_beats(1)
    beats[1] = beat("e1b2", "setup", 28, "down", 3)
    beats[2] = beat("e1b3", "escalation", 10, "down", 4)
    assert of(check(project(episode(1, beats))), "TURN_GAP") == []


def test_pressure_run_counts_consecutive_down_beats_per_cut():
    beats = clean_beats(1)
    beats[1] = beat("e1b2", "setup", 5, "down", 3)
    beats[3] = beat("e1b4", "escalation", 5, "down", 3)
    # main line: b1..b4 all down (4 > 3); the variant replaces b4 with an up beat.
    beats.append(beat("alt", "payoff", 5, "up", 4))
    ids = [b.id for b in beats[:8]]
    links = [link(a, b) for a, b in zip(ids, ids[1:])]
    links += [link("e1b3", "alt", "variant"), link("alt", "e1b5")]
    f = only(check(project(episode(1, beats, links))), "PRESSURE_RUN")
    assert f.beats == ("e1b1", "e1b2", "e1b3", "e1b4")
    assert "4 down beats" in f.message and f.path[:5] == ("e1b1", "e1b2", "e1b3", "e1b4", "e1b5")


def test_pressure_run_of_three_passes():
    beats = clean_beats(1)
    beats[1] = beat("e1b2", "setup", 5, "down", 3)
    assert of(check(project(episode(1, beats))), "PRESSURE_RUN") == []


# --- graph -------------------------------------------------------------------------------

def test_cycle_is_an_error_and_path_rules_are_skipped():
    beats = clean_beats(1)
    ids = [b.id for b in beats]
    links = [link(a, b) for a, b in zip(ids, ids[1:])] + [link("e1b6", "e1b3", "choice")]
    found = check(project(episode(1, beats, links)))
    f = only(found, "GRAPH_CYCLE")
    assert f.severity == Severity.ERROR
    assert f.beats == ("e1b3", "e1b4", "e1b5", "e1b6")
    assert rules(found) == {"GRAPH_CYCLE"}


def test_unreachable_beat_is_a_warning():
    beats = clean_beats(1) + [beat("lost", "payoff", 5, "up", title="Lost scene")]
    ids = [b.id for b in beats[:8]]
    links = [link(a, b) for a, b in zip(ids, ids[1:])]
    found = check(project(episode(1, beats, links)))
    f = only(found, "GRAPH_UNREACHABLE")
    assert f.severity == Severity.WARNING and f.beats == ("lost",)
    assert "'Lost scene'" in f.message


def test_bad_links_in_memory():
    ep = clean_episode(1)
    ids = [b.id for b in ep.beats]
    good = [link(a, b) for a, b in zip(ids, ids[1:])]
    ep.links = good + [link("e1b2", "e1b2", "choice"), link("e1b2", "e1b3", "variant"),
                       link("e1b4", "e1b6")]
    ep.links.append(link("e1b5", "ghost"))
    found = of(check(project(ep)), "GRAPH_BAD_LINK")
    by_text = " | ".join(f.message for f in found)
    assert len(found) == 4, by_text
    assert all(f.severity == Severity.ERROR for f in found)
    assert "itself" in by_text and "more than once" in by_text and "'ghost'" in by_text
    multi = [f for f in found if "'next' links" in f.message]
    assert multi[0].beats == ("e1b4", "e1b5", "e1b6")


def test_no_links_means_list_order():
    ep = clean_episode(1)
    ep.beats = ep.beats[:-1]  # now ends on a payoff
    f = only(check(project(ep)), "CLIFFHANGER_MISSING")
    assert f.path == tuple(b.id for b in ep.beats)


def test_empty_episode_has_no_path_findings():
    # Only the one finding that says what is wrong, not a pile of hook/cliff/length ones.
    assert [f.rule for f in check(project(episode(1, [])))] == ["EPISODE_EMPTY"]


# --- an episode with no beats ------------------------------------------------------------

def test_an_empty_episode_is_an_error_in_both_languages():
    from beatboard.rules import episode_status
    from beatboard.rules.messages import render
    proj = project(clean_episode(1), episode(2, []))
    findings = check(proj)
    f = only(findings, "EPISODE_EMPTY")
    assert f.severity == Severity.ERROR and f.episode == "ep2" and f.episode_number == 2
    assert "no beats" in f.message and "60 s" in f.message
    assert "没有节拍" in render(f.rule, f.params, "zh")
    assert episode_status(findings, "ep2") == "errors"
    assert episode_status(findings, "ep1") == "clean"


def test_an_empty_episode_can_be_turned_off_by_a_profile():
    profile = OVERSEAS.model_copy(update={"rules": {"EPISODE_EMPTY": "off"}})
    assert of(check(project(episode(1, [])), profile), "EPISODE_EMPTY") == []

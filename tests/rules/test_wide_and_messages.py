"""Path rules without enumerating cuts, and findings in English and Chinese."""
from __future__ import annotations

from beatboard.core.graph import cut_count
from beatboard.rules import (BUILTIN_PROFILES, RULE_IDS, RULE_TITLES, Severity, check_project,
                             counts, episode_status)

from .factories import beat, check, clean_beats, clean_episode, episode, of, project, wide_episode


def test_the_one_long_cut_among_a_million_is_found():
    ep = wide_episode(20, long_variant=13)
    assert cut_count(ep) == 2 ** 20
    found = check(project(ep))
    long = of(found, "EPISODE_TOO_LONG")
    assert len(long) == 1 and long[0].severity == Severity.ERROR
    expected = [f"m{i}" for i in range(41)]
    expected[27] = "v13"
    assert long[0].path == tuple(expected)
    assert "220 s" in long[0].message
    gap = of(found, "TURN_GAP")
    assert len(gap) == 1 and gap[0].beats == ("v13",) and "v13" in gap[0].path
    # Down beats sit only on the main line: the all-variants cut has no conflict.
    conflict = of(found, "EP1_CONFLICT_LATE")
    assert len(conflict) == 1
    assert [b for b in conflict[0].path if b.startswith("v")] == [f"v{i}" for i in range(20)]
    assert {f.rule for f in found} == {"EPISODE_TOO_LONG", "TURN_GAP", "EP1_CONFLICT_LATE"}


def test_wide_episode_shortest_cut_takes_every_short_variant():
    ep = wide_episode(20, long_variant=13)
    profile = BUILTIN_PROFILES["overseas"].model_copy(
        update={"episode_min_s": 110.0, "episode_warn_s": 300.0, "episode_max_s": 400.0})
    short = of(check(project(ep), profile), "EPISODE_TOO_SHORT")
    assert len(short) == 1 and "104 s" in short[0].message
    assert sum(1 for b in short[0].path if b.startswith("v")) == 19


def test_every_rule_has_titles_in_both_languages():
    assert set(RULE_TITLES) == set(RULE_IDS)
    for en, zh in RULE_TITLES.values():
        assert en.isascii() and not zh.isascii()


def test_finding_text_in_chinese_and_english():
    beats = clean_beats(1)
    beats[0] = beat("e1b1", "setup", 5.5, "down", 4, title="冷开场")
    beats[1] = beat("e1b2", "hook", 10, "up", 3, title="耳光")
    f = of(check(project(episode(1, beats))), "HOOK_LATE")[0]
    assert f.text("en") == f.message
    assert f.message.startswith("First hook '耳光' starts at 5.5 s on cut e1b1 → e1b2 →")
    zh = f.text("zh")
    assert "第一个钩子 “耳光” 在 5.5 秒才出现" in zh and "上限 3 秒" in zh
    assert f.title("zh") == "钩子出现太晚"


def test_every_finding_kind_renders_in_chinese():
    beats = clean_beats(1)
    beats[3] = beat("e1b4", "payoff", 10, "up", 4, tags=("minors", "drinking", "gambling"))
    beats[-1] = beat("e1b8", "cliffhanger", 200, "down", 2)
    found = check(project(episode(1, beats), paywall=2), BUILTIN_PROFILES["china"])
    assert {"COMPLIANCE_MINORS", "COMPLIANCE_FLAG", "CLIFFHANGER_WEAK", "EPISODE_TOO_LONG",
            "PAYWALL_WEAK", "TURN_GAP"} <= {f.rule for f in found}
    for f in found:
        zh = f.text("zh")
        assert zh != f.message and any("\u4e00" <= ch <= "\u9fff" for ch in zh), f.rule
        assert "{" not in zh and "{" not in f.message


def test_status_and_counts():
    bad = clean_episode(2)
    bad.beats[-1].kind = "payoff"  # cliffhanger missing: error
    warn = clean_episode(3)
    warn.beats[-1].emotion.intensity = 3  # weak cliffhanger: warning
    found = check_project(project(clean_episode(1), bad, warn))
    assert episode_status(found, "ep1") == "clean"
    assert episode_status(found, "ep2") == "errors"
    assert episode_status(found, "ep3") == "warnings"
    assert counts(found) == {"error": 1, "warning": 1, "info": 0}
    assert counts([]) == {"error": 0, "warning": 0, "info": 0}

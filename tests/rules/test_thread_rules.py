"""THREAD_UNPAID and PAYOFF_UNPLANTED: setups and payoffs across episodes."""
from beatboard.core.model import Thread
from beatboard.edit import AddThread, EditError, RemoveThread, SetThread, move_beats
from beatboard.rules import BUILTIN_PROFILES, RuleChecker
from beatboard.rules.profile import load_profile

import pytest

from .factories import clean_episode, project


def series(n=25, threads=()):
    p = project(*(clean_episode(k) for k in range(1, n + 1)))
    p.threads = list(threads)
    return p


def thread_findings(p, profile=BUILTIN_PROFILES["overseas"]):
    return [f for f in RuleChecker(profile).check(p)
            if f.rule in ("THREAD_UNPAID", "PAYOFF_UNPLANTED")]


def test_paid_off_in_time_is_clean():
    assert thread_findings(series(threads=[Thread(id="t", label="jade bracelet",
                                                  setup="e1b2", payoff="e9b4")])) == []


def test_setup_never_paid_off_by_the_series_end():
    [f] = thread_findings(series(threads=[Thread(id="t", label="jade bracelet", setup="e1b2")]))
    assert f.rule == "THREAD_UNPAID" and f.episode_number == 1 and f.beats == ("e1b2",)
    assert "never paid off by the series' end (episode 25)" in f.text("en")
    assert "伏笔" in f.text("zh") and "第 25 集" in f.text("zh")


def test_payoff_later_than_the_profile_allows():
    p = series(threads=[Thread(id="t", label="jade bracelet", setup="e1b2", payoff="e23b4")])
    [f] = thread_findings(p)
    assert f.rule == "THREAD_UNPAID" and f.params["gap"] == 22 and f.params["limit"] == 20
    loose = BUILTIN_PROFILES["overseas"].model_copy(update={"thread_payoff_within": 30})
    assert thread_findings(p, loose) == []


def test_payoff_before_its_setup_or_without_one():
    p = series(threads=[Thread(id="a", label="letter", setup="e5b2", payoff="e3b4"),
                        Thread(id="b", label="scar", payoff="e4b1"),
                        Thread(id="c", label="same ep", setup="e6b5", payoff="e6b3")])
    found = {(f.rule, f.params["thread"], f.params.get("variant")) for f in thread_findings(p)}
    assert found == {("PAYOFF_UNPLANTED", "letter", None),
                     ("PAYOFF_UNPLANTED", "scar", "missing"),
                     ("PAYOFF_UNPLANTED", "same ep", None)}


def test_moving_the_setup_after_the_payoff_is_noticed_live():
    p = series(n=5, threads=[Thread(id="t", label="ring", setup="e2b2", payoff="e3b4")])
    checker = RuleChecker(BUILTIN_PROFILES["overseas"])
    checker.check(p)
    edit = move_beats(p, "ep2", ["e2b2"], "ep4", "e4b1")
    change = edit.apply(p)
    got = checker.recheck(p, change.episodes)
    assert [f.rule for f in got if f.rule == "PAYOFF_UNPLANTED"] == ["PAYOFF_UNPLANTED"]
    assert p.threads[0].setup == "e2b2"


def test_thread_edits_add_relabel_and_remove_with_undo():
    p = series(n=3)
    add = AddThread("jade bracelet", "e1b2", "e3b4")
    add.apply(p)
    tid = add.thread_id
    relabel = SetThread(tid, label="玉镯", payoff="e2b4")
    relabel.apply(p)
    assert (p.threads[0].label, p.threads[0].payoff) == ("玉镯", "e2b4")
    with pytest.raises(EditError):
        SetThread(tid, setup="ghost").apply(p)
    with pytest.raises(EditError):
        AddThread("x", "e1b1", "e1b1").apply(p)
    remove = RemoveThread(tid)
    remove.apply(p)
    assert p.threads == []
    remove.revert(p)
    relabel.revert(p)
    assert (p.threads[0].label, p.threads[0].payoff) == ("jade bracelet", "e3b4")
    add.revert(p)
    assert p.threads == []


def test_threshold_is_in_the_shipped_profiles():
    from beatboard.rules.profile import builtin_profile_path
    for pid in ("overseas", "china"):
        assert load_profile(builtin_profile_path(pid)).thread_payoff_within == 20

"""The diff re-runs only the rules a change can move, and still finds every finding
that appears or is fixed (a panel's timing moves the caption findings, a note none)."""
from __future__ import annotations

from beatboard.core.model import Panel
from beatboard.versioning import diff_projects
from beatboard.versioning.rule_scope import findings_pair
from beatboard.versioning.walk import project_data

from tests.rules.factories import beat, clean_beats, episode, project

LONG = "LIN: You will regret this. Every one of you who laughed at me tonight will kneel."


def two_versions():
    beats = clean_beats(1)
    beats[-1] = beat("e1b8", "cliffhanger", 10.0, "level", 5, title="Vow", dialogue=LONG)
    beats[-1].panels = [Panel(id="e1b8-p1")]
    old = project(episode(1, beats))
    new = old.model_copy(deep=True)
    last = new.episodes[0].beats[-1]
    last.notes = "a note moves no finding"
    last.panels[0].duration_s = 9.7  # the second panel's cue gets 0.3 s
    last.panels.append(Panel(id="e1b8-p2", image="assets/x.png"))
    return old, new


def keys(found):
    return {(f.rule, f.episode, f.beats, f.path) for f in found}


def test_a_panel_squeezing_a_caption_shows_its_new_finding():
    old, new = two_versions()
    diff = diff_projects(old, new)
    found = [k for c in diff.changes for k in c.consequences if k.item_type == "finding"]
    assert [(k.kind, k.item_id) for k in found] == [("added", "CAPTION_FAST")]
    back = diff_projects(new, old)
    fixed = [k for c in back.changes for k in c.consequences if k.item_type == "finding"]
    assert [(k.kind, k.item_id) for k in fixed] == [("removed", "CAPTION_FAST")]


def test_scoped_findings_differ_exactly_where_a_full_check_does():
    old, new = two_versions()
    ids = {ep.id for ep in old.episodes}
    full = findings_pair(old, new, ids, whole=True)
    scoped = findings_pair(old, new, ids, False, (project_data(old), project_data(new)))
    assert keys(full[1]) - keys(full[0]) == keys(scoped[1]) - keys(scoped[0]) != set()
    assert keys(full[0]) - keys(full[1]) == keys(scoped[0]) - keys(scoped[1])


def test_notes_and_pictures_alone_check_no_episode_again():
    old, _ = two_versions()
    new = old.model_copy(deep=True)
    new.episodes[0].beats[0].notes = "only a note"
    new.episodes[0].beats[-1].panels[0].image = "assets/y.png"
    before, after = findings_pair(old, new, {"ep1", new.episodes[0].id}, False,
                                  (project_data(old), project_data(new)))
    assert keys(before) == keys(after)  # the series rules only: nothing appears
    assert not any(f.rule == "CAPTION_FAST" for f in before + after)

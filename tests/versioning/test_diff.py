"""The semantic diff: exactly the changes made, consequences under their cause, and each
change brought into a project as one undoable edit."""
from __future__ import annotations

from beatboard.versioning import apply_change, diff_projects

from .scripted import sample, twenty_changes


def key(c):
    return (c.kind, c.item_type, c.item_id, c.field)


def test_twenty_scripted_changes_are_listed_exactly():
    p = sample()
    q, expected = twenty_changes(p)
    diff = diff_projects(p, q)
    assert {key(c) for c in diff.changes} == expected
    assert len(diff.changes) == 20
    by_key = {key(c): c for c in diff.changes}
    # A longer beat shifts every later beat of episode 1: consequences, not changes.
    longer = by_key[("changed", "beat", "e01-b02", "duration_s")]
    assert (longer.old, longer.new) == (10.0, 14.0)
    shifted = {k.item_id for k in longer.consequences if k.field == "start_s"}
    assert "e01-b03" in shifted and all(k.item_type in ("beat", "episode", "finding")
                                        for k in longer.consequences)
    shift = next(k for k in longer.consequences if k.item_id == "e01-b03")
    assert (shift.old, shift.new) == (16.0, 20.0) and "+4.0 s" in shift.summary
    # The beat that left episode 1 closes its gap: the later beats start earlier.
    moved = by_key[("moved", "beat", "e01-b05", None)]
    assert moved.old == "ep 1" and moved.new == "ep 2"
    assert {k.item_id for k in moved.consequences if k.field == "start_s"} >= {"e01-b06",
                                                                              "e01-b09"}
    assert not {"e01-b06", "e01-b09"} & shifted
    removed = by_key[("removed", "beat", "e02-b06", None)]
    assert any(k.field == "duration_s" and k.item_id == "ep02"
               for k in moved.consequences + removed.consequences)
    # Dialogue reads as a line diff.
    dialogue = by_key[("changed", "beat", "e01-b03", "dialogue")]
    assert "+ ETHAN: You what?" in dialogue.line_diff()
    assert "+2" in dialogue.summary or "lines" in dialogue.summary
    redrawn = by_key[("changed", "panel", "e06-b02-p1", "sketch")]
    assert "redrawn" in redrawn.summary
    along = by_key[("moved", "beat", "e04-b06", None)]
    assert along.new == "e04-b02" and "main line" in along.summary
    # No consequence is listed as a change of its own, and each summary is one line.
    assert all("\n" not in c.summary for c in diff.changes)
    assert diff.changed_ids() >= {"ep01", "e01-b02", "e01-b05", "ep02", "e06-b02-p1", "ep14"}


def test_findings_that_appear_hang_under_their_cause():
    p = sample()
    q = p.model_copy(deep=True)
    q.episode("ep02").beats[-1].kind = "setup"  # the episode no longer ends on a cliffhanger
    q.episode("ep02").beats[-1].emotion.intensity = 1
    diff = diff_projects(p, q)
    assert len(diff.changes) == 2
    found = [k for c in diff.changes for k in c.consequences if k.item_type == "finding"]
    assert found and all(k.kind == "added" and k.episode_id == "ep02" for k in found)
    back = diff_projects(q, p)
    fixed = [k for c in back.changes for k in c.consequences if k.item_type == "finding"]
    assert {k.item_id for k in fixed} == {k.item_id for k in found}
    assert all(k.kind == "removed" for k in fixed)


def test_same_project_is_empty():
    p = sample()
    assert diff_projects(p, p.model_copy(deep=True)).is_empty
    assert diff_projects(p, p).changed_ids() == set()


def test_a_field_the_diff_has_no_code_for_is_covered():
    # Audience datasets (format 5) and set-aside beats have no code of their own in diff.
    from beatboard.core.audience_model import RetentionDataset
    from beatboard.core.model import Beat
    p = sample()
    q = p.model_copy(deep=True)
    q.audience = [RetentionDataset(id="a1", episode="ep01", points=[(0.0, 1.0), (5.0, 0.7)])]
    q.unplaced = [Beat(id="lost1", title="Cut scene")]
    diff = diff_projects(p, q)
    assert {key(c) for c in diff.changes} == {("added", "audience", "a1", None),
                                              ("added", "beat", "lost1", None)}
    r = q.model_copy(deep=True)
    r.audience[0].label = "TikTok A"
    (c,) = diff_projects(q, r).changes
    assert key(c) == ("changed", "audience", "a1", "label") and c.new == "TikTok A"


def test_accepting_every_change_gives_the_new_version_and_undo_restores():
    p = sample()
    q, _ = twenty_changes(p)
    r = p.model_copy(deep=True)
    edits = []
    for c in diff_projects(p, q).changes:
        e = apply_change(r, c)
        e.apply(r)
        edits.append(e)
    assert diff_projects(r, q, consequences=False).is_empty
    for e in reversed(edits):
        e.revert(r)
    assert r == p


def test_accepting_one_change_brings_only_that_one():
    p = sample()
    q, _ = twenty_changes(p)
    diff = diff_projects(p, q)
    for c in diff.changes:
        r = p.model_copy(deep=True)
        report = apply_change(r, c).apply(r)
        left = diff_projects(r, q, consequences=False)
        assert key(c) not in {key(x) for x in left.changes}, c.summary
        assert len(left.changes) == 19, (c.summary, [x.summary for x in left.changes])
        assert report.episodes or report.series or report.episode_list


def test_a_link_change_that_skips_a_beat_carries_the_timing_shift():
    from beatboard.edit import AddLink, Compound, RemoveLink
    p = sample()
    q = p.model_copy(deep=True)
    Compound("skip", [RemoveLink("ep03", "e03-b03", "e03-b04"),
                      AddLink("ep03", "e03-b03", "e03-b05")]).apply(q)
    (c,) = diff_projects(p, q).changes
    assert (c.kind, c.item_type, c.field) == ("changed", "episode", "links")
    assert c.old == ["e03-b03 → e03-b04"] and c.new == ["e03-b03 → e03-b05"]
    shifts = {k.item_id: k for k in c.consequences if k.field == "start_s"}
    assert shifts["e03-b05"].new - shifts["e03-b05"].old == -8.0  # e03-b04 ran 8 s
    assert any(k.item_type == "finding" for k in c.consequences)  # e03-b04 is unreachable

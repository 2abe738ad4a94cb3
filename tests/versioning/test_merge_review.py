"""Review comments merge as unions (replies too), and the diff lists comments added and resolved."""
from __future__ import annotations

from beatboard.core.review_model import Comment, Reply
from beatboard.versioning import diff_projects, merge_projects

from .scripted import sample


def with_comment(p, cid, text):
    p.comments = [*p.comments, Comment(id=cid, episode="ep01", beat="e01-b02", author="Mei",
                                       text=text)]
    return p


def test_comments_and_replies_from_both_sides_are_kept():
    base = with_comment(sample(), "c1", "Too slow?")
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    with_comment(ours, "c2", "@Jun cut the pause")
    with_comment(theirs, "c3", "Love the door shot")
    ours.comments[0].replies = [Reply(author="Jun", text="Agreed")]
    theirs.comments[0].replies = [Reply(author="Li", text="No, keep it")]
    theirs.comments[0].status = "resolved"
    result = merge_projects(base, ours, theirs)
    assert not result.conflicts
    merged = {c.id: c for c in result.project.comments}
    assert set(merged) == {"c1", "c2", "c3"}
    assert [r.text for r in merged["c1"].replies] == ["Agreed", "No, keep it"]
    assert merged["c1"].status == "resolved"


def test_diff_lists_a_comment_added_and_one_resolved():
    old = with_comment(sample(), "c1", "Too slow?")
    new = with_comment(old.model_copy(deep=True), "c2", "Wider")
    new.comments[0].status = "resolved"
    changes = {(c.kind, c.item_type, c.item_id, c.field): c
               for c in diff_projects(old, new).changes}
    assert set(changes) == {("added", "comment", "c2", None),
                            ("changed", "comment", "c1", "status")}
    assert "'open' → 'resolved'" in changes[("changed", "comment", "c1", "status")].summary


def test_two_new_episodes_with_one_number_are_both_kept():
    from beatboard.core.model import Episode
    from beatboard.versioning import merge_projects as merge
    base = sample()
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    ours.episodes = [*ours.episodes, Episode(id="epo", number=15, title="Ours 15")]
    theirs.episodes = [*theirs.episodes, Episode(id="ept", number=15, title="Theirs 15")]
    result = merge(base, ours, theirs)
    numbers = {e.id: e.number for e in result.project.episodes}
    assert (numbers["epo"], numbers["ept"]) == (15, 16)
    (c,) = result.conflicts
    assert (c.item_id, c.field, c.ours, c.theirs) == ("ept", "number", 15, 16)
    assert result.project.comments[0].episode == "ept"

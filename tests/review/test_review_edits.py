"""Every review edit undoes and redoes to the exact bytes, and reports what it touched."""
from __future__ import annotations

import pytest

from beatboard.core import fileio
from beatboard.core.model import Beat, Episode, Panel, Project
from beatboard.core.review_model import Comment
from beatboard.edit import EditError
from beatboard.edit.review_edits import (AddComment, DeleteComment, EditCommentText,
                                         ReplyToComment, SetApproval, SetCommentStatus)


def project() -> Project:
    beats = [Beat(id="b1", panels=[Panel(id="b1-p1")]), Beat(id="b2")]
    p = Project(episodes=[Episode(id="e1", number=1, beats=beats)])
    p.comments = [Comment(id="c0", episode="e1", beat="b2", text="first", author="Li",
                          created="2026-01-01T00:00:00Z")]
    return p


def undo_redo(p, edit):
    before = fileio.dumps(p)
    change = edit.apply(p)
    after = fileio.dumps(p)
    assert after != before
    edit.revert(p)
    assert fileio.dumps(p) == before
    edit.apply(p)
    assert fileio.dumps(p) == after
    return change


def test_add_comment_gets_an_id_and_a_time_and_undoes():
    p = project()
    edit = AddComment(Comment(id="x", episode="e1", beat="b1", panel="b1-p1",
                              at={"x": 0.5, "y": 0.5}, author="Wang", text="bigger @Li"))
    change = undo_redo(p, edit)
    added = p.comments[-1]
    assert added.id == edit.comment_id and added.id.startswith("c") and added.id != "x"
    assert added.created.endswith("Z")
    assert change.episodes == {"e1"} and "b1" in change.beats


@pytest.mark.parametrize("comment, message", [
    (Comment(id="x", episode="nope", text="t"), "episode 'nope' does not exist"),
    (Comment(id="x", episode="e1", beat="b9", text="t"), "beat 'b9' is not in episode 1"),
    (Comment(id="x", episode="e1", beat="b1", panel="p9", text="t"), "panel 'p9' is not in"),
    (Comment(id="x", episode="e1", text="  "), "needs some text"),
])
def test_add_comment_refuses_a_missing_place(comment, message):
    p = project()
    before = fileio.dumps(p)
    with pytest.raises(EditError, match=message):
        AddComment(comment).apply(p)
    assert fileio.dumps(p) == before


def test_reply_resolve_reopen_edit_delete_each_undo_exactly():
    p = project()
    undo_redo(p, ReplyToComment("c0", "Wang", "done"))
    assert [r.text for r in p.comments[0].replies] == ["done"]
    change = undo_redo(p, SetCommentStatus("c0", True, by="Li"))
    assert p.comments[0].status == "resolved" and p.comments[0].resolved_by == "Li"
    assert change.beats == {"b2"}
    with pytest.raises(EditError, match="already resolved"):
        SetCommentStatus("c0", True, by="Li").apply(p)
    undo_redo(p, SetCommentStatus("c0", False))
    assert p.comments[0].is_open and p.comments[0].resolved_by is None
    undo_redo(p, EditCommentText("c0", "reworded"))
    assert p.comments[0].text == "reworded"
    undo_redo(p, DeleteComment("c0"))
    assert p.comments == []
    with pytest.raises(EditError, match="no comment 'c0'"):
        DeleteComment("c0").apply(p)


def test_approvals_on_episodes_and_beats_undo_and_clear():
    p = project()
    change = undo_redo(p, SetApproval("e1", None, "approved", by="Chen"))
    assert p.episodes[0].approval.state == "approved" and p.episodes[0].approval.by == "Chen"
    assert change.episodes == {"e1"}
    change = undo_redo(p, SetApproval("e1", "b1", "changes_requested", by="Chen"))
    assert p.episodes[0].beats[0].approval.state == "changes_requested"
    assert change.beats == {"b1"}
    undo_redo(p, SetApproval("e1", "b1", "none"))
    assert p.episodes[0].beats[0].approval is None

"""Review edits: add, reply to, resolve, reopen, reword and delete comments; set approvals.

Comment edits swap the project's comment list for a new one (comments replaced, never
mutated), so undo is exact and the badges' count cache sees the change by identity.
"""
from __future__ import annotations

from ..core.model import Project
from ..core.review import find_comment
from ..core.review_model import Approval, Comment, Reply, now_iso
from .base import Change, EditError, find_beat, find_episode
from .field_edits import SetField
from .ids import new_id
from .structure import ProjectListEdit


class _CommentListEdit(ProjectListEdit):
    attr = "comments"

    def change(self, project: Project, items: list) -> Change:
        # The comments' episodes and beats redraw their badges.
        return Change(episodes=frozenset(c.episode for c in items),
                      beats=frozenset(c.beat for c in items if c.beat is not None))


def _replaced(project: Project, comment_id: str, **update) -> list[Comment]:
    target = find_comment(project, comment_id)
    if target is None:
        raise EditError(f"there is no comment {comment_id!r}")
    new = Comment.model_validate({**target.model_dump(), **update})
    return [new if c.id == comment_id else c for c in project.comments]


def check_target(project: Project, comment: Comment) -> None:
    """Refuse a new comment on something that is not there (old ones may outlive it)."""
    ep = find_episode(project, comment.episode)
    if comment.beat is not None:
        beat = find_beat(ep, comment.beat)
        if comment.panel is not None and beat.panel(comment.panel) is None:
            raise EditError(f"panel {comment.panel!r} is not in beat {comment.beat!r}")


class AddComment(_CommentListEdit):
    """Add a comment; it gets a fresh id (``comment_id`` after apply) and, when it has
    none, the current time."""

    label = "Add comment"

    def __init__(self, comment: Comment):
        super().__init__()
        self.comment = comment
        self.comment_id: str | None = None

    def build(self, project: Project) -> list[Comment]:
        check_target(project, self.comment)
        if not self.comment.text.strip():
            raise EditError("a comment needs some text")
        self.comment_id = new_id("c", {c.id for c in project.comments})
        added = self.comment.model_copy(update={
            "id": self.comment_id, "created": self.comment.created or now_iso()})
        return list(project.comments) + [added]


class ReplyToComment(_CommentListEdit):
    label = "Reply to comment"

    def __init__(self, comment_id: str, author: str, text: str, time: str | None = None):
        super().__init__()
        self.comment_id = comment_id
        self.reply = Reply(author=author, text=text, time=time or now_iso())

    def build(self, project: Project) -> list[Comment]:
        if not self.reply.text.strip():
            raise EditError("a reply needs some text")
        target = find_comment(project, self.comment_id)
        replies = list(target.replies) + [self.reply] if target is not None else []
        return _replaced(project, self.comment_id, replies=[r.model_dump() for r in replies])


class SetCommentStatus(_CommentListEdit):
    """Resolve (with who and when) or reopen a comment."""

    def __init__(self, comment_id: str, resolved: bool, by: str = "", when: str | None = None):
        super().__init__()
        self.comment_id = comment_id
        self.resolved = resolved
        self.by = by
        self.when = when
        self.label = "Resolve comment" if resolved else "Reopen comment"

    def build(self, project: Project) -> list[Comment]:
        target = find_comment(project, self.comment_id)
        if target is not None and target.is_open != self.resolved:
            raise EditError("the comment is already " + ("resolved" if self.resolved else "open"))
        if self.resolved:
            return _replaced(project, self.comment_id, status="resolved", resolved_by=self.by,
                             resolved_at=self.when or now_iso())
        return _replaced(project, self.comment_id, status="open", resolved_by=None,
                         resolved_at=None)


class EditCommentText(_CommentListEdit):
    label = "Edit comment"

    def __init__(self, comment_id: str, text: str):
        super().__init__()
        self.comment_id = comment_id
        self.text = text

    def build(self, project: Project) -> list[Comment]:
        if not self.text.strip():
            raise EditError("a comment needs some text")
        return _replaced(project, self.comment_id, text=self.text)


class DeleteComment(_CommentListEdit):
    label = "Delete comment"

    def __init__(self, comment_id: str):
        super().__init__()
        self.comment_id = comment_id

    def build(self, project: Project) -> list[Comment]:
        kept = [c for c in project.comments if c.id != self.comment_id]
        if len(kept) == len(project.comments):
            raise EditError(f"there is no comment {self.comment_id!r}")
        return kept


class SetApproval(SetField):
    """Set the approval of an episode (``beat_id`` None) or a beat; state "none" with no
    name clears it, so the file saves as before."""

    def __init__(self, episode_id: str, beat_id: str | None, state: str, by: str = "",
                 when: str | None = None):
        value = None if state == "none" and not by else Approval(
            state=state, by=by, when=when or now_iso())
        owner = ("episode", episode_id) if beat_id is None else ("beat", episode_id, beat_id)
        label = {"approved": "Approve", "changes_requested": "Request changes"}.get(
            state, "Clear approval")
        super().__init__(owner, "approval", value, label=label)

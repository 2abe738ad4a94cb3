"""Review notes in the project: comments pinned to a place, their replies, and approvals.

A comment always names its episode (by id), and may narrow the place to a beat, a panel,
a point on the panel's picture (frame units, 0..1 across and down) or a time range of a
named cut. When the beat or panel it names is deleted, the comment stays with its episode
and says so (``orphan_note``). Format version 7. Kept apart from ``model`` so that file
stays small; ``model`` imports it, never the other way round.
"""
from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Annotated, Literal, Optional

from pydantic import Field, StrictFloat, model_validator

from .model_base import Record

REVIEW_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$"
MAX_COMMENTS = 100_000
MAX_REPLIES = 1000
MAX_TEXT = 10_000
MAX_NAME = 80
MAX_TIME_S = 3600.0  # an hour: far beyond a micro-drama episode

# @names: letters, digits and . _ - (a trailing dot ends the sentence, not the name).
_MENTION = re.compile(r"(?<![\w@])@([\w][\w.\-]*)")

Name = Annotated[str, Field(max_length=MAX_NAME)]
Stamp = Annotated[str, Field(max_length=40, description="ISO time (UTC).")]
Text = Annotated[str, Field(max_length=MAX_TEXT)]
FrameUnit = Annotated[StrictFloat, Field(ge=0.0, le=1.0)]
Seconds = Annotated[StrictFloat, Field(ge=0.0, le=MAX_TIME_S)]


def now_iso() -> str:
    """The current time as the files keep it: ISO 8601, UTC, whole seconds."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def mentions(text: str) -> list[str]:
    """The @names in ``text``, in order, each once."""
    out: list[str] = []
    for m in _MENTION.finditer(text):
        name = m.group(1).rstrip(".-")
        if name and name not in out:
            out.append(name)
    return out


_Model = Record


class Approval(_Model):
    """A sign-off on an episode or a beat."""

    state: Literal["none", "changes_requested", "approved"] = "none"
    by: Name = ""
    when: Stamp = ""


class FramePoint(_Model):
    """A point on a panel's picture: (0, 0) top left, (1, 1) bottom right of the frame."""

    x: FrameUnit
    y: FrameUnit


class TimeRange(_Model):
    """Seconds into a cut of the episode (``main`` or ``via-`` and the detour beats)."""

    start: Seconds
    end: Seconds
    cut: str = Field("main", min_length=1, max_length=4000)

    @model_validator(mode="after")
    def _ordered(self):
        if self.end < self.start:
            raise ValueError("the time range ends before it starts")
        return self


class Reply(_Model):
    author: Name = ""
    time: Stamp = ""
    text: Text = ""


class Comment(_Model):
    id: str = Field(pattern=REVIEW_ID_PATTERN, description="Unique among the comments.")
    episode: str = Field(pattern=REVIEW_ID_PATTERN,
                         description="The episode's id; kept when its beat or panel goes.")
    beat: Optional[str] = Field(None, pattern=REVIEW_ID_PATTERN)
    panel: Optional[str] = Field(None, pattern=REVIEW_ID_PATTERN)
    at: Optional[FramePoint] = Field(None, description="A point on the panel's picture.")
    time: Optional[TimeRange] = Field(None, description="A time range of a cut.")
    author: Name = ""
    created: Stamp = ""
    text: Text = ""
    replies: list[Reply] = Field(default_factory=list, max_length=MAX_REPLIES)
    status: Literal["open", "resolved"] = "open"
    resolved_by: Optional[Name] = None
    resolved_at: Optional[Stamp] = None

    @model_validator(mode="after")
    def _place(self):
        if self.at is not None and self.panel is None:
            raise ValueError("a point needs the panel it is on")
        if self.panel is not None and self.beat is None:
            raise ValueError("a panel comment names its beat too")
        return self

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    @property
    def mentions(self) -> list[str]:
        """@names in the comment and its replies."""
        found = mentions(self.text)
        for r in self.replies:
            found += [n for n in mentions(r.text) if n not in found]
        return found

    @property
    def target_id(self) -> str:
        return self.panel or self.beat or self.episode


def mentions_name(comment: Comment, name: str) -> bool:
    low = name.casefold()
    return bool(low) and any(n.casefold() == low for n in comment.mentions)

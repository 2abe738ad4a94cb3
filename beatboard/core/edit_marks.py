"""Marks the edit suite leaves on a panel (format version 6)."""
from __future__ import annotations

from pydantic import Field

from .model_base import Record

DROPPED_NOTE = "dropped in the edit"


class Dropped(Record):
    """Why a panel is out of the cut: the editor left it out of the edited timeline.

    A dropped panel stays on the board (struck through) with everything it had, and is
    out of every cut until the director restores it. Format version 6."""

    source: str = Field("", max_length=260,
                        description="File name of the edited timeline it was dropped from.")
    at: str = Field("", max_length=40, description="When (ISO 8601, UTC).")
    note: str = Field(DROPPED_NOTE, max_length=200)

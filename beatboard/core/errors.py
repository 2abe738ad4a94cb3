"""Typed errors that carry the place of a problem."""
from __future__ import annotations

from pathlib import Path


class BeatBoardError(Exception):
    """Base for every error BeatBoard shows to a user."""


class BeatBoardFileError(BeatBoardError):
    """A file could not be read or written.

    ``str(err)`` is the message for the user: ``FILE: PLACE: PROBLEM``.
    """

    def __init__(self, path: str | Path | None, place: str, problem: str):
        self.path = str(path) if path is not None else "<memory>"
        self.place = place
        self.problem = problem
        super().__init__(self.message)

    @property
    def message(self) -> str:
        parts = [self.path] + ([self.place] if self.place else []) + [self.problem]
        return ": ".join(parts)

    def __str__(self) -> str:
        return self.message

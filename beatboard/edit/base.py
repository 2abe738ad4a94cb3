"""Reversible edits and the change reports they return.

An ``Edit`` computes its result on the first ``apply`` (raising ``EditError`` before it
touches anything when the edit makes no sense), and from then on switches the model
between the recorded before and after states. Structural edits replace lists and
episode objects instead of mutating them, so a recorded state is never disturbed by a
later edit, and undo-all returns exactly to the starting document.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from ..core.errors import BeatBoardError
from ..core.model import Beat, Episode, Project


class EditError(BeatBoardError):
    """An edit that cannot be made; the message is for the user."""


@dataclass(frozen=True)
class Change:
    """What an edit touched, so views refresh and rules re-check only that."""

    episodes: frozenset[str] = frozenset()  # episodes whose beats, links or fields changed
    beats: frozenset[str] = frozenset()
    episode_list: bool = False  # episodes added, removed, renumbered or reordered
    series: bool = False

    def __or__(self, other: "Change") -> "Change":
        return Change(self.episodes | other.episodes, self.beats | other.beats,
                      self.episode_list or other.episode_list, self.series or other.series)


class Edit(ABC):
    label: str = "Edit"

    @abstractmethod
    def apply(self, project: Project) -> Change: ...

    @abstractmethod
    def revert(self, project: Project) -> Change: ...


def find_episode(project: Project, episode_id: str) -> Episode:
    ep = project.episode(episode_id)
    if ep is None:
        raise EditError(f"episode {episode_id!r} does not exist")
    return ep


def find_beat(ep: Episode, beat_id: str) -> Beat:
    b = ep.beat(beat_id)
    if b is None:
        raise EditError(f"beat {beat_id!r} is not in episode {ep.number}")
    return b


class Compound(Edit):
    """Several edits as one undo step (a macro)."""

    def __init__(self, label: str, edits: list[Edit]):
        self.label = label
        self.edits = list(edits)
        self._done = 0

    def apply(self, project: Project) -> Change:
        change = Change()
        done = 0
        try:
            for e in self.edits:
                change = change | e.apply(project)
                done += 1
        except EditError:
            for e in reversed(self.edits[:done]):
                e.revert(project)
            raise
        return change

    def revert(self, project: Project) -> Change:
        change = Change()
        for e in reversed(self.edits):
            change = change | e.revert(project)
        return change

"""Beats set aside: out of their episode (rules ignore them) but kept whole, with ids,
panels and notes, until the user places them again or deletes them for good."""
from __future__ import annotations

from ..core.model import Beat, Project
from .base import Change, Compound, Edit, EditError, find_beat, find_episode
from .beat_edits import RemoveBeats
from .move_edits import InsertBeats
from .structure import ProjectListEdit


class _UnplacedListEdit(ProjectListEdit):
    attr = "unplaced"

    def change(self, project: Project, items: list) -> Change:
        return Change(beats=frozenset(b.id for b in items))


class _AddUnplaced(_UnplacedListEdit):
    def __init__(self, beats: list[Beat]):
        super().__init__()
        self.beats = beats

    def build(self, project):
        return list(project.unplaced) + list(self.beats)


class _DropUnplaced(_UnplacedListEdit):
    def __init__(self, beat_ids: list[str]):
        super().__init__()
        self.beat_ids = set(beat_ids)

    def build(self, project):
        known = {b.id for b in project.unplaced}
        missing = self.beat_ids - known
        if missing:
            raise EditError(f"beat {sorted(missing)[0]!r} is not set aside")
        return [b for b in project.unplaced if b.id not in self.beat_ids]


def set_aside(project: Project, episode_id: str, beat_ids: list[str]) -> Compound:
    """Take beats out of an episode (its main line closes over the gap) into the set-aside list."""
    ep = find_episode(project, episode_id)
    beats = [find_beat(ep, bid) for bid in beat_ids]
    return Compound("Set beats aside", [RemoveBeats(episode_id, beat_ids), _AddUnplaced(beats)])


def discard_set_aside(beat_ids: list[str]) -> Edit:
    """Delete set-aside beats for good (the user confirmed their scene is gone)."""
    edit = _DropUnplaced(beat_ids)
    edit.label = "Delete set-aside beats"
    return edit


def place_set_aside(project: Project, beat_ids: list[str], episode_id: str,
                    after: str | None) -> Compound:
    """Put set-aside beats back into an episode's main line after ``after``."""
    by_id = {b.id: b for b in project.unplaced}
    if any(bid not in by_id for bid in beat_ids):
        raise EditError("only set-aside beats can be placed again")
    beats = [by_id[bid] for bid in beat_ids]
    return Compound("Place set-aside beats", [_DropUnplaced(beat_ids),
                                              InsertBeats(episode_id, beats, after)])

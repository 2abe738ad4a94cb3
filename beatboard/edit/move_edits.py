"""Moves that keep identity: beats change place (in or across episodes), never their ids.

A moved beat keeps its panels, notes, emotion and threads (threads name beat ids). Only
main-line beats move: a variant or choice branch stays hung on the beats it forks from
and rejoins (its links are rewired across the gap, as when a beat is deleted). A moved
beat's saved card position is dropped so the canvas places it in its new column.
"""
from __future__ import annotations

from ..core.model import Beat, Episode, Project
from . import linkops
from .base import Change, Compound, Edit, EditError, find_beat, find_episode
from .beat_edits import MoveBeatInLine, RemoveBeats
from .structure import EpisodeContentEdit


def main_line(ep: Episode) -> list[str]:
    return linkops.main_line_ids(ep.beats, ep.effective_links())


def in_line_order(ep: Episode, beat_ids: list[str]) -> list[str]:
    """The beats in play order; refuses beats off the main line (variants keep their branch)."""
    line = main_line(ep)
    pos = {bid: i for i, bid in enumerate(line)}
    for bid in beat_ids:
        find_beat(ep, bid)
        if bid not in pos:
            raise EditError("only beats on the main line can be moved; "
                            "a variant stays with the stretch it replaces")
    if not beat_ids:
        raise EditError("select the beats to move")
    return sorted(dict.fromkeys(beat_ids), key=pos.__getitem__)


def _unplaced(beats: list[Beat], moved: set[str]) -> list[Beat]:
    # New objects, so the recorded "before" lists keep the old positions for undo.
    return [b.model_copy(update={"pos": None}) if b.id in moved and b.pos is not None else b
            for b in beats]


class MoveBeats(EpisodeContentEdit):
    """Move main-line beats, in their play order, to sit right after ``after``
    (None: at the start) on the same episode's main line."""

    label = "Reorder beats"

    def __init__(self, episode_id: str, beat_ids: list[str], after: str | None):
        super().__init__(episode_id)
        self.beat_ids = list(beat_ids)
        self.after = after

    def build(self, project: Project, ep: Episode):
        order = in_line_order(ep, self.beat_ids)
        if self.after in order:
            raise EditError("the beats cannot move after one of themselves")
        if self.after is not None:
            find_beat(ep, self.after)
        work = ep.model_copy()
        prev = self.after
        for bid in order:
            beats, links, _ = MoveBeatInLine(ep.id, bid, prev).build(project, work)
            work.beats, work.links = beats, links
            prev = bid
        if main_line(work) == main_line(ep):
            raise EditError("the beats are already there")
        return _unplaced(work.beats, set(order)), work.links, set(order)


class InsertBeats(EpisodeContentEdit):
    """Put existing beats (with their ids) into an episode's main line after ``after``."""

    def __init__(self, episode_id: str, beats: list[Beat], after: str | None):
        super().__init__(episode_id)
        self.beats = beats
        self.after = after

    def build(self, project: Project, ep: Episode):
        ids = [b.id for b in self.beats]
        beats = list(ep.beats)
        if self.after is not None:
            find_beat(ep, self.after)
            idx = next(i for i, b in enumerate(beats) if b.id == self.after) + 1
        else:
            idx = 0
        beats[idx:idx] = self.beats
        links = list(ep.links)
        if links:
            if self.after is None:
                links = linkops.splice_before_start(links, ep.beats[0].id, ids)
            else:
                links = linkops.splice_after(links, self.after, ids)
        return _unplaced(beats, set(ids)), links, set(ids)


class MoveBeatsToEpisode(Compound):
    """Move main-line beats to another episode's main line, after ``after`` (None: start).

    One undo step; the source's main line closes over the gap."""

    def __init__(self, source_id: str, beat_ids: list[str], target_id: str,
                 after: str | None):
        super().__init__("Move beats to episode", [])
        self.source_id, self.target_id = source_id, target_id
        self.beat_ids, self.after = list(beat_ids), after

    def apply(self, project: Project) -> Change:
        if not self.edits:
            if self.source_id == self.target_id:
                self.edits = [MoveBeats(self.source_id, self.beat_ids, self.after)]
            else:
                src = find_episode(project, self.source_id)
                dst = find_episode(project, self.target_id)
                order = in_line_order(src, self.beat_ids)
                if self.after is not None:
                    find_beat(dst, self.after)
                beats = [src.beat(bid) for bid in order]
                self.edits = [RemoveBeats(src.id, order), InsertBeats(dst.id, beats, self.after)]
        return super().apply(project)


def shift_target(ep: Episode, beat_ids: list[str], forward: bool) -> tuple[bool, str | None]:
    """Where Alt+→ / Alt+← puts the selected beats: one main-line step later or earlier.

    Returns (possible, after); the selection moves as a block, keeping its order."""
    order = in_line_order(ep, beat_ids)
    rest = [bid for bid in main_line(ep) if bid not in set(order)]
    line = main_line(ep)
    if forward:
        following = [bid for bid in line[line.index(order[-1]) + 1:] if bid in rest]
        return (True, following[0]) if following else (False, None)
    before = [bid for bid in line[:line.index(order[0])] if bid in rest]
    if not before:
        return False, None
    i = rest.index(before[-1])
    return True, (rest[i - 1] if i > 0 else None)


def move_beats(project: Project, source_id: str, beat_ids: list[str], target_id: str,
               after: str | None) -> Edit:
    """The edit for a drop of beats at a place in an episode (same or another)."""
    if source_id == target_id:
        return MoveBeats(source_id, beat_ids, after)
    return MoveBeatsToEpisode(source_id, beat_ids, target_id, after)

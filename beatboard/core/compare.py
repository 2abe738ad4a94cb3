"""What differs between two versions of a project, in terms a writer recognises:
series fields, episodes added, removed and changed, and in each the beats added,
removed and changed (by title). Used to compare a recovery or a changed file on disk
with the document in the editor before choosing which to keep."""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import Beat, Episode, Project

SERIES_FIELDS = ("title", "language", "genre", "profile", "paywall_after", "logline",
                 "characters", "locations", "notes")
EPISODE_FIELDS = ("number", "title", "links", "notes")


@dataclass
class EpisodeChange:
    number: int
    title: str
    fields: list[str] = field(default_factory=list)  # episode fields that differ
    beats_added: list[str] = field(default_factory=list)  # beat titles (or ids)
    beats_removed: list[str] = field(default_factory=list)
    beats_changed: list[tuple[str, list[str]]] = field(default_factory=list)  # title, fields


@dataclass
class ProjectDiff:
    episodes: tuple[int, int]  # counts: old, new
    beats: tuple[int, int]
    series_fields: list[str] = field(default_factory=list)
    episodes_added: list[tuple[int, str]] = field(default_factory=list)  # number, title
    episodes_removed: list[tuple[int, str]] = field(default_factory=list)
    episodes_changed: list[EpisodeChange] = field(default_factory=list)

    @property
    def same(self) -> bool:
        return not (self.series_fields or self.episodes_added or self.episodes_removed
                    or self.episodes_changed)


def beat_name(beat: Beat) -> str:
    return beat.title or beat.id


def compare_projects(old: Project, new: Project) -> ProjectDiff:
    diff = ProjectDiff(episodes=(len(old.episodes), len(new.episodes)),
                       beats=(_beat_count(old), _beat_count(new)))
    diff.series_fields = [f for f in SERIES_FIELDS
                          if getattr(old.series, f) != getattr(new.series, f)]
    old_eps = {e.id: e for e in old.episodes}
    new_eps = {e.id: e for e in new.episodes}
    for ep in new.ordered_episodes():
        if ep.id not in old_eps:
            diff.episodes_added.append((ep.number, ep.title))
        else:
            change = _episode_change(old_eps[ep.id], ep)
            if change is not None:
                diff.episodes_changed.append(change)
    diff.episodes_removed = [(e.number, e.title) for e in old.ordered_episodes()
                             if e.id not in new_eps]
    return diff


def _beat_count(project: Project) -> int:
    return sum(len(e.beats) for e in project.episodes)


def _episode_change(old: Episode, new: Episode) -> EpisodeChange | None:
    change = EpisodeChange(new.number, new.title,
                           fields=[f for f in EPISODE_FIELDS
                                   if getattr(old, f) != getattr(new, f)])
    old_beats = {b.id: b for b in old.beats}
    new_ids = {b.id for b in new.beats}
    for beat in new.beats:
        before = old_beats.get(beat.id)
        if before is None:
            change.beats_added.append(beat_name(beat))
        elif before != beat:
            fields = [f for f in Beat.model_fields if getattr(before, f) != getattr(beat, f)]
            change.beats_changed.append((beat_name(beat), fields))
    change.beats_removed = [beat_name(b) for b in old.beats if b.id not in new_ids]
    if [b.id for b in old.beats] != [b.id for b in new.beats] and not (
            change.beats_added or change.beats_removed):
        change.fields.append("beat order")
    if change.fields or change.beats_added or change.beats_removed or change.beats_changed:
        return change
    return None

"""Edits to the list of episodes: add, remove, reorder, duplicate, split, merge."""
from __future__ import annotations

from ..core.model import Episode, Project
from . import linkops
from .base import EditError, find_beat, find_episode
from .beat_edits import copy_beats
from .ids import all_beat_ids, all_episode_ids, new_id
from .structure import PAYWALL_TO_MERGED, EpisodeListEdit


class AddEpisode(EpisodeListEdit):
    label = "Add episode"

    def __init__(self, episode: Episode, index: int | None = None):
        super().__init__()
        self.episode = episode
        self.index = index

    def build(self, project: Project) -> list[Episode]:
        if self.episode.id in all_episode_ids(project):
            raise EditError(f"an episode with id {self.episode.id!r} already exists")
        clash = {b.id for b in self.episode.beats} & all_beat_ids(project)
        if clash:
            raise EditError(f"beat ids already in use: {', '.join(sorted(clash))}")
        eps = project.ordered_episodes()
        idx = len(eps) if self.index is None else max(0, min(self.index, len(eps)))
        eps.insert(idx, self.episode)
        return eps


class RemoveEpisodes(EpisodeListEdit):
    label = "Delete episodes"

    def __init__(self, episode_ids: list[str]):
        super().__init__()
        self.episode_ids = set(episode_ids)

    def build(self, project: Project) -> list[Episode]:
        for eid in self.episode_ids:
            find_episode(project, eid)
        return [ep for ep in project.ordered_episodes() if ep.id not in self.episode_ids]


class MoveEpisode(EpisodeListEdit):
    label = "Move episode"

    def __init__(self, episode_id: str, new_index: int):
        super().__init__()
        self.episode_id = episode_id
        self.new_index = new_index

    def build(self, project: Project) -> list[Episode]:
        ep = find_episode(project, self.episode_id)
        eps = [e for e in project.ordered_episodes() if e.id != self.episode_id]
        eps.insert(max(0, min(self.new_index, len(eps))), ep)
        return eps


class DuplicateEpisode(EpisodeListEdit):
    label = "Duplicate episode"

    def __init__(self, episode_id: str):
        super().__init__()
        self.episode_id = episode_id
        self.new_id: str | None = None

    def build(self, project: Project) -> list[Episode]:
        ep = find_episode(project, self.episode_id)
        beats, mapping = copy_beats(ep.beats, all_beat_ids(project))
        links = [linkops.link(mapping[l.from_], mapping[l.to], l.kind) for l in ep.links]
        self.new_id = new_id("ep", all_episode_ids(project))
        copy = ep.model_copy(update={"id": self.new_id, "beats": beats, "links": links,
                                     "title": (ep.title + " (copy)")[:200]})
        eps = project.ordered_episodes()
        eps.insert(eps.index(ep) + 1, copy)
        return eps


class SplitEpisode(EpisodeListEdit):
    """Split before ``at_beat`` (list order): it and the beats after form a new episode."""

    label = "Split episode"

    def __init__(self, episode_id: str, at_beat: str):
        super().__init__()
        self.episode_id = episode_id
        self.at_beat = at_beat
        self.new_id: str | None = None

    def build(self, project: Project) -> list[Episode]:
        ep = find_episode(project, self.episode_id)
        find_beat(ep, self.at_beat)
        cut = next(i for i, b in enumerate(ep.beats) if b.id == self.at_beat)
        if cut == 0:
            raise EditError("split at a later beat: the first part would be empty")
        first, second = ep.beats[:cut], ep.beats[cut:]
        ids1, ids2 = {b.id for b in first}, {b.id for b in second}
        links1 = [l for l in ep.links if l.from_ in ids1 and l.to in ids1]
        links2 = [l for l in ep.links if l.from_ in ids2 and l.to in ids2]
        self.new_id = new_id("ep", all_episode_ids(project))
        part1 = ep.model_copy(update={"beats": first, "links": links1})
        part2 = Episode(id=self.new_id, number=ep.number + 1, title=f"{ep.title} (2)"[:200],
                        beats=second, links=links2)
        eps = project.ordered_episodes()
        i = eps.index(ep)
        eps[i:i + 1] = [part1, part2]
        return eps

    def paywall_anchor(self, anchor, old, new):
        # The last free episode's ending (its cliffhanger) now ends the second part.
        return self.new_id if anchor == self.episode_id else anchor


class MergeEpisodes(EpisodeListEdit):
    """Append the next episode's beats to this one; its main line continues the first's."""

    label = "Merge episodes"

    def __init__(self, episode_id: str, next_episode_id: str):
        super().__init__()
        self.episode_id = episode_id
        self.next_episode_id = next_episode_id

    def build(self, project: Project) -> list[Episode]:
        a = find_episode(project, self.episode_id)
        b = find_episode(project, self.next_episode_id)
        if a.id == b.id:
            raise EditError("an episode cannot merge with itself")
        beats = list(a.beats) + list(b.beats)
        if not a.links and not b.links:
            links = []
        else:
            links = linkops.explicit_links(a) + linkops.explicit_links(b)
            line = linkops.main_line_ids(a.beats, linkops.explicit_links(a))
            if line and b.beats:
                links.append(linkops.link(line[-1], b.beats[0].id))
        merged = a.model_copy(update={"beats": beats, "links": links})
        eps = [e for e in project.ordered_episodes() if e.id != b.id]
        eps[eps.index(a)] = merged
        return eps

    def paywall_anchor(self, anchor, old, new):
        if anchor == self.next_episode_id:  # its ending now ends the merged episode
            return self.episode_id
        if anchor == self.episode_id:  # its ending is now mid-episode: follow the merge
            self.label += PAYWALL_TO_MERGED
        return anchor

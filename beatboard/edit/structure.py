"""Snapshot bases for structural edits: compute the new state once, then swap states."""
from __future__ import annotations

from abc import abstractmethod

from ..core.model import Beat, Episode, Link, Project
from .base import Change, Edit, find_episode


class EpisodeContentEdit(Edit):
    """Replaces an episode's beats and links lists."""

    def __init__(self, episode_id: str):
        self.episode_id = episode_id
        self._before: tuple[list[Beat], list[Link]] | None = None
        self._after: tuple[list[Beat], list[Link]] | None = None
        self._touched: frozenset[str] = frozenset()

    @abstractmethod
    def build(self, project: Project, ep: Episode) -> tuple[list[Beat], list[Link], set[str]]:
        """New (beats, links, touched beat ids); raise EditError to refuse."""

    def apply(self, project: Project) -> Change:
        ep = find_episode(project, self.episode_id)
        if self._after is None:
            beats, links, touched = self.build(project, ep)
            self._before = (list(ep.beats), list(ep.links))
            self._after = (beats, links)
            self._touched = frozenset(touched)
        ep.beats, ep.links = list(self._after[0]), list(self._after[1])
        return self._change()

    def revert(self, project: Project) -> Change:
        ep = find_episode(project, self.episode_id)
        assert self._before is not None
        ep.beats, ep.links = list(self._before[0]), list(self._before[1])
        return self._change()

    def _change(self) -> Change:
        return Change(episodes=frozenset({self.episode_id}), beats=self._touched)


class EpisodeListEdit(Edit):
    """Replaces the list of episodes; numbers follow list order, contiguous."""

    def __init__(self):
        self._before: tuple[list[Episode], dict[str, int]] | None = None
        self._after: tuple[list[Episode], dict[str, int]] | None = None

    @abstractmethod
    def build(self, project: Project) -> list[Episode]:
        """The new episodes in order; raise EditError to refuse."""

    def apply(self, project: Project) -> Change:
        if self._after is None:
            old = project.ordered_episodes()
            numbers = {ep.id: ep.number for ep in old}
            new = self.build(project)
            first = min(numbers.values(), default=1)
            self._before = (list(project.episodes), numbers)
            self._after = (new, {ep.id: first + i for i, ep in enumerate(new)})
        self._install(project, *self._after)
        return self._change()

    def revert(self, project: Project) -> Change:
        assert self._before is not None
        self._install(project, *self._before)
        return self._change()

    @staticmethod
    def _install(project: Project, episodes: list[Episode], numbers: dict[str, int]) -> None:
        for ep in episodes:
            if ep.number != numbers[ep.id]:
                ep.number = numbers[ep.id]
        project.episodes = list(episodes)

    def _change(self) -> Change:
        ids = {ep.id for ep in self._before[0]} | {ep.id for ep in self._after[0]}
        return Change(episodes=frozenset(ids), episode_list=True)

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


class ProjectListEdit(Edit):
    """Swaps one of the project's lists (``attr``: threads, unplaced) for a new one, built
    once; items are replaced, never mutated, so undo is exact."""

    attr = ""

    def __init__(self):
        self._before: list | None = None
        self._after: list | None = None

    @abstractmethod
    def build(self, project: Project) -> list:
        """The new list; raise EditError to refuse."""

    def change(self, project: Project, items: list) -> Change:
        return Change()

    def apply(self, project: Project) -> Change:
        if self._after is None:
            self._after = self.build(project)
            self._before = list(getattr(project, self.attr))
        setattr(project, self.attr, list(self._after))
        return self.change(project, self._before + self._after)

    def revert(self, project: Project) -> Change:
        setattr(project, self.attr, list(self._before))
        return self.change(project, self._before + self._after)


# Label suffixes when the paywall anchor had to move (the history says so).
PAYWALL_TO_PREVIOUS = " (paywall moved to the previous episode)"
PAYWALL_TO_NEXT = " (paywall moved to the next episode)"
PAYWALL_TO_MERGED = " (paywall now after the merged episode)"


class EpisodeListEdit(Edit):
    """Replaces the list of episodes; numbers follow list order, contiguous.

    The paywall is anchored to an episode id, so it follows its episode through moves;
    ``paywall_anchor`` says where it goes when the anchor is split, merged or removed.
    """

    def __init__(self):
        self._before: tuple[list[Episode], dict[str, int], str | None] | None = None
        self._after: tuple[list[Episode], dict[str, int], str | None] | None = None

    @abstractmethod
    def build(self, project: Project) -> list[Episode]:
        """The new episodes in order; raise EditError to refuse."""

    def paywall_anchor(self, anchor: str, old: list[Episode], new: list[Episode]) -> str | None:
        """Where the paywall goes; by default it stays, or falls back to the nearest
        surviving episode before (else after) its vanished anchor."""
        new_ids = {ep.id for ep in new}
        if anchor in new_ids:
            return anchor
        i = next((k for k, ep in enumerate(old) if ep.id == anchor), len(old))
        before = [ep.id for ep in reversed(old[:i]) if ep.id in new_ids]
        after = [ep.id for ep in old[i + 1:] if ep.id in new_ids]
        if before:
            self.label += PAYWALL_TO_PREVIOUS
            return before[0]
        if after:
            self.label += PAYWALL_TO_NEXT
            return after[0]
        return None

    def apply(self, project: Project) -> Change:
        if self._after is None:
            old = project.ordered_episodes()
            numbers = {ep.id: ep.number for ep in old}
            new = self.build(project)
            first = min(numbers.values(), default=1)
            anchor = project.series.paywall_after
            new_anchor = self.paywall_anchor(anchor, old, new) if anchor is not None else None
            self._before = (list(project.episodes), numbers, anchor)
            self._after = (new, {ep.id: first + i for i, ep in enumerate(new)}, new_anchor)
        self._install(project, *self._after)
        return self._change()

    def revert(self, project: Project) -> Change:
        assert self._before is not None
        self._install(project, *self._before)
        return self._change()

    @staticmethod
    def _install(project: Project, episodes: list[Episode], numbers: dict[str, int],
                 anchor: str | None) -> None:
        for ep in episodes:
            if ep.number != numbers[ep.id]:
                ep.number = numbers[ep.id]
        project.episodes = list(episodes)
        if project.series.paywall_after != anchor:
            project.series.paywall_after = anchor

    def _change(self) -> Change:
        ids = {ep.id for ep in self._before[0]} | {ep.id for ep in self._after[0]}
        # The paywall's number may change with any reorder: series rules re-check.
        return Change(episodes=frozenset(ids), episode_list=True,
                      series=self._before[2] is not None or self._after[2] is not None)

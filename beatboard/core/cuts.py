"""Cuts of an episode: one path from the first beat to an end, named by its branches.

The main line follows ``next`` links. Every other cut leaves it through ``variant`` or
``choice`` links; it is named by the beats where it takes an alternative (``via-alt1``),
so a file name says which A/B version it is. ``choices`` maps a branching beat to the
beat chosen after it, which is what a cut picker sets.
"""
from __future__ import annotations

import operator
from dataclasses import dataclass, field

from .model import Beat, Episode
from .vocab import LinkKind

_SECONDS = operator.attrgetter("seconds")
MAX_CUTS = 64  # an export of "all cuts" stops here; 20 A/B variants would be a million


@dataclass(frozen=True)
class Cut:
    episode_id: str
    episode_number: int
    beats: tuple[Beat, ...]
    choices: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    detours: tuple[str, ...] = ()  # beats reached through a variant or choice link

    @property
    def is_main(self) -> bool:
        return not self.detours

    @property
    def name(self) -> str:
        return "main" if self.is_main else "via-" + "+".join(self.detours)

    @property
    def seconds(self) -> float:
        return sum(map(_SECONDS, self.beats))


def _successors(ep: Episode) -> dict[str, list[tuple[str, LinkKind]]]:
    """Outgoing links per beat, main line first, then in the episode's beat order."""
    known = {b.id for b in ep.beats}
    order = {b.id: i for i, b in enumerate(ep.beats)}
    out: dict[str, list[tuple[str, LinkKind]]] = {b.id: [] for b in ep.beats}
    for link in ep.effective_links():
        if link.from_ in known and link.to in known and link.from_ != link.to:
            if all(to != link.to for to, _ in out[link.from_]):
                out[link.from_].append((link.to, link.kind))
    for succ in out.values():
        succ.sort(key=lambda s: (s[1] != LinkKind.NEXT, order[s[0]]))
    return out


def cut_for_choices(ep: Episode, choices: dict[str, str] | None = None) -> Cut:
    """The cut that takes ``choices[beat]`` after each branching beat, else the main line."""
    choices = dict(choices or {})
    succ = _successors(ep)
    by_id = {b.id: b for b in ep.beats}
    beats: list[Beat] = []
    detours: list[str] = []
    taken: dict[str, str] = {}
    cur = ep.beats[0].id if ep.beats else None
    seen: set[str] = set()
    while cur is not None and cur not in seen:
        seen.add(cur)
        beats.append(by_id[cur])
        options = succ[cur]
        if not options:
            break
        wanted = choices.get(cur)
        nxt, kind = next(((to, k) for to, k in options if to == wanted), options[0])
        if len(options) > 1:
            taken[cur] = nxt
        if kind != LinkKind.NEXT:
            detours.append(nxt)
        cur = nxt
    return Cut(ep.id, ep.number, tuple(beats), taken, tuple(detours))


def all_cuts(ep: Episode, limit: int = MAX_CUTS) -> list[Cut]:
    """Every cut, the main line first, at most ``limit``; a loop ends the cut where it closes."""
    if not ep.beats:
        return []
    succ = _successors(ep)
    by_id = {b.id: b for b in ep.beats}
    cuts: list[Cut] = []
    # Depth first, alternatives pushed in reverse so the main line comes out first.
    # Each entry carries its path's ids too, so "seen before" is one C-level ``in``.
    stack: list[tuple[str, tuple[Beat, ...], tuple[str, ...], tuple[str, ...],
                      tuple[tuple[str, str], ...]]] = [(ep.beats[0].id, (), (), (), ())]
    while stack and len(cuts) < limit:
        cur, path, ids, detours, choices = stack.pop()
        if cur in ids:
            cuts.append(Cut(ep.id, ep.number, path, dict(choices), detours))
            continue
        path, ids = path + (by_id[cur],), ids + (cur,)
        options = succ[cur]
        if not options:
            cuts.append(Cut(ep.id, ep.number, path, dict(choices), detours))
            continue
        for to, kind in reversed(options):
            stack.append((to, path, ids,
                          detours + ((to,) if kind != LinkKind.NEXT else ()),
                          choices + (((cur, to),) if len(options) > 1 else ())))
    return cuts


def main_cut(ep: Episode) -> Cut:
    """The main line alone, as the board prints it: ``next`` links from the first beat
    (the first in list order where there are several), stopping before a beat seen."""
    succ = _successors(ep)
    by_id = {b.id: b for b in ep.beats}
    beats: list[Beat] = []
    seen: set[str] = set()
    cur = ep.beats[0].id if ep.beats else None
    while cur is not None and cur not in seen:
        seen.add(cur)
        beats.append(by_id[cur])
        cur = next((to for to, kind in succ[cur] if kind == LinkKind.NEXT), None)
    return Cut(ep.id, ep.number, tuple(beats))

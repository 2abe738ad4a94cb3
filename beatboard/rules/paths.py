"""An episode's beat graph as index arrays, and dynamic programs over its cuts.

Cuts are never enumerated: an episode of 20 A/B variants has over a million. Each
question ("is there a cut with no hook?", "how long is the longest cut?") is answered
by one pass over the reachable beats in topological order, keeping the best value per
beat and a back-pointer from which the offending cut is rebuilt.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..core.model import Episode, Link
from ..core.vocab import Direction, LinkKind

NEG = float("-inf")


@dataclass
class BadLink:
    problem: str  # unknown | self | duplicate | multi_next
    link: Link
    beats: tuple[str, ...]
    missing: str = ""  # the unknown id, for 'unknown'


@dataclass
class BeatGraph:
    ep: Episode
    ids: list[str]
    titles: list[str]
    kinds: list[str]
    dirs: list[Direction]
    intensity: list[int]
    secs: list[float]
    succ: list[list[int]]
    pred: list[list[int]]
    bad_links: list[BadLink] = field(default_factory=list)
    reachable: list[bool] = field(default_factory=list)
    order: list[int] | None = None  # topological order of the reachable beats
    cycle: list[int] | None = None
    ends: list[int] = field(default_factory=list)

    # --- building ------------------------------------------------------------------

    @classmethod
    def build(cls, ep: Episode) -> "BeatGraph":
        beats = ep.beats
        n = len(beats)
        index: dict[str, int] = {}
        for i, b in enumerate(beats):
            index.setdefault(b.id, i)
        g = cls(ep=ep, ids=[b.id for b in beats], titles=[b.title for b in beats],
                kinds=[b.kind for b in beats], dirs=[b.emotion.direction for b in beats],
                intensity=[b.emotion.intensity for b in beats],
                secs=[b.seconds for b in beats],
                succ=[[] for _ in range(n)], pred=[[] for _ in range(n)])
        seen: set[tuple[int, int]] = set()
        next_targets: dict[int, list[int]] = {}
        for link in ep.effective_links():
            a, b = index.get(link.from_), index.get(link.to)
            if a is None or b is None:
                missing = link.from_ if a is None else link.to
                known = tuple(x for x in (link.from_, link.to) if x in index)
                g.bad_links.append(BadLink("unknown", link, known, missing))
                continue
            if a == b:
                g.bad_links.append(BadLink("self", link, (link.from_,)))
                continue
            if (a, b) in seen:
                g.bad_links.append(BadLink("duplicate", link, (link.from_, link.to)))
                continue
            seen.add((a, b))
            g.succ[a].append(b)
            g.pred[b].append(a)
            if link.kind == LinkKind.NEXT:
                next_targets.setdefault(a, []).append(b)
        for a, targets in next_targets.items():
            if len(targets) > 1:
                link = Link(**{"from": g.ids[a], "to": g.ids[targets[1]]})
                g.bad_links.append(BadLink("multi_next", link,
                                           (g.ids[a],) + tuple(g.ids[t] for t in targets)))
        g._analyse()
        return g

    def _analyse(self) -> None:
        n = len(self.ids)
        self.reachable = [False] * n
        if n:
            stack = [0]
            self.reachable[0] = True
            while stack:
                for v in self.succ[stack.pop()]:
                    if not self.reachable[v]:
                        self.reachable[v] = True
                        stack.append(v)
        indeg = [len(p) for p in self.pred]
        queue = [v for v in range(n) if indeg[v] == 0]
        order: list[int] = []
        while queue:
            v = queue.pop()
            order.append(v)
            for w in self.succ[v]:
                indeg[w] -= 1
                if indeg[w] == 0:
                    queue.append(w)
        if len(order) < n:
            self.cycle = self._find_cycle(indeg)
            return
        # Kahn's order restricted to a subset is still topological for that subset; the
        # start sorts first because nothing reachable leads back to it in a DAG.
        reach = self.reachable
        self.order = [v for v in order if reach[v]]
        self.pred = [[p for p in ps if reach[p]] for ps in self.pred]
        self.ends = [v for v in self.order if not self.succ[v]]

    def _find_cycle(self, indeg: list[int]) -> list[int]:
        # Every beat Kahn's algorithm left behind has a left-behind predecessor; walking
        # predecessors must therefore come back to a beat already visited.
        left = [v for v in range(len(indeg)) if indeg[v] > 0]
        v = left[0]
        pos: dict[int, int] = {}
        walk: list[int] = []
        while v not in pos:
            pos[v] = len(walk)
            walk.append(v)
            v = next(p for p in self.pred[v] if indeg[p] > 0)
        cycle = walk[pos[v]:]
        cycle.reverse()
        # Begin the loop at its first beat in list order, for a stable report.
        k = cycle.index(min(cycle))
        return cycle[k:] + cycle[:k]

    # --- cuts ------------------------------------------------------------------------

    def walk_back(self, back: list[int], v: int) -> list[int]:
        out = []
        while v >= 0:
            out.append(v)
            v = back[v]
        out.reverse()
        return out

    def finish(self, v: int) -> list[int]:
        """A continuation from v to an end: the first successor each time."""
        out = []
        while self.succ[v]:
            v = self.succ[v][0]
            out.append(v)
        return out

    def any_back(self) -> list[int]:
        """Back-pointers of some path from the start to each beat (the first link in)."""
        back = [-1] * len(self.ids)
        for v in self.order or ():
            if self.pred[v]:
                back[v] = self.pred[v][0]
        return back

    def path_ids(self, nodes: list[int]) -> tuple[str, ...]:
        return tuple(self.ids[v] for v in nodes)

    # --- dynamic programs ------------------------------------------------------------

    def extreme_duration(self, longest: bool) -> tuple[float, list[int]]:
        """The longest (or shortest) cut's duration and beats."""
        better = (lambda a, b: a > b) if longest else (lambda a, b: a < b)
        n = len(self.ids)
        best = [0.0] * n
        back = [-1] * n
        for v in self.order or ():
            chosen = -1
            for p in self.pred[v]:
                if chosen < 0 or better(best[p], best[chosen]):
                    chosen = p
            back[v] = chosen
            best[v] = self.secs[v] + (best[chosen] if chosen >= 0 else 0.0)
        end = None
        for e in self.ends:
            if end is None or better(best[e], best[end]):
                end = e
        if end is None:
            return 0.0, []
        return best[end], self.walk_back(back, end)

    def first_occurrence(self, hit: Callable[[int], bool]):
        """Where the first beat satisfying ``hit`` starts, over all cuts.

        Returns (missing, latest): ``missing`` is a cut with no such beat or None;
        ``latest`` is None or (start seconds, beat, cut) for the cut on which the first
        such beat starts latest.
        """
        n = len(self.ids)
        free_end = [NEG] * n  # latest end time of a hit-free path to v (v included)
        back = [-1] * n
        latest = None
        for v in self.order or ():
            best_p, best_t = -1, NEG
            for p in self.pred[v]:
                if free_end[p] > best_t:
                    best_p, best_t = p, free_end[p]
            if v == 0 or best_p >= 0:
                start = best_t if best_p >= 0 else 0.0
                if hit(v):
                    if latest is None or start > latest[0]:
                        latest = (start, v, best_p)
                else:
                    free_end[v] = start + self.secs[v]
                    back[v] = best_p
        missing = None
        for e in self.ends:
            if free_end[e] > NEG:
                missing = self.walk_back(back, e)
                break
        found = None
        if latest is not None:
            start, v, p = latest
            cut = (self.walk_back(back, p) if p >= 0 else []) + [v] + self.finish(v)
            found = (start, v, cut)
        return missing, found

    def fewest(self, hit: Callable[[int], bool]) -> tuple[int, list[int]] | None:
        """The cut with the fewest beats satisfying ``hit``: (count, cut), or None."""
        n = len(self.ids)
        best = [0] * n
        back = [-1] * n
        for v in self.order or ():
            chosen = -1
            for p in self.pred[v]:
                if chosen < 0 or best[p] < best[chosen]:
                    chosen = p
            back[v] = chosen
            best[v] = (1 if hit(v) else 0) + (best[chosen] if chosen >= 0 else 0)
        if not self.ends:
            return None
        end = min(self.ends, key=lambda e: best[e])
        return best[end], self.walk_back(back, end)

    def longest_run(self, same: Callable[[int, int], bool], weight: Callable[[int], float],
                    member: Callable[[int], bool]):
        """The heaviest chain of consecutive beats on a cut where ``member`` holds for each
        beat and ``same`` for each neighbouring pair. Returns (weight, run, cut) or None."""
        n = len(self.ids)
        best = [0.0] * n
        back = [-1] * n
        top = None
        for v in self.order or ():
            if not member(v):
                continue
            chosen = -1
            for p in self.pred[v]:
                if member(p) and same(p, v) and (chosen < 0 or best[p] > best[chosen]):
                    chosen = p
            back[v] = chosen
            best[v] = weight(v) + (best[chosen] if chosen >= 0 else 0.0)
            if top is None or best[v] > best[top]:
                top = v
        if top is None:
            return None
        run = self.walk_back(back, top)
        cut = self.walk_back(self.any_back(), run[0])[:-1] + run + self.finish(top)
        return best[top], run, cut

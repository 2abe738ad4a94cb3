"""An episode as a directed graph of beats.

The start is the episode's first beat. Every path from the start to a beat with no
outgoing link is a cut the audience might see. The main line follows ``next`` links
from the start; ``variant`` and ``choice`` links open alternative lanes.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from .model import Beat, Episode
from .vocab import LinkKind


class EpisodeGraph:
    """A directed graph of beat ids with the few operations BeatBoard needs (networkx's
    names: ``nodes[n]``, ``edges[u, v]``, ``succ``, ``successors``, ``predecessors``).
    Built for every episode on every open and edit; networkx took several times longer to
    build one, and a sixth of opening the editor only to import."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict[str, Any]] = {}
        self.succ: dict[str, dict[str, dict[str, Any]]] = {}
        self.pred: dict[str, dict[str, dict[str, Any]]] = {}
        self.edges = _Edges(self.succ)

    def __contains__(self, node: object) -> bool:
        return node in self.nodes

    def __iter__(self) -> Iterator[str]:
        return iter(self.nodes)

    def add_node(self, node: str, **attrs: Any) -> None:
        self.nodes.setdefault(node, {}).update(attrs)
        self.succ.setdefault(node, {})
        self.pred.setdefault(node, {})

    def add_edge(self, u: str, v: str, **attrs: Any) -> None:
        for n in (u, v):
            if n not in self.nodes:
                self.add_node(n)
        data = self.succ[u].setdefault(v, {})
        data.update(attrs)
        self.pred[v][u] = data

    def has_edge(self, u: str, v: str) -> bool:
        return v in self.succ.get(u, {})

    def successors(self, node: str) -> Iterator[str]:
        return iter(self.succ[node])

    def predecessors(self, node: str) -> Iterator[str]:
        return iter(self.pred[node])


class _Edges:
    def __init__(self, succ: dict[str, dict[str, dict[str, Any]]]):
        self._succ = succ

    def __getitem__(self, edge: tuple[str, str]) -> dict[str, Any]:
        u, v = edge
        return self._succ[u][v]


def topological_order(g: EpisodeGraph, nodes: set[str] | None = None) -> list[str] | None:
    """The nodes (all, or only ``nodes``) so that every link points forward; None when
    they hold a cycle."""
    keep = g.nodes.keys() if nodes is None else nodes
    waiting = {n: sum(1 for p in g.pred[n] if p in keep) for n in g.nodes if n in keep}
    ready = [n for n, k in waiting.items() if k == 0]
    order: list[str] = []
    while ready:
        n = ready.pop()
        order.append(n)
        for m in g.succ[n]:
            if m in waiting:
                waiting[m] -= 1
                if waiting[m] == 0:
                    ready.append(m)
    return order if len(order) == len(waiting) else None


def descendants(g: EpisodeGraph, start: str) -> set[str]:
    """Every node reachable from ``start``, not counting ``start`` itself unless a cycle
    leads back to it."""
    seen: set[str] = set()
    stack = [start]
    while stack:
        for m in g.succ[stack.pop()]:
            if m not in seen:
                seen.add(m)
                stack.append(m)
    return seen


def episode_graph(ep: Episode) -> EpisodeGraph:
    """Nodes are beat ids (attribute ``beat``); edges carry ``kind``.

    Links to unknown beats are left out here; the rules report them as GRAPH_BAD_LINK.
    """
    g = EpisodeGraph()
    for b in ep.beats:
        g.add_node(b.id, beat=b)
    for link in ep.effective_links():
        if link.from_ in g and link.to in g and link.from_ != link.to:
            if not g.has_edge(link.from_, link.to):
                g.add_edge(link.from_, link.to, kind=link.kind)
    return g


def start_id(ep: Episode) -> str | None:
    return ep.beats[0].id if ep.beats else None


_MAIN_LINES: dict[tuple, tuple[str, ...]] = {}  # link structure -> the main line's ids
MAX_MAIN_LINES = 4096


def main_line(ep: Episode, g: EpisodeGraph | None = None) -> list[Beat]:
    """Beats along ``next`` links from the start (stops before revisiting a beat).

    The line depends only on the beat ids in order and the links, so without a graph
    it is walked once per such structure: the strip, the navigator and the rules each
    ask it for every episode when a series opens."""
    if g is not None:
        return _walk_main_line(ep, g)
    key = (tuple(b.id for b in ep.beats),
           tuple((link.from_, link.to, link.kind) for link in ep.links))
    ids = _MAIN_LINES.get(key)
    if ids is None or len(set(key[0])) != len(key[0]):  # duplicate ids: walk the objects
        line = _walk_main_line(ep, episode_graph(ep))
        if len(set(key[0])) == len(key[0]):
            if len(_MAIN_LINES) >= MAX_MAIN_LINES:
                _MAIN_LINES.clear()
            _MAIN_LINES[key] = tuple(b.id for b in line)
        return line
    by_id = {b.id: b for b in ep.beats}
    return [by_id[i] for i in ids]


def _walk_main_line(ep: Episode, g: EpisodeGraph) -> list[Beat]:
    start = start_id(ep)
    if start is None:
        return []
    line, seen, cur = [], set(), start
    while cur is not None and cur not in seen:
        seen.add(cur)
        line.append(g.nodes[cur]["beat"])
        nxt = [v for v in g.successors(cur) if g.edges[cur, v]["kind"] == LinkKind.NEXT]
        cur = _first_in_list_order(ep, nxt)
    return line


def _first_in_list_order(ep: Episode, ids: list[str]) -> str | None:
    if not ids:
        return None
    order = {b.id: i for i, b in enumerate(ep.beats)}
    return min(ids, key=lambda i: order.get(i, 1 << 30))


@dataclass(frozen=True)
class TimedBeat:
    beat: Beat
    start_s: float
    end_s: float


def timeline(beats: list[Beat]) -> list[TimedBeat]:
    """Start and end times of beats played in the given order."""
    out, t = [], 0.0
    for b in beats:
        out.append(TimedBeat(b, t, t + b.seconds))
        t += b.seconds
    return out


def main_line_duration(ep: Episode) -> float:
    return sum(b.seconds for b in main_line(ep))


def branch_beats(ep: Episode, g: EpisodeGraph | None = None) -> list[Beat]:
    """Beats off the main line (variants and choices), in list order."""
    on_main = {b.id for b in main_line(ep, g)}
    return [b for b in ep.beats if b.id not in on_main]


def cut_count(ep: Episode, g: EpisodeGraph | None = None) -> int:
    """How many start-to-end paths (cuts) the episode has; 0 when it has a cycle."""
    g = g if g is not None else episode_graph(ep)
    start = start_id(ep)
    if start is None:
        return 0
    if topological_order(g) is None:
        return 0
    order = topological_order(g, descendants(g, start) | {start})
    ways: dict[str, int] = {}
    for node in reversed(order or []):
        succ = list(g.successors(node))
        ways[node] = 1 if not succ else sum(ways[s] for s in succ)
    return ways[start]

"""An episode as a directed graph of beats.

The start is the episode's first beat. Every path from the start to a beat with no
outgoing link is a cut the audience might see. The main line follows ``next`` links
from the start; ``variant`` and ``choice`` links open alternative lanes.
"""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from .model import Beat, Episode
from .vocab import LinkKind


def episode_graph(ep: Episode) -> nx.DiGraph:
    """Nodes are beat ids (attribute ``beat``); edges carry ``kind``.

    Links to unknown beats are left out here; the rules report them as GRAPH_BAD_LINK.
    """
    g = nx.DiGraph()
    for b in ep.beats:
        g.add_node(b.id, beat=b)
    for link in ep.effective_links():
        if link.from_ in g and link.to in g and link.from_ != link.to:
            if not g.has_edge(link.from_, link.to):
                g.add_edge(link.from_, link.to, kind=link.kind)
    return g


def start_id(ep: Episode) -> str | None:
    return ep.beats[0].id if ep.beats else None


def main_line(ep: Episode, g: nx.DiGraph | None = None) -> list[Beat]:
    """Beats along ``next`` links from the start (stops before revisiting a beat)."""
    g = g if g is not None else episode_graph(ep)
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


def branch_beats(ep: Episode, g: nx.DiGraph | None = None) -> list[Beat]:
    """Beats off the main line (variants and choices), in list order."""
    on_main = {b.id for b in main_line(ep, g)}
    return [b for b in ep.beats if b.id not in on_main]


def cut_count(ep: Episode, g: nx.DiGraph | None = None) -> int:
    """How many start-to-end paths (cuts) the episode has; 0 when it has a cycle."""
    g = g if g is not None else episode_graph(ep)
    start = start_id(ep)
    if start is None:
        return 0
    if not nx.is_directed_acyclic_graph(g):
        return 0
    reach = nx.descendants(g, start) | {start}
    ways: dict[str, int] = {}
    for node in reversed(list(nx.topological_sort(g.subgraph(reach)))):
        succ = list(g.successors(node))
        ways[node] = 1 if not succ else sum(ways[s] for s in succ)
    return ways[start]

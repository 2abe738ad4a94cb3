"""Where every beat of an episode sits in time, branches included, and its lane.

Times come from ``core.timeline.EpisodeTimes``, the timeline the animatic plays:
main-line beats play back to back from 0; a beat off the main line starts where the
first cut through it plays it, so an A/B variant lines up with the stretch of the main
line it replaces. Beats nothing leads to get no time (None).
"""
from __future__ import annotations

from ..core.graph import episode_graph, main_line, topological_order
from ..core.model import Episode
from ..core.timeline import EpisodeTimes
from ..core.vocab import LinkKind


def beat_starts(ep: Episode) -> dict[str, float | None]:
    times = EpisodeTimes(ep)
    return {b.id: times.beat_start(b.id) for b in ep.beats}


def lane_kinds(ep: Episode) -> dict[str, LinkKind]:
    """For each beat off the main line: the kind of branch it belongs to."""
    g = episode_graph(ep)
    on_main = {b.id for b in main_line(ep, g)}
    order = topological_order(g) or [b.id for b in ep.beats]
    kinds: dict[str, LinkKind] = {}
    for node in order:
        if node in on_main:
            continue
        incoming = [g.edges[p, node]["kind"] for p in g.predecessors(node)]
        if LinkKind.CHOICE in incoming:
            kinds[node] = LinkKind.CHOICE
        elif LinkKind.VARIANT in incoming:
            kinds[node] = LinkKind.VARIANT
        else:
            inherited = [kinds[p] for p in g.predecessors(node) if p in kinds]
            kinds[node] = inherited[0] if inherited else LinkKind.VARIANT
    return kinds

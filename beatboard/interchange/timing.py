"""Where every beat of an episode sits in time, branches included.

Main-line beats play back to back from 0. A beat off the main line starts when the
earliest beat leading into it ends, so an A/B variant lines up with the stretch of the
main line it replaces. Beats nothing leads to get no time (None).
"""
from __future__ import annotations

from ..core.graph import episode_graph, main_line, timeline, topological_order
from ..core.model import Episode
from ..core.vocab import LinkKind


def beat_starts(ep: Episode) -> dict[str, float | None]:
    g = episode_graph(ep)
    starts: dict[str, float | None] = {b.id: None for b in ep.beats}
    for tb in timeline(main_line(ep, g)):
        starts[tb.beat.id] = tb.start_s
    fixed = {k for k, v in starts.items() if v is not None}
    seconds = {b.id: b.seconds for b in ep.beats}
    order = topological_order(g)
    acyclic = order is not None
    order = order if acyclic else [b.id for b in ep.beats]
    for _ in range(1 if acyclic else 2):  # a second pass settles most cycles
        for node in order:
            if node in fixed:
                continue
            ends = [starts[p] + seconds[p] for p in g.predecessors(node) if starts[p] is not None]
            if ends:
                starts[node] = min(ends)
    return starts


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

"""Three-way merge of orders: a collection's list order and an episode's links (as sets)."""
from __future__ import annotations

from ..core.graph import EpisodeGraph, topological_order
from .links import LinkT, effective_links


def merge_order(base: list[str], ours: list[str], theirs: list[str], keep: set[str]) -> list[str]:
    """The kept ids in order: the side that reordered the common items leads (ours when
    both did), the other side's items go in after their predecessor there."""
    common = set(base) & set(ours) & set(theirs)
    ours_moved = [i for i in ours if i in common] != [i for i in base if i in common]
    first, second = (theirs, ours) if not ours_moved else (ours, theirs)
    out = [i for i in dict.fromkeys(first) if i in keep]
    placed = set(out)
    for j, iid in enumerate(second):
        if iid in placed or iid not in keep:
            continue
        prev = next((second[k] for k in range(j - 1, -1, -1) if second[k] in placed), None)
        at = out.index(prev) + 1 if prev is not None else 0
        out.insert(at, iid)
        placed.add(iid)
    out += [i for i in keep if i not in placed]  # moved here from another parent elsewhere
    return out


def merge_link_sets(base: set[LinkT], ours: set[LinkT], theirs: set[LinkT]) -> set[LinkT]:
    """Links merge as sets: what either side added, minus what either side removed."""
    removed = (base - ours) | (base - theirs)
    return (ours | theirs) - removed


def shape_faults(links: set[LinkT], beats: list[str]) -> tuple[set[str], bool]:
    """The beats with two ``next`` links out (a fork of the main line), and whether the
    links hold a loop."""
    out: dict[str, int] = {}
    g = EpisodeGraph()
    for b in beats:
        g.add_node(b)
    for a, b, kind in links:
        if kind == "next":
            out[a] = out.get(a, 0) + 1
        if a in g and b in g and a != b:
            g.add_edge(a, b)
    return {a for a, n in out.items() if n > 1}, topological_order(g) is None


def chain_order(links: set[LinkT], beats: list[str]) -> list[str] | None:
    """The beats in order when the links are exactly one ``next`` chain through all of
    them (an episode that writes no links), else None."""
    if len(links) != max(len(beats) - 1, 0) or any(k != "next" for _, _, k in links):
        return None
    nxt = {a: b for a, b, _ in links}
    if len(nxt) != len(links):
        return None
    starts = set(beats) - {b for _, b, _ in links}
    if len(starts) != 1:
        return None
    order, cur = [], starts.pop()
    while cur is not None and cur not in order:
        order.append(cur)
        cur = nxt.get(cur)
    return order if len(order) == len(beats) else None


def episode_links(ep: dict | None) -> set[LinkT]:
    return effective_links(ep) if ep is not None else set()

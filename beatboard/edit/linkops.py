"""Pure functions on an episode's (beats, links): heal, splice, main line.

They return new lists and never mutate their arguments.
"""
from __future__ import annotations

from ..core.model import Beat, Episode, Link
from ..core.vocab import LinkKind


def link(a: str, b: str, kind: LinkKind = LinkKind.NEXT) -> Link:
    return Link(**{"from": a, "to": b, "kind": kind})


def explicit_links(ep: Episode) -> list[Link]:
    """Links with the implicit list-order chain made explicit."""
    return ep.effective_links()


def main_line_ids(beats: list[Beat], links: list[Link]) -> list[str]:
    if not beats:
        return []
    nexts: dict[str, str] = {}
    order = {b.id: i for i, b in enumerate(beats)}
    for l in sorted(links, key=lambda l: order.get(l.to, 1 << 30)):
        if l.kind == LinkKind.NEXT and l.from_ not in nexts:
            nexts[l.from_] = l.to
    line, cur = [], beats[0].id
    while cur is not None and cur not in line:
        line.append(cur)
        cur = nexts.get(cur)
    return line


def _descendants(links: list[Link], start: str) -> set[str]:
    out: dict[str, list[str]] = {}
    for l in links:
        out.setdefault(l.from_, []).append(l.to)
    seen, stack = set(), [start]
    while stack:
        for n in out.get(stack.pop(), ()):
            if n not in seen:
                seen.add(n)
                stack.append(n)
    return seen


def remove_and_heal(links: list[Link], removed: str) -> list[Link]:
    """Drop a beat's links and bridge its predecessors to its successors.

    A main-line gap closes (A→B→C minus B gives A→C). A branch whose only beat goes
    away disappears instead of becoming a skip link.
    """
    ins = [l for l in links if l.to == removed and l.from_ != removed]
    outs = [l for l in links if l.from_ == removed and l.to != removed]
    kept = [l for l in links if removed not in (l.from_, l.to)]
    existing = {(l.from_, l.to) for l in kept}
    for i in ins:
        for o in outs:
            if i.from_ == o.to or (i.from_, o.to) in existing:
                continue
            if i.kind == LinkKind.NEXT:
                kind = o.kind
            else:
                if o.to in _descendants(kept, i.from_):
                    continue  # the branch rejoined: nothing left of it
                kind = i.kind
            kept.append(link(i.from_, o.to, kind))
            existing.add((i.from_, o.to))
    return kept


def splice_after(links: list[Link], after: str, new_ids: list[str]) -> list[Link]:
    """Insert a chain of beats on the main line right after ``after``."""
    out = [l for l in links]
    nxt = next((l for l in out if l.from_ == after and l.kind == LinkKind.NEXT), None)
    if nxt is not None:
        out.remove(nxt)
    chain = [after] + new_ids
    out.extend(link(a, b) for a, b in zip(chain, chain[1:]))
    if nxt is not None:
        out.append(link(new_ids[-1], nxt.to))
    return out


def splice_before_start(links: list[Link], start: str, new_ids: list[str]) -> list[Link]:
    chain = new_ids + [start]
    return list(links) + [link(a, b) for a, b in zip(chain, chain[1:])]

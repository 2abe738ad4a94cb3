"""Beat order is made of links: link sets per episode, and which beat change explains which link."""
from __future__ import annotations

LinkT = tuple[str, str, str]  # (from, to, kind)


def effective_links(ep_data: dict) -> set[LinkT]:
    """An episode's links from its JSON data; none written means the list order."""
    links = ep_data.get("links") or []
    if links:
        return {(l["from"], l["to"], l.get("kind", "next")) for l in links}
    ids = [b["id"] for b in ep_data.get("beats") or ()]
    return {(a, b, "next") for a, b in zip(ids, ids[1:])}


def main_line_ids(ep_data: dict) -> list[str]:
    """Beat ids along ``next`` links from the first beat (as core.graph.main_line)."""
    beats = [b["id"] for b in ep_data.get("beats") or ()]
    if not beats:
        return []
    order = {b: i for i, b in enumerate(beats)}
    nxt: dict[str, list[str]] = {}
    for a, b, kind in effective_links(ep_data):
        if kind == "next" and a in order and b in order and a != b:
            nxt.setdefault(a, []).append(b)
    line, seen, cur = [], set(), beats[0]
    while cur is not None and cur not in seen:
        seen.add(cur)
        line.append(cur)
        options = nxt.get(cur)
        cur = min(options, key=order.__getitem__) if options else None
    return line


def explained_by(beat: str, added: set[LinkT], removed: set[LinkT],
                 old: set[LinkT], new: set[LinkT]) -> tuple[set[LinkT], set[LinkT]]:
    """The link changes a beat's arrival, departure or move explains: the links touching
    it, and the links bridging its old place (a→c added where a→beat→c was) or split by
    its new place (a→c removed where a→beat→c is now)."""
    def touches(link: LinkT) -> bool:
        return beat in (link[0], link[1])

    def bridges(link: LinkT, around: set[LinkT]) -> bool:
        a, c, _ = link
        return any(l[0] == a and l[1] == beat for l in around) and any(
            l[0] == beat and l[1] == c for l in around)

    add = {l for l in added if touches(l) or bridges(l, old)}
    rem = {l for l in removed if touches(l) or bridges(l, new)}
    return add, rem


def link_text(link: LinkT) -> str:
    return f"{link[0]} → {link[1]}" + ("" if link[2] == "next" else f" ({link[2]})")


def as_lists(links: set[LinkT]) -> list[list[str]]:
    return [list(l) for l in sorted(links)]

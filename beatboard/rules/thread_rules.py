"""Threads across episodes: a setup must be paid off, and not before it is planted.

THREAD_UNPAID: a setup with no payoff within ``thread_payoff_within`` episodes, or none at
all by the series' end. PAYOFF_UNPLANTED: a payoff whose setup is missing or comes later.
"Later" is by episode number, then by play order (main line first, then list order).
"""
from __future__ import annotations

from ..core.model import Episode, Thread
from .episode_rules import make_finding
from .findings import Finding
from .profile import RuleProfile


def _beat_places(episodes: list[Episode]) -> dict[str, tuple[Episode, int, str]]:
    """beat id -> (episode, order in the episode, title)."""
    places: dict[str, tuple[Episode, int, str]] = {}
    for ep in episodes:
        line = _play_order(ep)
        for b in ep.beats:
            places.setdefault(b.id, (ep, line.get(b.id, len(line) + len(places)), b.title or b.id))
    return places


def _play_order(ep: Episode) -> dict[str, int]:
    nexts: dict[str, str] = {}
    for l in ep.links:
        if l.kind.value == "next":
            nexts.setdefault(l.from_, l.to)
    order: dict[str, int] = {}
    cur = ep.beats[0].id if ep.beats else None
    while cur is not None and cur not in order:
        order[cur] = len(order)
        cur = nexts.get(cur) if ep.links else None
    if not ep.links:
        order = {b.id: i for i, b in enumerate(ep.beats)}
    for b in ep.beats:
        order.setdefault(b.id, len(order))
    return order


def check_threads(threads: list[Thread], episodes: list[Episode],
                  p: RuleProfile) -> list[Finding]:
    """``episodes`` in number order."""
    if not threads or not episodes:
        return []
    places = _beat_places(episodes)
    last = episodes[-1]
    out: list[Finding] = []
    for t in threads:
        label = t.label or t.id
        setup = places.get(t.setup) if t.setup else None
        payoff = places.get(t.payoff) if t.payoff else None
        if p.enabled("THREAD_UNPAID") and setup is not None:
            s_ep = setup[0]
            if payoff is None:
                params = {"variant": "none", "thread": label, "beat": setup[2],
                          "setup_ep": s_ep.number, "last_ep": last.number,
                          "limit": p.thread_payoff_within}
                out.append(make_finding("THREAD_UNPAID", p.severity("THREAD_UNPAID"), s_ep,
                                        params, (t.setup,)))
            elif payoff[0].number - s_ep.number > p.thread_payoff_within:
                params = {"thread": label, "beat": setup[2], "setup_ep": s_ep.number,
                          "payoff_ep": payoff[0].number,
                          "gap": payoff[0].number - s_ep.number,
                          "limit": p.thread_payoff_within}
                out.append(make_finding("THREAD_UNPAID", p.severity("THREAD_UNPAID"), s_ep,
                                        params, (t.setup, t.payoff)))
        if p.enabled("PAYOFF_UNPLANTED") and payoff is not None:
            p_ep = payoff[0]
            if setup is None:
                params = {"variant": "missing", "thread": label, "beat": payoff[2],
                          "payoff_ep": p_ep.number}
                out.append(make_finding("PAYOFF_UNPLANTED", p.severity("PAYOFF_UNPLANTED"),
                                        p_ep, params, (t.payoff,)))
            elif (setup[0].number, setup[1]) > (p_ep.number, payoff[1]):
                params = {"thread": label, "beat": payoff[2], "payoff_ep": p_ep.number,
                          "setup": setup[2], "setup_ep": setup[0].number}
                out.append(make_finding("PAYOFF_UNPLANTED", p.severity("PAYOFF_UNPLANTED"),
                                        p_ep, params, (t.payoff, t.setup)))
    return out

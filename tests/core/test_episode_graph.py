"""The episode graph without networkx: order, reach and cuts as the rules and views use them."""
from __future__ import annotations

from beatboard.core.graph import cut_count, descendants, episode_graph, topological_order
from beatboard.core.model import Beat, Episode, Link


def episode(links: list[tuple[str, str, str]]) -> Episode:
    ids = sorted({i for a, b, _ in links for i in (a, b)})
    return Episode(id="e", number=1, beats=[Beat(id=i, title=i) for i in ids],
                   links=[Link(**{"from": a, "to": b, "kind": k}) for a, b, k in links])


def test_links_point_forward_in_the_order():
    g = episode_graph(episode([("a", "b", "next"), ("a", "c", "variant"),
                               ("b", "d", "next"), ("c", "d", "next")]))
    order = topological_order(g)
    assert sorted(order) == ["a", "b", "c", "d"]
    for u in g:
        for v in g.successors(u):
            assert order.index(u) < order.index(v)
    assert descendants(g, "b") == {"d"}
    assert g.edges["a", "c"]["kind"] == "variant"
    assert list(g.predecessors("d")) == ["b", "c"]


def test_a_cycle_has_no_order_and_no_cuts():
    ep = episode([("a", "b", "next"), ("b", "c", "next"), ("c", "b", "variant")])
    assert topological_order(episode_graph(ep)) is None
    assert cut_count(ep) == 0


def test_cuts_count_every_path_from_the_start():
    ep = episode([("a", "b", "next"), ("a", "c", "variant"), ("b", "d", "next"),
                  ("c", "d", "next"), ("d", "e", "next"), ("d", "f", "choice")])
    assert cut_count(ep) == 4

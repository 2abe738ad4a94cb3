"""Card layout and the time ruler's mapping (plain Python, no Qt needed)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from beatboard.core.graph import main_line, timeline
from beatboard.core.model import Beat, Episode, Link, Point
from beatboard.gui.canvas.layout import CARD_W, COL_DX, TimeMap, layout_episode

try:  # tests/gui may or may not be a package
    from .canvas_fixtures import small_project
except ImportError:
    from canvas_fixtures import small_project


def test_main_line_on_lane_zero_and_variant_below_its_fork():
    ep = small_project().episode("ep1")
    lay = layout_episode(ep)
    assert lay.main_ids == ["h1", "s1", "p1", "t1", "c1"]
    assert all(lay.lanes[b] == 0 for b in lay.main_ids)
    assert lay.lanes["v1"] == 1
    # The variant replaces p1: it sits in p1's column, one lane down.
    assert lay.positions["v1"][0] == lay.positions["p1"][0]
    assert lay.positions["v1"][1] > lay.positions["p1"][1]


def test_ruler_is_honest_at_every_main_line_card():
    ep = small_project().episode("ep1")
    lay = layout_episode(ep)
    for tb in timeline(main_line(ep)):
        assert lay.time_map.x_at(tb.start_s) == pytest.approx(lay.positions[tb.beat.id][0])
    assert lay.total_s == pytest.approx(sum(b.seconds for b in main_line(ep)))


def test_saved_position_overrides_and_ruler_follows():
    ep = small_project().episode("ep1")
    ep.beats[3].pos = Point(x=2000, y=40)  # t1 dragged far right
    lay = layout_episode(ep)
    assert lay.positions["t1"] == (2000, 40)
    assert lay.time_map.x_at(lay.starts["t1"]) == pytest.approx(2000)


def test_card_dragged_backwards_does_not_fold_the_ruler():
    ep = small_project().episode("ep1")
    ep.beats[3].pos = Point(x=-500, y=0)
    tm = layout_episode(ep).time_map
    xs = [tm.x_at(t) for t in range(0, 130, 5)]
    assert xs == sorted(xs)


def test_parallel_variants_take_separate_lanes():
    beats = [Beat(id=f"m{i}", duration_s=5) for i in range(5)]
    alts = [Beat(id="a", duration_s=5), Beat(id="b", duration_s=5)]
    links = [Link(**{"from": f"m{i}", "to": f"m{i + 1}"}) for i in range(4)]
    links += [Link(**{"from": "m0", "to": "a", "kind": "variant"}), Link(**{"from": "a", "to": "m2"}),
              Link(**{"from": "m0", "to": "b", "kind": "choice"}), Link(**{"from": "b", "to": "m2"})]
    lay = layout_episode(Episode(id="e", number=1, beats=beats + alts, links=links))
    assert {lay.lanes["a"], lay.lanes["b"]} == {1, 2}


def test_unreachable_beats_get_a_lane():
    ep = small_project().episode("ep1")
    ep.beats.append(Beat(id="lost", title="Orphan"))
    lay = layout_episode(ep)
    assert lay.lanes["lost"] >= 1 and "lost" not in lay.main_ids


@settings(max_examples=40, deadline=None)
@given(st.lists(st.floats(0.5, 60), min_size=1, max_size=30), st.floats(-20, 300))
def test_time_map_round_trips(durations, t):
    knots, x, acc = [], 0.0, 0.0
    for d in durations:
        knots.append((acc, x))
        acc += d
        x += COL_DX
    knots.append((acc, x + CARD_W))
    tm = TimeMap(knots)
    assert tm.t_at(tm.x_at(t)) == pytest.approx(t, abs=1e-6)


@st.composite
def random_episodes(draw):
    n = draw(st.integers(1, 14))
    beats = [Beat(id=f"b{i}", duration_s=draw(st.floats(0.5, 30))) for i in range(n)]
    pairs = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1),
                                    st.sampled_from(["next", "variant", "choice"])), max_size=20))
    links, seen = [], set()
    for a, b, kind in pairs:
        if a != b and (a, b) not in seen:
            seen.add((a, b))
            links.append(Link(**{"from": f"b{a}", "to": f"b{b}", "kind": kind}))
    return Episode(id="e", number=1, beats=beats, links=links)


@settings(max_examples=60, deadline=None)
@given(random_episodes())
def test_auto_layout_places_every_beat_without_overlap(ep):
    lay = layout_episode(ep)
    assert set(lay.positions) == {b.id for b in ep.beats}
    spots = list(lay.positions.values())
    assert len(set(spots)) == len(spots), "two cards on the same spot"
    xs = [lay.time_map.x_at(lay.starts[b]) for b in lay.main_ids]
    assert xs == sorted(xs)

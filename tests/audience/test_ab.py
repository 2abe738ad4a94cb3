"""A/B: where two curves part, the beats on screen there, and the z-test by hand."""
from __future__ import annotations

import math

import pytest

from beatboard.core.audience_model import RetentionDataset
from beatboard.core.retention import cut_retention
from beatboard.core.retention_ab import compare, comparisons, two_proportion_test, viewers_per_arm

from .factories import forty_second_project


def data(id, cut, curve, end, views=None, label=""):
    points = [(float(t), curve(t)) for t in range(int(end) + 1)]
    return RetentionDataset(id=id, episode="ep-y", cut=cut, points=points, views=views,
                            label=label)


def shared(t):
    return 1 - 0.02 * t


def test_two_cuts_parting_at_12_s_name_the_beats_on_screen_there():
    ep = forty_second_project().episode("ep-y")
    # main: h 0-4, a1 4-12, c 12-20; via-b1: h 0-4, b1 4-16, c 16-24.
    a = cut_retention(ep, data("a", "main", shared, 20, 4000))
    b = cut_retention(ep, data("b", "via-b1", lambda t: shared(t) - (0.08 if t >= 12 else 0),
                               24, 4000))
    c = compare(a, b)
    assert c.diverge_at == 12.0
    assert c.beat_a == ("c", "C") and c.beat_b == ("b1", "Slap")
    assert c.completion_a == pytest.approx(0.60) and c.completion_b == pytest.approx(0.44)
    assert c.completion_difference == pytest.approx(-0.16)
    assert c.test.significant


def test_the_two_proportion_verdict_matches_a_hand_computation():
    # p1 = 0.30 of 1000, p2 = 0.34 of 1000: pooled 0.32,
    # se = sqrt(0.32 * 0.68 * (2 / 1000)) = 0.020861, z = -0.04 / 0.020861 = -1.9175,
    # two-sided p = 0.0552 > 0.05: not significant.
    t = two_proportion_test(0.30, 1000, 0.34, 1000)
    assert t.z == pytest.approx(-1.9175, abs=1e-4)
    assert t.p_value == pytest.approx(0.0552, abs=1e-4)
    assert not t.significant
    # n = (1.95996 * sqrt(2 * 0.32 * 0.68) + 0.84162 * sqrt(0.21 + 0.2244))^2 / 0.04^2
    #   = (1.29298 + 0.55470)^2 / 0.0016 = 2133.7 -> 2134 per arm.
    assert t.viewers_needed == 2134
    assert two_proportion_test(0.30, 3000, 0.34, 3000).significant
    assert viewers_per_arm(0.5, 0.5) is None
    assert math.isclose(two_proportion_test(0.5, 10, 0.5, 10).p_value, 1.0)


def test_two_datasets_of_one_cut_are_compared_and_without_views_no_verdict():
    ep = forty_second_project().episode("ep-y")
    old = cut_retention(ep, data("x", "main", shared, 20, label="Nov"))
    new = cut_retention(ep, data("y", "main", lambda t: shared(t) + 0.01, 20, label="Dec"))
    [c] = comparisons([old, new], {"y"})
    assert c.a.dataset.id == "y" and c.diverge_at is None and c.test is None
    assert c.completion_difference == pytest.approx(-0.01)


def test_stale_sides_are_not_compared():
    ep = forty_second_project().episode("ep-y")
    a = cut_retention(ep, data("a", "main", shared, 20))
    gone = cut_retention(ep, data("b", "via-zz", shared, 20))
    assert gone.stale and compare(a, gone) is None

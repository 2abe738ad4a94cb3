"""A against B: two cuts of one episode, or two datasets of one cut.

Where the curves part (the first second they differ by more than a threshold, and the
beat on screen there in each cut), how many more finish one than the other, and, with
viewer counts, whether that difference is more than noise: a two-sided two-proportion
z-test, and the viewers per arm a test with 80 % power would need to see it.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

from .retention import CutRetention, beat_at, value_at

DIVERGE_THRESHOLD = 0.05  # five percentage points of the starting viewers
ALPHA = 0.05
POWER = 0.80


@dataclass(frozen=True)
class ProportionTest:
    z: float
    p_value: float
    significant: bool
    viewers_needed: int | None  # per arm, for POWER at ALPHA; None when A equals B


@dataclass(frozen=True)
class Comparison:
    a: CutRetention
    b: CutRetention
    diverge_at: float | None  # first whole second where |A - B| > threshold
    beat_a: tuple[str, str] | None  # (id, title) on screen there in A's cut
    beat_b: tuple[str, str] | None
    completion_a: float
    completion_b: float
    test: ProportionTest | None  # with viewer counts on both sides

    @property
    def completion_difference(self) -> float:
        return self.completion_b - self.completion_a


def two_proportion_test(p1: float, n1: int, p2: float, n2: int,
                        alpha: float = ALPHA, power: float = POWER) -> ProportionTest:
    """Two-sided pooled z-test of p1 vs p2, and the equal arm size for ``power``."""
    pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    z = (p1 - p2) / se if se > 0 else 0.0
    p_value = math.erfc(abs(z) / math.sqrt(2))
    return ProportionTest(z, p_value, p_value < alpha, viewers_per_arm(p1, p2, alpha, power))


def viewers_per_arm(p1: float, p2: float, alpha: float = ALPHA,
                    power: float = POWER) -> int | None:
    if p1 == p2:
        return None
    z_a = NormalDist().inv_cdf(1 - alpha / 2)
    z_b = NormalDist().inv_cdf(power)
    mean = (p1 + p2) / 2
    n = ((z_a * math.sqrt(2 * mean * (1 - mean))
          + z_b * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2) / (p1 - p2) ** 2
    return math.ceil(n)


def compare(a: CutRetention, b: CutRetention,
            threshold: float = DIVERGE_THRESHOLD) -> Comparison | None:
    """None when either side is stale or has no data."""
    if a.stale or b.stale or a.cut is None or b.cut is None or not a.points or not b.points:
        return None
    pa, pb = list(a.points), list(b.points)
    end = min(a.cut.seconds, b.cut.seconds)
    diverge = None
    for second in range(int(math.floor(end)) + 1):
        if abs(value_at(pa, second) - value_at(pb, second)) > threshold:
            diverge = float(second)
            break
    done_a, done_b = value_at(pa, a.cut.seconds), value_at(pb, b.cut.seconds)
    test = None
    va, vb = a.dataset.views, b.dataset.views
    if va and vb:
        test = two_proportion_test(min(done_a, 1.0), va, min(done_b, 1.0), vb)
    return Comparison(a, b, diverge,
                      beat_at(a.cut, diverge) if diverge is not None else None,
                      beat_at(b.cut, diverge) if diverge is not None else None,
                      done_a, done_b, test)


def comparisons(tables: list[CutRetention], driving_ids: set[str],
                limit: int = 8) -> list[Comparison]:
    """The A/B pairs of one episode's fresh tables: the main cut's driving dataset against
    every other cut's, then within a cut the driving dataset against each other one."""
    fresh = [t for t in tables if not t.stale and t.points]
    leads = [t for t in fresh if t.dataset.id in driving_ids]
    leads.sort(key=lambda t: (t.dataset.cut != "main", t.dataset.cut))
    pairs: list[tuple[CutRetention, CutRetention]] = [(leads[0], other) for other in leads[1:]]
    for lead in leads:
        pairs += [(lead, t) for t in fresh
                  if t.dataset.cut == lead.dataset.cut and t.dataset.id != lead.dataset.id]
    out = [c for a, b in pairs[:limit] if (c := compare(a, b)) is not None]
    return out

"""Where each card sits, and how canvas x maps to screen time. Plain Python, no Qt.

The main line runs on lane 0, one column per beat in play order. Branch beats
(variant, choice, unreachable) take lanes below, starting one column after the beat
they fork from, so an A/B variant sits right under the stretch it replaces. A beat's
saved ``pos`` overrides the automatic place. The time ruler is drawn through the main
line's actual card positions (piecewise linear), so it stays honest when cards move.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import deque
from dataclasses import dataclass, field

from ...core.graph import episode_graph, main_line
from ...core.model import Episode

CARD_W = 150.0
CARD_H = 110.0  # the card body (text); its filmstrip of panels hangs below
STRIP_GAP = 3.0
STRIP_H = 63.0
FULL_H = CARD_H + STRIP_GAP + STRIP_H
COL_DX = 190.0  # column pitch: card width plus room for an arrow
LANE_DY = 220.0
# Filmstrip thumbnail heights the View menu steps through (9:16 pictures).
THUMB_HEIGHTS = (64, 96, 136, 180, 240)
SLOT_PAD, SLOT_GAP = 3.0, 4.0
FULL_SLOTS = 4  # panels a large strip shows at full size before they shrink to fit
# Canvas x never leaves this range, whatever the durations: Qt's painting and scroll
# bars work in 32-bit ranges, and the model keeps cards within +/-1e6 anyway.
X_LIMIT = 1e7


@dataclass
class TimeMap:
    """Piecewise-linear seconds -> canvas x through (time, x) knots."""

    knots: list[tuple[float, float]] = field(default_factory=lambda: [(0.0, 0.0), (10.0, COL_DX)])

    def __post_init__(self) -> None:
        self._times = [k[0] for k in self.knots]
        self._xs = [k[1] for k in self.knots]

    def x_at(self, t: float) -> float:
        return max(-X_LIMIT, min(X_LIMIT, self._x_at(t)))

    def _x_at(self, t: float) -> float:
        ks = self.knots
        if t <= ks[0][0]:
            return ks[0][1] + (t - ks[0][0]) * self._slope(0)
        i = bisect_right(self._times, t) - 1
        if i >= len(ks) - 1:
            return ks[-1][1] + (t - ks[-1][0]) * self._slope(len(ks) - 2)
        (t0, x0), (t1, x1) = ks[i], ks[i + 1]
        return x0 + (t - t0) * (x1 - x0) / (t1 - t0) if t1 > t0 else x0

    def t_at(self, x: float) -> float:
        """The inverse of x_at (knot x values only ever increase)."""
        ks = self.knots
        if x <= ks[0][1]:
            return ks[0][0] + (x - ks[0][1]) / self._slope(0)
        i = bisect_right(self._xs, x) - 1
        if i >= len(ks) - 1:
            return ks[-1][0] + (x - ks[-1][1]) / self._slope(len(ks) - 2)
        (t0, x0), (t1, x1) = ks[i], ks[i + 1]
        return t0 + (x - x0) * (t1 - t0) / (x1 - x0) if x1 > x0 else t0

    def _slope(self, i: int) -> float:
        return _px_per_s(self.knots[i], self.knots[i + 1])

    @property
    def mean_px_per_s(self) -> float:
        return _px_per_s(self.knots[0], self.knots[-1])


def _px_per_s(a: tuple[float, float], b: tuple[float, float]) -> float:
    """A slope that is never zero, so t_at never divides by it."""
    (t0, x0), (t1, x1) = a, b
    return (x1 - x0) / (t1 - t0) if t1 > t0 and x1 > x0 else COL_DX / 5.0


@dataclass(frozen=True)
class StripMetrics:
    """The filmstrip's size: from today's 64 px thumbnails up to 240 px. At the smallest
    size a strip stays under its card; larger strips grow to the right of it (four
    panels at full size, more shrink), and columns and lanes make room for them."""

    thumb_h: int = THUMB_HEIGHTS[0]

    @property
    def slot_w(self) -> int:
        return round(self.thumb_h * 9 / 16)

    @property
    def strip_h(self) -> float:
        return STRIP_H + (self.thumb_h - THUMB_HEIGHTS[0])

    @property
    def full_h(self) -> float:
        return CARD_H + STRIP_GAP + self.strip_h

    @property
    def lane_dy(self) -> float:
        return max(LANE_DY, self.full_h + 50)

    @property
    def max_width(self) -> float:
        if self.thumb_h <= THUMB_HEIGHTS[0]:
            return CARD_W
        return max(CARD_W, FULL_SLOTS * (self.slot_w + SLOT_GAP) - SLOT_GAP + 2 * SLOT_PAD)

    def width(self, n_panels: int) -> float:
        """How wide a card with n panels is, strip included."""
        if self.thumb_h <= THUMB_HEIGHTS[0]:
            return CARD_W
        shown = max(1, n_panels)
        natural = shown * (self.slot_w + SLOT_GAP) - SLOT_GAP + 2 * SLOT_PAD
        return max(CARD_W, min(self.max_width, natural))


def nearest_thumb_height(h: int) -> int:
    """A remembered size snapped to a step of the menu (stale settings stay usable)."""
    return min(THUMB_HEIGHTS, key=lambda s: abs(s - h))


@dataclass
class EpisodeLayout:
    positions: dict[str, tuple[float, float]]  # card top-left in scene coordinates
    lanes: dict[str, int]
    main_ids: list[str]
    starts: dict[str, float]  # main-line start times
    total_s: float
    time_map: TimeMap
    strip: StripMetrics = field(default_factory=StripMetrics)

    @property
    def last_main_start(self) -> float:
        return self.starts[self.main_ids[-1]] if self.main_ids else 0.0


def layout_episode(ep: Episode, strip: StripMetrics | None = None) -> EpisodeLayout:
    strip = strip or StripMetrics()
    g = episode_graph(ep)
    main = main_line(ep, g)
    main_ids = [b.id for b in main]
    col: dict[str, int] = {bid: i for i, bid in enumerate(main_ids)}
    lane: dict[str, int] = {bid: 0 for bid in main_ids}

    # Branch columns: breadth-first from the main line, one column per step away.
    queue = deque(main_ids)
    branch_col: dict[str, int] = {}
    while queue:
        cur = queue.popleft()
        c = col.get(cur, branch_col.get(cur, 0))
        for nxt in g.successors(cur):
            if nxt in col or nxt in branch_col:
                continue
            branch_col[nxt] = c + 1
            queue.append(nxt)
    orphans = [b.id for b in ep.beats if b.id not in col and b.id not in branch_col]
    for i, bid in enumerate(orphans):
        branch_col[bid] = i  # unreachable beats: a lane of their own, in list order
    _assign_lanes(g, branch_col, lane)
    col.update(branch_col)

    col_x = _column_lefts(ep, col, strip)
    positions: dict[str, tuple[float, float]] = {}
    for b in ep.beats:
        if b.pos is not None:
            positions[b.id] = (b.pos.x, b.pos.y)
        else:
            positions[b.id] = (col_x[col[b.id]], lane[b.id] * strip.lane_dy)

    starts: dict[str, float] = {}
    knots: list[tuple[float, float]] = []
    t = 0.0
    prev_x = None
    for b in main:
        x = positions[b.id][0]
        if prev_x is not None and x <= prev_x:
            x = prev_x + 1.0  # a card dragged backwards must not fold the ruler
        starts[b.id] = t
        knots.append((t, x))
        prev_x = x
        t += b.seconds
    if main:
        last_w = COL_DX if len(knots) < 2 else max(CARD_W, knots[-1][1] - knots[-2][1])
        knots.append((t, knots[-1][1] + last_w))
    time_map = TimeMap(knots) if len(knots) >= 2 else TimeMap()
    return EpisodeLayout(positions, lane, main_ids, starts, t, time_map, strip)


def _column_lefts(ep: Episode, col: dict[str, int], strip: StripMetrics) -> dict[int, float]:
    """Each column's left x: as wide as its widest card (strip included) plus arrow room,
    so large filmstrips never run under the next card."""
    widths: dict[int, float] = {}
    for b in ep.beats:
        c = col[b.id]
        widths[c] = max(widths.get(c, CARD_W), strip.width(len(b.panels)))
    lefts, x = {}, 0.0
    for c in range(max(widths, default=-1) + 1):
        lefts[c] = x
        x += widths.get(c, CARD_W) + COL_DX - CARD_W
    return lefts


def _assign_lanes(g, branch_col: dict[str, int], lane: dict[str, int]) -> None:
    """Greedy lanes for connected groups of branch beats, so groups never overlap."""
    seen: set[str] = set()
    groups: list[list[str]] = []
    for bid in branch_col:
        if bid in seen:
            continue
        comp, stack = [], [bid]
        seen.add(bid)
        while stack:
            n = stack.pop()
            comp.append(n)
            for m in (*g.successors(n), *g.predecessors(n)):  # linked either way
                if m in branch_col and m not in seen:
                    seen.add(m)
                    stack.append(m)
        groups.append(comp)
    groups.sort(key=lambda c: min(branch_col[b] for b in c))
    busy: dict[int, list[tuple[int, int]]] = {}  # lane -> occupied column spans
    for comp in groups:
        lo = min(branch_col[b] for b in comp)
        hi = max(branch_col[b] for b in comp)
        per_col: dict[int, list[str]] = {}
        for b in comp:
            per_col.setdefault(branch_col[b], []).append(b)
        height = max(len(v) for v in per_col.values())
        base = 1
        while any(_overlaps(busy.get(base + k, []), lo, hi) for k in range(height)):
            base += 1
        for k in range(height):
            busy.setdefault(base + k, []).append((lo, hi))
        for beats in per_col.values():
            for k, b in enumerate(beats):
                lane[b] = base + k


def _overlaps(spans: list[tuple[int, int]], lo: int, hi: int) -> bool:
    return any(not (hi < a or lo > b) for a, b in spans)

"""Retention curves on the beats: which beat the viewers left in, per cut.

A dataset's points are seconds of the video the audience watched. On the board they map
onto the cut's current timing: one to one, or scaled when the video's length and the
cut's differ by more than ``SCALE_TOLERANCE``. A dataset is stale when its cut is gone
or its beats or length changed since the import; it is shown, never re-mapped.
"""
from __future__ import annotations

import bisect
import operator
import statistics
from dataclasses import dataclass

from .audience_model import RetentionDataset
from .cuts import Cut, all_cuts
from .model import Episode

SCALE_TOLERANCE = 0.10  # a video up to 10 % off the cut's length maps second for second
LENGTH_TOLERANCE_S = 0.05  # a cut this much longer or shorter than at import is changed


@dataclass(frozen=True)
class DropThresholds:
    """What makes a beat one of the worst: the profile's RETENTION_DROP thresholds
    (``rules.audience_rules.drop_thresholds``), shared by the rule and the report so the
    two never disagree. Defaults are the built-in profiles'."""

    hook_s: float = 3.0  # beats starting in the hook zone are HOOK_LOST's to judge
    factor: float = 2.0  # times the median loss of the episode's other beats...
    min_pp_s: float = 1.0  # ...and at least this many percentage points a second


def steep_beats(spans, bounds: list[float], thresholds: DropThresholds,
                cut_s: float) -> list[tuple[int, float, float]]:
    """The beats losing viewers clearly faster than the episode's others, as
    (index into ``spans``, loss pp/s, the median of the others' losses).

    ``spans``: (beat id, title, start, end) of the cut; ``bounds``: retention at each
    span's start and end, in turn. Only beats starting after the hook zone count, and
    each is compared with the median of the other such beats.
    """
    hook_s = min(thresholds.hook_s, cut_s)
    picked = [i for i, span in enumerate(spans) if span[2] >= hook_s - 1e-9]
    losses = [(bounds[2 * i] - bounds[2 * i + 1]) * 100 / (spans[i][3] - spans[i][2])
              if spans[i][3] > spans[i][2] else 0.0 for i in picked]
    out = []
    for k, i in enumerate(picked):
        others = losses[:k] + losses[k + 1:]
        if not others:
            continue
        typical = max(median(others), 0.0)
        loss = losses[k]
        if loss >= thresholds.min_pp_s and loss >= thresholds.factor * typical:
            out.append((i, loss, typical))
    return out


_ID = operator.attrgetter("id")
_LINK_KEY = operator.attrgetter("from_", "to", "kind")
_CUT_SHAPES: dict[tuple, dict[str, tuple]] = {}  # link structure -> cuts, see find_cut
MAX_CUT_SHAPES = 4096


def find_cut(ep: Episode, name: str) -> Cut | None:
    """The episode's cut called ``name``, with its current beats.

    Which beats each cut runs through depends only on the beat ids in order and the
    links, so the cuts are enumerated once per such structure: a full re-check with data
    would otherwise walk every episode's cuts again (tests/bench/bench_audience.py).
    """
    key = (tuple(map(_ID, ep.beats)), tuple(map(_LINK_KEY, ep.links)))
    shapes = _CUT_SHAPES.get(key)
    if shapes is None:
        shapes = {c.name: (tuple(b.id for b in c.beats), tuple(c.choices.items()), c.detours)
                  for c in all_cuts(ep)}
        if len(_CUT_SHAPES) >= MAX_CUT_SHAPES:
            _CUT_SHAPES.clear()
        _CUT_SHAPES[key] = shapes
    shape = shapes.get(name)
    if shape is None:
        return None
    ids, choices, detours = shape
    beats = tuple(ep.beats)
    if ids != key[0]:  # the main line of an episode without branches is all its beats
        by_id = dict(zip(key[0], beats))
        beats = tuple(map(by_id.__getitem__, ids))
    return Cut(ep.id, ep.number, beats, dict(choices), detours)


def cut_names(ep: Episode) -> list[str]:
    return [c.name for c in all_cuts(ep)]


def stale_reason(ep: Episode | None, dataset: RetentionDataset) -> str:
    """Why the dataset no longer fits its cut ("" when it does)."""
    if ep is None:
        return "its episode no longer exists"
    cut = find_cut(ep, dataset.cut)
    return cut_stale_reason(dataset, cut, cut.seconds if cut is not None else 0.0)


def cut_stale_reason(dataset: RetentionDataset, cut: Cut | None, cut_s: float) -> str:
    """``stale_reason`` for a cut already found (``cut_s``: its length, computed once)."""
    if cut is None:
        return f"the cut {dataset.cut} no longer exists"
    if dataset.cut_beats and [b.id for b in cut.beats] != dataset.cut_beats:
        return "the cut's beats changed since the import"
    if dataset.cut_s is not None and abs(cut_s - dataset.cut_s) > LENGTH_TOLERANCE_S:
        return (f"the cut's length changed since the import ({dataset.cut_s:.1f} s, "
                f"now {cut_s:.1f} s)")
    return ""


def needs_scaling(video_s: float, cut_s: float) -> bool:
    return cut_s > 0 and abs(video_s - cut_s) / cut_s > SCALE_TOLERANCE


def board_points(dataset: RetentionDataset, cut_s: float) -> list[tuple[float, float]]:
    """The curve in the cut's seconds."""
    video_s = dataset.video_s if dataset.video_s is not None else cut_s
    if not (video_s > 0 and needs_scaling(video_s, cut_s)):
        return dataset.points  # second for second (read only: datasets are never mutated)
    factor = cut_s / video_s
    return [(t * factor, r) for t, r in dataset.points]


def value_at(points: list[tuple[float, float]], t: float) -> float:
    """Retention at ``t``, linear between points, held flat beyond the ends."""
    return values_at(points, [t])[0] if points else 0.0


def values_at(points, ts: list[float]) -> list[float]:
    """``value_at`` for many times, the curve's times listed once."""
    if not points:
        return [0.0] * len(ts)
    times = [p[0] for p in points]
    return [_interpolate(points, times, t) for t in ts]


def _interpolate(points, times: list[float], t: float) -> float:
    i = bisect.bisect_right(times, t)
    if i == 0:
        return points[0][1]
    if i == len(points):
        return points[-1][1]
    (t0, r0), (t1, r1) = points[i - 1], points[i]
    return r0 + (r1 - r0) * (t - t0) / (t1 - t0)


def driving_dataset(datasets: list[RetentionDataset], episode_id: str,
                    cut: str | None = None) -> RetentionDataset | None:
    """The primary dataset of the cut (any cut when ``cut`` is None), else the newest."""
    mine = [d for d in datasets if d.episode == episode_id and (cut is None or d.cut == cut)]
    if not mine:
        return None
    primary = [d for d in mine if d.primary]
    return primary[-1] if primary else max(mine, key=lambda d: (d.date, d.imported_at))


@dataclass(frozen=True)
class BeatRetention:
    beat_id: str
    title: str
    start: float
    end: float
    viewers_start: float  # share of the starting viewers still watching
    viewers_end: float
    worst: bool = False

    @property
    def loss_per_s(self) -> float:
        """Percentage points of the starting viewers lost per second."""
        span = self.end - self.start
        return (self.viewers_start - self.viewers_end) * 100 / span if span > 0 else 0.0


@dataclass(frozen=True)
class CutRetention:
    episode_id: str
    episode_number: int
    dataset: RetentionDataset
    cut: Cut | None
    stale: str  # why the data no longer fits the cut; "" when it does
    beats: tuple[BeatRetention, ...] = ()
    average_loss_per_s: float = 0.0
    points: tuple[tuple[float, float], ...] = ()  # in the cut's seconds

    def vs_average(self, row: BeatRetention) -> float | None:
        if self.average_loss_per_s <= 0:
            return None
        return row.loss_per_s / self.average_loss_per_s


def beat_spans(cut: Cut, seconds: dict[str, float] | None = None
               ) -> list[tuple[str, str, float, float]]:
    """(beat id, title, start, end) in the cut, as the timeline lays it out. ``seconds``
    keeps each beat's length across calls (an estimate from dialogue is not free)."""
    out, t = [], 0.0
    known = seconds if seconds is not None else {}
    for b in cut.beats:
        length = known.get(b.id)
        if length is None:
            length = known[b.id] = b.seconds
        out.append((b.id, b.title, t, t + length))
        t += length
    return out


def beat_at(cut: Cut, t: float) -> tuple[str, str] | None:
    spans = beat_spans(cut)
    for bid, title, start, end in spans:
        if start <= t < end:
            return bid, title
    return (spans[-1][0], spans[-1][1]) if spans else None


def cut_retention(ep: Episode | None, dataset: RetentionDataset,
                  thresholds: DropThresholds = DropThresholds()) -> CutRetention:
    """The per-beat table of one dataset on its cut (empty when stale); the worst beats
    are those RETENTION_DROP names with the same ``thresholds``."""
    number = ep.number if ep is not None else 0
    if ep is None:
        return CutRetention(dataset.episode, number, dataset, None, stale_reason(ep, dataset))
    cut = find_cut(ep, dataset.cut)
    spans = beat_spans(cut) if cut is not None else []
    end = spans[-1][3] if spans else 0.0
    reason = cut_stale_reason(dataset, cut, end)
    if reason or cut is None or not dataset.points or end <= 0:
        return CutRetention(dataset.episode, number, dataset, cut, reason)
    points = board_points(dataset, end)
    values = values_at(points, [t for _, _, s, e in spans for t in (s, e)] + [0.0, end])
    rows = [BeatRetention(bid, title, s, e, values[2 * i], values[2 * i + 1])
            for i, (bid, title, s, e) in enumerate(spans)]
    average = (values[-2] - values[-1]) * 100 / end
    worst = {spans[i][0] for i, _, _ in steep_beats(spans, values[:-2], thresholds, end)}
    rows = [BeatRetention(r.beat_id, r.title, r.start, r.end, r.viewers_start, r.viewers_end,
                          r.beat_id in worst) for r in rows]
    return CutRetention(dataset.episode, number, dataset, cut, "", tuple(rows), average,
                        tuple(points))


def median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0

"""The series view of audience data: how many viewers go on from each episode to the
next, beside the intensity of the cliffhanger that ends it, and how many paid at the
paywall.

Continuation is next_episode_starts / starts of the episode; the cliffhanger is the last
beat of the episode's main line (what every cut ends on when the variants rejoin it).
The paywall conversion is paid / starts of the paywall episode, the first paid one.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .graph import main_line
from .model import Project
from .series_audience_model import SeriesAudienceRow


@dataclass(frozen=True)
class EpisodeContinuation:
    episode_id: str
    number: int
    title: str
    row: SeriesAudienceRow
    cliff_beat: str  # the main line's last beat ("" for an empty episode)
    cliff_title: str
    cliff_intensity: int | None
    is_cliffhanger: bool  # that beat's kind is cliffhanger
    has_next: bool  # the project has an episode after it

    @property
    def continuation(self) -> float | None:
        r = self.row
        return r.next_episode_starts / r.starts if r.starts and self.has_next else None

    @property
    def completion(self) -> float | None:
        return self.row.completions / self.row.starts if self.row.starts else None


@dataclass(frozen=True)
class PaywallConversion:
    number: int  # the paywall episode: the first paid one
    starts: int | None  # None: no row for it
    paid: int | None  # None: not known

    @property
    def conversion(self) -> float | None:
        return self.paid / self.starts if self.paid is not None and self.starts else None


@dataclass(frozen=True)
class SeriesContinuation:
    episodes: tuple[EpisodeContinuation, ...]
    paywall: PaywallConversion | None  # None: the series has no paywall
    orphans: tuple[SeriesAudienceRow, ...]  # rows whose episode no longer exists

    def points(self) -> list[tuple[int, float, EpisodeContinuation]]:
        """(cliffhanger intensity, continuation, episode) for the scatter."""
        return [(e.cliff_intensity, e.continuation, e) for e in self.episodes
                if e.cliff_intensity is not None and e.continuation is not None]

    @property
    def correlation(self) -> float | None:
        """Pearson's r of intensity and continuation (three points at least)."""
        pts = self.points()
        if len(pts) < 3:
            return None
        xs, ys = [float(p[0]) for p in pts], [p[1] for p in pts]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
        sxx = sum((x - mx) ** 2 for x in xs)
        syy = sum((y - my) ** 2 for y in ys)
        return sxy / math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else None


def series_continuation(project: Project,
                        numbers: set[int] | None = None) -> SeriesContinuation:
    """The table for the episodes with a row (``numbers``: only those episodes)."""
    rows = {r.episode: r for r in project.series_audience}
    ordered = project.ordered_episodes()
    last = ordered[-1].number if ordered else 0
    out = []
    for ep in ordered:
        row = rows.get(ep.id)
        if row is None or (numbers is not None and ep.number not in numbers):
            continue
        line = main_line(ep)
        cliff = line[-1] if line else None
        out.append(EpisodeContinuation(
            ep.id, ep.number, ep.title, row, cliff.id if cliff else "",
            (cliff.title or cliff.id) if cliff else "",
            cliff.emotion.intensity if cliff else None,
            cliff is not None and cliff.kind == "cliffhanger", ep.number < last))
    known = {ep.id for ep in project.episodes}
    paywall = None
    first_paid = project.paywall_episode
    if first_paid is not None:
        ep = project.episode_by_number(first_paid)
        row = rows.get(ep.id) if ep is not None else None
        paywall = PaywallConversion(first_paid, row.starts if row else None,
                                    row.paid if row else None)
    return SeriesContinuation(tuple(out), paywall,
                              tuple(r for r in project.series_audience if r.episode not in known))


def continuation_range(values: list[float]) -> tuple[float, float]:
    """The scatter's vertical range: the continuations' span widened to whole tenths
    (at least 0.2 tall), so the GUI and the PDF draw the same axis."""
    if not values:
        return 0.0, 1.0
    lo = math.floor(min(values) * 10) / 10
    hi = math.ceil(max(values) * 10) / 10
    if hi - lo < 0.2:
        hi = min(1.0, lo + 0.2) if lo + 0.2 <= 1.0 else hi
        lo = hi - 0.2
    return max(0.0, lo), max(hi, lo + 0.1)


def continuation_by_episode(project: Project) -> dict[str, float]:
    """Episode id -> continuation to the next episode, for the series board's strip
    (cheap: no main lines walked)."""
    last = max((ep.number for ep in project.episodes), default=0)
    numbers = {ep.id: ep.number for ep in project.episodes}
    return {r.episode: r.next_episode_starts / r.starts for r in project.series_audience
            if r.starts and numbers.get(r.episode, last) < last}

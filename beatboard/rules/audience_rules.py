"""Advisory rules from measured retention: RETENTION_DROP and HOOK_LOST.

Each cut with data is judged by its driving dataset (the primary, else the newest);
stale data is never judged. The first seconds belong to HOOK_LOST alone: every curve
falls steepest there, so only the beats starting after the hook zone are compared.
"""
from __future__ import annotations

from ..core.audience_model import RetentionDataset
from ..core.model import Episode
from ..core.retention import (DropThresholds, beat_spans, board_points, cut_stale_reason,
                              driving_dataset, find_cut, steep_beats, values_at)
from .episode_rules import make_finding
from .findings import Finding
from .messages import seconds
from .profile import RuleProfile


def drop_thresholds(profile: RuleProfile) -> DropThresholds:
    """The profile's RETENTION_DROP thresholds, which also make the report's worst beats."""
    return DropThresholds(profile.hook_max_start_s, profile.retention_drop_factor,
                          profile.retention_drop_min_pp_s)


def project_thresholds(project) -> DropThresholds:
    """``drop_thresholds`` of the project's profile (the defaults when it cannot be read:
    the check says why)."""
    from ..core.errors import BeatBoardError
    from .profile import resolve_profile
    try:
        return drop_thresholds(resolve_profile(project))
    except BeatBoardError:
        return DropThresholds()


def check_audience(ep: Episode, datasets: list[RetentionDataset],
                   profile: RuleProfile) -> list[Finding]:
    out: list[Finding] = []
    names = list(dict.fromkeys(d.cut for d in datasets if d.episode == ep.id))
    if not names:
        return out
    # Each beat's length once per episode: a full re-check with data must stay close to
    # one without (tests/bench/bench_audience.py).
    lengths: dict[str, float] = {}
    for cut_name in names:
        dataset = driving_dataset(datasets, ep.id, cut_name)
        cut = find_cut(ep, cut_name)
        if dataset is None or not dataset.points or cut is None:
            continue
        spans = beat_spans(cut, lengths)
        cut_s = spans[-1][3] if spans else 0.0
        if cut_s <= 0 or cut_stale_reason(dataset, cut, cut_s):
            continue
        points = board_points(dataset, cut_s)
        data = dataset.label or dataset.source or dataset.id
        path = tuple(b.id for b in cut.beats)
        hook_s = min(profile.hook_max_start_s, cut_s)
        values = values_at(points, [0.0, hook_s] + [t for *_, s, e in spans for t in (s, e)])
        start, at_hook = values[0], values[1]
        if profile.enabled("HOOK_LOST") and hook_s > 0:
            gone = 1 - at_hook / start if start > 0 else 0.0
            if gone > profile.hook_lost_max_share:
                beats = tuple(bid for bid, _, s, _ in spans if s < hook_s)
                out.append(make_finding("HOOK_LOST", profile.severity("HOOK_LOST"), ep, {
                    "gone": f"{gone * 100:.0f}", "seconds": seconds(hook_s), "cut": cut_name,
                    "data": data, "limit": f"{profile.hook_lost_max_share * 100:g}"},
                    beats, path))
        if profile.enabled("RETENTION_DROP"):
            out += _drops(ep, profile, spans, values[2:], cut_s, cut_name, data, path)
    return out


def _drops(ep, profile, spans, bounds, cut_s, cut_name, data, path) -> list[Finding]:
    """``bounds``: retention at each span's start and end, in turn. The beats are those
    ``steep_beats`` picks, as the report's worst beats are."""
    out = []
    for i, loss, typical in steep_beats(spans, bounds, drop_thresholds(profile), cut_s):
        bid, title = spans[i][0], spans[i][1]
        ratio = f"{loss / typical:.1f}" if typical > 0 else "∞"
        out.append(make_finding("RETENTION_DROP", profile.severity("RETENTION_DROP"), ep, {
            "beat": title or bid, "loss": f"{loss:.1f}", "cut": cut_name, "data": data,
            "ratio": ratio, "median": f"{typical:.2f}",
            "factor": f"{profile.retention_drop_factor:g}",
            "min": f"{profile.retention_drop_min_pp_s:g}"}, (bid,), path))
    return out

"""Advisory rules from measured retention: RETENTION_DROP and HOOK_LOST.

Each cut with data is judged by its driving dataset (the primary, else the newest);
stale data is never judged. The first seconds belong to HOOK_LOST alone: every curve
falls steepest there, so only the beats starting after the hook zone are compared.
"""
from __future__ import annotations

from ..core.audience_model import RetentionDataset
from ..core.model import Episode
from ..core.retention import (beat_spans, board_points, driving_dataset, loss_between, median,
                              stale_reason, value_at, find_cut)
from .episode_rules import make_finding
from .findings import Finding
from .messages import seconds
from .profile import RuleProfile


def check_audience(ep: Episode, datasets: list[RetentionDataset],
                   profile: RuleProfile) -> list[Finding]:
    out: list[Finding] = []
    for cut_name in dict.fromkeys(d.cut for d in datasets if d.episode == ep.id):
        dataset = driving_dataset(datasets, ep.id, cut_name)
        if dataset is None or not dataset.points or stale_reason(ep, dataset):
            continue
        cut = find_cut(ep, cut_name)
        if cut is None or cut.seconds <= 0:
            continue
        points = board_points(dataset, cut.seconds)
        data = dataset.label or dataset.source or dataset.id
        path = tuple(b.id for b in cut.beats)
        hook_s = min(profile.hook_max_start_s, cut.seconds)
        spans = beat_spans(cut)
        if profile.enabled("HOOK_LOST") and hook_s > 0:
            start = value_at(points, 0.0)
            gone = 1 - value_at(points, hook_s) / start if start > 0 else 0.0
            if gone > profile.hook_lost_max_share:
                beats = tuple(bid for bid, _, s, _ in spans if s < hook_s)
                out.append(make_finding("HOOK_LOST", profile.severity("HOOK_LOST"), ep, {
                    "gone": f"{gone * 100:.0f}", "seconds": seconds(hook_s), "cut": cut_name,
                    "data": data, "limit": f"{profile.hook_lost_max_share * 100:g}"},
                    beats, path))
        if profile.enabled("RETENTION_DROP"):
            out += _drops(ep, profile, points, spans, hook_s, cut_name, data, path)
    return out


def _drops(ep, profile, points, spans, hook_s, cut_name, data, path) -> list[Finding]:
    # Only beats that start after the hook zone: a beat begun inside it carries the
    # curve's steep first seconds, which are HOOK_LOST's to judge.
    segments = [(bid, title, s, e) for bid, title, s, e in spans if s >= hook_s - 1e-9]
    losses = [loss_between(points, s, e) for _, _, s, e in segments]
    out = []
    for i, (bid, title, _, _) in enumerate(segments):
        others = losses[:i] + losses[i + 1:]
        if not others:
            continue
        typical = max(median(others), 0.0)
        loss = losses[i]
        if loss >= profile.retention_drop_min_pp_s and loss >= profile.retention_drop_factor * typical:
            ratio = f"{loss / typical:.1f}" if typical > 0 else "∞"
            out.append(make_finding("RETENTION_DROP", profile.severity("RETENTION_DROP"), ep, {
                "beat": title or bid, "loss": f"{loss:.1f}", "cut": cut_name, "data": data,
                "ratio": ratio, "median": f"{typical:.2f}",
                "factor": f"{profile.retention_drop_factor:g}",
                "min": f"{profile.retention_drop_min_pp_s:g}"}, (bid,), path))
    return out

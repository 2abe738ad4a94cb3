"""Rules across episodes, computed from per-episode summaries only (cheap to re-run)."""
from __future__ import annotations

from ..core.model import Episode, Series, Thread, paywall_number
from .episode_rules import EpisodeSummary, make_finding
from .findings import Finding
from .messages import cut_text, seconds
from .profile import RuleProfile
from .thread_rules import check_threads


def check_series(series: Series, episodes: list[Episode], summaries: dict[str, EpisodeSummary],
                 profile: RuleProfile, threads: list[Thread] = ()) -> list[Finding]:
    """``episodes`` in number order; ``summaries`` by episode id."""
    out: list[Finding] = check_threads(list(threads), episodes, profile)
    ordered = [(ep, summaries[ep.id]) for ep in episodes if ep.id in summaries]
    if not ordered:
        return out
    if profile.enabled("EP1_CONFLICT_LATE"):
        out += _first_episode_conflict(*ordered[0], profile)
    if profile.enabled("PAYOFF_DROUGHT"):
        out += _payoff_drought(ordered, profile)
    if profile.enabled("FIRST_PAYOFF_LATE") and profile.first_payoff_by_episode:
        out += _first_payoff(ordered, profile)
    paywall = paywall_number(series, episodes)
    if profile.enabled("PAYWALL_WEAK") and paywall:
        out += _paywall(paywall, ordered, profile)
    return out


def _first_episode_conflict(ep: Episode, s: EpisodeSummary, p: RuleProfile) -> list[Finding]:
    sev = p.severity("EP1_CONFLICT_LATE")
    limit = seconds(p.conflict_max_start_s)
    if s.conflict_missing is not None:
        params = {"variant": "missing", "cut": cut_text(s.conflict_missing), "limit": limit}
        return [make_finding("EP1_CONFLICT_LATE", sev, ep, params, path=s.conflict_missing)]
    if s.conflict_late is not None and s.conflict_late[0] > p.conflict_max_start_s:
        start, beat_id, title, cut = s.conflict_late
        params = {"beat": title, "start": seconds(start), "cut": cut_text(cut), "limit": limit}
        return [make_finding("EP1_CONFLICT_LATE", sev, ep, params, (beat_id,), cut)]
    return []


def _payoff_drought(ordered: list[tuple[Episode, EpisodeSummary]],
                    p: RuleProfile) -> list[Finding]:
    out: list[Finding] = []
    run: list[tuple[Episode, EpisodeSummary]] = []
    # A sentinel closes the last run.
    for item in ordered + [(None, None)]:
        ep, s = item
        if s is not None and s.upless_cut is not None:
            run.append(item)
            continue
        if len(run) > p.payoff_drought_max:
            last_ep, last_s = run[-1]
            params = {"first_ep": run[0][0].number, "last_ep": last_ep.number,
                      "count": len(run), "cut": cut_text(last_s.upless_cut),
                      "limit": p.payoff_drought_max}
            out.append(make_finding("PAYOFF_DROUGHT", p.severity("PAYOFF_DROUGHT"), last_ep,
                                    params, path=last_s.upless_cut))
        run = []
    return out


def _paywall(paywall: int, ordered: list[tuple[Episode, EpisodeSummary]],
             p: RuleProfile) -> list[Finding]:
    free = next(((ep, s) for ep, s in ordered if ep.number == paywall - 1), None)
    if free is None or free[1].weakest_end is None:
        return []
    ep, s = free
    intensity, beat_id, title, is_cliff, cut = s.weakest_end
    sev = p.severity("PAYWALL_WEAK")
    if not is_cliff:
        params = {"variant": "none", "paywall": paywall, "cut": cut_text(cut)}
        return [make_finding("PAYWALL_WEAK", sev, ep, params, (beat_id,), cut)]
    others = [(o.strongest_cliff, e.number) for e, o in ordered if e.id != ep.id]
    strongest, strongest_ep = max(others, default=(0, ep.number), key=lambda t: (t[0], -t[1]))
    if intensity >= p.paywall_intensity and intensity >= strongest:
        return []
    params = {"beat": title, "intensity": intensity, "limit": p.paywall_intensity,
              "paywall": paywall, "strongest": strongest, "strongest_ep": strongest_ep,
              "cut": cut_text(cut)}
    return [make_finding("PAYWALL_WEAK", sev, ep, params, (beat_id,), cut)]


def _first_payoff(ordered: list[tuple[Episode, EpisodeSummary]], p: RuleProfile) -> list[Finding]:
    """Revenge audiences need a first 爽 payoff early: one episode among the first K must
    give it on every cut."""
    first = ordered[: p.first_payoff_by_episode]
    if len(first) < p.first_payoff_by_episode:
        return []  # the series is not boarded that far yet
    if any(s.acyclic and s.payoffless_cut is None for _, s in first):
        return []
    ep, s = first[-1]
    params = {"limit": p.first_payoff_by_episode, "episode": ep.number,
              "cut": cut_text(s.payoffless_cut or ())}
    return [make_finding("FIRST_PAYOFF_LATE", p.severity("FIRST_PAYOFF_LATE"), ep, params,
                         path=s.payoffless_cut or ())]

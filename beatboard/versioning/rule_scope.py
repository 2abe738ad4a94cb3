"""The findings a diff compares, checked only where the projects differ.

An episode that is the same in both versions has the same findings in both (its rules
read only the episode, the profile and the series' minors and speakers), so only the
changed episodes are checked in full; the others give the series rules their summary,
computed once for both versions. Anything else that could move findings (another
profile, other characters, changed audience data) checks everything, as ``check`` does.
"""
from __future__ import annotations

from ..core.model import Project
from ..core.timeline import series_speakers
from ..rules import RuleChecker, resolve_profile
from ..rules.audience_rules import check_audience
from ..rules.caption_rules import check_captions
from ..rules.checker import minor_names
from ..rules.episode_rules import EpisodeSummary, check_episode
from ..rules.findings import Finding
from ..rules.series_rules import check_series

# Items outside the episodes whose changes no episode rule reads.
OUTSIDE_EPISODES = frozenset({"series", "project", "thread", "comment"})


def findings_pair(old: Project, new: Project, changed_episodes: set[str],
                  whole: bool) -> tuple[list[Finding], list[Finding]]:
    profile = resolve_profile(old)
    scoped = (not whole and profile == resolve_profile(new)
              and minor_names(old) == minor_names(new)
              and series_speakers(old) == series_speakers(new)
              and _unique(old) and _unique(new))
    if not scoped:
        checker = RuleChecker(profile)
        before = list(checker.check(old))
        checker.set_profile(resolve_profile(new))
        return before, list(checker.check(new))
    summaries: dict[str, EpisodeSummary] = {}
    return (_scoped(old, profile, changed_episodes, summaries),
            _scoped(new, profile, changed_episodes, summaries))


def _unique(project: Project) -> bool:
    return len({ep.id for ep in project.episodes}) == len(project.episodes)


def _scoped(project: Project, profile, dirty: set[str],
            summaries: dict[str, EpisodeSummary]) -> list[Finding]:
    minors, speakers = minor_names(project), series_speakers(project)
    audience: dict[str, list] = {}
    for dataset in project.audience:
        audience.setdefault(dataset.episode, []).append(dataset)
    findings: list[Finding] = []
    summary_of: dict[str, EpisodeSummary] = {}
    for ep in project.episodes:
        if ep.id in dirty:
            found, summary = check_episode(ep, profile, minors)
            found += check_captions(ep, profile, speakers)
            if ep.id in audience:
                found += check_audience(ep, audience[ep.id], profile)
            findings += found
        else:
            summary = summaries.get(ep.id)
            if summary is None:
                summary = summaries[ep.id] = check_episode(ep, profile, minors)[1]
        summary_of[ep.id] = summary
    findings += check_series(project.series, project.ordered_episodes(), summary_of, profile,
                             project.threads)
    return findings

"""Run every rule over a project, and re-run only what an edit touched.

``RuleChecker`` caches each episode's findings and summary. ``recheck`` re-runs the
episode rules for the named episodes (and any episode it has not seen, or whose number
changed), then the cheap series rules from the cached summaries.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from ..core.model import Project
from ..core.timeline import series_speakers
from .caption_rules import check_captions
from .episode_rules import EpisodeSummary, check_episode
from .findings import Finding, Severity
from .profile import RuleProfile, resolve_profile
from .series_rules import check_series


@dataclass
class _Cached:
    number: int
    findings: list[Finding]
    summary: EpisodeSummary


def _sort_key(f: Finding):
    return (f.episode_number if f.episode_number is not None else -1, f.severity.rank,
            f.rule, f.episode or "", f.beats, f.path, f.message)


def minor_names(project: Project) -> frozenset[str]:
    return frozenset(c.name.strip().casefold() for c in project.series.characters if c.minor)


class RuleChecker:
    def __init__(self, profile: RuleProfile):
        self.profile = profile
        self.findings: list[Finding] = []
        self._cache: dict[str, _Cached] = {}
        self._minors: frozenset[str] | None = None
        self._speakers: frozenset[str] | None = None

    def set_profile(self, profile: RuleProfile) -> None:
        """Use another profile (e.g. the series' genre or profile changed); forgets the cache."""
        self.profile = profile
        self._cache.clear()

    def check(self, project: Project) -> list[Finding]:
        """Check every episode from scratch."""
        self._cache.clear()
        return self._run(project, None)

    def recheck(self, project: Project, episode_ids: Iterable[str]) -> list[Finding]:
        """Re-check the named episodes; reuse cached results for the others."""
        return self._run(project, set(episode_ids))

    def _run(self, project: Project, dirty: set[str] | None) -> list[Finding]:
        minors, speakers = minor_names(project), series_speakers(project)
        ids = [ep.id for ep in project.episodes]
        if (minors, speakers) != (self._minors, self._speakers) or len(set(ids)) != len(ids):
            # The characters affect every episode; duplicate ids defeat the cache.
            self._cache.clear()
            dirty = None
        self._minors, self._speakers = minors, speakers
        profile = self.profile
        fresh: dict[str, _Cached] = {}
        findings: list[Finding] = []
        duplicates = len(set(ids)) != len(ids)
        summaries: dict[str, EpisodeSummary] = {}
        audience: dict[str, list] = {}
        for dataset in project.audience:
            audience.setdefault(dataset.episode, []).append(dataset)
        for ep in project.episodes:
            cached = self._cache.get(ep.id)
            if (cached is None or dirty is None or ep.id in dirty
                    or cached.number != ep.number):
                eps_findings, summary = check_episode(ep, profile, minors)
                eps_findings += check_captions(ep, profile, speakers)
                if ep.id in audience:
                    from .audience_rules import check_audience  # audience data is rare
                    eps_findings += check_audience(ep, audience[ep.id], profile)
                cached = _Cached(ep.number, eps_findings, summary)
            if not duplicates:
                fresh[ep.id] = cached
            findings.extend(cached.findings)
            summaries.setdefault(ep.id, cached.summary)
        self._cache = fresh
        findings.extend(check_series(project.series, project.ordered_episodes(), summaries,
                                     profile, project.threads))
        findings.sort(key=_sort_key)
        self.findings = findings
        return findings


def check_project(project: Project, profile: RuleProfile | None = None) -> list[Finding]:
    """All findings, sorted by episode number, then severity, then rule.

    With no profile, the series' own profile and genre preset are used (a profile file
    path is taken relative to the current folder; use ``resolve_profile`` with the
    project file's folder for anything else).
    """
    if profile is None:
        profile = resolve_profile(project)
    return RuleChecker(profile).check(project)


def episode_status(findings: Iterable[Finding], episode_id: str) -> str:
    """"errors", "warnings" or "clean" (info findings do not count)."""
    status = "clean"
    for f in findings:
        if f.episode != episode_id:
            continue
        if f.severity == Severity.ERROR:
            return "errors"
        if f.severity == Severity.WARNING:
            status = "warnings"
    return status


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """In the order ``check_project`` gives: episode number, severity, rule."""
    return sorted(findings, key=_sort_key)


def counts(findings: Iterable[Finding]) -> dict[str, int]:
    c = Counter(f.severity.value for f in findings)
    return {"error": c["error"], "warning": c["warning"], "info": c["info"]}

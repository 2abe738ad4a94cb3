"""The findings a diff compares, checked only where the projects differ.

An episode that is the same in both versions has the same findings in both (its rules
read only the episode, the profile and the series' minors and speakers), so only the
changed episodes are checked in full; the others give the series rules their summary,
computed once for both versions. A changed episode is checked again only for the rules
whose content changed (``rule_change``): a note or a new picture moves no finding, and
a panel's timing moves only the caption findings. Anything else that could move findings (another
profile, other characters, changed audience data) checks everything, as ``check`` does.
"""
from __future__ import annotations

from dataclasses import replace

from ..core.model import Episode, Project
from ..core.timeline import series_speakers
from ..rules import RuleChecker, resolve_profile
from ..rules.audience_rules import check_audience
from ..rules.caption_rules import check_captions, covering_cuts
from ..rules.checker import minor_names
from ..rules.episode_rules import EpisodeSummary, check_episode
from ..rules.findings import Finding
from ..rules.series_rules import check_series

# Items outside the episodes whose changes no episode rule reads.
OUTSIDE_EPISODES = frozenset({"series", "project", "thread", "comment"})


# Fields no rule reads: leaving them out of ``rule_content`` lets a diff skip the rules
# for an episode where only they changed. Anything not named here counts as read.
_EPISODE_UNREAD = ("notes", "audio", "approval")
_BEAT_UNREAD = ("notes", "pos", "approval")
_PANEL_UNREAD = ("notes", "image", "sketch", "framing", "fit")


def _strip(item: dict, unread: tuple[str, ...]) -> dict:
    return {k: v for k, v in item.items() if k not in unread}


def rule_change(a: dict, b: dict) -> str | frozenset[str]:
    """What a change of an episode's JSON data from ``a`` to ``b`` can move: "all" its
    rules, or only the captions of the beats returned (whose panels' timing or captions
    changed; none for notes, pictures, approvals). Equal beats pass at C speed."""
    if _strip(a, _EPISODE_UNREAD + ("beats",)) != _strip(b, _EPISODE_UNREAD + ("beats",)):
        return "all"
    beats_a, beats_b = a.get("beats", ()), b.get("beats", ())
    if len(beats_a) != len(beats_b):
        return "all"
    panels_changed = set()
    for x, y in zip(beats_a, beats_b):
        if x == y:
            continue
        if _strip(x, _BEAT_UNREAD + ("panels",)) != _strip(y, _BEAT_UNREAD + ("panels",)):
            return "all"
        px, py = x.get("panels", ()), y.get("panels", ())
        if len(px) != len(py) or any(
                p != q and _strip(p, _PANEL_UNREAD) != _strip(q, _PANEL_UNREAD)
                for p, q in zip(px, py)):
            panels_changed.add(y.get("id"))
    return frozenset(panels_changed)


def _dirty_rules(old_data: dict, new_data: dict, changed: set[str]
                 ) -> tuple[set[str], dict[str, frozenset[str]]]:
    """Of the changed episodes, those to check in full, and those whose captions alone
    may differ, with the beats whose panels changed."""
    before = {e.get("id"): e for e in old_data.get("episodes", ())}
    dirty_ep, dirty_cap = set(), {}
    for e in new_data.get("episodes", ()):
        eid = e.get("id")
        if eid not in changed:
            continue
        a = before.get(eid)
        what = "all" if a is None else rule_change(a, e)
        if what == "all":
            dirty_ep.add(eid)
        elif what:
            dirty_cap[eid] = what
    dirty_ep |= changed - {e.get("id") for e in new_data.get("episodes", ())}
    return dirty_ep, dirty_cap


def findings_pair(old: Project, new: Project, changed_episodes: set[str],
                  whole: bool, data: tuple[dict, dict] | None = None
                  ) -> tuple[list[Finding], list[Finding]]:
    """The findings of ``old`` and of ``new``, where they may differ: findings that are
    the same on both sides may be left out of both. ``data``, the projects' JSON data
    (``walk.project_data``), lets the changed episodes be checked only for the rules
    their change can move."""
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
    dirty_ep, dirty_cap = changed_episodes, {}
    if data is not None:
        dirty_ep, dirty_cap = _dirty_rules(data[0], data[1], changed_episodes)
        with_audience = {d.episode for p in (old, new) for d in p.audience}
        dirty_ep |= changed_episodes & with_audience
    summaries: dict[str, EpisodeSummary] = {}
    plans: dict[str, list] = {}
    return (_scoped(old, profile, dirty_ep, dirty_cap, summaries, plans),
            _scoped(new, profile, dirty_ep, dirty_cap, summaries, plans))


def _unique(project: Project) -> bool:
    return len({ep.id for ep in project.episodes}) == len(project.episodes)


def _scoped(project: Project, profile, dirty: set[str],
            dirty_captions: dict[str, frozenset[str]],
            summaries: dict[str, EpisodeSummary], plans: dict[str, list]) -> list[Finding]:
    """Findings of the episodes in ``dirty`` (all rules) and of the cuts through the
    beats ``dirty_captions`` names (the caption rule), and the series rules over every
    episode's summary. ``summaries`` and ``plans`` (the cuts judged) are shared by both
    versions: the episodes concerned have the same beats and links in both."""
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
            if ep.id in dirty_captions:
                findings += check_captions(ep, profile, speakers,
                                           _cuts_through(ep, dirty_captions[ep.id], plans))
        summary_of[ep.id] = summary
    findings += check_series(project.series, project.ordered_episodes(), summary_of, profile,
                             project.threads)
    return findings


def _cuts_through(ep: Episode, beats: frozenset[str], plans: dict[str, list]) -> list:
    """The judged cuts that play one of ``beats`` (the others give the same findings in
    both versions), found once and then re-made of this version's beats."""
    plan = plans.get(ep.id)
    if plan is None:
        plan = plans[ep.id] = [(cut, fresh) for cut, fresh in covering_cuts(ep)
                               if any(b.id in beats for b in cut.beats)]
        return plan
    by_id = {b.id: b for b in ep.beats}
    return [(replace(cut, beats=tuple(by_id[b.id] for b in cut.beats)), fresh)
            for cut, fresh in plan]

"""Rules that look at one episode at a time, plus the summary the series rules need.

Each episode is checked from its own beats and links only (and the series' list of
minor characters), so an edit re-checks just the episode it touched.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..core.model import Episode
from ..core.vocab import Direction
from .findings import Finding, Severity
from .messages import canonical_compliance, cut_text, render, seconds
from .paths import BeatGraph
from .profile import RuleProfile

CONFLICT_KINDS = ("escalation", "turn")


@dataclass(frozen=True)
class EpisodeSummary:
    """What the series rules need to know about an episode, without re-reading it."""

    id: str
    number: int
    acyclic: bool
    upless_cut: tuple[str, ...] | None  # a cut with no up beat
    conflict_missing: tuple[str, ...] | None  # a cut with no conflict beat
    conflict_late: tuple[float, str, str, tuple[str, ...]] | None  # start, id, title, cut
    weakest_end: tuple[int, str, str, bool, tuple[str, ...]] | None  # intensity, id, title, is cliff, cut
    strongest_cliff: int  # 0 when no cut ends on a cliffhanger
    payoffless_cut: tuple[str, ...] | None = None  # a cut with no 爽 payoff-tagged beat


def make_finding(rule: str, severity: Severity, ep: Episode | None, params: dict[str, Any],
                 beats: tuple[str, ...] = (), path: tuple[str, ...] = ()) -> Finding:
    return Finding(rule=rule, severity=severity, message=render(rule, params, "en"),
                   episode=ep.id if ep else None, episode_number=ep.number if ep else None,
                   beats=tuple(beats), path=tuple(path), params=params)


class _EpisodeCheck:
    def __init__(self, ep: Episode, profile: RuleProfile, minors: frozenset[str]):
        self.ep = ep
        self.p = profile
        self.minors = minors
        self.g = BeatGraph.build(ep)
        self.out: list[Finding] = []

    def label(self, v: int) -> str:
        return self.g.titles[v] or self.g.ids[v]

    def add(self, rule: str, params: dict[str, Any], beats=(), path=(),
            severity: Severity | None = None) -> None:
        if self.p.enabled(rule):
            sev = self.p.severity(rule, severity)
            self.out.append(make_finding(rule, sev, self.ep, params, beats, path))

    def cut_params(self, nodes: list[int]) -> tuple[tuple[str, ...], str]:
        ids = self.g.path_ids(nodes)
        return ids, cut_text(ids)

    # --- rules -------------------------------------------------------------------------

    def run(self) -> EpisodeSummary:
        self.graph_rules()
        self.compliance_rules()
        if not self.g.ids:
            # Nothing to walk, so no cut rule can fire; the empty episode is the error.
            self.add("EPISODE_EMPTY", {"limit": seconds(self.p.episode_min_s)})
        if not self.g.ids or self.g.order is None:
            return EpisodeSummary(self.ep.id, self.ep.number, self.g.order is not None or
                                  not self.g.ids, None, None, None, None, 0)
        self.hook_rules()
        self.cliffhanger_rules()
        self.duration_rules()
        self.run_rules()
        self.genre_rules()
        return self.summary()

    def graph_rules(self) -> None:
        g = self.g
        for bad in g.bad_links:
            link = f"{bad.link.from_} → {bad.link.to}"
            params: dict[str, Any] = {"variant": bad.problem, "link": link}
            if bad.problem == "unknown":
                params["missing"] = bad.missing
            elif bad.problem == "multi_next":
                params.update(beat=self.label(g.ids.index(bad.beats[0])), count=len(bad.beats) - 1,
                              targets=", ".join(bad.beats[1:]))
            self.add("GRAPH_BAD_LINK", params, beats=bad.beats)
        if g.cycle is not None:
            ids, _ = self.cut_params(g.cycle)
            self.add("GRAPH_CYCLE", {"cut": " → ".join(ids + ids[:1])}, beats=ids)
        if g.ids:
            for v, ok in enumerate(g.reachable):
                if not ok:
                    self.add("GRAPH_UNREACHABLE", {"beat": self.label(v), "start_beat": self.label(0)},
                             beats=(g.ids[v],))

    def compliance_rules(self) -> None:
        p = self.p
        for b in self.ep.beats:
            tags = list(dict.fromkeys(canonical_compliance(t) for t in b.compliance))
            minor_chars = [c for c in b.characters if c.strip().casefold() in self.minors]
            label = b.title or b.id
            if "minors" in tags or minor_chars:
                bad = [t for t in p.minors_with if t in tags]
                who = ", ".join(minor_chars) if minor_chars else "minors"
                if bad:
                    self.add("COMPLIANCE_MINORS", {"beat": label, "who": who, "tags": bad},
                             beats=(b.id,))
                if minor_chars and "minors" not in tags and p.require_minors_tag:
                    self.add("COMPLIANCE_FLAG", {"variant": "untagged_minor", "beat": label,
                                                 "who": who}, beats=(b.id,))
            for tag in tags:
                sev = p.compliance_flags.get(tag)
                if sev is not None:
                    self.add("COMPLIANCE_FLAG", {"beat": label, "tags": [tag], "profile": p.id},
                             beats=(b.id,), severity=sev)

    def hook_rules(self) -> None:
        g = self.g
        missing, late = g.first_occurrence(lambda v: g.kinds[v] == "hook")
        if missing is not None:
            ids, text = self.cut_params(missing)
            self.add("HOOK_MISSING", {"cut": text}, beats=ids[:1], path=ids)
        if late is not None and late[0] > self.p.hook_max_start_s:
            start, v, cut = late
            ids, text = self.cut_params(cut)
            self.add("HOOK_LATE", {"beat": self.label(v), "start": seconds(start), "cut": text,
                                   "limit": seconds(self.p.hook_max_start_s)},
                     beats=(g.ids[v],), path=ids)

    def cliffhanger_rules(self) -> None:
        g = self.g
        back = g.any_back()
        for e in g.ends:
            ids, text = self.cut_params(g.walk_back(back, e))
            if g.kinds[e] != "cliffhanger":
                self.add("CLIFFHANGER_MISSING", {"beat": self.label(e), "cut": text},
                         beats=(g.ids[e],), path=ids)
            elif g.intensity[e] < self.p.cliffhanger_min_intensity:
                self.add("CLIFFHANGER_WEAK", {"beat": self.label(e), "intensity": g.intensity[e],
                                              "limit": self.p.cliffhanger_min_intensity, "cut": text},
                         beats=(g.ids[e],), path=ids)

    def duration_rules(self) -> None:
        p, g = self.p, self.g
        short_s, short_cut = g.extreme_duration(longest=False)
        if short_cut and short_s < p.episode_min_s:
            ids, text = self.cut_params(short_cut)
            self.add("EPISODE_TOO_SHORT", {"cut": text, "seconds": seconds(short_s),
                                           "limit": seconds(p.episode_min_s)}, path=ids)
        long_s, long_cut = g.extreme_duration(longest=True)
        if long_cut and long_s > p.episode_warn_s:
            over = long_s > p.episode_max_s
            limit = p.episode_max_s if over else p.episode_warn_s
            ids, text = self.cut_params(long_cut)
            self.add("EPISODE_TOO_LONG", {"cut": text, "seconds": seconds(long_s),
                                          "limit": seconds(limit)}, path=ids,
                     severity=Severity.ERROR if over else Severity.WARNING)

    def run_rules(self) -> None:
        p, g = self.p, self.g
        dirs = g.dirs
        turn = g.longest_run(lambda a, b: dirs[a] == dirs[b], lambda v: g.secs[v], lambda v: True)
        if turn is not None and turn[0] > p.turn_max_s:
            total, run, cut = turn
            ids, text = self.cut_params(cut)
            self.add("TURN_GAP", {"count": len(run), "direction": dirs[run[0]].value,
                                  "seconds": seconds(total), "first": self.label(run[0]),
                                  "last": self.label(run[-1]), "cut": text,
                                  "limit": seconds(p.turn_max_s)},
                     beats=g.path_ids(run), path=ids)
        down = g.longest_run(lambda a, b: True, lambda v: 1.0,
                             lambda v: dirs[v] == Direction.DOWN)
        if down is not None and down[0] > p.pressure_run_max:
            count, run, cut = down
            ids, text = self.cut_params(cut)
            self.add("PRESSURE_RUN", {"count": int(count), "first": self.label(run[0]),
                                      "last": self.label(run[-1]), "cut": text,
                                      "limit": p.pressure_run_max},
                     beats=g.path_ids(run), path=ids)

    def genre_rules(self) -> None:
        p, g = self.p, self.g
        if p.min_sweet_beats > 0:
            tags = [b.emotion.tag for b in self.ep.beats]
            fewest = g.fewest(lambda v: tags[v] == "sweet")
            if fewest is not None and fewest[0] < p.min_sweet_beats:
                count, cut = fewest
                ids, text = self.cut_params(cut)
                self.add("SWEET_BEATS_LOW", {"count": count, "cut": text,
                                             "limit": p.min_sweet_beats}, path=ids)

    def summary(self) -> EpisodeSummary:
        g = self.g
        upless, _ = g.first_occurrence(lambda v: g.dirs[v] == Direction.UP)
        tags = [b.emotion.tag for b in self.ep.beats]
        payoffless, _ = g.first_occurrence(lambda v: tags[v] == "payoff")
        conflict_missing, conflict = g.first_occurrence(
            lambda v: g.dirs[v] == Direction.DOWN or g.kinds[v] in CONFLICT_KINDS)
        late = None
        if conflict is not None:
            start, v, cut = conflict
            late = (start, g.ids[v], self.label(v), g.path_ids(cut))
        back = g.any_back()
        ends = [(g.intensity[e] if g.kinds[e] == "cliffhanger" else 0, e) for e in g.ends]
        weakest = None
        strongest = max((i for i, _ in ends), default=0)
        if ends:
            i, e = min(ends)
            weakest = (i, g.ids[e], self.label(e), g.kinds[e] == "cliffhanger",
                       g.path_ids(g.walk_back(back, e)))
        return EpisodeSummary(
            id=self.ep.id, number=self.ep.number, acyclic=True,
            upless_cut=g.path_ids(upless) if upless is not None else None,
            conflict_missing=(g.path_ids(conflict_missing)
                              if conflict_missing is not None else None),
            conflict_late=late, weakest_end=weakest, strongest_cliff=strongest,
            payoffless_cut=g.path_ids(payoffless) if payoffless is not None else None)


def check_episode(ep: Episode, profile: RuleProfile,
                  minors: frozenset[str] = frozenset()) -> tuple[list[Finding], EpisodeSummary]:
    """The episode's own findings and its summary for the series rules."""
    check = _EpisodeCheck(ep, profile, minors)
    summary = check.run()
    return check.out, summary

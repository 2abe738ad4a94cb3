"""Consequences of changes: timing shifts and findings that appear or are fixed.

They are not changes of their own: each hangs under the change that caused it, the
last change of the episode that plays before the shifted beat (or the change of a beat
the finding names), else the episode's first change, else the first change of all.
"""
from __future__ import annotations

from ..core.model import Episode, Project
from ..core.timeline import EpisodeTimes
from ..core.errors import BeatBoardError
from ..rules.findings import Finding
from .change import Change
from .rule_scope import OUTSIDE_EPISODES, findings_pair

SHIFT_S = 0.05  # starts closer than this are the same on every printed board


def attach_consequences(old: Project, new: Project, changes: list[Change],
                        data: tuple[dict, dict] | None = None) -> None:
    """``data``: the projects' JSON data, when the caller has it (the rules then skip
    episodes where nothing they read changed)."""
    by_episode: dict[str, list[Change]] = {}
    for c in changes:
        for ep in {c.episode_id} | set(c.detail.get("episodes", ())):
            if ep is not None:
                by_episode.setdefault(ep, []).append(c)
    _timing(old, new, by_episode)
    _findings(old, new, changes, by_episode, data)


def _timing(old: Project, new: Project, by_episode: dict[str, list[Change]]) -> None:
    for ep_id, eps_changes in by_episode.items():
        a, b = old.episode(ep_id), new.episode(ep_id)
        if a is None or b is None:
            continue
        movers = [c for c in eps_changes if _can_move_time(a, b, c)]
        if not movers:
            continue
        ta, tb = EpisodeTimes(a), EpisodeTimes(b)
        causes = _timed_causes(a, b, ta, tb, movers)
        shifts = []
        for beat in b.beats:
            if a.beat(beat.id) is None:
                continue
            s0, s1 = ta.beat_start(beat.id), tb.beat_start(beat.id)
            if s0 is None or s1 is None or abs(s0 - s1) < SHIFT_S:
                continue
            shifts.append((s0, beat, s1))
        for s0, beat, s1 in sorted(shifts, key=lambda s: s[0]):
            cause = _cause_before(causes, s0)
            cause.consequences.append(Change(
                "changed", "beat", beat.id, ep_id, "start_s", round(s0, 2), round(s1, 2),
                f"ep {b.number}, beat {beat.title or beat.id!r}: starts at {s1:.1f} s "
                f"(was {s0:.1f} s, {s1 - s0:+.1f} s)"))
        d0, d1 = ta.main.duration, tb.main.duration
        if abs(d0 - d1) >= SHIFT_S:
            causes[-1][1].consequences.append(Change(
                "changed", "episode", ep_id, ep_id, "duration_s", round(d0, 2), round(d1, 2),
                f"ep {b.number}: runs {d1:.1f} s (was {d0:.1f} s, {d1 - d0:+.1f} s)"))


def _can_move_time(a: Episode, b: Episode, c: Change) -> bool:
    """A beat arriving, leaving or moving, the episode's links, or a change that makes
    its beat longer or shorter (a panel added to a beat does not)."""
    if c.item_type == "episode":
        return c.field == "links"
    beat_id = _beat_of(c)
    if beat_id is None:
        return False
    if c.kind != "changed" and c.item_type == "beat":
        return True
    ba, bb = a.beat(beat_id), b.beat(beat_id)
    return ba is not None and bb is not None and abs(ba.seconds - bb.seconds) >= 1e-9


def _timed_causes(a: Episode, b: Episode, ta: EpisodeTimes, tb: EpisodeTimes,
                  changes: list[Change]) -> list[tuple[float, Change]]:
    """The changes that can move time, each with where it plays (its old start)."""
    out = []
    for c in changes:
        beat_id = _beat_of(c)
        at = None if beat_id is None else ta.beat_start(beat_id)
        if at is None and beat_id is not None:
            at = tb.beat_start(beat_id)
        out.append((at if at is not None else 0.0, c))
    out.sort(key=lambda p: p[0])
    return out


def _cause_before(causes: list[tuple[float, Change]], start: float) -> Change:
    found = causes[0][1]
    for at, c in causes:
        if at <= start:
            found = c
    return found


def _beat_of(c: Change) -> str | None:
    for container, iid in reversed(c.detail.get("path") or ()):
        if container == "beats":
            return iid
    return c.item_id if c.item_type == "beat" else None


def _key(f: Finding) -> tuple:
    return (f.rule, f.episode, f.beats, f.path)


def _findings(old: Project, new: Project, changes: list[Change],
              by_episode: dict[str, list[Change]], data: tuple[dict, dict] | None) -> None:
    whole = any(c.episode_id is None and c.item_type not in OUTSIDE_EPISODES for c in changes)
    try:
        before, after = findings_pair(old, new, set(by_episode), whole, data)
    except BeatBoardError:  # a profile file that cannot be read: the diff still stands
        return
    old_keys = {_key(f) for f in before}
    new_keys = {_key(f) for f in after}
    for f, appeared in ([(f, True) for f in after if _key(f) not in old_keys] +
                        [(f, False) for f in before if _key(f) not in new_keys]):
        cause = _finding_cause(f, changes, by_episode)
        where = f"ep {f.episode_number}" if f.episode_number is not None else "series"
        word = "new finding" if appeared else "fixed"
        cause.consequences.append(Change(
            "added" if appeared else "removed", "finding", f.rule, f.episode, None,
            None if appeared else f.message, f.message if appeared else None,
            f"{where}: {word} [{f.severity.value}] {f.rule}: {f.message}"))


def _finding_cause(f: Finding, changes: list[Change],
                   by_episode: dict[str, list[Change]]) -> Change:
    beats = set(f.beats)
    pool = by_episode.get(f.episode or "", [])
    for c in pool:
        if beats & c.detail.get("touched", set()):
            return c
    return pool[0] if pool else changes[0]

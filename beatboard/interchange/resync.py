"""Re-sync a series with a revised script, keeping the director's work.

Works on two projects: the existing series and the revised script freshly imported (by
the ordinary importer), so it never depends on parser internals. Each imported scene is
one beat. Matching:

1. Scenes whose script text (heading/location, characters, action, dialogue) is exactly
   unchanged match first, pairing duplicates in order.
2. The rest are scored by text similarity (rapidfuzz), location, characters and title,
   with a small bonus for a similar place in the series, and assigned optimally (an
   exact assignment for small sets, best-first for very large ones). Comparisons are
   limited to a window of nearby positions (a tenth of the series, and never more than
   about 200 unmatched scenes either way) so the work grows like the script, not its
   square; swapped scenes still match because their text decides, not their slot.

A matched beat keeps its id, kind, emotion, timing, shot, panels, notes and threads; its
action, dialogue, location and characters follow the script, and its title too while it
is still a scene heading (a title the director wrote is kept). New scenes become new
beats right after the beat of the scene before them. Beats whose scene is gone are never
deleted: applying the plan moves them to the project's set-aside list (``unplaced``),
where they wait, whole, until the user places them again or deletes them. The existing
order of beats is kept (the director may have restructured); scenes the script now has
in another order are only counted.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..core.model import Beat, Episode, Panel, Project, default_panel_id
from ..edit import AddEpisode, Compound, SetField
from ..edit.ids import all_beat_ids, all_episode_ids, new_id
from ..edit.move_edits import InsertBeats, main_line
from ..edit.set_aside import set_aside
from .drafts import _SCENE_PREFIX

MATCH_THRESHOLD = 0.5
EXACT_ASSIGNMENT_MAX = 90  # above this many rows or columns, assign best-first
WINDOW_SCENES = 200  # the most unmatched scenes either way a changed scene is compared with
SCRIPT_FIELDS = ("title", "action", "dialogue", "location", "characters")


@dataclass
class Scene:
    """A beat as a script scene: its place and the text the script owns."""

    beat: Beat
    episode: Episode
    pos: float  # 0..1 through the series
    text: str
    key: tuple
    title: str  # normalised
    chars: frozenset[str]


@dataclass
class Match:
    beat_id: str
    episode_id: str
    scene: Beat
    changes: dict = field(default_factory=dict)  # field -> new value

    @property
    def changed(self) -> bool:
        return bool(self.changes)


@dataclass
class NewScene:
    beat: Beat  # with its final id
    episode_number: int
    after: str | None  # beat id it follows (existing or new), None: episode start
    episode_title: str = ""


@dataclass
class ResyncPlan:
    matches: list[Match]
    new: list[NewScene]
    gone: list[tuple[str, str]]  # (episode id, beat id)
    reordered: int = 0

    @property
    def unchanged(self) -> list[Match]:
        return [m for m in self.matches if not m.changed]

    @property
    def changed(self) -> list[Match]:
        return [m for m in self.matches if m.changed]

    @property
    def is_empty(self) -> bool:
        return not self.changed and not self.new and not self.gone


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _scenes(project: Project) -> list[Scene]:
    out: list[Scene] = []
    eps = project.ordered_episodes()
    total = max(1, sum(len(ep.beats) for ep in eps) - 1)
    for ep in eps:
        line = main_line(ep)
        by_id = {b.id: b for b in ep.beats}
        on_line = set(line)
        order = [by_id[i] for i in line if i in by_id] + [b for b in ep.beats
                                                          if b.id not in on_line]
        for b in order:
            text = _norm(b.action + "\n" + b.dialogue)
            chars = tuple(sorted(c.casefold() for c in b.characters))
            key = (_norm(b.location), chars, text)
            out.append(Scene(b, ep, len(out) / total, text, key, _norm(b.title),
                             frozenset(chars)))
    return out


def _is_heading(title: str) -> bool:
    return bool(_SCENE_PREFIX.match(title.strip()))


def _score(a: Scene, b: Scene, window: float) -> float:
    if a.text or b.text:
        text = fuzz.ratio(a.text, b.text) / 100.0
    else:
        text = 1.0
    la, lb = a.key[0], b.key[0]
    loc = fuzz.ratio(la, lb) / 100.0 if (la and lb) else (1.0 if la == lb else 0.3)
    ca, cb = a.chars, b.chars
    chars = len(ca & cb) / len(ca | cb) if (ca or cb) else 1.0
    title = fuzz.ratio(a.title, b.title) / 100.0
    near = max(0.0, 1.0 - abs(a.pos - b.pos) / window)
    return 0.55 * text + 0.2 * loc + 0.12 * chars + 0.05 * title + 0.08 * near


def _hungarian(cost: list[list[float]]) -> list[int]:
    """Minimum-cost assignment for an n x m matrix (n <= m): column for each row."""
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    p, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    result = [-1] * n
    for j in range(1, m + 1):
        if p[j]:
            result[p[j] - 1] = j - 1
    return result


def _assign(old: list[Scene], new: list[Scene]) -> list[tuple[int, int]]:
    """Pairs (old index, new index) scoring at least MATCH_THRESHOLD."""
    if not old or not new:
        return []
    most = max(len(old), len(new))
    window = max(40 / most, min(0.1, WINDOW_SCENES / most))
    scores: dict[tuple[int, int], float] = {}
    new_by_pos = sorted(range(len(new)), key=lambda j: new[j].pos)
    positions = [new[j].pos for j in new_by_pos]
    for i, a in enumerate(old):
        lo = bisect_left(positions, a.pos - window)
        hi = bisect_right(positions, a.pos + window)
        for j in new_by_pos[lo:hi]:
            if abs(new[j].pos - a.pos) <= window:
                s = _score(a, new[j], window)
                if s >= MATCH_THRESHOLD:
                    scores[(i, j)] = s
    if not scores:
        return []
    if len(old) <= EXACT_ASSIGNMENT_MAX and len(new) <= EXACT_ASSIGNMENT_MAX:
        transpose = len(old) > len(new)
        rows, cols = (len(new), len(old)) if transpose else (len(old), len(new))
        cost = [[1.0 - scores.get((c, r) if transpose else (r, c), 0.0) for c in range(cols)]
                for r in range(rows)]
        pairs = [((c, r) if transpose else (r, c)) for r, c in enumerate(_hungarian(cost))]
        return [pr for pr in pairs if pr in scores]
    taken_old, taken_new, pairs = set(), set(), []
    for (i, j), _s in sorted(scores.items(), key=lambda kv: -kv[1]):
        if i not in taken_old and j not in taken_new:
            taken_old.add(i)
            taken_new.add(j)
            pairs.append((i, j))
    return pairs


def _changes(old: Beat, new: Beat) -> dict:
    out = {}
    for f in ("action", "dialogue", "location"):
        if getattr(old, f) != getattr(new, f):
            out[f] = getattr(new, f)
    if [c.casefold() for c in old.characters] != [c.casefold() for c in new.characters]:
        out["characters"] = list(new.characters)
    # A title the director wrote stays; one that is still a scene heading follows the script.
    if _is_heading(old.title) and new.title != old.title:
        out["title"] = new.title
    return out


def plan_resync(existing: Project, revised: Project) -> ResyncPlan:
    olds, news = _scenes(existing), _scenes(revised)
    pairs: list[tuple[int, int]] = []
    by_key: dict[tuple, list[int]] = {}
    for j, s in enumerate(news):
        by_key.setdefault(s.key, []).append(j)
    used_new: set[int] = set()
    rest_old: list[int] = []
    for i, s in enumerate(olds):
        bucket = by_key.get(s.key)
        if bucket:
            j = bucket.pop(0)
            pairs.append((i, j))
            used_new.add(j)
        else:
            rest_old.append(i)
    rest_new = [j for j in range(len(news)) if j not in used_new]
    for a, b in _assign([olds[i] for i in rest_old], [news[j] for j in rest_new]):
        pairs.append((rest_old[a], rest_new[b]))

    matches = []
    matched_new: dict[int, str] = {}
    for i, j in sorted(pairs, key=lambda p: p[1]):
        o, n = olds[i], news[j]
        matches.append(Match(o.beat.id, o.episode.id, n.beat, _changes(o.beat, n.beat)))
        matched_new[j] = o.beat.id
    matched_old = {i for i, _ in pairs}
    gone = [(olds[i].episode.id, olds[i].beat.id) for i in range(len(olds))
            if i not in matched_old]
    new = _place_new(existing, news, matched_new)
    return ResyncPlan(matches, new, gone, _reordered(pairs))


def _place_new(existing: Project, news: list[Scene], matched: dict[int, str]) -> list[NewScene]:
    taken = all_beat_ids(existing)
    out: list[NewScene] = []
    final: dict[int, str] = dict(matched)
    for j, s in enumerate(news):
        if j in matched:
            continue
        bid = new_id("b", taken)
        final[j] = bid
        beat = s.beat.model_copy(update={"id": bid, "panels": [Panel(id=default_panel_id(bid))]})
        # After the scene before it in the same script episode (matched or new).
        prev = next((final[k] for k in range(j - 1, -1, -1)
                     if news[k].episode.number == s.episode.number and k in final), None)
        out.append(NewScene(beat, s.episode.number, prev, s.episode.title))
    return out


def _reordered(pairs: list[tuple[int, int]]) -> int:
    """How many matched scenes are out of order: total minus a longest increasing run."""
    seq = [i for _, i in sorted((j, i) for i, j in pairs)]
    tails: list[int] = []
    import bisect
    for x in seq:
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(seq) - len(tails)


def resync_edit(project: Project, plan: ResyncPlan) -> Compound:
    """One undo step applying the plan: update matched beats, add new scenes, set the
    gone ones aside."""
    edits = []
    for m in plan.changed:
        for f, value in m.changes.items():
            edits.append(SetField.beat(m.episode_id, m.beat_id, f, value))
    for ep_id, ids in _group_gone(plan.gone).items():
        edits.append(set_aside(project, ep_id, ids))
    where = {b.id: ep.id for ep in project.episodes for b in ep.beats}
    gone = {bid for _, bid in plan.gone}
    new_eps: dict[int, Episode] = {}
    taken_eps = all_episode_ids(project)
    for ns in plan.new:
        after = ns.after if ns.after not in gone else None
        ep_id = where.get(after) if after else None
        if ep_id is None:
            target = project.episode_by_number(ns.episode_number)
            if target is None and ns.episode_number in new_eps:
                target = new_eps[ns.episode_number]
            if target is None:
                target = Episode(id=new_id("ep", taken_eps), number=ns.episode_number,
                                 title=ns.episode_title[:200])
                new_eps[ns.episode_number] = target
                edits.append(AddEpisode(target, index=_episode_index(project, ns.episode_number)))
            ep_id = target.id
            line = main_line(target) if target.beats else []
            after = None if not line else (after if after in line else None)
        edits.append(InsertBeats(ep_id, [ns.beat], after))
        where[ns.beat.id] = ep_id
    return Compound("Update from script", edits)


def _episode_index(project: Project, number: int) -> int:
    return sum(1 for ep in project.episodes if ep.number < number)


def _group_gone(gone: list[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for ep_id, bid in gone:
        out.setdefault(ep_id, []).append(bid)
    return out


def fields_changed(plan: ResyncPlan) -> dict[str, list[str]]:
    """Each script field that changes, in SCRIPT_FIELDS order, with the ids of the beats
    it changes in: a new scene heading moves every beat after it, and the director must
    see that it was the location that moved."""
    out: dict[str, list[str]] = {}
    for f in SCRIPT_FIELDS:
        ids = [m.beat_id for m in plan.changed if f in m.changes]
        if ids:
            out[f] = ids
    return out


def summary_lines(existing: Project, plan: ResyncPlan) -> list[str]:
    """The review, as text: counts, each field that changes and where, then each changed,
    new and gone scene."""
    beats_by_id = {b.id: (ep, b) for ep in existing.episodes for b in ep.beats}

    def where(bid: str) -> str:  # a lookup per line: find_beat scans the whole series
        found = beats_by_id.get(bid)
        return f"ep {found[0].number} · {found[1].title or bid}" if found else bid
    lines = [f"matched unchanged: {len(plan.unchanged)}",
             f"changed: {len(plan.changed)}",
             f"new: {len(plan.new)}",
             f"gone (set aside, not deleted): {len(plan.gone)}"]
    for f, ids in fields_changed(plan).items():
        beats = "beat" if len(ids) == 1 else "beats"
        lines.append(f"{f} changed in {len(ids)} {beats}: {'; '.join(map(where, ids))}")
    if plan.reordered:
        lines.append(f"in another order in the script (kept in the board's order): "
                     f"{plan.reordered}")
    for m in plan.changed:
        lines.append(f"  changed  {where(m.beat_id)}: {', '.join(sorted(m.changes))}")
    for ns in plan.new:
        lines.append(f"  new      ep {ns.episode_number} · {ns.beat.title}")
    for _ep, bid in plan.gone:
        lines.append(f"  gone     {where(bid)}")
    return lines

"""Three-way merge of projects by ids, at field level, keeping both sides' work.

Items (episodes, beats, panels, threads, datasets, comments...) merge as unions; a field
either side changed takes that side's value; a field both changed differently keeps
ours and records a ``MergeConflict`` holding both values. An item one side removed and
the other changed is kept (with its contents) and recorded. Orders merge by
``merge_order``; links merge as sets, and where the result would fork or loop where
neither side did, the episode keeps ours' links and records a conflict.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from ..core.errors import BeatBoardError
from ..core.gc_pause import gc_paused
from ..core.integrity import integrity_problems
from ..core.model import Project
from ..core.series_id import same_series
from .conflicts import MergeConflict, record_conflicts
from .links import link_text
from .merge_order import chain_order, episode_links, merge_link_sets, merge_order, shape_faults
from .walk import ROOT, Ident, Node, flatten, project_data, set_dotted, shape_of

_MISSING = object()


class MergeError(BeatBoardError):
    """Projects that cannot be merged (another series, a result that is not a project)."""


@dataclass
class MergeResult:
    project: Project
    conflicts: list[MergeConflict] = field(default_factory=list)


def merge_projects(base: Project, ours: Project, theirs: Project,
                   authors: tuple[str, str] = ("ours", "theirs")) -> MergeResult:
    """The merged project (episodes the same on all three sides are ours' own objects)
    and its conflicts, each also written as an open comment. Raises MergeError."""
    with gc_paused():  # many objects, no garbage: as load does
        return _merge(base, ours, theirs, authors)


def _merge(base: Project, ours: Project, theirs: Project,
           authors: tuple[str, str]) -> MergeResult:
    for a, b, what in ((base, ours, "the base and ours"), (base, theirs, "the base and theirs"),
                       (ours, theirs, "ours and theirs")):
        if not same_series(a, b):
            raise MergeError(f"{what} are different series (series ids {a.series.id} and "
                             f"{b.series.id}); nothing was merged")
    merger = _Merger(project_data(base), project_data(ours), project_data(theirs))
    data, conflicts = merger.run()
    record_conflicts(data, conflicts, authors)
    # Episodes the same on all three sides are ours' own objects: no need to validate
    # them again (the result shares them with ``ours``).
    data["episodes"] = [ours.episode(e["id"]) if ("episode", e["id"]) in merger.same
                        and e["number"] == ours.episode(e["id"]).number else e
                        for e in data.get("episodes", ())]
    try:
        project = Project.model_validate(data)
    except ValidationError as e:
        err = e.errors(include_url=False)[0]
        raise MergeError("the merged project is not valid at "
                         f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}") from None
    problems = integrity_problems(project)
    if problems:
        raise MergeError(f"the merged project is not whole: {problems[0][0]}: {problems[0][1]}")
    return MergeResult(project, conflicts)


class _Merger:
    def __init__(self, bd: dict, od: dict, td: dict):
        eps = [{e.get("id"): e for e in d.get("episodes", ())} for d in (bd, od, td)]
        self.same = frozenset(("episode", i) for i, e in eps[1].items()
                              if eps[0].get(i) == e == eps[2].get(i))
        self.b, self.o, self.t = (flatten(d, self.same) for d in (bd, od, td))
        self.conflicts: list[MergeConflict] = []
        self.kept: dict[Ident, dict[str, Any]] = {}  # merged leaves
        self.place: dict[Ident, tuple[Ident | None, str]] = {}  # merged (parent, container)
        self.revived: set[Ident] = set()  # kept with their contents: removed vs changed

    def conflict(self, ident: Ident, fieldname, base, ours, theirs, message: str) -> None:
        node = self.o.get(ident) or self.t.get(ident) or self.b.get(ident)
        item_type, item_id = ident
        if ident == ROOT and fieldname and fieldname.startswith("series."):
            item_type, fieldname = "series", fieldname[len("series."):]
        self.conflicts.append(MergeConflict(item_type, item_id, node.episode if node else None,
                                            fieldname, base, ours, theirs, message))

    # -- which items stay --------------------------------------------------------
    def run(self) -> tuple[dict, list[MergeConflict]]:
        for ident in dict.fromkeys([*self.o, *self.t, *self.b]):
            self.decide(ident)
        for ident in self.kept:
            self.place[ident] = self.parent_of(ident)
        self.groups: dict[Ident, dict[str, list[Ident]]] = {}
        for kid, (parent, container) in self.place.items():
            if parent is not None:
                self.groups.setdefault(parent, {}).setdefault(container, []).append(kid)
        data = self.build(ROOT)
        self.episode_numbers(data)
        self.dangling(data)
        return data, self.conflicts

    def decide(self, ident: Ident) -> None:
        b, o, t = self.b.get(ident), self.o.get(ident), self.t.get(ident)
        if o is not None and t is not None:
            self.kept[ident] = self.leaves(ident, b, o, t)
            return
        side, node = ("ours", o) if o is not None else ("theirs", t)
        if node is None:
            return  # removed on both sides
        if b is None or node.parent in self.revived and node.parent is not None:
            self.kept[ident] = dict(node.leaves)  # added on one side, or inside a kept item
            if b is not None:
                self.revived.add(ident)
            return
        if node.data == b.data and (node.parent, node.container) == (b.parent, b.container):
            return  # the other side removed it and this side left it alone
        other = "theirs" if side == "ours" else "ours"
        self.kept[ident] = dict(node.leaves)
        self.revived.add(ident)
        self.conflict(ident, None, "present", "changed" if side == "ours" else "removed",
                      "changed" if side == "theirs" else "removed",
                      f"{other} removed {ident[0]} {ident[1]} and {side} changed it: kept")

    def leaves(self, ident: Ident, b: Node | None, o: Node, t: Node) -> dict[str, Any]:
        out: dict[str, Any] = {}
        skip_links = ident[0] == "episode"
        for name in dict.fromkeys([*o.leaves, *t.leaves]):
            if skip_links and name == "links":
                continue
            bv = b.leaves.get(name, _MISSING) if b is not None else _MISSING
            ov, tv = o.leaves.get(name), t.leaves.get(name)
            if ov == tv or bv == tv:
                out[name] = ov
            elif bv == ov:
                out[name] = tv
            elif _appended(bv, ov, tv):
                n = len(bv)  # both only added to a list (replies, characters): keep both
                out[name] = ov + [x for x in tv[n:] if x not in ov[n:]]
            else:
                out[name] = ov
                self.conflict(ident, name, None if bv is _MISSING else bv, ov, tv,
                              f"both changed {name}: kept ours")
        return out

    def parent_of(self, ident: Ident) -> tuple[Ident | None, str]:
        b, o, t = self.b.get(ident), self.o.get(ident), self.t.get(ident)
        opts = {k: (n.parent, n.container) for k, n in (("b", b), ("o", o), ("t", t)) if n}
        ov, tv, bv = opts.get("o"), opts.get("t"), opts.get("b")
        if ov is None or tv is None:
            chosen = ov or tv
        elif ov == tv or bv == tv:
            chosen = ov
        elif bv == ov:
            chosen = tv
        else:
            chosen = ov
            self.conflict(ident, None, _where(bv), _where(ov), _where(tv),
                          "both moved it to different places: kept ours")
        if chosen[0] is None or chosen[0] in self.kept:
            return chosen
        for alt in (ov, tv, bv):  # its new parent is gone: the other places, else set aside
            if alt is not None and alt[0] in self.kept:
                return alt
        return (ROOT, "unplaced") if ident[0] == "beat" else chosen

    # -- the merged tree ---------------------------------------------------------
    def build(self, ident: Ident) -> dict:
        node = self.o.get(ident) or self.t.get(ident) or self.b[ident]
        if self.untouched(ident):
            return node.data  # the same on all three sides, contents and all
        shape = shape_of(node.cls)
        data: dict = {}
        for name, value in self.kept[ident].items():
            set_dotted(data, shape, name, value)
        groups = self.groups.get(ident, {})
        for name, key, _ in shape.collections:
            kids = groups.get(name, [])
            order = merge_order(*(self.child_ids(n, ident, name) for n in (self.b, self.o, self.t)),
                                keep=[k[1] for k in kids])
            by_id = {k[1]: k for k in kids}
            data[key] = [self.build(by_id[i]) for i in order]
        if ident[0] == "episode":
            self.relink(ident, data)
        return data

    def untouched(self, ident: Ident) -> bool:
        b, o, t = self.b.get(ident), self.o.get(ident), self.t.get(ident)
        if b is None or o is None or t is None or ident == ROOT:
            return False
        same = (o.parent, o.container)
        return (same == (b.parent, b.container) == (t.parent, t.container)
                and o.data == b.data == t.data
                and all(k in self.kept for kids in o.children.values() for k in kids))

    @staticmethod
    def child_ids(nodes: dict[Ident, Node], ident: Ident, name: str) -> list[str]:
        node = nodes.get(ident)
        return [k[1] for k in node.children.get(name, ())] if node is not None else []

    def relink(self, ident: Ident, data: dict) -> None:
        beats = [b["id"] for b in data.get("beats", ())]
        sides = {k: n.get(ident) for k, n in (("b", self.b), ("o", self.o), ("t", self.t))}
        lb, lo, lt = (episode_links(n.data if n else None) for n in sides.values())
        present = [n for k, n in sides.items() if n is not None and k != "b"]
        links = merge_link_sets(lb, lo, lt) if len(present) == 2 else (lo or lt)
        inside = set(beats)
        links = {l for l in links if l[0] in inside and l[1] in inside}
        forks, loop = shape_faults(links, beats)
        o, t = sides["o"], sides["t"]
        if o is not None and t is not None:
            of, ol = shape_faults(lo, [x["id"] for x in o.data.get("beats", ())])
            tf, tl = shape_faults(lt, [x["id"] for x in t.data.get("beats", ())])
            if (forks - of - tf) or (loop and not ol and not tl):
                links = {l for l in lo if l[0] in inside and l[1] in inside}
                self.conflict(ident, "links", [link_text(l) for l in sorted(lb)],
                              [link_text(l) for l in sorted(lo)], [link_text(l) for l in sorted(lt)],
                              "the merged links would fork or loop: kept ours' links")
        if all(not (n.data.get("links")) for n in present):
            chain = chain_order(links, beats)
            if chain is not None:
                by_id = {b["id"]: b for b in data["beats"]}
                data["beats"] = [by_id[i] for i in chain]
                data["links"] = []
                return
        data["links"] = [{"from": a, "to": b, "kind": k} for a, b, k in sorted(links)]

    # -- whole-project fixes -----------------------------------------------------
    def episode_numbers(self, data: dict) -> None:
        """Two sides that each gave a different episode number N: the one not in ours
        goes after the last episode (and the conflict says so)."""
        eps = data.get("episodes", [])
        eps.sort(key=lambda e: (e["number"], ("episode", e["id"]) not in self.o))
        used: set[int] = set()
        last = max((e["number"] for e in eps), default=0)
        for ep in eps:
            if ep["number"] in used:
                old = ep["number"]
                last += 1
                ep["number"] = last
                self.conflict(("episode", ep["id"]), "number", None, old, last,
                              f"both sides have an episode {old}: this one is now {last}")
            used.add(ep["number"])

    def dangling(self, data: dict) -> None:
        """References to items the merge left out (one side removed them) are cleared
        and recorded, so the file opens."""
        beats = {b["id"] for ep in data.get("episodes", ()) for b in ep.get("beats", ())}
        beats |= {b["id"] for b in data.get("unplaced", ())}
        for th in data.get("threads", ()):
            for end in ("setup", "payoff"):
                if th.get(end) is not None and th[end] not in beats:
                    self.conflict(("thread", th["id"]), end, None, th[end], None,
                                  f"the {end} beat {th[end]} was removed: cleared")
                    th[end] = None
        series = data.get("series", {})
        if series.get("paywall_after") not in {None, *(e["id"] for e in data.get("episodes", ()))}:
            self.conflict(ROOT, "series.paywall_after", None, series["paywall_after"], None,
                          "the paywall's episode was removed: cleared")
            series["paywall_after"] = None


def _appended(base, ours, theirs) -> bool:
    return (isinstance(base, list) and isinstance(ours, list) and isinstance(theirs, list)
            and ours[:len(base)] == base and theirs[:len(base)] == base)


def _where(place) -> str | None:
    if place is None:
        return None
    parent, container = place
    return container if parent in (None, ROOT) else f"{parent[0]} {parent[1]}"


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
    for a, b, what in ((base, ours, "the base and ours"), (base, theirs, "the base and theirs"),
                       (ours, theirs, "ours and theirs")):
        if not same_series(a, b):
            raise MergeError(f"{what} are different series (series ids {a.series.id} and "
                             f"{b.series.id}); nothing was merged")
    data, conflicts = _Merger(project_data(base), project_data(ours),
                              project_data(theirs)).run()
    record_conflicts(data, conflicts, authors)
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
        self.b, self.o, self.t = flatten(bd), flatten(od), flatten(td)
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
        shape = shape_of(node.cls)
        data: dict = {}
        for name, value in self.kept[ident].items():
            set_dotted(data, shape, name, value)
        groups: dict[str, list[Ident]] = {}
        for kid, (parent, container) in self.place.items():
            if parent == ident:
                groups.setdefault(container, []).append(kid)
        for name, key, _ in shape.collections:
            kids = groups.get(name, [])
            order = merge_order(*(self.child_ids(n, ident, name) for n in (self.b, self.o, self.t)),
                                keep=[k[1] for k in kids])
            by_id = {k[1]: k for k in kids}
            data[key] = [self.build(by_id[i]) for i in order]
        if ident[0] == "episode":
            self.relink(ident, data)
        return data

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
        """Two sides that each added episode N: theirs' moves to the next free number."""
        eps = data.get("episodes", [])
        eps.sort(key=lambda e: (e["number"], ("episode", e["id"]) not in self.o))
        used = set()
        for ep in eps:
            if ep["number"] in used:
                old = ep["number"]
                n = old
                while n in used:
                    n += 1
                ep["number"] = n
                self.conflict(("episode", ep["id"]), "number", None, old, n,
                              f"both sides have an episode {old}: this one is now {n}")
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


def _where(place) -> str | None:
    if place is None:
        return None
    parent, container = place
    return container if parent in (None, ROOT) else f"{parent[0]} {parent[1]}"


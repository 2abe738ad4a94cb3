"""A semantic diff of two projects, by ids, walking the model's schema (see walk.py).

Items (episodes, beats, panels, threads, datasets, comments...) are added, removed or
moved (to another parent, or along their parent's order: beats along the main line);
every leaf field that differs is one "changed" record, old → new. Link changes that a
beat's arrival, departure or move explains belong to that change; the rest are one
"links" change of the episode. Consequences (timing shifts, findings) come from
consequences.py and hang under the change that caused them.
"""
from __future__ import annotations

from difflib import SequenceMatcher

from ..core.gc_pause import gc_paused
from ..core.model import Project
from .change import Change, ProjectDiff, is_long_text, short
from .consequences import attach_consequences
from .links import as_lists, effective_links, explained_by, link_text, main_line_ids
from .walk import LINKED, ROOT, UNORDERED, Ident, Node, flatten, project_data

REDRAWN = ("sketch", "image")


def diff_projects(old: Project, new: Project, consequences: bool = True) -> ProjectDiff:
    """What changed from ``old`` to ``new``; ``consequences=False`` skips the timing
    shifts and findings (the rules), for callers that only want the changes."""
    with gc_paused():  # many objects, no garbage: as load does
        return diff_data(project_data(old), project_data(new), old, new, consequences)


def diff_data(od: dict, nd: dict, old: Project | None = None, new: Project | None = None,
              consequences: bool = True) -> ProjectDiff:
    before = {e.get("id"): e for e in od.get("episodes", ())}
    same = frozenset(("episode", e["id"]) for e in nd.get("episodes", ())
                     if before.get(e.get("id")) == e)
    on, nn = flatten(od, same), flatten(nd, same)
    d = _Differ(on, nn)
    d.run()
    changes = sorted(d.changes, key=lambda c: c.detail["sort"])
    if consequences and changes and old is not None and new is not None:
        attach_consequences(old, new, changes, (od, nd))
    return ProjectDiff(changes)


class _Differ:
    def __init__(self, on: dict[Ident, Node], nn: dict[Ident, Node]):
        self.on, self.nn = on, nn
        self.changes: list[Change] = []
        self.beat_changes: dict[tuple[str, str], Change] = {}  # (episode, beat) -> change

    # -- labels ------------------------------------------------------------------
    def where(self, nodes: dict[Ident, Node], ident: Ident) -> str:
        parts = []
        while ident is not None and ident != ROOT:
            node = nodes[ident]
            parts.append(self.label(node))
            ident = node.parent
        return ", ".join(reversed(parts)) or "project"

    @staticmethod
    def label(node: Node) -> str:
        kind, iid = node.ident
        if kind == "episode":
            return f"ep {node.leaves.get('number')}"
        title = node.leaves.get("title") or node.leaves.get("label")
        if kind == "beat" and node.container == "unplaced":
            return f"set-aside beat {title!r}" if title else f"set-aside beat {iid}"
        return f"{kind} {title!r}" if title else f"{kind} {iid}"

    def sort_key(self, nodes: dict[Ident, Node], ident: Ident, seq: int) -> tuple:
        node = nodes[ident]
        if ident == ROOT:
            return (0, 0, seq)
        if node.episode is None:
            return (2, 0, seq)
        ep = nodes.get(("episode", node.episode))
        return (1, ep.leaves.get("number") if ep else 0, seq)

    def touched(self, nodes: dict[Ident, Node], ident: Ident) -> set[str]:
        out = set()
        while ident is not None and ident != ROOT:
            if ident[0] in ("episode", "beat", "panel"):
                out.add(ident[1])
            ident = nodes[ident].parent
        return out

    def path(self, nodes: dict[Ident, Node], ident: Ident) -> list[list[str]]:
        out = []
        while ident is not None and ident != ROOT:
            node = nodes[ident]
            out.append([node.container, ident[1]])
            ident = node.parent
        return list(reversed(out))

    def add(self, kind: str, nodes: dict[Ident, Node], ident: Ident, field, old, new,
            summary: str, **detail) -> Change:
        node = nodes[ident]
        item_type = ident[0]
        if ident == ROOT and field:
            head, _, rest = field.partition(".")
            if rest and head == "series":
                item_type, field = "series", rest
        c = Change(kind, item_type, ident[1], node.episode, field, old, new, summary)
        c.detail.update(detail)
        c.detail.setdefault("path", self.path(nodes, ident))
        c.detail["touched"] = self.touched(self.nn, ident) if ident in self.nn else set()
        if ident in self.on:
            c.detail["touched"] |= self.touched(self.on, ident)
        c.detail["episodes"] = {n.episode for n in (self.on.get(ident), self.nn.get(ident))
                                if n is not None and n.episode is not None}
        c.detail["sort"] = self.sort_key(nodes, ident, len(self.changes))
        self.changes.append(c)
        return c

    # -- the walk ----------------------------------------------------------------
    def run(self) -> None:
        on, nn = self.on, self.nn
        for ident, node in nn.items():
            before = on.get(ident)
            if before is None:
                if node.parent not in nn or node.parent in on:  # not inside an added item
                    self.added(ident)
                continue
            if before.data == node.data and before.parent == node.parent and \
                    before.container == node.container:
                continue
            if (before.parent, before.container) != (node.parent, node.container):
                self.moved(ident)
            self.fields(before, node)
        for ident, node in on.items():
            if ident not in nn and (node.parent not in on or node.parent in nn):
                self.removed(ident)
        for ident, node in nn.items():
            before = on.get(ident)
            if before is not None and before.data != node.data:
                self.orders(before, node)
        for ident, node in nn.items():
            if ident[0] == "episode" and ident in on and on[ident].data != node.data:
                self.links(on[ident], node)

    def added(self, ident: Ident) -> None:
        node = self.nn[ident]
        kids = self.nn[node.parent].children[node.container]
        i = kids.index(ident)
        c = self.add("added", self.nn, ident, None, None, node.data,
                     f"{self.where(self.nn, ident)}{_title(node)} added", data=node.data,
                     container=node.container, parent_path=self.path(self.nn, node.parent),
                     after=kids[i - 1][1] if i else None)
        self._note_beat(node.episode, ident, c)

    def removed(self, ident: Ident) -> None:
        node = self.on[ident]
        c = self.add("removed", self.on, ident, None, node.data, None,
                     f"{self.where(self.on, ident)}{_title(node)} removed",
                     container=node.container)
        self._note_beat(node.episode, ident, c)

    def moved(self, ident: Ident) -> None:
        before, node = self.on[ident], self.nn[ident]
        old_where = self.where(self.on, before.parent) if before.parent else "project"
        new_where = self.where(self.nn, node.parent) if node.parent else "project"
        if node.container == "unplaced":
            new_where = "set aside"
        if before.container == "unplaced":
            old_where = "set aside"
        kids = self.nn[node.parent].children[node.container]
        i = kids.index(ident)
        c = self.add("moved", self.nn, ident, None, old_where, new_where,
                     f"{self.label(node)} moved from {old_where} to {new_where}",
                     old_path=self.path(self.on, ident), container=node.container,
                     parent_path=self.path(self.nn, node.parent),
                     after=kids[i - 1][1] if i else None)
        self._note_beat(node.episode, ident, c)
        self._note_beat(before.episode, ident, c)

    def _note_beat(self, episode: str | None, ident: Ident, c: Change) -> None:
        if ident[0] == "beat" and episode is not None:
            self.beat_changes.setdefault((episode, ident[1]), c)

    def fields(self, before: Node, node: Node) -> None:
        top = self.where(self.nn, node.ident)
        is_episode = node.ident[0] == "episode"
        for name in dict.fromkeys([*before.leaves, *node.leaves]):
            if is_episode and name == "links":
                continue  # see links()
            old, new = before.leaves.get(name), node.leaves.get(name)
            if old == new:
                continue
            where, label = top, name
            if node.ident == ROOT and "." in name:
                where, _, label = name.partition(".")
            if node.ident[0] == "panel" and name in REDRAWN:
                text = f"{where}: redrawn ({label} {short(old)} → {short(new)})"
            elif is_long_text(old) or is_long_text(new):
                text = f"{where}: {label} changed ({_line_counts(old, new)})"
            else:
                text = f"{where}: {label} {short(old)} → {short(new)}"
            self.add("changed", self.nn, node.ident, name, old, new, text)

    def orders(self, before: Node, node: Node) -> None:
        for name, kids in node.children.items():
            if name in UNORDERED:
                continue
            if name in LINKED:
                old_ids = main_line_ids(before.data)
                new_ids = main_line_ids(node.data)
            else:
                old_ids = [k[1] for k in before.children.get(name, ())]
                new_ids = [k[1] for k in kids]
            common = set(old_ids) & set(new_ids)
            a = [i for i in old_ids if i in common]
            b = [i for i in new_ids if i in common]
            if a == b:
                continue
            kept = set()
            for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
                kept.update(a[block.a:block.a + block.size])
            tname = kids[0][0] if kids else "beat"
            for iid in b:
                if iid in kept:
                    continue
                ident = (tname, iid)
                old_after = _before_in(old_ids, iid)
                new_after = _before_in(new_ids, iid)
                along = "the main line" if name in LINKED else f"the {name}"
                c = self.add("moved", self.nn, ident, None, old_after, new_after,
                             f"{self.where(self.nn, ident)} moved along {along}: "
                             f"after {new_after or '(start)'} (was after {old_after or '(start)'})",
                             old_path=self.path(self.on, ident), container=name,
                             parent_path=self.path(self.nn, node.ident), after=new_after,
                             along=True)
                self._note_beat(node.episode, ident, c)

    def links(self, before: Node, node: Node) -> None:
        ep = node.ident[1]
        old, new = effective_links(before.data), effective_links(node.data)
        added, removed = new - old, old - new
        if not (added or removed):
            return
        for (episode, beat), c in self.beat_changes.items():
            if episode != ep:
                continue
            add, rem = explained_by(beat, added, removed, old, new)
            if add or rem:
                links = c.detail.setdefault("links", {})
                links[ep] = {"add": as_lists(add), "remove": as_lists(rem)}
                added, removed = added - add, removed - rem
        if added or removed:
            text = ", ".join([f"+ {link_text(l)}" for l in sorted(added)] +
                             [f"− {link_text(l)}" for l in sorted(removed)])
            self.add("changed", self.nn, node.ident, "links",
                     [link_text(l) for l in sorted(removed)],
                     [link_text(l) for l in sorted(added)],
                     f"{self.where(self.nn, node.ident)}: links {text}",
                     links={ep: {"add": as_lists(added), "remove": as_lists(removed)}})


def _title(node: Node) -> str:
    """An episode's title beside its number (its label names only the number)."""
    title = node.leaves.get("title") if node.ident[0] == "episode" else None
    return f" {title!r}" if title else ""


def _before_in(ids: list[str], iid: str) -> str | None:
    i = ids.index(iid)
    return ids[i - 1] if i else None


def _line_counts(old, new) -> str:
    c = Change("changed", "", "", None, None, old, new, "")
    lines = c.line_diff()
    plus = sum(1 for l in lines if l.startswith("+ "))
    minus = sum(1 for l in lines if l.startswith("- "))
    return f"+{plus} −{minus} lines"

"""Bring one change of a diff into a project as one undoable edit."""
from __future__ import annotations

import copy

from ..edit.base import Change as EditChange
from ..edit.base import Edit, EditError
from ..edit.patch_edits import ReplaceParts
from .change import Change
from .walk import ROOT, Ident, Node, collection_key, flatten, set_dotted, shape_of


def apply_change(project, change: Change) -> Edit:
    """The edit that makes ``project`` hold ``change``'s new state (apply it, or push it
    on the undo stack). Raises EditError when the change no longer fits the project."""
    report = _report(change)
    return ReplaceParts(f"Accept: {change.summary}"[:120],
                        lambda data: _patched(data, change), report)


def _report(c: Change) -> EditChange:
    episodes = frozenset(c.detail.get("episodes", ()))
    beats = frozenset(i for i in c.detail.get("touched", ()) if i not in episodes)
    return EditChange(episodes=episodes, beats=beats,
                      episode_list=c.item_type == "episode" and (c.kind != "changed"
                                                                 or c.field == "number"),
                      # outside the episodes (threads, datasets...): refresh everything
                      series=c.item_type in ("series", "project") or not episodes)


def _patched(data: dict, c: Change) -> dict:
    nodes = flatten(data)
    ident: Ident = ROOT if c.item_type in ("series", "project") else (c.item_type, c.item_id)
    if c.kind == "changed":
        node = _find(nodes, ident, c)
        if c.item_type == "episode" and c.field == "links":
            _relink(nodes, c)
        else:
            name = f"series.{c.field}" if c.item_type == "series" else c.field
            set_dotted(node.data, shape_of(node.cls), name, copy.deepcopy(c.new))
    elif c.kind == "added":
        if ident in nodes:
            raise EditError(f"{c.item_type} {c.item_id!r} is already in the project")
        _insert(nodes, c, copy.deepcopy(c.detail["data"]))
        _relink(nodes, c)
    elif c.kind == "removed":
        node = _find(nodes, ident, c)
        _detach(nodes, node)
        _relink(nodes, c)
    elif c.kind == "moved":
        node = _find(nodes, ident, c)
        _detach(nodes, node)
        nodes = flatten(data)
        _insert(nodes, c, node.data)
        _relink(flatten(data), c)
    return data


def _find(nodes: dict[Ident, Node], ident: Ident, c: Change) -> Node:
    node = nodes.get(ident)
    if node is None:
        raise EditError(f"{c.item_type} {c.item_id!r} is no longer in the project")
    return node


def _container(nodes: dict[Ident, Node], parent_path: list, name: str) -> list:
    parent = nodes[ROOT]
    if parent_path:
        kind_of = {n.ident[1]: n for n in nodes.values()}
        parent = kind_of.get(parent_path[-1][1])
        if parent is None:
            raise EditError(f"{parent_path[-1][1]!r} is no longer in the project")
    return parent.data.setdefault(collection_key(parent.cls, name), [])


def _insert(nodes: dict[Ident, Node], c: Change, item: dict) -> None:
    items = _container(nodes, c.detail.get("parent_path", []), c.detail["container"])
    after = c.detail.get("after")
    at = next((i + 1 for i, x in enumerate(items) if x.get("id") == after), None)
    items.insert(len(items) if at is None and after is not None else (at or 0), item)


def _detach(nodes: dict[Ident, Node], node: Node) -> None:
    parent = nodes[node.parent]
    items = parent.data[collection_key(parent.cls, node.container)]
    items[:] = [x for x in items if x is not node.data]


def _relink(nodes: dict[Ident, Node], c: Change) -> None:
    """Apply the link changes this change explains, where the episode writes links."""
    for ep_id, delta in (c.detail.get("links") or {}).items():
        ep = nodes.get(("episode", ep_id))
        if ep is None or not ep.data.get("links"):
            continue  # no links written: the list order is the main line
        beats = {b["id"] for b in ep.data.get("beats") or ()}
        remove = {tuple(l) for l in delta["remove"]}
        links = [l for l in ep.data["links"]
                 if (l["from"], l["to"], l.get("kind", "next")) not in remove]
        have = {(l["from"], l["to"]) for l in links}
        for a, b, kind in delta["add"]:
            if a in beats and b in beats and (a, b) not in have:
                links.append({"from": a, "to": b, "kind": kind})
        ep.data["links"] = [l for l in links if l["from"] in beats and l["to"] in beats]

"""The project as a flat set of items, found by walking the model's pydantic schema.

Every list of models that carry an ``id`` (episodes, beats, panels, threads, audience
datasets, and whatever the format adds later: comments, layers...) is a collection of
items known by their ids; every other field, nested models spelled as dotted names, is a
leaf of the item that holds it. Diff and merge work on this view only, so a new field or
collection is covered without code of its own.
"""
from __future__ import annotations

import typing
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from ..core.model import Project

Ident = tuple[str, str]  # (item type, id)
ROOT: Ident = ("project", "")

# Collections whose list order means nothing (episodes go by number, the others are sets).
UNORDERED = frozenset({"episodes", "threads", "audience", "comments", "unplaced"})
# Beats are ordered by their links (the main line), not by their place in the list.
LINKED = frozenset({"beats"})
TYPE_NAMES = {"RetentionDataset": "audience"}


def type_name(cls: type) -> str:
    return TYPE_NAMES.get(cls.__name__, cls.__name__.lower())


@dataclass(frozen=True)
class Shape:
    """How one model class is laid out: its leaf fields and its collections of items."""

    leaves: tuple[tuple[str, str, "Shape | None"], ...]  # (name, key in the data, nested shape)
    collections: tuple[tuple[str, str, type], ...]  # (name, key, item class)


def _model_of(annotation: Any) -> type | None:
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


@lru_cache(maxsize=None)
def shape_of(cls: type) -> Shape:
    leaves, collections = [], []
    for name, info in cls.model_fields.items():
        key = info.alias or name
        ann = info.annotation
        if typing.get_origin(ann) is list:
            args = typing.get_args(ann)
            item = _model_of(args[0]) if args else None
            if item is not None and "id" in item.model_fields:
                collections.append((name, key, item))
                continue
        nested = _model_of(ann)  # a required nested model: its fields are dotted leaves
        leaves.append((name, key, shape_of(nested) if nested is not None else None))
    return Shape(tuple(leaves), tuple(collections))


@dataclass
class Node:
    ident: Ident
    cls: type
    parent: Ident | None
    container: str  # the parent's collection field holding it
    index: int
    data: dict  # the item's JSON data, its collections included
    episode: str | None  # the id of the episode it is in (itself for an episode)
    leaves: dict[str, Any] = field(default_factory=dict)
    children: dict[str, list[Ident]] = field(default_factory=dict)


def _flat_leaves(shape: Shape, data: dict, prefix: str, out: dict[str, Any]) -> None:
    for name, key, nested in shape.leaves:
        value = data.get(key)
        if nested is not None and isinstance(value, dict):
            _flat_leaves(nested, value, f"{prefix}{name}.", out)
        else:
            out[prefix + name] = value


def project_data(project: Project) -> dict:
    return project.model_dump(mode="json", by_alias=True)


def flatten(data: dict, skip: frozenset = frozenset()) -> dict[Ident, Node]:
    """Every item of a project's JSON data (``project_data``) by its identity; the items
    in ``skip`` stand for their whole contents (a diff skips episodes equal on both sides)."""
    nodes: dict[Ident, Node] = {}
    _walk(Project, data, ROOT, None, "", 0, None, nodes, skip)
    return nodes


def _walk(cls: type, data: dict, ident: Ident, parent: Ident | None, container: str,
          index: int, episode: str | None, nodes: dict[Ident, Node],
          skip: frozenset = frozenset()) -> None:
    shape = shape_of(cls)
    if cls.__name__ == "Episode":
        episode = ident[1]
    node = Node(ident, cls, parent, container, index, data, episode)
    _flat_leaves(shape, data, "", node.leaves)
    nodes[ident] = node
    if ident in skip:
        return
    for name, key, item_cls in shape.collections:
        kids = node.children[name] = []
        tname = type_name(item_cls)
        for i, item in enumerate(data.get(key) or ()):
            kid = (tname, str(item.get("id")))
            kids.append(kid)
            _walk(item_cls, item, kid, ident, name, i, episode, nodes, skip)


def leaf_names(cls: type) -> list[str]:
    """The dotted leaf names of a model class (for textconv and docs)."""
    out: dict[str, Any] = {}
    _flat_leaves(shape_of(cls), {}, "", out)
    return list(out)


def set_dotted(data: dict, shape: Shape, dotted: str, value: Any) -> None:
    """Write a dotted leaf into an item's JSON data."""
    first, _, rest = dotted.partition(".")
    for name, key, nested in shape.leaves:
        if name == first:
            if rest and nested is not None:
                sub = data.get(key)
                if not isinstance(sub, dict):
                    sub = data[key] = {}
                set_dotted(sub, nested, rest, value)
            else:
                data[key] = value
            return
    data[first] = value


def collection_key(cls: type, name: str) -> str:
    for n, key, _ in shape_of(cls).collections:
        if n == name:
            return key
    return name

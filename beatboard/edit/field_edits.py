"""Set one field of the series, an episode or a beat (dotted paths like emotion.intensity)."""
from __future__ import annotations

import copy
from typing import Any

from pydantic import BaseModel, ValidationError

from ..core.model import Point, Project
from .base import Change, Edit, EditError, find_beat, find_episode


class SetField(Edit):
    def __init__(self, owner: tuple[str, ...], path: str, value: Any, label: str | None = None):
        # ("series",) | ("episode", ep_id) | ("beat", ep_id, beat_id)
        # | ("panel", ep_id, beat_id, panel_id)
        self.owner = owner
        self.path = path
        self.value = value
        self.label = label or f"Set {path}"
        self._old: Any = None
        self._recorded = False

    @classmethod
    def series(cls, path: str, value: Any) -> "SetField":
        return cls(("series",), path, value)

    @classmethod
    def episode(cls, episode_id: str, path: str, value: Any) -> "SetField":
        return cls(("episode", episode_id), path, value)

    @classmethod
    def beat(cls, episode_id: str, beat_id: str, path: str, value: Any) -> "SetField":
        return cls(("beat", episode_id, beat_id), path, value)

    @classmethod
    def panel(cls, episode_id: str, beat_id: str, panel_id: str, path: str,
              value: Any) -> "SetField":
        return cls(("panel", episode_id, beat_id, panel_id), path, value)

    def _parent(self, project: Project) -> tuple[BaseModel, str]:
        kind = self.owner[0]
        if kind == "series":
            obj: BaseModel = project.series
        elif kind == "episode":
            obj = find_episode(project, self.owner[1])
        else:
            obj = find_beat(find_episode(project, self.owner[1]), self.owner[2])
            if kind == "panel":
                panel = obj.panel(self.owner[3])
                if panel is None:
                    raise EditError(f"panel {self.owner[3]!r} is not in beat {self.owner[2]!r}")
                obj = panel
        *parents, last = self.path.split(".")
        for name in parents:
            obj = getattr(obj, name)
        if last not in type(obj).model_fields:
            raise EditError(f"unknown field {self.path!r}")
        return obj, last

    def _change(self) -> Change:
        kind = self.owner[0]
        if kind == "series":
            return Change(series=True)
        beats = frozenset({self.owner[2]}) if kind in ("beat", "panel") else frozenset()
        return Change(episodes=frozenset({self.owner[1]}), beats=beats)

    def _set(self, project: Project, value: Any) -> None:
        parent, name = self._parent(project)
        try:
            setattr(parent, name, copy.deepcopy(value))
        except ValidationError as e:
            err = e.errors(include_url=False)[0]
            raise EditError(f"{self.path}: {err['msg']}") from None

    def apply(self, project: Project) -> Change:
        if not self._recorded:
            parent, name = self._parent(project)
            self._old = copy.deepcopy(getattr(parent, name))
            self._set(project, self.value)
            self._recorded = True
        else:
            self._set(project, self.value)
        return self._change()

    def revert(self, project: Project) -> Change:
        self._set(project, self._old)
        return self._change()


class MoveCards(Edit):
    """Canvas positions of several beats: one drag is one undo step."""

    label = "Move beats"

    def __init__(self, episode_id: str, positions: dict[str, tuple[float, float]]):
        self.episode_id = episode_id
        self.positions = dict(positions)
        self._old: dict[str, Point | None] = {}

    def apply(self, project: Project) -> Change:
        ep = find_episode(project, self.episode_id)
        beats = {bid: find_beat(ep, bid) for bid in self.positions}
        if not self._old:
            self._old = {bid: (b.pos.model_copy() if b.pos else None) for bid, b in beats.items()}
        for bid, (x, y) in self.positions.items():
            beats[bid].pos = Point.clamped(x, y)
        return Change(episodes=frozenset({self.episode_id}), beats=frozenset(self.positions))

    def revert(self, project: Project) -> Change:
        ep = find_episode(project, self.episode_id)
        for bid, pos in self._old.items():
            find_beat(ep, bid).pos = pos
        return Change(episodes=frozenset({self.episode_id}), beats=frozenset(self.positions))

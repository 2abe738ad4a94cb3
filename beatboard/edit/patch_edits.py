"""Replace parts of a project with a validated new version of them, as one undoable edit.

Used where a change comes from another version of the project (a diff's accepted change,
a merge): the new state is built as JSON data, validated as a whole, and swapped in at
the top level. Episodes (and other items) whose data did not change keep their objects,
so views of untouched episodes stay valid.
"""
from __future__ import annotations

from typing import Any, Callable

from pydantic import ValidationError

from ..core.integrity import integrity_problems
from ..core.model import Project
from .base import Change, Edit, EditError


class ReplaceParts(Edit):
    """``patch`` turns the project's JSON data (``model_dump(mode="json", by_alias=True)``)
    into the wanted data; the first apply validates it and records both states."""

    def __init__(self, label: str, patch: Callable[[dict], dict], change: Change):
        self.label = label
        self.patch = patch
        self.change = change
        self._before: dict[str, Any] = {}
        self._after: dict[str, Any] | None = None

    def apply(self, project: Project) -> Change:
        if self._after is None:
            data = self.patch(project.model_dump(mode="json", by_alias=True))
            try:
                new = Project.model_validate(data)
            except ValidationError as e:
                err = e.errors(include_url=False)[0]
                place = ".".join(str(p) for p in err["loc"])
                raise EditError(f"{place}: {err['msg']}") from None
            problems = integrity_problems(new)
            if problems:
                raise EditError(f"{problems[0][0]}: {problems[0][1]}")
            after = {}
            for name in Project.model_fields:
                old_value, new_value = getattr(project, name), getattr(new, name)
                if old_value != new_value:
                    after[name] = _reuse(old_value, new_value)
            self._before = {name: getattr(project, name) for name in after}
            self._after = after
        for name, value in self._after.items():
            setattr(project, name, value)
        return self.change

    def revert(self, project: Project) -> Change:
        for name, value in self._before.items():
            setattr(project, name, value)
        return self.change


def _reuse(old: Any, new: Any) -> Any:
    """The new list with the old objects where an item (by id) did not change."""
    if not isinstance(new, list) or not isinstance(old, list):
        return new
    by_id = {getattr(o, "id", None): o for o in old}
    return [by_id[n.id] if getattr(n, "id", None) in by_id and by_id[n.id] == n else n
            for n in new]

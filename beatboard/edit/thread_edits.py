"""Threads across episodes: add, remove and change a setup -> payoff link between beats."""
from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from ..core.model import Project, Thread
from .base import Change, EditError
from .ids import new_id
from .structure import ProjectListEdit


def _change(project: Project, *threads: Thread | None) -> Change:
    beats = {bid for t in threads if t is not None for bid in (t.setup, t.payoff) if bid}
    eps = {found[0].id for bid in beats if (found := project.find_beat(bid)) is not None}
    return Change(episodes=frozenset(eps), beats=frozenset(beats))


class _ThreadListEdit(ProjectListEdit):
    attr = "threads"

    def change(self, project: Project, items: list) -> Change:
        return _change(project, *items)


def _check_beat(project: Project, beat_id: str | None, end: str) -> None:
    if beat_id is not None and project.find_beat(beat_id) is None:
        raise EditError(f"the {end} beat {beat_id!r} does not exist")


class AddThread(_ThreadListEdit):
    label = "Add thread"

    def __init__(self, label: str, setup: str | None, payoff: str | None = None,
                 notes: str = ""):
        super().__init__()
        self.fields = {"label": label, "setup": setup, "payoff": payoff, "notes": notes}
        self.thread_id: str | None = None

    def build(self, project: Project) -> list[Thread]:
        _check_beat(project, self.fields["setup"], "setup")
        _check_beat(project, self.fields["payoff"], "payoff")
        if self.fields["setup"] is not None and self.fields["setup"] == self.fields["payoff"]:
            raise EditError("a thread's setup and payoff must be different beats")
        self.thread_id = new_id("t", {t.id for t in project.threads})
        try:
            thread = Thread(id=self.thread_id, **self.fields)
        except ValidationError as e:
            raise EditError(e.errors()[0]["msg"]) from None
        return list(project.threads) + [thread]


class RemoveThread(_ThreadListEdit):
    label = "Remove thread"

    def __init__(self, thread_id: str):
        super().__init__()
        self.thread_id = thread_id

    def build(self, project: Project) -> list[Thread]:
        kept = [t for t in project.threads if t.id != self.thread_id]
        if len(kept) == len(project.threads):
            raise EditError(f"there is no thread {self.thread_id!r}")
        return kept


class SetThread(_ThreadListEdit):
    """Relabel a thread or move its setup/payoff to other beats."""

    label = "Change thread"

    def __init__(self, thread_id: str, **fields: Any):
        super().__init__()
        self.thread_id = thread_id
        self.fields = fields

    def build(self, project: Project) -> list[Thread]:
        old = next((t for t in project.threads if t.id == self.thread_id), None)
        if old is None:
            raise EditError(f"there is no thread {self.thread_id!r}")
        for end in ("setup", "payoff"):
            if end in self.fields:
                _check_beat(project, self.fields[end], end)
        try:
            new = Thread.model_validate({**old.model_dump(), **self.fields})
        except ValidationError as e:
            raise EditError(e.errors()[0]["msg"]) from None
        return [new if t.id == self.thread_id else t for t in project.threads]

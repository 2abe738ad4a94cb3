"""Replace the whole content of the open document (restoring a named version) as one
undoable edit: the document keeps its file, its history and its undo stack."""
from __future__ import annotations

from ..core.model import Project
from .base import Change, Edit


class ReplaceContent(Edit):
    """Swap every field of the project for those of ``content`` (a separate copy).
    The previous field values are kept as they were, so undo restores the document
    byte for byte."""

    def __init__(self, content: Project, label: str = "Restore Version"):
        self.label = label
        self._after = {name: getattr(content, name) for name in Project.model_fields}
        self._before: dict | None = None

    def _put(self, project: Project, values: dict) -> Change:
        touched = {e.id for e in project.episodes}
        for name, value in values.items():
            project.__dict__[name] = value  # as recorded: no re-validation copies
        touched |= {e.id for e in project.episodes}
        beats = {b.id for e in project.episodes for b in e.beats}
        return Change(episodes=frozenset(touched), beats=frozenset(beats),
                      episode_list=True, series=True)

    def apply(self, project: Project) -> Change:
        if self._before is None:
            self._before = {name: getattr(project, name) for name in Project.model_fields}
        return self._put(project, self._after)

    def revert(self, project: Project) -> Change:
        assert self._before is not None
        return self._put(project, self._before)

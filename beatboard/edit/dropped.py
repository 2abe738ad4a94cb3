"""Panels the editor dropped from the cut: mark, restore, and reorder a beat's strip.

A dropped panel stays on the board with everything it had (``Panel.dropped``); it is
out of every cut until the director restores it, one undo step.
"""
from __future__ import annotations

from datetime import datetime, timezone

from ..core.model import Dropped, Panel, Project
from .base import Edit, EditError, find_beat, find_episode
from .field_edits import SetField
from .panel_edits import PanelListsEdit


def dropped_mark(source: str, when: datetime | None = None) -> Dropped:
    """The mark for a panel dropped from the timeline file ``source`` (its name only)."""
    when = when or datetime.now(timezone.utc)
    return Dropped(source=source[-260:], at=when.strftime("%Y-%m-%dT%H:%M:%SZ"))


def drop_panel(episode_id: str, beat_id: str, panel_id: str, mark: Dropped) -> Edit:
    edit = SetField.panel(episode_id, beat_id, panel_id, "dropped", mark)
    edit.label = "Drop panel"
    return edit


def restore_panel(episode_id: str, beat_id: str, panel_id: str) -> Edit:
    """Back into the cut: the panel plays again with the time it had."""
    edit = SetField.panel(episode_id, beat_id, panel_id, "dropped", None)
    edit.label = "Restore panel"
    return edit


class ReplaceStrip(PanelListsEdit):
    """A beat's strip replaced as a whole (reordered, panels added, durations or drop marks
    changed): the panels are new objects, so undo puts back the very list it had."""

    label = "Update panels"

    def __init__(self, episode_id: str, beat_id: str, panels: list[Panel]):
        super().__init__()
        self.key = (episode_id, beat_id)
        self.panels = list(panels)

    def build(self, project: Project) -> dict[tuple[str, str], list[Panel]]:
        beat = find_beat(find_episode(project, self.key[0]), self.key[1])
        if len({p.id for p in self.panels}) != len(self.panels):
            raise EditError(f"beat {beat.id!r} would hold a panel twice")
        return {self.key: list(self.panels)}

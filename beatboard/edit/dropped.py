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


class ReorderPanels(PanelListsEdit):
    """The beat's panels in a new order (the same panels, as the editor cut them)."""

    label = "Reorder panels"

    def __init__(self, episode_id: str, beat_id: str, order: list[str]):
        super().__init__()
        self.key = (episode_id, beat_id)
        self.order = list(order)

    def build(self, project: Project) -> dict[tuple[str, str], list[Panel]]:
        beat = find_beat(find_episode(project, self.key[0]), self.key[1])
        by_id = {p.id: p for p in beat.panels}
        if sorted(self.order) != sorted(by_id):
            raise EditError(f"the new order of beat {beat.id!r} must hold its panels, "
                            "each once")
        return {self.key: [by_id[i] for i in self.order]}

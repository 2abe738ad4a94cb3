"""What the user is looking at: one episode, a set of its beats, and maybe one panel.

The current panel always belongs to the one selected beat; selecting other beats
clears it.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    episodeChanged = Signal(str)  # episode id ("" for none)
    beatsChanged = Signal(list)  # selected beat ids in the current episode
    panelChanged = Signal(str)  # current panel id ("" for none)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.episode_id = ""
        self.beat_ids: list[str] = []
        self.panel_id = ""

    def set_episode(self, episode_id: str) -> None:
        if episode_id != self.episode_id:
            self.episode_id = episode_id
            self.beat_ids = []
            self._drop_panel()
            self.episodeChanged.emit(episode_id)
            self.beatsChanged.emit([])

    def set_beats(self, beat_ids: list[str]) -> None:
        ids = list(dict.fromkeys(beat_ids))
        if ids != self.beat_ids:
            if ids != [self._panel_beat]:
                self._drop_panel()
            self.beat_ids = ids
            self.beatsChanged.emit(ids)

    def set_panel(self, beat_id: str, panel_id: str) -> None:
        """Make a panel current (and its beat the one selected beat)."""
        self._panel_beat = beat_id
        self.set_beats([beat_id])
        if panel_id != self.panel_id:
            self.panel_id = panel_id
            self.panelChanged.emit(panel_id)

    def clear_panel(self) -> None:
        self._drop_panel()

    _panel_beat = ""

    def _drop_panel(self) -> None:
        self._panel_beat = ""
        if self.panel_id:
            self.panel_id = ""
            self.panelChanged.emit("")

    def select(self, episode_id: str, beat_ids: list[str]) -> None:
        """Jump to an episode and select beats in it (findings, curve clicks)."""
        self.set_episode(episode_id)
        self.set_beats(beat_ids)

    @property
    def current_panel(self) -> tuple[str, str] | None:
        """(beat id, panel id) of the current panel, or None."""
        return (self._panel_beat, self.panel_id) if self.panel_id else None

    @property
    def current_beat(self) -> str | None:
        return self.beat_ids[0] if len(self.beat_ids) == 1 else None

"""What the user is looking at: one episode, and a set of its beats."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    episodeChanged = Signal(str)  # episode id ("" for none)
    beatsChanged = Signal(list)  # selected beat ids in the current episode

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.episode_id = ""
        self.beat_ids: list[str] = []

    def set_episode(self, episode_id: str) -> None:
        if episode_id != self.episode_id:
            self.episode_id = episode_id
            self.beat_ids = []
            self.episodeChanged.emit(episode_id)
            self.beatsChanged.emit([])

    def set_beats(self, beat_ids: list[str]) -> None:
        ids = list(dict.fromkeys(beat_ids))
        if ids != self.beat_ids:
            self.beat_ids = ids
            self.beatsChanged.emit(ids)

    def select(self, episode_id: str, beat_ids: list[str]) -> None:
        """Jump to an episode and select beats in it (findings, curve clicks)."""
        self.set_episode(episode_id)
        self.set_beats(beat_ids)

    @property
    def current_beat(self) -> str | None:
        return self.beat_ids[0] if len(self.beat_ids) == 1 else None

"""Live rule findings for the open document, re-checked incrementally after each edit."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core.errors import BeatBoardError
from ..edit import Change
from ..rules import BUILTIN_PROFILES, Finding, RuleChecker, apply_genre, resolve_profile
from .undo import UndoController


class FindingsHub(QObject):
    """Owns a RuleChecker; ``updated`` carries every current finding after each re-check."""

    updated = Signal(list)
    profileProblem = Signal(str)  # the series' profile could not be loaded

    def __init__(self, controller: UndoController, parent: QObject | None = None):
        super().__init__(parent)
        self._controller = controller
        self._profile_key: tuple[str, str, str] | None = None
        self._checker: RuleChecker | None = None
        self.findings: list[Finding] = []
        self._by_episode: dict[str | None, list[Finding]] = {}
        self._by_beat: dict[str, list[Finding]] = {}
        self.profile_error = ""
        controller.changed.connect(self._on_changed)
        controller.documentReplaced.connect(self.full_check)
        self.full_check()

    @property
    def profile(self):
        """The resolved rule profile: views read the hook zone and length bounds from it."""
        return self._checker.profile if self._checker is not None else None

    def for_episode(self, episode_id: str | None) -> list[Finding]:
        return list(self._by_episode.get(episode_id, ()))

    def for_beat(self, beat_id: str) -> list[Finding]:
        return list(self._by_beat.get(beat_id, ()))

    def full_check(self) -> None:
        self._ensure_profile(force=True)
        self._publish(self._checker.check(self._controller.project))

    def _key(self) -> tuple[str, str, str]:
        doc = self._controller.document
        series = doc.project.series
        return (series.profile, series.genre, str(doc.base_dir or ""))

    def _ensure_profile(self, force: bool = False) -> bool:
        """Resolve the series' profile when it changed; True if the checker was replaced."""
        key = self._key()
        if not force and key == self._profile_key and self._checker is not None:
            return False
        self._profile_key = key
        doc = self._controller.document
        try:
            profile = resolve_profile(doc.project, doc.base_dir)
            self.profile_error = ""
        except BeatBoardError as e:
            # Keep checking with the default rules and tell the user why.
            profile = apply_genre(BUILTIN_PROFILES["overseas"], doc.project.series.genre)
            self.profile_error = str(e)
            self.profileProblem.emit(self.profile_error)
        self._checker = RuleChecker(profile)
        return True

    def _on_changed(self, change: Change) -> None:
        project = self._controller.project
        if change.series and self._ensure_profile():
            self._publish(self._checker.check(project))
            return
        self._publish(self._checker.recheck(project, change.episodes))

    def _publish(self, findings: list[Finding]) -> None:
        self.findings = findings
        by_episode: dict[str | None, list[Finding]] = {}
        by_beat: dict[str, list[Finding]] = {}
        for f in findings:
            by_episode.setdefault(f.episode, []).append(f)
            for b in f.beats:
                by_beat.setdefault(b, []).append(f)
        self._by_episode, self._by_beat = by_episode, by_beat
        self.updated.emit(findings)

"""Live rule findings for the open document, re-checked incrementally after each edit.

Asset findings (ASSET_BROKEN) read the disk, so they are refreshed only when a document
opens and after a save (``check_assets``); each edit re-uses the last ones."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core.errors import BeatBoardError
from ..edit import Change
from ..rules import (BUILTIN_PROFILES, AssetChecker, Finding, RuleChecker, apply_genre,
                     resolve_profile, sorted_findings)
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
        self._asset_checker = AssetChecker()
        self._asset_findings: list[Finding] = []
        self._rule_findings: list[Finding] = []
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
        self._read_assets()
        self._publish(self._checker.check(self._controller.project))

    def check_assets(self) -> None:
        """Read the asset files again (after a save); unchanged files are not re-read."""
        self._read_assets()
        self._publish(self._rule_findings)

    def _read_assets(self) -> None:
        doc = self._controller.document
        self._asset_findings = self._asset_checker.check(doc.project, doc.base_dir,
                                                         self._checker.profile)

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

    def _publish(self, rule_findings: list[Finding]) -> None:
        self._rule_findings = rule_findings
        findings = (sorted_findings(rule_findings + self._asset_findings)
                    if self._asset_findings else rule_findings)
        self.findings = findings
        by_episode: dict[str | None, list[Finding]] = {}
        by_beat: dict[str, list[Finding]] = {}
        for f in findings:
            by_episode.setdefault(f.episode, []).append(f)
            for b in f.beats:
                by_beat.setdefault(b, []).append(f)
        self._by_episode, self._by_beat = by_episode, by_beat
        self.updated.emit(findings)

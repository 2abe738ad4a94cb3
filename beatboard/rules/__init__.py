"""The rules engine: pure functions from a project to a list of findings (no Qt).

``check_project`` runs every rule; ``RuleChecker`` keeps per-episode results so an edit
re-checks only the episodes it touched. Thresholds and severities live in a
``RuleProfile`` (built-in ``overseas`` or ``china``, or a user JSON file), tightened by
the series' genre preset.
"""
from __future__ import annotations

from .checker import RuleChecker, check_project, counts, episode_status
from .findings import RULE_TITLES, Finding, Severity
from .profile import (BUILTIN_PROFILES, DEFAULT_SEVERITY, GENRE_PRESETS, RULE_IDS, RuleProfile,
                      apply_genre, load_profile, resolve_profile)

__all__ = [
    "BUILTIN_PROFILES", "DEFAULT_SEVERITY", "Finding", "GENRE_PRESETS", "RULE_IDS",
    "RULE_TITLES", "RuleChecker", "RuleProfile", "Severity", "apply_genre", "check_project",
    "counts", "episode_status", "load_profile", "resolve_profile",
]

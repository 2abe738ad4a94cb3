"""The rules engine: pure functions from a project to a list of findings (no Qt).

``check_project`` runs every rule; ``RuleChecker`` keeps per-episode results so an edit
re-checks only the episodes it touched. Thresholds and severities live in a
``RuleProfile`` (built-in ``overseas`` or ``china``, or a user JSON file), tightened by
the series' genre preset. ``AssetChecker`` (ASSET_BROKEN) is the one check that reads the
disk; callers run it at open, save and ``beatboard check``, never per edit.
"""
from __future__ import annotations

from .asset_rules import AssetChecker
from .checker import RuleChecker, check_project, counts, episode_status, sorted_findings
from .findings import RULE_TITLES, Finding, Severity
from .profile import (BUILTIN_PROFILES, DEFAULT_SEVERITY, GENRE_PRESETS, RULE_IDS, RuleProfile,
                      apply_genre, load_profile, resolve_profile)

__all__ = [
    "AssetChecker", "BUILTIN_PROFILES", "DEFAULT_SEVERITY", "Finding", "GENRE_PRESETS",
    "RULE_IDS", "RULE_TITLES", "RuleChecker", "RuleProfile", "Severity", "apply_genre", "check_project",
    "counts", "episode_status", "load_profile", "resolve_profile", "sorted_findings",
]

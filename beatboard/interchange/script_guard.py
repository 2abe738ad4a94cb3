"""Guards for re-syncing a series with a script that would wreck it.

A file of NUL bytes or any other non-script still parses (as one "scene" of garbage or
as nothing at all); matched against a series it would set every beat aside. So a re-sync
first asks ``require_script_content`` whether the parsed script holds anything a script
holds, and callers ask ``sets_aside_most`` before applying a plan that would set aside
more than half the beats (the CLI needs ``--allow-set-aside``, the editor asks).
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

from ..core.errors import BeatBoardFileError
from ..core.model import Beat, Project
from .resync import ResyncPlan

SET_ASIDE_LIMIT = 0.5  # share of the series' beats a re-sync may set aside unasked


def _readable(text: str) -> bool:
    """True when ``text`` has a visible character (not space, NUL or other control)."""
    return any(not ch.isspace() and not unicodedata.category(ch).startswith("C")
               for ch in text)


def _has_script_content(beat: Beat) -> bool:
    return bool(beat.location.strip() or beat.characters or _readable(beat.dialogue)
                or _readable(beat.action))


def require_script_content(script: Project, source: str | Path | None) -> None:
    """Raise BeatBoardFileError unless the parsed script has a scene heading, a character
    cue or a line of action text somewhere."""
    if not any(_has_script_content(b) for ep in script.episodes for b in ep.beats):
        raise BeatBoardFileError(source, "", "no scene heading, character cue or action "
                                             "text found: this does not look like a script, "
                                             "so nothing was updated")


def set_aside_count(existing: Project, plan: ResyncPlan) -> tuple[int, int]:
    """(beats the plan sets aside, beats on the series' episodes)."""
    total = sum(len(ep.beats) for ep in existing.episodes)
    return len(plan.gone), total


def sets_aside_most(existing: Project, plan: ResyncPlan) -> bool:
    gone, total = set_aside_count(existing, plan)
    return total > 0 and gone > SET_ASIDE_LIMIT * total

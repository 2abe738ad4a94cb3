"""Find and replace across a series' text, as one undo step.

Searched: episode titles and notes; beat titles, action, dialogue, sound and notes; panel
captions and notes. Character names and locations are left to their own fields.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.model import Project
from .base import Compound, EditError
from .field_edits import SetField

EPISODE_FIELDS = ("title", "notes")
BEAT_FIELDS = ("title", "action", "dialogue", "sound", "notes")
PANEL_FIELDS = ("caption", "notes")


@dataclass(frozen=True)
class TextHit:
    owner: tuple[str, ...]  # SetField owner: ("episode", ep) | ("beat", ep, b) | ("panel", ...)
    field: str
    text: str
    count: int


def _pattern(needle: str, match_case: bool) -> re.Pattern:
    return re.compile(re.escape(needle), 0 if match_case else re.IGNORECASE)


def find_text(project: Project, needle: str, match_case: bool = False) -> list[TextHit]:
    if not needle:
        return []
    pat = _pattern(needle, match_case)
    hits: list[TextHit] = []

    def look(owner, obj, fields):
        for f in fields:
            value = getattr(obj, f) or ""
            n = len(pat.findall(value))
            if n:
                hits.append(TextHit(owner, f, value, n))

    for ep in project.ordered_episodes():
        look(("episode", ep.id), ep, EPISODE_FIELDS)
        for b in ep.beats:
            look(("beat", ep.id, b.id), b, BEAT_FIELDS)
            for p in b.panels:
                look(("panel", ep.id, b.id, p.id), p, PANEL_FIELDS)
    return hits


def replace_all(project: Project, needle: str, replacement: str,
                match_case: bool = False) -> tuple[Compound, int]:
    """One Compound edit replacing every occurrence, and how many it replaces."""
    hits = find_text(project, needle, match_case)
    if not hits:
        raise EditError(f"{needle!r} does not occur in the series' text")
    pat = _pattern(needle, match_case)
    edits = [SetField(h.owner, h.field, pat.sub(lambda _m: replacement, h.text))
             for h in hits]
    return Compound("Replace text", edits), sum(h.count for h in hits)

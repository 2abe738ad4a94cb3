"""Short random ids that stay stable for the life of a beat or episode."""
from __future__ import annotations

import secrets
import string

from ..core.model import Project

_ALPHABET = string.ascii_lowercase + string.digits


def new_id(prefix: str, taken: set[str], length: int = 6) -> str:
    """``prefix`` and ``length`` random letters and digits, not in ``taken`` (added to it).
    Random, so two people editing copies of one file never mint the same id."""
    while True:
        candidate = prefix + "".join(secrets.choice(_ALPHABET) for _ in range(length))
        if candidate not in taken:
            taken.add(candidate)
            return candidate


def all_beat_ids(project: Project) -> set[str]:
    """Ids in use, including beats set aside (they may come back)."""
    return {b.id for ep in project.episodes for b in ep.beats} | {b.id for b in project.unplaced}


def all_episode_ids(project: Project) -> set[str]:
    return {ep.id for ep in project.episodes}

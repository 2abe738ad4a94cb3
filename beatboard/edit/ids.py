"""Short random ids that stay stable for the life of a beat or episode."""
from __future__ import annotations

import secrets
import string

from ..core.model import Project

_ALPHABET = string.ascii_lowercase + string.digits


def new_id(prefix: str, taken: set[str], length: int = 6) -> str:
    """``prefix`` and ``length`` random letters and digits, not in ``taken`` (added to it).
    Random, so two people editing copies of one file never mint the same id."""
    base = len(_ALPHABET)
    while True:
        # One draw of 64 random bits for all the letters (a draw per letter cost six
        # system calls an id, which an import of 100 curves felt); reduced modulo
        # alphabet^length, the bias is below 1e-9.
        n = int.from_bytes(secrets.token_bytes(8), "big") % base ** length
        letters = []
        for _ in range(length):
            n, digit = divmod(n, base)
            letters.append(_ALPHABET[digit])
        candidate = prefix + "".join(letters)
        if candidate not in taken:
            taken.add(candidate)
            return candidate


def all_beat_ids(project: Project) -> set[str]:
    """Ids in use, including beats set aside (they may come back)."""
    return {b.id for ep in project.episodes for b in ep.beats} | {b.id for b in project.unplaced}


def all_episode_ids(project: Project) -> set[str]:
    return {ep.id for ep in project.episodes}

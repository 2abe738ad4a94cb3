"""Characters a scene introduces in its action without giving them a line.

The Fountain convention (and every screenplay format's): the first appearance of a
character in action is in capitals, ``LIN YAN (24, apron...) wipes the counter``. Capitals
in action also mark sounds (BANG), props (the SCREEN DOOR) and camera words (CLOSE ON), so
a run of capitals counts as a character only when it names someone who speaks somewhere
in the script (``BRICK BRADDOCK`` for the cue ``BRICK``), or when an age follows it in
parentheses, the way a writer introduces a new face.
"""
from __future__ import annotations

import re

# A run of capitalised words: 'LIN YAN', 'DICK STEEL', 'O'MALLEY', 'J.D.'.
_CAPS_RUN = re.compile(r"(?<![\w'’])([A-Z][A-Z0-9'’.\-]*[A-Z.](?: [A-Z][A-Z0-9'’.\-]*[A-Z.])*)(?![\w'’])")
_AGE_AFTER = re.compile(r"\s*[(（]\s*(?:(?:early|mid|late)[\s-]*)?(?:\d|teens|twenties|thirties|"
                        r"forties|fifties|sixties|seventies|eighties)", re.I)
_NOT_NAMES = {"INT", "EXT", "CONT'D", "V.O.", "O.S.", "O.C.", "POV", "CLOSE", "ON", "THE", "A",
              "AN", "AND", "OF", "CUT", "TO", "FADE", "IN", "OUT", "ANGLE", "INSERT", "BACK"}


def introduced(action: str, speakers: dict[str, None] | set[str]) -> list[str]:
    """Names the action introduces in capitals, in order: a speaker's cue name when a run
    of capitals holds it as a whole word, else the run itself when an age follows."""
    found: dict[str, None] = {}
    for m in _CAPS_RUN.finditer(action):
        run = m.group(1).rstrip(".")
        words = run.split(" ")
        known = next((w for w in _names_in(words) if w in speakers), None)
        if known:
            found.setdefault(known, None)
        elif _AGE_AFTER.match(action, m.end()) and not set(words) <= _NOT_NAMES:
            found.setdefault(run, None)
    return list(found)


def _names_in(words: list[str]):
    """The whole run first, then its parts: 'BRICK BRADDOCK', 'BRICK', 'BRADDOCK'."""
    yield " ".join(words)
    n = len(words)
    for size in range(n - 1, 0, -1):
        for start in range(0, n - size + 1):
            yield " ".join(words[start:start + size])


def may_introduce(action: str) -> bool:
    """Whether the action holds capitals an import could read as a character."""
    return _CAPS_RUN.search(action) is not None

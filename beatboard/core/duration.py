"""Estimate a beat's screen time from its dialogue.

Micro-drama delivery is fast: about 160 English words a minute and 4.5 Chinese
characters a second, plus about half a second per line for reactions. A beat with no
dialogue gets a short floor: an insert or a reaction shot still takes screen time.
"""
from __future__ import annotations

import re
from functools import lru_cache

EN_WORDS_PER_MIN = 160.0
ZH_CHARS_PER_S = 4.5
PAUSE_PER_LINE_S = 0.5
SILENT_BEAT_S = 3.0
MIN_SPOKEN_BEAT_S = 1.0
MAX_ESTIMATE_S = 600.0  # the longest beat the model allows; a monologue longer is a script error

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")
# "NAME: line" or "名字：台词" — the speaker's name is not spoken.
_SPEAKER = re.compile(r"^\s*[^:：\n]{1,24}[:：]\s*")
# (parentheticals) and [stage directions] are not spoken either.
_UNSPOKEN = re.compile(r"\([^)]*\)|（[^）]*）|\[[^\]]*\]")


def spoken_lines(dialogue: str) -> list[str]:
    lines = []
    for raw in dialogue.splitlines():
        text = _UNSPOKEN.sub("", _SPEAKER.sub("", raw, count=1)).strip()
        if text:
            lines.append(text)
    return lines


def speech_seconds(text: str) -> float:
    cjk = len(_CJK.findall(text))
    words = len(_WORD.findall(_CJK.sub(" ", text)))
    return cjk / ZH_CHARS_PER_S + words * 60.0 / EN_WORDS_PER_MIN


@lru_cache(maxsize=8192)  # asked for every beat by the rules, strip, navigator and player
def estimate_duration(dialogue: str) -> float:
    """Seconds of screen time for a beat's dialogue, rounded to 0.1 s."""
    lines = spoken_lines(dialogue or "")
    if not lines:
        return SILENT_BEAT_S
    total = sum(speech_seconds(line) + PAUSE_PER_LINE_S for line in lines)
    return round(min(max(total, MIN_SPOKEN_BEAT_S), MAX_ESTIMATE_S), 1)

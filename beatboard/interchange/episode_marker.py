"""Recognising episode headings in scripts: ``Episode 3``, ``EP 3 – Title``, ``第三集``."""
from __future__ import annotations

import re

from ..core.errors import BeatBoardError

DEFAULT_MARKER = (
    r"^(?:episode|ep)\.?\s*(?P<n>\d+)\b\s*[-–—:：.]?\s*(?P<title>.*)$"
    r"|^第\s*(?P<zn>[0-9零〇一二两三四五六七八九十百千]+)\s*集\s*[-–—:：.]?\s*(?P<ztitle>.*)$"
)
_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}


def chinese_number(text: str) -> int | None:
    """'12' / '十二' / '一百零五' to an int; None when it is not a number."""
    if text.isdigit():
        return int(text)
    total, digit = 0, None
    for ch in text:
        if ch in _ZH_DIGITS:
            digit = _ZH_DIGITS[ch]
        elif ch in _ZH_UNITS:
            total += (digit if digit is not None else 1) * _ZH_UNITS[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


class MarkerError(BeatBoardError):
    """The episode-heading pattern is not a regular expression. ``detail`` is Python's
    reason, so the editor can say it in its own words; str() is the command line's."""

    def __init__(self, detail: str):
        self.detail = detail
        super().__init__(f"--episode-marker: not a valid regular expression ({detail})")


class EpisodeMarker:
    """A regex that marks an episode heading.

    A custom pattern may name groups ``n`` (the number) and ``title``; otherwise the first
    group holding digits is the number and the text after the match is the title.
    """

    def __init__(self, pattern: str | None = None):
        self.custom = pattern is not None
        try:
            self.regex = re.compile(pattern or DEFAULT_MARKER, re.I)
        except re.error as e:
            raise MarkerError(str(e)) from None

    def match(self, text: str) -> tuple[int | None, str] | None:
        """(number or None, title) when ``text`` is an episode heading."""
        text = text.strip()
        m = self.regex.search(text)
        if not m:
            return None
        groups = m.groupdict()
        raw_n = groups.get("n") or groups.get("zn")
        if raw_n is None:
            raw_n = next((g for g in m.groups() if g and chinese_number(g.strip()) is not None), None)
        number = chinese_number(raw_n.strip()) if raw_n else None
        title = groups.get("title") or groups.get("ztitle")
        if title is None:  # the text after the match, less the separator
            title = text[m.end():].strip().lstrip("-–—:：").strip()
        return number, title.strip()

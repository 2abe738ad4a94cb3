"""Parsing JSON a user gave us (documents, rule profiles): every failure is one clear
BeatBoardFileError naming the file and the line, never a Python exception."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from .errors import BeatBoardFileError

# Python refuses to turn longer digit strings into ints (CVE-2020-10735); no number in
# a BeatBoard file comes anywhere near, so a run this long is a broken or hostile file.
_INT_DIGITS = sys.get_int_max_str_digits() or 4300
_HUGE_INT = re.compile(r"-?\d{%d,}" % (_INT_DIGITS + 1))


def decode_text(raw: bytes | str, path: str | Path | None, what: str = "file") -> str:
    if isinstance(raw, str):
        return raw
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise BeatBoardFileError(path, f"line {line}", f"the {what} is not UTF-8 text") from None


def parse_json(text: str, path: str | Path | None) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise BeatBoardFileError(path, f"line {e.lineno}, column {e.colno}",
                                 f"not valid JSON ({e.msg})") from None
    except RecursionError:
        raise BeatBoardFileError(path, "", "JSON is nested too deeply") from None
    except ValueError:  # the int digit limit
        m = _HUGE_INT.search(text)
        place = f"line {text.count(chr(10), 0, m.start()) + 1}" if m else ""
        digits = len(m.group().lstrip("-")) if m else _INT_DIGITS + 1
        raise BeatBoardFileError(path, place, f"a number with {digits} digits is far too large "
                                              "for any field") from None

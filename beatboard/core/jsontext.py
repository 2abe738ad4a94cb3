"""Parsing JSON a user gave us (documents, rule profiles): every failure is one clear
BeatBoardFileError naming the file and the place, never a Python exception.

Stricter than ``json.loads`` where silence would lose data: a key given twice in one
object (which value did the writer mean?) is refused, not resolved by keeping the last.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any, Callable

from .errors import BeatBoardFileError

# Python refuses to turn longer digit strings into ints (CVE-2020-10735); no number in
# a BeatBoard file comes anywhere near, so a run this long is a broken or hostile file.
_INT_DIGITS = sys.get_int_max_str_digits() or 4300
_HUGE_INT = re.compile(r"-?\d{%d,}" % (_INT_DIGITS + 1))
_CONSTANT = re.compile(r"(?<![\w\"])(-?Infinity|NaN)(?![\w\"])")


def decode_text(raw: bytes | str, path: str | Path | None, what: str = "file") -> str:
    if isinstance(raw, str):
        return raw
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise BeatBoardFileError(path, f"line {line}", f"the {what} is not UTF-8 text") from None


PlaceOf = Callable[[tuple, Any], str]  # (location in the data, the data) -> place text


def parse_json(text: str, path: str | Path | None, place_of: PlaceOf | None = None,
               parse_constant: Callable[[str], Any] | None = None) -> Any:
    """The data in ``text``; ``place_of`` words the place of a repeated key (default: a
    dotted path such as ``rules.HOOK_LATE``). ``parse_constant`` may refuse NaN and
    Infinity by raising ValueError, whose text becomes the message."""
    pairs = _UniqueKeys()
    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_constant=parse_constant)
    except json.JSONDecodeError as e:
        raise BeatBoardFileError(path, f"line {e.lineno}, column {e.colno}",
                                 f"not valid JSON ({e.msg})") from None
    except RecursionError:
        raise BeatBoardFileError(path, "", "JSON is nested too deeply") from None
    except ValueError as e:  # the int digit limit, or a constant parse_constant refused
        m = _HUGE_INT.search(text)
        if m is None and parse_constant is not None:
            c = _CONSTANT.search(text)
            place = f"line {text.count(chr(10), 0, c.start()) + 1}" if c else ""
            raise BeatBoardFileError(path, place, str(e)) from None
        place = f"line {text.count(chr(10), 0, m.start()) + 1}" if m else ""
        digits = len(m.group().lstrip("-")) if m else _INT_DIGITS + 1
        raise BeatBoardFileError(path, place, f"a number with {digits} digits is far too large "
                                              "for any field") from None
    if pairs.repeated is not None:
        obj, key = pairs.repeated
        loc = _location(data, obj) + (key,)
        place = (place_of or _dotted)(loc, data)
        raise BeatBoardFileError(path, place, f"the key {json.dumps(key, ensure_ascii=False)} "
                                              "appears twice in one object; keep only one")
    return data


class _UniqueKeys:
    """object_pairs_hook that remembers the first object with a repeated key."""

    def __init__(self):
        self.repeated: tuple[dict, str] | None = None

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict:
        obj = dict(pairs)
        if len(obj) != len(pairs) and self.repeated is None:
            seen: set[str] = set()
            key = next(k for k, _ in pairs if k in seen or seen.add(k))
            self.repeated = (obj, key)
        return obj


def _location(data: Any, target: dict) -> tuple:
    """The keys and indexes leading from ``data`` to the object ``target`` (by identity)."""
    stack: list[tuple[Any, tuple]] = [(data, ())]
    while stack:
        node, loc = stack.pop()
        if node is target:
            return loc
        if isinstance(node, dict):
            stack.extend((v, loc + (k,)) for k, v in node.items() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend((v, loc + (i,)) for i, v in enumerate(node) if isinstance(v, (dict, list)))
    return ()


def _dotted(loc: tuple, _data: Any) -> str:
    out = ""
    for part in loc:
        out += f"[{part + 1}]" if isinstance(part, int) else ("." if out else "") + str(part)
    return out or "top level"

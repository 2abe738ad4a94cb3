"""Single-pass scanners for the inline parts of Fountain: notes, boneyard and emphasis.

Each scanner looks at every character a bounded number of times, so a script of unclosed
``[[``, ``/*`` or ``**`` runs in linear time (a backtracking pattern over the whole text
took minutes on 400 KB). Positions of the next ``]]``, ``*/`` and blank line are found
with ``str.find`` and cached until the scan passes them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator, Optional

from ..core.errors import BeatBoardError

Cancel = Optional[Callable[[], bool]]
# Private-use characters stand in for notes inside lines; the script's own are dropped.
TOKEN_OPEN, TOKEN_CLOSE = "\ue000", "\ue001"
TOKEN = re.compile("\ue000(\\d+)\ue001")
# A blank line ends a note; a line of exactly two spaces does not (fountain.io/syntax).
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_CHECK_EVERY = 1 << 16  # characters between two polls of the cancel callback


class ScriptCancelled(BeatBoardError):
    """The user cancelled a script import (the cancel callback said so); nothing changed."""

    def __init__(self, message: str = "import cancelled; nothing was changed"):
        super().__init__(message)


@dataclass(slots=True)
class Note:
    text: str
    line: int


def check_cancel(cancel: Cancel) -> None:
    if cancel is not None and cancel():
        raise ScriptCancelled()


class _NextFinder:
    """The next occurrence of a fixed string at or after a position, cached."""

    __slots__ = ("text", "needle", "at")

    def __init__(self, text: str, needle: str):
        self.text, self.needle, self.at = text, needle, -2

    def find(self, pos: int) -> int:
        if self.at == -1 or self.at >= pos:
            return self.at
        self.at = self.text.find(self.needle, pos)
        return self.at


class _NextBlank:
    __slots__ = ("text", "at")

    def __init__(self, text: str):
        self.text, self.at = text, -2

    def find(self, pos: int) -> int:
        if self.at == -1 or self.at >= pos:
            return self.at
        start = pos
        while True:
            m = _BLANK_LINE.search(self.text, start)
            if m is None:
                self.at = -1
            elif m.group() == "\n  \n":
                start = m.start() + 1
                continue
            else:
                self.at = m.start()
            return self.at


def _note_end(text: str, closes: _NextFinder, start: int) -> int:
    """Where the ``]]`` closing a note opened before ``start`` sits; ``\\]`` is escaped."""
    c = closes.find(start)
    while c != -1:
        k = c
        while k > start and text[k - 1] == "\\":
            k -= 1
        if (c - k) % 2 == 0:
            return c
        c = closes.find(c + 1)
    return -1


def unescape_note(body: str) -> str:
    """Inverse of escape_note: ``\\]``, ``\\[`` and ``\\\\`` stand for ``]``, ``[`` and
    ``\\``; a line of two spaces is an empty line."""
    if "\n  " in body:
        body = "\n".join("" if t == "  " else t for t in body.split("\n"))
    if "\\" not in body:
        return body
    out, i, n = [], 0, len(body)
    while i < n:
        ch = body[i]
        if ch == "\\" and i + 1 < n and body[i + 1] in "]\\[":
            out.append(body[i + 1])
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def escape_note(value: str) -> str:
    """Text that reads back unchanged inside ``[[...]]``, whatever brackets it holds;
    empty lines become lines of two spaces, as Fountain asks inside notes."""
    if any(c in value for c in "[]\\"):
        value = value.replace("\\", "\\\\").replace("]", "\\]").replace("[", "\\[")
    if "\n" in value:
        value = "\n".join("  " if not t.strip() else t for t in value.split("\n"))
    return value


def scan_lines(text: str, notes: list[Note], cancel: Cancel = None) -> Iterator[tuple[str, int]]:
    """The script's lines, each with its number in the original text, with notes replaced
    by tokens (the notes are appended to ``notes`` as they are met) and the boneyard
    removed. An unclosed ``[[`` or ``/*`` stays as text. Lines are made one at a time, so
    memory stays near the size of the text."""
    if TOKEN_OPEN in text or TOKEN_CLOSE in text:
        text = text.replace(TOKEN_OPEN, "").replace(TOKEN_CLOSE, "")
    opens, bones = _NextFinder(text, "[["), _NextFinder(text, "/*")
    closes, bone_ends, blanks = _NextFinder(text, "]]"), _NextFinder(text, "*/"), _NextBlank(text)
    current: list[str] = []  # pieces of the line being built (when notes or boneyard cut it)
    line_start = 1  # original number of the line being built
    line = 1  # original line number at ``pos``
    pos, n, next_check = 0, len(text), 0

    while True:
        if pos >= next_check:
            check_cancel(cancel)
            next_check = pos + _CHECK_EVERY
        o, b = opens.find(pos), bones.find(pos)
        start = n if o == -1 and b == -1 else (o if b == -1 or (o != -1 and o < b) else b)
        kind = "text" if start == n else ("bone" if start == b else "note")
        if kind == "bone":
            end = bone_ends.find(start + 2)
            if end == -1:  # no */ anywhere after: no boneyard can open from here on
                bones.at, kind, start = -1, "literal", start + 2
        elif kind == "note":
            end = _note_end(text, closes, start + 2)
            blank = blanks.find(start + 2)
            if end == -1 or (blank != -1 and blank < end):
                kind, start = "literal", start + 2  # not a note: the brackets stay as typed
        # The text up to ``start``, split a chunk at a time (bounded memory, C speed).
        while True:
            nl = text.rfind("\n", pos, min(start, pos + _CHECK_EVERY))
            if nl == -1:
                nl = text.find("\n", pos, start)  # a line longer than a chunk
                if nl == -1:
                    break
            parts = text[pos:nl].split("\n")
            if current:
                current.append(parts[0])
                parts[0] = "".join(current)
                current.clear()
            for part in parts:
                yield part, line_start
                line += 1
                line_start = line
            pos = nl + 1
            if pos >= next_check:
                check_cancel(cancel)
                next_check = pos + _CHECK_EVERY
        current.append(text[pos:start])
        pos = start
        if kind == "text":
            break
        if kind == "literal":
            continue
        if kind == "note":
            notes.append(Note(unescape_note(text[start + 2:end]).strip(), line))
            current.append(f"{TOKEN_OPEN}{len(notes) - 1}{TOKEN_CLOSE}")
        line += text.count("\n", start, end)  # the removed lines still count
        pos = end + 2
    yield "".join(current), line_start


def scan_notes(text: str, cancel: Cancel = None) -> tuple[list[str], list[int], list[Note]]:
    """scan_lines as lists: the lines, their numbers and the notes."""
    notes: list[Note] = []
    pairs = list(scan_lines(text, notes, cancel))
    return [p[0] for p in pairs], [p[1] for p in pairs], notes


def split_notes(text: str, line: int) -> tuple[str, list[Note]]:
    """A single paragraph's text without its notes and boneyard, and the notes."""
    lines, _, notes = scan_notes(text)
    for note in notes:
        note.line = line
    return TOKEN.sub("", "\n".join(lines)).strip(), notes


# --- emphasis ----------------------------------------------------------------------
_MARKS = "*_"
_EMPHASIS_TOKEN = re.compile(r"\\[*_]|\*+|_+")


def strip_emphasis(line: str) -> str:
    """``*italic*``, ``**bold**``, ``***both***`` and ``_underline_`` without their
    markers; ``\\*`` and ``\\_`` are literal. Emphasis stays within one line. Markers that
    open nothing or close nothing stay as typed. One pass with a stack per marker kind."""
    if "*" not in line and "_" not in line:
        return line
    out: list[str] = []
    stacks: dict[str, list[int]] = {"*": [], "**": [], "***": [], "_": []}  # out indexes
    dropped: list[int] = []
    pos = 0
    for m in _EMPHASIS_TOKEN.finditer(line):  # runs of markers, and escapes
        i, j = m.span()
        if i > pos:
            out.append(line[pos:i])
        pos = j
        marker = m.group()
        if marker[0] == "\\":
            out.append(marker[1])
            continue
        before = line[i - 1] if i else " "
        after = line[j] if j < len(line) else " "
        if marker[0] == "_":  # no underline inside words: snake_case_name stays
            can_open = not after.isspace() and not before.isalnum()
            can_close = not before.isspace() and not after.isalnum()
        else:
            can_open, can_close = not after.isspace(), not before.isspace()
        stack = stacks.get(marker)
        if stack is None:  # '****' or '__': not a marker
            out.append(marker)
        elif can_close and stack:
            opener = stack.pop()
            dropped.append(opener)
            # Markers opened inside this pair and never closed cannot close later.
            for other in stacks.values():
                while other and other[-1] > opener:
                    other.pop()
            out.append("")
        else:
            if can_open:
                stack.append(len(out))
            out.append(marker)
    out.append(line[pos:])
    for index in dropped:
        out[index] = ""
    return "".join(out)


def escape_emphasis(text: str) -> str:
    """Text that ``strip_emphasis`` gives back unchanged, line by line."""
    lines = text.split("\n")
    if all(strip_emphasis(t) == t for t in lines):
        return text
    return "\n".join(t if strip_emphasis(t) == t else
                     t.replace("*", "\\*").replace("_", "\\_") for t in lines)

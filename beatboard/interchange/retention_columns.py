"""What the import dialog shows and lets the user correct: the first rows of a table as
they were read (separator, decimal mark, byte-order mark), the two columns chosen by hand
when the file is not one the reader knows, and points typed or pasted from a spreadsheet.
Problems name the file (or the points table), the line and what is wrong, as the reader's.
"""
from __future__ import annotations

import codecs
import csv
import re
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import BeatBoardFileError
from .retention_csv import (RATIO, SECONDS, RetentionCurve, decode_text, detect_delimiter,
                            plain_curve, split_rows)

PREVIEW_ROWS = 8
TYPED_POINTS = "typed points"
_DECIMAL_COMMA = re.compile(r"^\s*-?\d+,\d+\s*%?\s*$")
_SEPARATORS = {",": "comma", ";": "semicolon", "\t": "tab"}


@dataclass(frozen=True)
class TablePreview:
    delimiter: str
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # the first rows: (line, cells)
    columns: int  # the widest of the first rows
    decimal_comma: bool
    bom: bool

    @property
    def separator_name(self) -> str:
        return _SEPARATORS.get(self.delimiter, repr(self.delimiter))


def preview_table(raw: bytes, path: str | Path | None = None) -> TablePreview:
    text = decode_text(raw, path)
    rows = split_rows(text, path)
    first = tuple((line, tuple(cells)) for line, cells in rows[:PREVIEW_ROWS])
    delimiter = detect_delimiter(text.splitlines()) or ","
    decimal_comma = delimiter != "," and any(
        _DECIMAL_COMMA.match(c) for _, cells in first for c in cells)
    return TablePreview(delimiter, first, max(len(c) for _, c in first), decimal_comma,
                        raw.startswith(codecs.BOM_UTF8))


@dataclass(frozen=True)
class ColumnChoice:
    """Columns counted from 0; ``time_kind`` says whether time is seconds or a 0-1 share."""

    time_column: int
    retention_column: int
    time_kind: str = SECONDS
    header: bool = True


def curve_with_columns(raw: bytes, path: str | Path | None,
                       choice: ColumnChoice) -> RetentionCurve:
    """The curve from two columns the user picked, checked as a plain table is."""
    if choice.time_column == choice.retention_column:
        raise BeatBoardFileError(path, "", "choose two different columns for time and "
                                 "retention")
    rows = split_rows(decode_text(raw, path), path)
    body = rows[1:] if choice.header else rows
    if not body:
        raise BeatBoardFileError(path, "", "no data rows after the header")
    needed = max(choice.time_column, choice.retention_column) + 1
    picked = []
    for line, cells in body:
        if len(cells) < needed:
            raise BeatBoardFileError(path, f"line {line}", f"{len(cells)} columns, but "
                                     f"column {needed} was chosen")
        picked.append((line, [cells[choice.time_column], cells[choice.retention_column]]))
    curve = plain_curve(picked, path)
    described = (f"column {choice.time_column + 1} as time, column "
                 f"{choice.retention_column + 1} as retention (chosen by hand); ")
    if choice.time_kind != RATIO:
        return RetentionCurve(SECONDS, curve.points, "", described + curve.described)
    for (line, _), (t, _) in zip(picked[len(picked) - len(curve.points):], curve.points):
        if not 0 <= t <= 1:
            raise BeatBoardFileError(path, f"line {line}", f"time {t:g} is outside 0-1 (it "
                                     "was chosen as a share of the video)")
    return RetentionCurve(RATIO, curve.points, "",
                          described + curve.described.replace("seconds", "share of the video"))


def curve_from_cells(cells: list[tuple[str, str]]) -> RetentionCurve:
    """Points typed or pasted into the dialog's table: (seconds, retention) per row."""
    rows = [(i, [t, r]) for i, (t, r) in enumerate(cells, start=1) if t.strip() or r.strip()]
    if len(rows) < 2:
        raise BeatBoardFileError(TYPED_POINTS, "", "type or paste at least two points "
                                 "(seconds and retention)")
    try:
        curve = plain_curve(rows, TYPED_POINTS)
    except BeatBoardFileError as e:  # the table has rows, not lines
        raise BeatBoardFileError(TYPED_POINTS, e.place.replace("line", "row"),
                                 e.problem) from None
    return RetentionCurve(SECONDS, curve.points, "", "typed points: " + curve.described)


def split_pasted(text: str) -> list[list[str]]:
    """Rows of cells from a spreadsheet's clipboard: tab separated (what spreadsheets
    copy), else semicolon, else comma separated."""
    lines = [line for line in text.splitlines() if line.strip()]
    delimiter = ("\t" if any("\t" in l for l in lines)
                 else ";" if any(";" in l for l in lines) else ",")
    return [[c.strip() for c in cells] for cells in csv.reader(lines, delimiter=delimiter)]

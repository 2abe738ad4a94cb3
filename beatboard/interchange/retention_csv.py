"""Read retention curves: a YouTube Analytics retention report, or two columns of seconds
and retention as any spreadsheet writes them.

YouTube's report names its columns as the API does (``elapsedVideoTimeRatio``,
``audienceWatchRatio``, optionally ``relativeRetentionPerformance`` and
``audienceType``); its time is a share of the video, so the caller needs the video's
length. The plain form is seconds and retention, in percent or 0-1, with or without a
header, comma or semicolon separated, with a decimal point or comma. Every problem names
the file, the line and what is wrong; nothing half-read is ever returned.
"""
from __future__ import annotations

import csv
import io
import math
import operator
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

from ..core.audience_model import MAX_POINTS, MAX_WATCH_RATIO
from ..core.errors import BeatBoardFileError
from ..core.userfiles import read_user_file

MAX_CSV_BYTES = 16 * 1024 * 1024
RATIO, SECONDS = "ratio", "seconds"
TIME_RATIO, WATCH_RATIO = "elapsedvideotimeratio", "audiencewatchratio"
AUDIENCE_TYPE = "audiencetype"
DEFAULT_AUDIENCE_TYPE = "ORGANIC"


@dataclass(frozen=True)
class RetentionCurve:
    """Points as read: time is a 0-1 share of the video (``RATIO``) or seconds."""

    time_kind: str  # RATIO | SECONDS
    points: tuple[tuple[float, float], ...]  # (time, retention 0..1, watch ratios may pass 1)
    audience_type: str = ""
    described: str = ""  # how the columns were read, for the user
    # Set by the quick readers, which checked every point is a pair of finite floats,
    # times from 0 increasing, retention 0..1: the dataset need not check them again.
    checked: bool = False


def read_retention(path: str | Path, audience_type: str | None = None) -> RetentionCurve:
    return parse_retention(read_user_file(path, "retention CSV", MAX_CSV_BYTES), path,
                           audience_type)


def parse_retention(raw: bytes, path: str | Path | None = None,
                    audience_type: str | None = None) -> RetentionCurve:
    text = decode_text(raw, path)
    if audience_type is None:
        quick = _quick_plain(text, path)
        if quick is not None:
            return quick
    rows = split_rows(text, path)
    header = [c.strip().lstrip("\ufeff") for c in rows[0][1]]
    if TIME_RATIO in {h.lower() for h in header}:
        return _youtube(rows, header, path, audience_type)
    if audience_type:
        raise BeatBoardFileError(path, "line 1", "--audience-type needs a YouTube retention "
                                 "report (an audienceType column); this is a plain CSV")
    return plain_curve(rows, path)


def decode_text(raw: bytes, path) -> str:
    if b"\x00" in raw[:4096]:
        raise BeatBoardFileError(path, "", "this is a binary file, not a CSV table")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise BeatBoardFileError(path, f"line {line}", "not UTF-8 text (save the table as "
                                 "CSV UTF-8)") from None


def split_rows(text: str, path) -> list[tuple[int, list[str]]]:
    """Non-empty rows with their line numbers, split at the file's own separator."""
    lines = text.splitlines()
    delimiter = detect_delimiter(lines)
    if delimiter is None:
        raise BeatBoardFileError(path, "", "the file is empty")
    if len(lines) <= MAX_POINTS + 1:  # within the limit: split in one pass, filter in one
        try:
            table = list(csv.reader(lines, delimiter=delimiter))
        except csv.Error:
            table = None  # read row by row below, which says where
        if table is not None:
            return [(number, cells) for number, cells in enumerate(table, start=1)
                    if cells and (cells[0].strip() or "".join(cells).strip())]
    rows: list[tuple[int, list[str]]] = []
    try:
        for number, cells in enumerate(csv.reader(lines, delimiter=delimiter), start=1):
            if "".join(cells).strip():
                rows.append((number, cells))
                if len(rows) > MAX_POINTS + 1:
                    raise BeatBoardFileError(path, f"line {number}", f"more than {MAX_POINTS} "
                                             "rows; a retention curve has one a second at most")
    except csv.Error as e:
        raise BeatBoardFileError(path, "", f"not a readable CSV table ({e})") from None
    return rows


def detect_delimiter(lines: list[str]) -> str | None:
    """The separator of the first non-empty line: semicolon, tab, else comma."""
    sample = next((line for line in lines if line.strip()), "")
    if not sample:
        return None
    return ";" if ";" in sample else "\t" if "\t" in sample else ","


def parse_number(cell: str, path, line: int, column: str) -> tuple[float, bool]:
    """The cell's value and whether it carried a percent sign."""
    try:  # the common cell, a plain finite number, without the clean-up below
        value = float(cell)
        if value - value == 0:  # neither nan nor infinite
            return value, False
    except ValueError:
        pass
    text = cell.strip().replace("\u00a0", "").replace(" ", "")
    percent = text.endswith("%")
    text = text.rstrip("%").replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        shown = cell.strip()[:40]
        raise BeatBoardFileError(path, f"line {line}", f"{column}: expected a number, got "
                                 f"{shown!r}") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise BeatBoardFileError(path, f"line {line}", f"{column}: expected a number, got "
                                 f"{cell.strip()[:40]!r}")
    return value, percent


def _youtube(rows, header, path, audience_type: str | None) -> RetentionCurve:
    lower = [h.lower() for h in header]
    if WATCH_RATIO not in lower:
        raise BeatBoardFileError(path, "line 1", "a YouTube retention report needs an "
                                 "audienceWatchRatio column beside elapsedVideoTimeRatio")
    t_col, r_col = lower.index(TIME_RATIO), lower.index(WATCH_RATIO)
    type_col = lower.index(AUDIENCE_TYPE) if AUDIENCE_TYPE in lower else None
    wanted = (audience_type or DEFAULT_AUDIENCE_TYPE).upper() if type_col is not None else ""
    points, seen_types = [], []
    for line, cells in rows[1:]:
        if len(cells) < len(header):
            raise BeatBoardFileError(path, f"line {line}", f"{len(cells)} columns, the header "
                                     f"has {len(header)}")
        if type_col is not None:
            kind = cells[type_col].strip().upper()
            if kind not in seen_types:
                seen_types.append(kind)
            if kind != wanted:
                continue
        t, _ = parse_number(cells[t_col], path, line, "elapsedVideoTimeRatio")
        r, _ = parse_number(cells[r_col], path, line, "audienceWatchRatio")
        if not 0 <= t <= 1:
            raise BeatBoardFileError(path, f"line {line}", f"elapsedVideoTimeRatio {t:g} is "
                                     "outside 0-1 (it is a share of the video)")
        if not 0 <= r <= MAX_WATCH_RATIO:
            raise BeatBoardFileError(path, f"line {line}", f"audienceWatchRatio {r:g} is "
                                     f"outside 0-{MAX_WATCH_RATIO:g}")
        points.append((line, t, r))
    if not points:
        found = ", ".join(seen_types) or "none"
        raise BeatBoardFileError(path, "", f"no {wanted or 'data'} rows (audience types in the "
                                 f"file: {found}); choose one with --audience-type")
    described = "YouTube retention report: elapsedVideoTimeRatio, audienceWatchRatio"
    if wanted:
        described += f", {wanted} rows"
    return RetentionCurve(RATIO, ordered_points(points, path), wanted, described)


def plain_curve(rows, path) -> RetentionCurve:
    first_line, first = rows[0]
    header = _is_header(first[0], path, first_line)
    body = rows[1:] if header else rows
    described = ("seconds, retention in {} (header row skipped)" if header
                 else "seconds, retention in {}")
    fast = _plain_numbers([cells for _, cells in body])
    if fast is not None:
        return _curve(*fast, header)
    raw, any_percent, top, last = [], False, 0.0, None
    for line, cells in body:
        if len(cells) != 2:
            cells = [c for c in cells if c.strip()]
            if len(cells) != 2:
                raise BeatBoardFileError(path, f"line {line}", f"expected two columns "
                                         f"(seconds, retention), found {len(cells)}")
        try:  # plain finite numbers, the common row, read without a call per cell
            t, r, percent = float(cells[0]), float(cells[1]), False
            if t - t != 0 or r - r != 0:
                raise ValueError
        except ValueError:
            t, _ = parse_number(cells[0], path, line, "seconds")
            r, percent = parse_number(cells[1], path, line, "retention")
        if t < 0:
            raise BeatBoardFileError(path, f"line {line}", f"seconds {t:g} is negative")
        if r < 0:
            raise BeatBoardFileError(path, f"line {line}", f"retention {r:g} is negative")
        if last is not None and t <= last:
            raise _out_of_order(path, line, t, last)
        last = t
        any_percent = any_percent or percent
        top = r if r > top else top
        raw.append((line, t, r))
    if not raw:
        raise BeatBoardFileError(path, "", "no data rows after the header")
    in_percent = any_percent or top > 1
    if in_percent:
        if top > 100:
            line, _, r = next(p for p in raw if p[2] > 100)
            raise BeatBoardFileError(path, f"line {line}", f"retention {r:g} % is above "
                                     "100 %")
        points = tuple((t, r / 100) for _, t, r in raw)
    else:
        points = tuple((t, r) for _, t, r in raw)
    return RetentionCurve(SECONDS, points, "",
                          described.format("percent" if in_percent else "0-1"))


def _is_header(cell: str, path, line: int) -> bool:
    """Whether the first row's first cell is a name rather than a number."""
    if cell.isalpha():  # a name such as "seconds" is never a number
        return True
    try:
        parse_number(cell, path, line, "seconds")
    except BeatBoardFileError:
        return True
    return False


def _curve(times: list[float], values: list[float], top: float,
           header: bool) -> RetentionCurve:
    in_percent = top > 1
    points = tuple(zip(times, map(operator.truediv, values, repeat(100)) if in_percent
                       else values))
    described = ("seconds, retention in {} (header row skipped)" if header
                 else "seconds, retention in {}")
    return RetentionCurve(SECONDS, points, "",
                          described.format("percent" if in_percent else "0-1"), True)


def _quick_plain(text: str, path) -> RetentionCurve | None:
    """The curve of a plain table of two clean number columns, split without the csv
    module: with no quote (and no NUL) in the text, csv splits a line exactly at its
    separator. None for anything else (a YouTube report, blank or odd lines, cells to
    clean up), which the row-by-row reading then reads or explains with its line."""
    if '"' in text or "\x00" in text:
        return None
    lines = text.splitlines()
    limit = csv.field_size_limit()
    if len(text) > limit and max(map(len, lines)) > limit:
        return None  # a cell past the csv module's limit: refused by it, in its words
    if (not lines or len(lines) > MAX_POINTS + 1 or not lines[0].strip()
            or TIME_RATIO in lines[0].lower()):
        return None
    delimiter = ";" if ";" in lines[0] else "\t" if "\t" in lines[0] else ","
    header = _is_header(lines[0].split(delimiter)[0], path, 1)
    body = lines[1:] if header else lines
    # Every line holding exactly one separator is two cells: split the whole body at
    # once and take every other cell, instead of a list per line.
    if not body or set(map(str.count, body, repeat(delimiter, len(body)))) != {1}:
        return None
    cells = delimiter.join(body).split(delimiter)
    fast = _number_columns(cells[0::2], cells[1::2])
    return None if fast is None else _curve(*fast, header)


def _plain_numbers(pairs) -> tuple[list[float], list[float], float] | None:
    """Times, retention values and the highest value when every row is two plain numbers,
    non-negative, times increasing and retention at most 100; else None, and the
    row-by-row reading says what is wrong. A quick path: a curve of thousands of rows is
    read in a few bulk passes, without a Python object per point."""
    try:
        times = [t for t, _ in pairs]  # unpacking refuses rows not of two cells
        values = [r for _, r in pairs]
    except (ValueError, TypeError):  # not two columns
        return None
    return _number_columns(times, values)


def _number_columns(time_cells: list[str], value_cells: list[str]
                    ) -> tuple[list[float], list[float], float] | None:
    """``_plain_numbers`` of the two columns' cells."""
    try:
        times = list(map(float, time_cells))
        values = list(map(float, value_cells))
    except ValueError:  # a cell to clean up
        return None
    # Times strictly increasing (a nan never compares so) from a non-negative start to a
    # finite end are all finite and non-negative: no passes of their own for that.
    if not times or not (times[0] >= 0 and math.isfinite(times[-1])):
        return None
    if not all(map(operator.lt, times, times[1:])) or not math.isfinite(sum(values)):
        return None
    top = max(values)
    if min(values) < 0 or top > 100:
        return None
    return times, values, top


def _out_of_order(path, line: int, t: float, before: float) -> BeatBoardFileError:
    return BeatBoardFileError(path, f"line {line}", f"time {t:g} does not come after the "
                              f"line before ({before:g}); times must increase")


def ordered_points(points: list[tuple[int, float, float]],
                   path) -> tuple[tuple[float, float], ...]:
    for (_, t0, _), (line, t1, _) in zip(points, points[1:]):
        if t1 <= t0:
            raise _out_of_order(path, line, t1, t0)
    return tuple((t, r) for _, t, r in points)

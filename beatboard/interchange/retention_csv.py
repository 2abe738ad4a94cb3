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


def read_retention(path: str | Path, audience_type: str | None = None) -> RetentionCurve:
    return parse_retention(read_user_file(path, "retention CSV", MAX_CSV_BYTES), path,
                           audience_type)


def parse_retention(raw: bytes, path: str | Path | None = None,
                    audience_type: str | None = None) -> RetentionCurve:
    rows = split_rows(decode_text(raw, path), path)
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
    try:
        parse_number(first[0], path, first_line, "seconds")
        body = rows
        header = False
    except BeatBoardFileError:
        body = rows[1:]  # a header row of names
        header = True
    described = ("seconds, retention in {} (header row skipped)" if header
                 else "seconds, retention in {}")
    fast = _plain_numbers(body)
    if fast is not None:
        in_percent = max(r for _, r in fast) > 1
        points = tuple((t, r / 100) for t, r in fast) if in_percent else tuple(fast)
        return RetentionCurve(SECONDS, points, "",
                              described.format("percent" if in_percent else "0-1"))
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


def _plain_numbers(body) -> list[tuple[float, float]] | None:
    """The points when every row is two plain numbers, non-negative, times increasing
    and retention at most 100; else None, and the row-by-row reading says what is wrong.
    A quick path: a curve of thousands of rows is read in a few bulk passes."""
    try:
        points = [(float(t), float(r)) for _, (t, r) in body]
    except (ValueError, TypeError):  # a cell to clean up, or not two columns
        return None
    times = [t for t, _ in points]
    values = [r for _, r in points]
    if not points or not math.isfinite(sum(times) + sum(values)):
        return None
    if min(times) < 0 or min(values) < 0 or max(values) > 100:
        return None
    if not all(map(operator.lt, times, times[1:])):
        return None
    return points


def _out_of_order(path, line: int, t: float, before: float) -> BeatBoardFileError:
    return BeatBoardFileError(path, f"line {line}", f"time {t:g} does not come after the "
                              f"line before ({before:g}); times must increase")


def ordered_points(points: list[tuple[int, float, float]],
                   path) -> tuple[tuple[float, float], ...]:
    for (_, t0, _), (line, t1, _) in zip(points, points[1:]):
        if t1 <= t0:
            raise _out_of_order(path, line, t1, t0)
    return tuple((t, r) for _, t, r in points)

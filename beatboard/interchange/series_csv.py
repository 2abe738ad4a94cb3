"""Read a series audience table: one row per episode with the columns episode, starts,
completions, next_episode_starts and, where known, paid.

The same spreadsheet dialects as the retention reader: comma, semicolon or tab, UTF-8
with or without a byte-order mark, header names in any case (spaces, hyphens and
underscores alike). Counts are whole numbers; thousands may be grouped (12 000, 12.000,
12,000) and a spreadsheet's 1200,0 or 1200.0 is 1200. Every problem names the file, the
line and what is wrong; nothing half-read is ever returned.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import BeatBoardFileError
from ..core.model import MAX_EPISODE_NUMBER
from ..core.series_audience_model import MAX_SERIES_ROWS, MAX_VIEWERS
from ..core.userfiles import read_user_file
from .retention_csv import decode_text, split_rows

MAX_SERIES_BYTES = 4 * 1024 * 1024
REQUIRED = ("episode", "starts", "completions", "next_episode_starts")
OPTIONAL = ("paid",)
_GROUPED = re.compile(r"^\d{1,3}(?:([ .,'\u00a0\u202f])\d{3})(?:\1\d{3})*$")
_WHOLE = re.compile(r"^(\d+)(?:[.,]0+)?$")


@dataclass(frozen=True)
class SeriesLine:
    line: int
    episode: int
    starts: int
    completions: int
    next_episode_starts: int
    paid: int | None


def read_series_table(path: str | Path) -> list[SeriesLine]:
    return parse_series_table(read_user_file(path, "series audience CSV", MAX_SERIES_BYTES),
                              path)


def column_key(name: str) -> str:
    return re.sub(r"[\s\-_]+", "_", name.strip().lstrip("\ufeff").strip().lower())


def parse_series_table(raw: bytes, path: str | Path | None = None) -> list[SeriesLine]:
    rows = split_rows(decode_text(raw, path), path)
    header_line, header = rows[0]
    keys = [column_key(h) for h in header]
    missing = [c for c in REQUIRED if c not in keys]
    if missing:
        raise BeatBoardFileError(path, f"line {header_line}", "a series table needs the columns "
                                 f"{', '.join(REQUIRED)} (and optionally paid); missing: "
                                 f"{', '.join(missing)}")
    twice = sorted({k for k in keys if keys.count(k) > 1 and k in REQUIRED + OPTIONAL})
    if twice:
        raise BeatBoardFileError(path, f"line {header_line}", f"the column {twice[0]} appears "
                                 "twice")
    col = {k: keys.index(k) for k in REQUIRED + OPTIONAL if k in keys}
    if len(rows) - 1 > MAX_SERIES_ROWS:
        raise BeatBoardFileError(path, f"line {rows[MAX_SERIES_ROWS + 1][0]}", "more than "
                                 f"{MAX_SERIES_ROWS} rows; a series table has one per episode")
    out: list[SeriesLine] = []
    seen: dict[int, int] = {}
    for line, cells in rows[1:]:
        if len(cells) < len(header):
            raise BeatBoardFileError(path, f"line {line}", f"{len(cells)} columns, the header "
                                     f"has {len(header)}")
        values = {k: _count(cells[i], path, line, k) for k, i in col.items()}
        episode = values["episode"]
        if episode is None or not 1 <= episode <= MAX_EPISODE_NUMBER:
            raise BeatBoardFileError(path, f"line {line}", "episode: expected an episode "
                                     f"number from 1 to {MAX_EPISODE_NUMBER}, got "
                                     f"{cells[col['episode']].strip()[:40]!r}")
        if episode in seen:
            raise BeatBoardFileError(path, f"line {line}", f"episode {episode} already has a "
                                     f"row (line {seen[episode]})")
        seen[episode] = line
        for k in REQUIRED[1:]:
            if values[k] is None:
                raise BeatBoardFileError(path, f"line {line}", f"{k}: a number is needed")
        starts = values["starts"]
        if values["completions"] > starts:
            raise BeatBoardFileError(path, f"line {line}", f"completions "
                                     f"{values['completions']} exceed starts {starts}")
        paid = values.get("paid")
        if paid is not None and paid > starts:
            raise BeatBoardFileError(path, f"line {line}", f"paid {paid} exceeds starts "
                                     f"{starts}")
        out.append(SeriesLine(line, episode, starts, values["completions"],
                              values["next_episode_starts"], paid))
    if not out:
        raise BeatBoardFileError(path, "", "no data rows after the header")
    return out


def _count(cell: str, path, line: int, column: str) -> int | None:
    """A whole non-negative number; None for an empty cell."""
    text = cell.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not text:
        return None
    if _GROUPED.match(text):
        value = int(re.sub(r"\D", "", text))
    else:
        m = _WHOLE.match(text)
        if m is None:
            what = "negative" if text.startswith("-") else "not a whole number"
            wanted = "an episode number" if column == "episode" else "a count of viewers"
            raise BeatBoardFileError(path, f"line {line}", f"{column}: expected {wanted}, "
                                     f"got {cell.strip()[:40]!r} ({what})")
        value = int(m.group(1))
    if value > MAX_VIEWERS:
        raise BeatBoardFileError(path, f"line {line}", f"{column}: {value} is more than "
                                 f"{MAX_VIEWERS} viewers")
    return value

"""Turn a read series table into the project's series audience rows: episodes by number
in the file, by id in the project (numbers change on split and reorder)."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from ..core.errors import BeatBoardFileError
from ..core.model import Project
from ..core.series_audience_model import SeriesAudienceRow
from .series_csv import SeriesLine


def series_rows(project: Project, lines: list[SeriesLine],
                source: str | Path) -> tuple[list[SeriesAudienceRow], list[str]]:
    """The rows to store (the edit replaces those episodes' rows) and notes for the user."""
    name = Path(source).name
    by_number = {ep.number: ep for ep in project.episodes}
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    rows = []
    for line in lines:
        ep = by_number.get(line.episode)
        if ep is None:
            numbers = sorted(by_number)
            known = f"1-{numbers[-1]}" if numbers == list(range(1, len(numbers) + 1)) and \
                numbers else ", ".join(map(str, numbers)) or "none"
            raise BeatBoardFileError(source, f"line {line.line}", f"there is no episode "
                                     f"{line.episode} in the project (its episodes: {known}); "
                                     "nothing imported")
        rows.append(SeriesAudienceRow(
            episode=ep.id, starts=line.starts, completions=line.completions,
            next_episode_starts=line.next_episode_starts, paid=line.paid,
            source=name[:260], imported_at=now))
    numbers = sorted(ln.episode for ln in lines)
    paid = sum(1 for ln in lines if ln.paid is not None)
    notes = [f"{name}: {len(lines)} episodes ({_spans(numbers)})"
             + (f", paid known for {paid}" if paid else "")]
    return rows, notes


def _spans(numbers: list[int]) -> str:
    """[1, 2, 3, 5] -> '1-3, 5'."""
    out: list[str] = []
    start = prev = None
    for n in numbers + [None]:
        if start is not None and n == prev + 1:
            prev = n
            continue
        if start is not None:
            out.append(str(start) if start == prev else f"{start}-{prev}")
        start = prev = n
    return ", ".join(out)

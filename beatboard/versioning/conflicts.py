"""Merge conflicts: what both sides wrote to one place, and where the record of it goes.

``record_conflicts`` is the ONE place a merge writes its conflicts into the merged
project. Until the project has comments, the records travel beside the project
(``MergeResult.conflicts``; ``beatboard merge`` prints them); with comments, each
becomes an open conflict comment on its item holding theirs' value and both authors.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any, Optional


@dataclass
class MergeConflict:
    item_type: str
    item_id: str
    episode_id: Optional[str]
    field: Optional[str]  # dotted field; None when the item itself is in question
    base: Any
    ours: Any  # the value the merged project keeps
    theirs: Any
    message: str
    authors: tuple[str, str] = ("ours", "theirs")

    def to_dict(self) -> dict:
        return asdict(self)

    def line(self) -> str:
        where = f"{self.item_type} {self.item_id}".strip()
        if self.field:
            where += f", {self.field}"
        return (f"{where}: {self.message} (ours by {self.authors[0]}: {_short(self.ours)}; "
                f"theirs by {self.authors[1]}: {_short(self.theirs)})")


def _short(value: Any, limit: int = 80) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = text.replace("\n", " / ")
    return text[:limit] + "…" if len(text) > limit else text


def record_conflicts(data: dict, conflicts: list[MergeConflict],
                     authors: tuple[str, str]) -> None:
    """Stamp the authors on every conflict (and, once the project has comments, write
    each as an open conflict comment on its item into ``data``)."""
    for c in conflicts:
        c.authors = authors

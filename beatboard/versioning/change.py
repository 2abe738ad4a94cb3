"""What one change between two projects is: the records a diff lists and the GUI steps through."""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any, Optional

KINDS = ("added", "removed", "moved", "changed")
LONG_TEXT = 80  # longer text (or several lines) is shown as a line diff


@dataclass
class Change:
    kind: str  # added | removed | moved | changed
    item_type: str  # series | project | episode | beat | panel | thread | audience | comment...
    item_id: str
    episode_id: Optional[str]
    field: Optional[str]  # dotted field name for "changed"; None otherwise
    old: Any
    new: Any
    summary: str
    consequences: list["Change"] = field(default_factory=list)
    # Where the item lives and what apply_change needs (paths from the project root,
    # the item's data, its links); not part of the change's identity.
    detail: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def is_text(self) -> bool:
        return is_long_text(self.old) or is_long_text(self.new)

    def line_diff(self) -> list[str]:
        """The text change line by line: '- ' old lines, '+ ' new lines, '  ' kept."""
        old = self.old.splitlines() if isinstance(self.old, str) else []
        new = self.new.splitlines() if isinstance(self.new, str) else []
        return [line for line in difflib.ndiff(old, new) if not line.startswith("? ")]

    def to_dict(self) -> dict:
        return {"kind": self.kind, "item_type": self.item_type, "item_id": self.item_id,
                "episode_id": self.episode_id, "field": self.field, "old": self.old,
                "new": self.new, "summary": self.summary,
                "consequences": [c.to_dict() for c in self.consequences]}


def is_long_text(value: Any) -> bool:
    return isinstance(value, str) and ("\n" in value or len(value) > LONG_TEXT)


@dataclass
class ProjectDiff:
    changes: list[Change] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.changes

    def changed_ids(self) -> set[str]:
        """Ids of the episodes, beats and panels with any change (for revision marks)."""
        ids: set[str] = set()
        for c in self.changes:
            ids.update(c.detail.get("touched", ()))
        return ids

    def to_dict(self) -> dict:
        return {"changes": [c.to_dict() for c in self.changes], "same": self.is_empty}


def short(value: Any, limit: int = 60) -> str:
    """A value as one readable piece of a summary line."""
    if value is None:
        return "(none)"
    if isinstance(value, str):
        text = value if value else "(empty)"
        text = text.replace("\n", " / ")
        return repr(text[:limit] + "…") if len(text) > limit else repr(text)
    if isinstance(value, dict):  # a small record (a dropped mark, an approval): its values
        text = ", ".join(f"{k} {v}" for k, v in value.items() if v not in (None, "", [], {}))
        text = "{" + text + "}"
    else:
        text = str(value)
    return text[:limit] + "…" if len(text) > limit else text

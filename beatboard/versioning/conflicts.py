"""Merge conflicts: what both sides wrote to one place, and where the record of it goes.

``record_conflicts`` is the ONE place a merge writes its conflicts into the merged
project: each becomes an open review comment on its item (a panel, a beat, an episode;
series-wide items go on the first episode) holding ours' value (the one the file keeps),
theirs' value, the base's, and both authors. ``MergeResult.conflicts`` keeps the records
too, and ``beatboard merge`` prints them.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any, Optional

from ..core.review_model import MAX_NAME, MAX_TEXT, now_iso
from ..edit.ids import new_id


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
    comment_id: Optional[str] = None  # the conflict comment written into the project

    def to_dict(self) -> dict:
        return asdict(self)

    def line(self) -> str:
        where = f"{self.item_type} {self.item_id}".strip()
        if self.field:
            where += f", {self.field}"
        note = f" [comment {self.comment_id}]" if self.comment_id else ""
        return (f"{where}: {self.message} (ours by {self.authors[0]}: {_short(self.ours)}; "
                f"theirs by {self.authors[1]}: {_short(self.theirs)}){note}")


def value_text(value: Any, limit: int = 3000) -> str:
    """A value as a conflict comment writes it (text as is, the rest as JSON)."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text[:limit] + "…" if len(text) > limit else text


def _short(value: Any, limit: int = 80) -> str:
    return value_text(value, limit).replace("\n", " / ")


def comment_text(c: MergeConflict) -> str:
    where = f"{c.item_type} {c.item_id}".strip() + (f", {c.field}" if c.field else "")
    text = (f"Merge conflict on {where}: {c.message}. Ours ({c.authors[0]}, kept): "
            f"{value_text(c.ours)}\nTheirs ({c.authors[1]}): {value_text(c.theirs)}")
    if c.base is not None:
        text += f"\nBase: {value_text(c.base)}"
    return text


def record_conflicts(data: dict, conflicts: list[MergeConflict],
                     authors: tuple[str, str]) -> None:
    """Write every conflict into the merged project's data as an open comment on its item."""
    episodes = sorted(data.get("episodes", ()), key=lambda e: e.get("number", 0))
    beat_episode = {b["id"]: ep["id"] for ep in episodes for b in ep.get("beats", ())}
    panel_beat = {p["id"]: b["id"] for ep in episodes for b in ep.get("beats", ())
                  for p in b.get("panels", ())}
    episode_ids = {ep["id"] for ep in episodes}
    comments = data.setdefault("comments", [])
    taken = {c.get("id") for c in comments}
    names = tuple(a[:MAX_NAME] for a in authors)
    for c in conflicts:
        c.authors = names
        place = _place(c, episodes, episode_ids, beat_episode, panel_beat)
        if place is None:
            continue  # a project with no episode has no place for a comment: the record stays
        c.comment_id = new_id("merge-", taken)
        comments.append({"id": c.comment_id, **place, "author": names[0], "created": now_iso(),
                         "text": comment_text(c)[:MAX_TEXT], "status": "open"})


def _place(c: MergeConflict, episodes, episode_ids, beat_episode, panel_beat) -> dict | None:
    if c.item_type == "panel" and c.item_id in panel_beat:
        beat = panel_beat[c.item_id]
        return {"episode": beat_episode[beat], "beat": beat, "panel": c.item_id}
    if c.item_type == "beat" and c.item_id in beat_episode:
        return {"episode": beat_episode[c.item_id], "beat": c.item_id}
    if c.item_type == "episode" and c.item_id in episode_ids:
        return {"episode": c.item_id}
    if c.episode_id in episode_ids:
        return {"episode": c.episode_id}
    return {"episode": episodes[0]["id"]} if episodes else None

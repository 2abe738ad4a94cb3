"""How an exported edit names things, so that ``retime`` can find its panels again.

The editorial export (timelines for editing applications) and ``retime`` (timing read
back from an edited timeline) share these names. Editing applications rename clips and
drop metadata, but they keep a clip's media file name and, in an EDL, its reel: so the
panel id lives in the still's file name, and the reel is derived from the panel id.
"""
from __future__ import annotations

import base64
import hashlib
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Episode

#: Key of the metadata dictionary on every timeline, clip and marker the export writes.
METADATA_KEY = "beatboard"

_NO_SERIES = "00000000"
_STILL = re.compile(r"^(?P<series>[0-9a-f]{8})_(?P<panel>[A-Za-z0-9][A-Za-z0-9_-]*)\.png$")


def series_short(series_id: str | None) -> str:
    """The first 8 hex digits of the series id (``00000000`` for a file without one)."""
    return (series_id or _NO_SERIES)[:8].lower()


def still_file_name(series_id: str | None, panel_id: str) -> str:
    """``<series short>_<panel id>.png``: the file name carries both ids."""
    return f"{series_short(series_id)}_{panel_id}.png"


def parse_still_file_name(name: str) -> tuple[str, str] | None:
    """(series short, panel id) from a still's file name (no folder), or None."""
    m = _STILL.match(name)
    return (m["series"], m["panel"]) if m else None


def reel_name(panel_id: str) -> str:
    """8 characters of A-Z and 2-7 (CMX 3600 reels are at most 8), stable for a panel id."""
    digest = hashlib.sha1(panel_id.encode("utf-8")).digest()
    return base64.b32encode(digest).decode("ascii")[:8]


def safe_cut_name(name: str) -> str:
    """A cut's name as a file name part (as the animatic export writes it)."""
    return "".join(ch if ch.isalnum() or ch in "-+_" else "_" for ch in name)[:80]


def timeline_stem(episode_number: int, cut_name: str) -> str:
    """``E001_main``: the stem every per-cut file of the export shares."""
    return f"E{episode_number:03d}_{safe_cut_name(cut_name)}"


def shot_numbers(ep: "Episode") -> dict[str, int]:
    """Panel id -> shot number within the episode (``E03-012``): board order, the main
    line then the other beats (as the frames export numbers them), the same in every cut."""
    from .graph import branch_beats, episode_graph, main_line
    g = episode_graph(ep)
    numbers: dict[str, int] = {}
    for b in main_line(ep, g) + branch_beats(ep, g):
        for p in b.panels:
            numbers.setdefault(p.id, len(numbers) + 1)
    return numbers

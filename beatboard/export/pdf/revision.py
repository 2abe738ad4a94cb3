"""Revision marks: what changed since a named version (or another project file) is
marked on the printed pages, as on revised script pages: an asterisk in the margin by
each changed beat and panel, the revision colour's name on the beat, and
"Revision: Blue (2026-12-07)" in every page header (boards are printed in black and
white, so the colour is named, never only shown)."""
from __future__ import annotations

from dataclasses import dataclass

from ...versioning.versions import colour_name
from .draw import Painter
from .labels import label
from .layout import MARGIN, Rect
from .style import INK

MARK = "*"


@dataclass(frozen=True)
class Revision:
    changed: frozenset[str]  # ids of beats and panels changed since ``since``
    colour: str  # one of versioning.versions.REVISION_COLOURS
    date: str  # YYYY-MM-DD
    since: str = ""  # the version's name or the other file's name

    def marks(self, *ids: str) -> bool:
        return any(i in self.changed for i in ids)

    def colour_text(self, lang: str) -> str:
        return colour_name(self.colour, lang)

    def header_text(self, lang: str) -> str:
        text = f"{label('revision', lang)}: {self.colour_text(lang)} ({self.date})"
        if self.since:
            text += f" · {MARK} {label('changed_since', lang)} “{self.since}”"
        return text


def draw_revision_header(p: Painter, geo, revision: Revision, lang: str) -> None:
    """Top right of every page, above the body."""
    s = 7.5 * geo.scale
    r = Rect(MARGIN, geo.height - MARGIN + 3, geo.width - 2 * MARGIN, 12)
    p.container = r
    p.line(r, revision.header_text(lang), s * 1.15, bold=True, align="right")
    p.container = None


def draw_margin_mark(p: Painter, x: float, top: float, size: float) -> None:
    """An asterisk left of ``x`` (in the page margin or the gutter), level with ``top``."""
    s = max(size * 1.5, 9.0)
    r = Rect(x - s * 0.9, top - s, s * 0.8, s)
    p.container = r
    p.line(r, MARK, s, INK, bold=True, align="right")
    p.container = None


def revision_since(project, project_path, since: str, today: str | None = None) -> Revision:
    """Marks for ``project`` (the file at ``project_path``) against ``since``: a named
    version of it (by name or number), or another project file. The colour is the one
    the revision after that version takes (the first version is white, its revision
    blue); against another file, the colour of the project's next version."""
    import datetime as _dt
    from pathlib import Path

    from ...core.errors import BeatBoardError
    from ...core.fileio import load
    from ...versioning import diff_projects
    from ...versioning.versions import (colour_for, find_version, list_versions,
                                        load_version, next_colour)
    listed = list_versions(project_path) if project_path is not None else None
    version = find_version(listed.versions, since) if listed else None
    if version is not None:
        old, name = load_version(project_path, version), version.name
        colour = colour_for(version.number + 1)
    elif Path(since).is_file():
        old, name = load(since), Path(since).name
        colour = next_colour(project_path) if project_path is not None else colour_for(2)
    else:
        names = ", ".join(f"“{v.name}”" for v in listed.versions) if listed else ""
        raise BeatBoardError(f"--since {since}: no version of that name and no such file"
                             + (f"; the versions are {names}" if names else
                                "; the project has no named versions"))
    changed = frozenset(diff_projects(old, project).changed_ids())
    date = today or _dt.date.today().isoformat()
    return Revision(changed, colour, date, name)

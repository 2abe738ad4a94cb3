"""Import a Fountain screenplay (plain text) as a BeatBoard project."""
from __future__ import annotations

from ..core.model import Project
from .fountain_parse import Progress, iter_fountain
from .fountain_scan import Cancel
from .script_build import ScriptBuilder, source_name


def import_fountain(text: str, source=None, episode_marker: str | None = None,
                    cancel: Cancel = None, progress: Progress = None,
                    beats: str = "scene") -> Project:
    """Episodes from ``# Episode 3`` / ``# 第3集`` sections (or ``episode_marker``), beats
    from scene headings, ``===`` and ``[[beat]]``; see resources/docs/fountain.md.
    ``cancel``/``progress``/``beats`` as in script_import.parse_script."""
    builder = ScriptBuilder(source_name(source), episode_marker, cancel=cancel, beats=beats)
    # Elements stream from the reader into the builder, so they are never all in memory.
    builder.feed(iter_fountain(text, cancel, progress))
    return builder.project()

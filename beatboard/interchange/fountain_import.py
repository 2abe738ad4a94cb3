"""Import a Fountain screenplay (plain text) as a BeatBoard project."""
from __future__ import annotations

from ..core.model import Project
from .fountain_parse import parse_fountain
from .script_build import ScriptBuilder, source_name


def import_fountain(text: str, source=None, episode_marker: str | None = None) -> Project:
    """Episodes from ``# Episode 3`` / ``# 第3集`` sections (or ``episode_marker``), beats
    from scene headings, ``===`` and ``[[beat]]``; see resources/docs/fountain.md."""
    builder = ScriptBuilder(source_name(source), episode_marker)
    builder.feed(parse_fountain(text))
    return builder.project()

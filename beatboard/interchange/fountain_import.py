"""Import a Fountain screenplay (plain text) as a BeatBoard project."""
from __future__ import annotations

from ..core.model import Project
from .fountain_parse import Progress, parse_fountain
from .fountain_scan import Cancel
from .script_build import ScriptBuilder, source_name


def import_fountain(text: str, source=None, episode_marker: str | None = None,
                    cancel: Cancel = None, progress: Progress = None) -> Project:
    """Episodes from ``# Episode 3`` / ``# 第3集`` sections (or ``episode_marker``), beats
    from scene headings, ``===`` and ``[[beat]]``; see resources/docs/fountain.md.
    ``cancel``/``progress`` as in script_import.parse_script."""
    report = progress or (lambda _f: None)
    builder = ScriptBuilder(source_name(source), episode_marker, cancel=cancel,
                            progress=lambda f: report(0.6 + 0.35 * f))
    builder.feed(parse_fountain(text, cancel, lambda f: report(0.6 * f)))
    return builder.project()

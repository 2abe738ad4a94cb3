"""Each panel's time and caption within its beat, from ``core.panel_timing``.

The board, the shot list and the frame all ask the core, so a printed timecode never
disagrees with the editor.
"""
from __future__ import annotations

from ...core import panel_timing
from ...core.model import Beat


def panel_spans(beat: Beat) -> list[tuple[float, float]]:
    """(start, end) of each panel in seconds from the start of the beat."""
    return [(a, a + d) for a, d in panel_timing.panel_times(beat)]


def panel_captions(beat: Beat) -> list[str]:
    return panel_timing.panel_captions(beat)

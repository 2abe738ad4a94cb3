"""Each panel's time within its beat (``core.panel_timing``) and the caption cues printed
under it (``core.timeline``'s cue builder).

The board, the shot list and the frame all ask the core, so a printed timecode never
disagrees with the editor, and the printed captions are the cues the player, the
animatic and the SRT show, each under the panel on screen when it starts.
"""
from __future__ import annotations

from ...core import panel_timing
from ...core.model import Beat, Episode
from ...core.panel_cues import episode_cues


def panel_spans(beat: Beat) -> list[tuple[float, float]]:
    """(start, end) of each panel in seconds from the start of the beat."""
    return [(a, a + d) for a, d in panel_timing.panel_times(beat)]


def episode_captions(ep: Episode,
                     speakers: frozenset[str] = frozenset()) -> dict[str, tuple[str, ...]]:
    """Panel id -> the cues that start under it (``core.panel_cues``, as the Board view)."""
    return episode_cues(ep, speakers)

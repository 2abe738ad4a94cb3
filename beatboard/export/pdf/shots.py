"""Each panel's time within its beat (``core.panel_timing``) and the caption cues printed
under it (``core.timeline``'s cue builder).

The board, the shot list and the frame all ask the core, so a printed timecode never
disagrees with the editor, and the printed captions are the cues the player, the
animatic and the SRT show, each under the panel on screen when it starts.
"""
from __future__ import annotations

from ...core import panel_timing
from ...core.cuts import all_cuts
from ...core.model import Beat, Episode
from ...core.timeline import build_timeline


def panel_spans(beat: Beat) -> list[tuple[float, float]]:
    """(start, end) of each panel in seconds from the start of the beat."""
    return [(a, a + d) for a, d in panel_timing.panel_times(beat)]


def episode_captions(ep: Episode,
                     speakers: frozenset[str] = frozenset()) -> dict[str, tuple[str, ...]]:
    """Panel id -> the cues that start under it, each with its speaker (two speakers at
    once: a line each). A panel's cues come from the first cut (the main line first)
    that plays its beat."""
    out: dict[str, tuple[str, ...]] = {}
    for cut in all_cuts(ep):
        if all(panel.id in out for beat in cut.beats for panel in beat.panels):
            continue  # every panel it plays has its cues from an earlier cut
        timeline = build_timeline([cut], speakers=speakers)
        under: dict[str, list[str]] = {}
        for cue in timeline.captions:
            clip = timeline.clips[timeline.index_at(cue.start)]
            if clip.panel is not None:
                text = f"{cue.speaker}: {cue.text}" if cue.speaker else cue.text
                under.setdefault(clip.panel.id, []).append(text)
        for beat in cut.beats:
            for panel in beat.panels:
                out.setdefault(panel.id, tuple(under.get(panel.id, ())))
    return out

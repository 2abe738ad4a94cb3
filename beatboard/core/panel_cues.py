"""Which caption cues each panel shows, from the one cue builder (``core.caption_cues``
through ``core.timeline``), for the views that print a caption under a panel: the Board
view, the PDF's boards and shot list, and the automatic frame's choice of who the shot
is about. The player, the burnt-in captions and the SRT read the same cues off the
timeline, so every view shows the same text, split the same way.
"""
from __future__ import annotations

from .cuts import all_cuts
from .model import Beat, Episode, Panel
from .panel_timing import panel_captions, panel_times
from .timeline import Clip, build_timeline, beats_speakers, cue_lines, speaker_and_text


def cue_text(speaker: str, text: str) -> str:
    """A cue as printed: ``SPEAKER: text`` (two speeches at once: a line each)."""
    return f"{speaker}: {text}" if speaker else text


def episode_cues(ep: Episode,
                 speakers: frozenset[str] | None = None) -> dict[str, tuple[str, ...]]:
    """Panel id -> the texts of the cues that start while it is on screen, in order. A
    panel's cues come from the first cut (the main line first) that plays its beat; a
    panel no cut plays, or one on screen when no cue starts, has none."""
    out: dict[str, tuple[str, ...]] = {}
    for cut in all_cuts(ep):
        if all(panel.id in out for beat in cut.beats for panel in beat.panels):
            continue  # every panel it plays has its cues from an earlier cut
        timeline = build_timeline([cut], speakers=speakers)
        under: dict[str, list[str]] = {}
        for cue in timeline.captions:
            clip = timeline.clips[timeline.index_at(cue.start)]
            if clip.panel is not None:
                under.setdefault(clip.panel.id, []).append(cue_text(cue.speaker, cue.text))
        for beat in cut.beats:
            for panel in beat.panels:
                out.setdefault(panel.id, tuple(under.get(panel.id, ())))
    return out


def panel_speaker(beat: Beat, panel: Panel, speakers: frozenset[str] | None = None) -> str:
    """Who speaks the first line the cue builder gives ``panel`` (its own caption, else
    its share of the beat's dialogue): a character of the series or of the beat, or a
    dialogue cue as a script writes one, never any word before a colon. '' when none."""
    names = beats_speakers([beat], speakers)
    for p, (start, dur), caption in zip(beat.panels, panel_times(beat), panel_captions(beat)):
        if p.id != panel.id:
            continue
        clip = Clip(start, max(dur, 1e-6), "", 0, beat, p, caption)
        for line in cue_lines(clip, names):
            if line.speaker:
                return line.speaker
            if "\n" in line.text:  # two speeches at once: the first speaker leads
                return speaker_and_text(line.text.splitlines()[0], names)[0]
        return ""
    return ""


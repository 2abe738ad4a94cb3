"""CAPTION_FAST (advisory): a caption cue that a viewer cannot read in the time its
panels give it, at the profile's reading speeds.

The cues are the ones the player, the animatic and the SRT show (``core.timeline``),
built for every cut of the episode; a cue shared by several cuts is reported once, on
the first cut that shows it too fast.
"""
from __future__ import annotations

from ..core.caption_cues import MAX_CUE_S, reading_seconds
from ..core.cuts import all_cuts
from ..core.model import Episode
from ..core.timeline import build_timeline
from .episode_rules import make_finding
from .findings import Finding
from .messages import seconds
from .profile import RuleProfile

RULE = "CAPTION_FAST"


def check_captions(ep: Episode, profile: RuleProfile, speakers: frozenset[str]) -> list[Finding]:
    if not profile.enabled(RULE):
        return []
    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for cut in all_cuts(ep):
        beat_of = {p.id: b for b in cut.beats for p in b.panels}
        timeline = build_timeline([cut], speakers=speakers)
        for cue in timeline.captions:
            beat = beat_of.get(cue.anchor)
            if beat is None or (beat.id, cue.text) in seen:
                continue
            shown = cue.end - cue.start
            tagged = f"{cue.speaker}: {cue.text}" if cue.speaker else cue.text
            needed = min(max(reading_seconds(tagged, profile.caption_latin_cps,
                                             profile.caption_cjk_cps),
                             profile.caption_min_s), MAX_CUE_S)
            if shown + 1e-6 >= needed:
                continue
            seen.add((beat.id, cue.text))
            out.append(make_finding(RULE, profile.severity(RULE), ep, {
                "beat": beat.title or beat.id, "cue": " / ".join(tagged.splitlines()),
                "shown": f"{shown:.2f}", "needed": f"{needed:.2f}",
                "start": seconds(cue.start), "cut": cut.name,
                "latin": f"{profile.caption_latin_cps:g}",
                "cjk": f"{profile.caption_cjk_cps:g}", "min": f"{profile.caption_min_s:g}"},
                (beat.id,), tuple(b.id for b in cut.beats)))
    return out

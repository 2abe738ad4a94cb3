"""CAPTION_FAST (advisory): a caption cue that a viewer cannot read in the time its
panels give it, at the profile's reading speeds.

The cues are the ones the player, the animatic and the SRT show (``core.timeline``).
Each beat's cues are judged on one cut that plays it: the main line for its beats, and
as few other cuts as cover the branches (``_covering_cuts``), since each timeline costs
time at every check.
"""
from __future__ import annotations

from ..core.caption_cues import MAX_CUE_S, reading_seconds
from ..core.cuts import Cut, all_cuts
from ..core.model import Episode
from ..core.timeline import cut_captions
from .episode_rules import make_finding
from .findings import Finding
from .messages import seconds
from .profile import RuleProfile

RULE = "CAPTION_FAST"


def _covering_cuts(ep: Episode) -> list[tuple[Cut, set[str]]]:
    """Cuts that together play every beat, each with the beats judged on it: the main
    line, then each time the cut that plays the most beats not judged yet (an episode
    with n independent A/B variants needs two cuts, not 2**n)."""
    cuts = all_cuts(ep)
    out: list[tuple[Cut, set[str]]] = []
    checked: set[str] = set()
    while cuts:
        cut = cuts[0] if not out else max(cuts, key=lambda c: len({b.id for b in c.beats} - checked))
        fresh = {b.id for b in cut.beats} - checked
        if not fresh:
            break
        out.append((cut, fresh))
        checked |= fresh
        cuts.remove(cut)
    return out


def covering_cuts(ep: Episode) -> list[tuple[Cut, set[str]]]:
    """The cuts the rule judges the episode on, each with the beats judged on it."""
    return _covering_cuts(ep)


def check_captions(ep: Episode, profile: RuleProfile, speakers: frozenset[str],
                   cuts: list[tuple[Cut, set[str]]] | None = None) -> list[Finding]:
    """``cuts``: judge only these (``covering_cuts`` of the episode, or some of them)."""
    if not profile.enabled(RULE):
        return []
    out: list[Finding] = []
    for cut, fresh in (_covering_cuts(ep) if cuts is None else cuts):
        beat_of = {p.id: b for b in cut.beats if b.id in fresh for p in b.panels}
        for cue in cut_captions(cut, speakers):
            beat = beat_of.get(cue.anchor)
            if beat is None:
                continue
            shown = cue.end - cue.start
            tagged = f"{cue.speaker}: {cue.text}" if cue.speaker else cue.text
            needed = min(max(reading_seconds(tagged, profile.caption_latin_cps,
                                             profile.caption_cjk_cps),
                             profile.caption_min_s), MAX_CUE_S)
            if shown + 1e-6 >= needed:
                continue
            out.append(make_finding(RULE, profile.severity(RULE), ep, {
                "beat": beat.title or beat.id, "cue": " / ".join(tagged.splitlines()),
                "shown": f"{shown:.2f}", "needed": f"{needed:.2f}",
                "start": seconds(cue.start), "cut": cut.name,
                "latin": f"{profile.caption_latin_cps:g}",
                "cjk": f"{profile.caption_cjk_cps:g}", "min": f"{profile.caption_min_s:g}"},
                (beat.id,), tuple(b.id for b in cut.beats)))
    return out

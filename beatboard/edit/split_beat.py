"""Split Beat: the panels from one on go to a new beat linked right after the beat.

The new beat takes over everything that leaves the old one (its links out, its
transition), so the episode plays the same pictures in the same order. The dialogue
goes with the panels when the panels carry it (each shows its own lines of the beat's
dialogue); otherwise the caller says at which line it splits.
"""
from __future__ import annotations

from ..core.model import MIN_BEAT_SECONDS, Beat, Episode, Point, Project
from ..core.panel_timing import panel_captions, panel_times
from . import linkops
from .base import EditError, find_beat
from .ids import all_beat_ids, new_id
from .structure import EpisodeContentEdit


def dialogue_lines(beat: Beat) -> list[str]:
    """The beat's lines of dialogue (blank lines between groups left out)."""
    return [l.strip() for l in (beat.dialogue or "").splitlines() if l.strip()]


def carried_split(beat: Beat, at: int) -> int | None:
    """How many lines of the beat's dialogue the panels before ``at`` show, when the
    panels carry the dialogue: each panel without a caption of its own shows whole lines.
    None when they do not (no such panel, or a line shared out sentence by sentence):
    then the user chooses."""
    captions = panel_captions(beat)
    open_slots = [i for i, p in enumerate(beat.panels) if p.caption is None]
    shown = {i: [l.strip() for l in captions[i].splitlines() if l.strip()] for i in open_slots}
    lines = dialogue_lines(beat)
    if not lines or [l for i in open_slots for l in shown[i]] != lines:
        return None
    return sum(len(shown[i]) for i in open_slots if i < at)


class SplitBeat(EpisodeContentEdit):
    """Split ``beat_id`` before its panel number ``at`` (0-based, at least 1); the
    dialogue lines from ``dialogue_at`` on go to the new beat (None: with the panels
    when they carry it, else all stay)."""

    label = "Split beat"

    def __init__(self, episode_id: str, beat_id: str, at: int, dialogue_at: int | None = None):
        super().__init__(episode_id)
        self.beat_id, self.at, self.dialogue_at = beat_id, at, dialogue_at
        self.new_id = ""

    def build(self, project: Project, ep: Episode):
        beat = find_beat(ep, self.beat_id)
        if not 1 <= self.at < len(beat.panels):
            raise EditError("a beat splits between two of its panels; this one has "
                            f"{len(beat.panels)}")
        k = self.dialogue_at if self.dialogue_at is not None else carried_split(beat, self.at)
        self.new_id = new_id(beat.id[:40] + "-", all_beat_ids(project))
        first, second = self._halves(beat, len(dialogue_lines(beat)) if k is None else k)
        beats = list(ep.beats)
        i = beats.index(next(b for b in beats if b.id == beat.id))
        beats[i:i + 1] = [first, second]
        links = list(ep.links)
        if links:
            moved = [l.model_copy(update={"from_": second.id}) if l.from_ == beat.id else l
                     for l in links]
            links = moved + [linkops.link(beat.id, second.id)]
        return beats, links, {beat.id, second.id}

    def _halves(self, beat: Beat, k: int) -> tuple[Beat, Beat]:
        """The beat up to panel ``at`` with its first ``k`` lines of dialogue, and the
        new beat with the rest (line numbers of the dual-dialogue marks follow)."""
        raw = (beat.dialogue or "").splitlines()
        spoken = [i for i, l in enumerate(raw) if l.strip()]
        cut = spoken[k] if 0 <= k < len(spoken) else len(raw)
        times = panel_times(beat)
        kept_s = sum(d for _, d in times[:self.at])
        duration = (None, None) if beat.duration_s is None else (
            max(kept_s, MIN_BEAT_SECONDS), max(beat.duration_s - kept_s, MIN_BEAT_SECONDS))
        first = beat.model_copy(deep=True, update={
            "panels": [p.model_copy(deep=True) for p in beat.panels[:self.at]],
            "dialogue": "\n".join(raw[:cut]).rstrip(), "duration_s": duration[0],
            "transition": "", "simultaneous": [i for i in beat.simultaneous if i < cut]})
        pos = beat.pos and Point.clamped(beat.pos.x + 40.0, beat.pos.y + 160.0)
        second = Beat(
            id=self.new_id, title=(beat.title + " (2)")[:200], kind="other",
            duration_s=duration[1], emotion=beat.emotion.model_copy(),
            dialogue="\n".join(raw[cut:]).strip("\n"), shot=beat.shot.model_copy(),
            characters=list(beat.characters), location=beat.location,
            panels=[p.model_copy(deep=True) for p in beat.panels[self.at:]], pos=pos,
            transition=beat.transition,
            simultaneous=[i - cut for i in beat.simultaneous if i > cut])
        return first, second

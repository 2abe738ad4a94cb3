"""Time as a pure function: a cut laid out as clips, and what is on screen at time t.

The shape is OpenTimelineIO's (timeline, clips with a start and a duration). The player,
the timeline strip, the video export and the tests all ask ``frame_at``, so a preview
and an export can never disagree about which panel, which framing or which caption is
showing.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .camera import camera_for
from .cuts import Cut, all_cuts, main_cut
from .model import Beat, Episode, FrameRect, Panel, Project
from .caption_cues import CueLine, cue_tuples, text_width
from .panel_timing import panel_captions, panel_times, split_speaker

HOOK_ZONE_S = 3.0
FULL_FRAME = FrameRect()


@dataclass(frozen=True)
class Clip:
    start: float
    duration: float
    episode_id: str
    episode_number: int
    beat: Beat | None  # None for a title card
    panel: Panel | None
    caption: str = ""  # one or more lines, each may start with its speaker ("LIN: ...")
    title: str = ""  # the text of a title card

    @property
    def end(self) -> float:
        return self.start + self.duration

    @property
    def is_title(self) -> bool:
        return self.panel is None


@dataclass(frozen=True)
class Marker:
    time: float
    kind: str  # hook_zone | beat | cliffhanger | episode
    label: str = ""
    beat_id: str = ""


@dataclass(frozen=True)
class CaptionEvent:
    """One subtitle on screen: at most two lines, shown from ``start`` to ``end``."""

    start: float
    end: float
    text: str
    speaker: str = ""
    anchor: str = ""  # the id of the panel the cue starts under


@dataclass
class Timeline:
    clips: list[Clip]
    markers: list[Marker] = field(default_factory=list)
    cuts: list[Cut] = field(default_factory=list)
    captions: list[CaptionEvent] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [c.start for c in self.clips]
        self._caption_starts = [c.start for c in self.captions]
        self._beat_starts = {m.beat_id: m.time for m in reversed(self.markers) if m.beat_id}

    def beat_start(self, beat_id: str) -> float | None:
        """When the beat starts playing (its first time, should a cut loop)."""
        return self._beat_starts.get(beat_id)

    def panel_spans(self, beat: Beat) -> list[tuple[float, float]]:
        """(start, end) of each of the beat's panels, in panel order; a panel given no
        time holds at the end of the one before. Empty when the beat is not played."""
        t = self.beat_start(beat.id)
        if t is None:
            return []
        first = bisect.bisect_left(self._starts, t)
        clips = {c.panel.id: c for c in self.clips[first:first + len(beat.panels)]
                 if c.beat is not None and c.beat.id == beat.id and c.panel is not None}
        out = []
        for panel in beat.panels:
            clip = clips.get(panel.id)
            out.append((clip.start, clip.end) if clip is not None else (t, t))
            t = out[-1][1]
        return out

    def beat_spans(self) -> list[tuple[Beat, float, float]]:
        """(beat, start, end) of every beat played, in play order (the curves draw these)."""
        starts = [m.time for m in self.markers if m.kind in ("beat", "cliffhanger")]
        beats = [b for cut in self.cuts for b in cut.beats]
        return [(b, t, t + b.seconds) for b, t in zip(beats, starts)]

    def caption_at(self, t: float) -> CaptionEvent | None:
        i = bisect.bisect_right(self._caption_starts, t) - 1
        if i >= 0 and self.captions[i].start <= t < self.captions[i].end:
            return self.captions[i]
        return None

    @property
    def duration(self) -> float:
        return self.clips[-1].end if self.clips else 0.0

    def index_at(self, t: float) -> int:
        """The clip showing at ``t`` (the last one at or after the end, -1 when empty)."""
        if not self.clips:
            return -1
        i = bisect.bisect_right(self._starts, t) - 1
        return max(0, min(i, len(self.clips) - 1))

    def clip_span(self, beat_id: str) -> tuple[float, float] | None:
        spans = [(c.start, c.end) for c in self.clips if c.beat is not None and c.beat.id == beat_id]
        return (spans[0][0], spans[-1][1]) if spans else None


@dataclass(frozen=True)
class FrameState:
    """What is on screen at one moment."""

    clip: Clip
    index: int
    local_t: float
    view: FrameRect  # the part of the panel picture the camera shows (frame units)
    progress: float  # 0..1 through the clip
    caption: CaptionEvent | None = None


def build_timeline(cuts: list[Cut], title_card_s: float = 0.0,
                   titles: dict[str, str] | None = None,
                   hook_zone_s: float = HOOK_ZONE_S,
                   speakers: frozenset[str] | None = None,
                   captions: bool = True) -> Timeline:
    """Clips for the cuts played back to back, one clip per panel, and the captions.

    ``title_card_s`` > 0 puts a card of that length before each episode, showing
    ``titles[episode_id]``. ``speakers`` are the series' characters; the beats' own
    characters always count as speakers too. ``captions=False`` leaves the subtitles
    out (the clips' times are the same), for outputs that only print times.
    """
    clips: list[Clip] = []
    markers: list[Marker] = []
    events: list[CaptionEvent] = []
    t = 0.0
    for cut in cuts:
        ep_start = t
        if title_card_s > 0:
            clips.append(Clip(t, title_card_s, cut.episode_id, cut.episode_number, None, None,
                              title=(titles or {}).get(cut.episode_id, "")))
            t += title_card_s
        markers.append(Marker(ep_start, "episode", f"E{cut.episode_number}"))
        story_start = t
        markers.append(Marker(story_start + hook_zone_s, "hook_zone"))
        for beat in cut.beats:
            markers.append(Marker(t, "cliffhanger" if beat.kind == "cliffhanger" else "beat",
                                  beat.title, beat.id))
            times, texts = beat_plan(beat)
            for panel, (start, dur), caption in zip(beat.panels, times, texts):
                if dur <= 0:
                    continue
                clips.append(Clip(t + start, dur, cut.episode_id, cut.episode_number, beat,
                                  panel, caption))
            t += beat.seconds
        if captions:
            events += cut_captions(cut, speakers, story_start)
    return Timeline(clips, markers, list(cuts), events)


def cut_captions(cut: Cut, speakers: frozenset[str] | None = None,
                 start: float = 0.0) -> list[CaptionEvent]:
    """The captions of one cut whose story starts at ``start``: exactly those
    ``build_timeline`` gives it, without laying out its clips (the CAPTION_FAST rule
    asks this for every cut it judges)."""
    names = known_speakers(cut, speakers)
    lines: list[tuple[str, float, float, str, str]] = []  # CueLine's fields
    t = start
    for beat in cut.beats:
        for panel_start, pieces in _beat_cue_pieces(beat, names):
            cs = t + panel_start  # the same sums, in the same order, as the clips' times
            for text, speaker, anchor, d in pieces:
                lines.append((text, cs, cs + d, speaker, anchor))
                cs += d
        t += beat.seconds
    return [CaptionEvent(c0, c1, text, speaker, anchor)
            for c0, c1, text, speaker, anchor, _ in cue_tuples(lines, t)]


# Per-beat caches keyed by everything the result is computed from (never by identity),
# so an edit that changes a beat's time, dialogue or captions misses them; bounded by
# clearing, since a long editing session makes many keys.
_PLANS: dict[tuple, tuple[tuple[tuple[float, float], ...], tuple[str, ...]]] = {}
_PIECES: dict[tuple, tuple] = {}
_CONTENT: dict[tuple, tuple] = {}  # a beat's content -> its plan and named speakers
_CACHE_LIMIT = 50_000


def beat_plan(beat: Beat) -> tuple[tuple[tuple[float, float], ...], tuple[str, ...]]:
    """``(panel_times(beat), panel_captions(beat))``, cached by the beat's content."""
    key = (beat.seconds, beat.dialogue, tuple(beat.simultaneous),
           tuple((p.duration_s, p.caption, p.dropped is not None) for p in beat.panels))
    plan = _PLANS.get(key)
    if plan is None:
        if len(_PLANS) >= _CACHE_LIMIT:
            _PLANS.clear()
        plan = _PLANS[key] = (tuple(panel_times(beat)), tuple(panel_captions(beat)))
    return plan


@lru_cache(maxsize=8192)
def _named_speakers(texts: tuple[str, ...]) -> frozenset[str]:
    """The words before a colon in the captions, as ``speaker_and_text`` looks them up."""
    return frozenset(split_speaker(line)[0].upper() for text in texts
                     for line in text.splitlines() if line.strip())


def _beat_cue_pieces(beat: Beat, names: frozenset[str]) -> tuple:
    """Each played panel's start in the beat and its cue lines (text, speaker, anchor,
    duration), as ``cue_lines`` places them; cached by the beat's content and the names."""
    content = (beat.seconds, beat.dialogue, tuple(beat.simultaneous),
               tuple([(p.id, p.duration_s, p.caption, p.dropped is not None)
                       for p in beat.panels]))
    found = _CONTENT.get(content)
    if found is None:
        if len(_CONTENT) >= _CACHE_LIMIT:
            _CONTENT.clear()
        times, texts = beat_plan(beat)
        found = _CONTENT[content] = (times, texts, _named_speakers(texts))
    times, texts, named = found
    names = named & names  # only these of the names can change the lines
    key = (content, names)
    pieces = _PIECES.get(key)
    if pieces is None:
        if len(_PIECES) >= _CACHE_LIMIT:
            _PIECES.clear()
        pieces = _PIECES[key] = tuple(
            (start, tuple((text, speaker, panel.id, d)
                          for speaker, text, d in _line_shares(caption, beat, dur, names)))
            for panel, (start, dur), caption in zip(beat.panels, times, texts) if dur > 0)
    return pieces


class EpisodeTimes:
    """Where every beat of an episode plays: main-line beats on the main line's timeline,
    a beat off it on the timeline of the first cut through it (``all_cuts`` order), so
    a variant lines up with the stretch of the main line it replaces. Every printed or
    written time (board, shot list, CSV, OTIO) asks this, built on ``build_timeline``
    like the player and the video, so they cannot disagree."""

    def __init__(self, ep: Episode) -> None:
        self._ep = ep
        self.main = build_timeline([main_cut(ep)], captions=False)
        self._cuts = None if len(self.main.cuts[0].beats) == len(ep.beats) else all_cuts(ep)
        self._built: dict[int, Timeline] = {}

    def timeline_for(self, beat_id: str) -> Timeline | None:
        if self.main.beat_start(beat_id) is not None:
            return self.main
        for i, cut in enumerate(self._cuts or ()):
            if any(b.id == beat_id for b in cut.beats):
                if i not in self._built:
                    self._built[i] = build_timeline([cut], captions=False)
                return self._built[i]
        return None  # nothing leads to the beat

    def other_timelines(self, limit: int) -> list[Timeline]:
        """The timelines of up to ``limit`` cuts besides the main line, in ``all_cuts``
        order, so a variant beat's first drawn start is its ``beat_start``."""
        if self._cuts is None:  # every beat on the main line; a skip may still branch
            self._cuts = all_cuts(self._ep)
        main_ids = [b.id for b in self.main.cuts[0].beats]
        out: list[Timeline] = []
        for i, cut in enumerate(self._cuts):
            if len(out) >= limit:
                break
            if [b.id for b in cut.beats] != main_ids:
                if i not in self._built:
                    self._built[i] = build_timeline([cut], captions=False)
                out.append(self._built[i])
        return out

    def beat_start(self, beat_id: str) -> float | None:
        tl = self.timeline_for(beat_id)
        return None if tl is None else tl.beat_start(beat_id)


# A dialogue cue as a script writes it, with an extension such as (V.O.) or (CONT'D).
_SCRIPT_CUE = re.compile(r"[A-Z][A-Z0-9 .'\-]*[A-Z0-9.](?:\s*\([^()]*\))?")


def series_speakers(project: Project) -> frozenset[str]:
    """The series' characters: the words before a caption's colon that name a speaker."""
    return frozenset(c.name for c in project.series.characters if c.name.strip())


def known_speakers(cut: Cut, series: frozenset[str] | None) -> frozenset[str]:
    return beats_speakers(cut.beats, series)


def beats_speakers(beats, series: frozenset[str] | None) -> frozenset[str]:
    """The beats' characters and the series' (upper case), who may open a caption."""
    names = {n.strip().upper() for b in beats for n in b.characters}
    return frozenset(names | {n.strip().upper() for n in series or ()})


def speaker_and_text(line: str, names: frozenset[str]) -> tuple[str, str]:
    """The speaker only when the words before the colon are a character of the series
    or a dialogue cue as a script writes one (in capitals), so "Flash: the lights go
    out" keeps its colon as text."""
    speaker, text = split_speaker(line)
    if speaker and (speaker.upper() in names or _SCRIPT_CUE.fullmatch(speaker)):
        return speaker, text
    return "", line.strip()


def cue_lines(clip: Clip, names: frozenset[str]) -> list[CueLine]:
    """The clip's caption lines placed in its time, in proportion to their length; two
    lines spoken together (the beat's ``simultaneous`` mark) make one line naming both."""
    if clip.panel is None:
        return []
    out, t = [], clip.start
    for speaker, text, d in _line_shares(clip.caption, clip.beat, clip.duration, names):
        out.append(CueLine(text, t, t + d, speaker, clip.panel.id))
        t += d
    return out


def _line_shares(caption: str, beat: Beat | None, duration: float,
                 names: frozenset[str]) -> list[tuple[str, str, float]]:
    """(speaker, text, seconds) of each caption line of a panel shown ``duration``."""
    raw = [l for l in caption.splitlines() if l.strip()]
    together = _simultaneous_lines(beat)
    parsed: list[tuple[str, str]] = []
    for line in raw:
        speaker, text = speaker_and_text(line, names)
        if parsed and line.strip() in together:
            prev_speaker, prev_text = parsed[-1]
            first = f"{prev_speaker}: {prev_text}" if prev_speaker else prev_text
            second = f"{speaker}: {text}" if speaker else text
            parsed[-1] = ("", first + "\n" + second)
        else:
            parsed.append((speaker, text))
    weights = [max(1.0, text_width(text)) for _, text in parsed]
    return [(speaker, text, duration * weight / sum(weights))
            for (speaker, text), weight in zip(parsed, weights)]


def _simultaneous_lines(beat: Beat | None) -> set[str]:
    if beat is None or not beat.simultaneous:
        return set()
    lines = (beat.dialogue or "").splitlines()
    return {lines[i].strip() for i in beat.simultaneous if 0 < i < len(lines)}


def view_at(panel: Panel | None, progress: float, beat: Beat | None = None,
            local_t: float = 0.0) -> FrameRect:
    """The camera's view of ``panel`` at ``progress``: its framing, else its printed move."""
    return camera_for(beat, panel).view(progress, local_t)


def frame_at(timeline: Timeline, t: float) -> FrameState | None:
    i = timeline.index_at(t)
    if i < 0:
        return None
    clip = timeline.clips[i]
    local = min(max(0.0, t - clip.start), clip.duration)
    progress = local / clip.duration if clip.duration > 0 else 0.0
    return FrameState(clip, i, local, view_at(clip.panel, progress, clip.beat, local),
                      progress, timeline.caption_at(t))


def moves(clip: Clip) -> bool:
    """True when the clip's picture changes over time (a camera that moves)."""
    return clip.panel is not None and camera_for(clip.beat, clip.panel).moves

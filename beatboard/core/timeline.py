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

from .camera import camera_for
from .cuts import Cut
from .model import Beat, FrameRect, Panel
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


@dataclass
class Timeline:
    clips: list[Clip]
    markers: list[Marker] = field(default_factory=list)
    cuts: list[Cut] = field(default_factory=list)
    captions: list[CaptionEvent] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [c.start for c in self.clips]
        self._caption_starts = [c.start for c in self.captions]

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
                   hook_zone_s: float = HOOK_ZONE_S) -> Timeline:
    """Clips for the cuts played back to back, one clip per panel.

    ``title_card_s`` > 0 puts a card of that length before each episode, showing
    ``titles[episode_id]``.
    """
    clips: list[Clip] = []
    markers: list[Marker] = []
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
            for panel, (start, dur), caption in zip(beat.panels, panel_times(beat),
                                                    panel_captions(beat)):
                if dur <= 0:
                    continue
                clips.append(Clip(t + start, dur, cut.episode_id, cut.episode_number, beat,
                                  panel, caption))
            t += beat.seconds
    captions = [ev for clip in clips for ev in caption_events(clip)]
    return Timeline(clips, markers, list(cuts), captions)


# Two lines a subtitle (Netflix timed-text guidance). A 9:16 frame is narrow: captions set
# large enough to read on a phone fit about 16 Chinese or 28 Latin characters a line
# (Netflix's 42 is for a 16:9 frame), which the renderer's font size is chosen to match.
LINE_BUDGET = 28.0
CJK_WIDTH = LINE_BUDGET / 16  # a Chinese character is as wide as ~1.75 Latin ones


def text_width(text: str) -> float:
    return sum(CJK_WIDTH if ord(ch) >= 0x2E80 else 1.0 for ch in text)


def caption_chunks(text: str, lines: int = 2) -> list[str]:
    """Split a caption into subtitles of at most ``lines`` lines, at sentence breaks where
    possible, else at word (English) or character (Chinese) breaks."""
    text = " ".join(text.split())
    budget = LINE_BUDGET * lines
    if text_width(text) <= budget:
        return [text] if text else []
    pieces = re.findall(r"[^。！？!?.…，；,;]+[。！？!?.…，；,;]*\s*", text) or [text]
    chunks: list[str] = []
    cur = ""
    for piece in pieces:
        for part in _fit(piece.strip(), budget):
            if cur and text_width(cur + " " + part) > budget:
                chunks.append(cur)
                cur = part
            else:
                joiner = " " if cur and part[:1].isascii() and cur[-1:].isascii() else ""
                cur = cur + joiner + part
    if cur:
        chunks.append(cur)
    return chunks


def _fit(piece: str, budget: float) -> list[str]:
    """Break one over-long sentence at spaces (or anywhere in Chinese)."""
    out, cur = [], ""
    for token in re.findall(r"[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*", piece):
        if cur and text_width(cur + token) > budget:
            out.append(cur.strip())
            cur = ""
        cur += token
    if cur.strip():
        out.append(cur.strip())
    return out


def caption_events(clip: Clip) -> list[CaptionEvent]:
    """The clip's caption lines as subtitles of at most two lines each, sharing the
    clip's time in proportion to their length, each naming its speaker."""
    if clip.panel is None:
        return []
    pieces = []
    for line in clip.caption.splitlines():
        speaker, text = split_speaker(line)
        pieces += [(speaker, chunk) for chunk in caption_chunks(text)]
    if not pieces:
        return []
    weights = [max(1.0, text_width(chunk)) for _, chunk in pieces]
    events, t = [], clip.start
    for (speaker, chunk), weight in zip(pieces, weights):
        d = clip.duration * weight / sum(weights)
        events.append(CaptionEvent(t, t + d, chunk, speaker))
        t += d
    return events


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

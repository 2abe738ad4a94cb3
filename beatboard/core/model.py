"""The document model: a series of episodes, each a graph of beats.

Pydantic v2 models, validated on assignment, so a wrong value never enters the model
from the UI or a script. Cross-object checks (unique ids, links to known beats) live in
``beatboard.core.integrity``: edits may pass through intermediate states, and the rules
engine reports what is wrong in memory, while the loader refuses it in a file.
"""
from __future__ import annotations

import re
from typing import Annotated, Literal, Optional

from pydantic import (Field, StrictBool, StrictFloat, StrictInt,
                      field_validator, model_validator)

from .audience_model import MAX_DATASETS, RetentionDataset
from .series_audience_model import MAX_SERIES_ROWS, SeriesAudienceRow
from .edit_marks import DROPPED_NOTE, Dropped  # noqa: F401  (part of the model)
from .model_base import Record
from .duration import MAX_ESTIMATE_S, estimate_duration
from .review_model import MAX_COMMENTS, Approval, Comment
from .vocab import Direction, LinkKind, canonical_tag, tag_info

FORMAT_NAME = "beatboard"
FORMAT_VERSION = 8

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$"
KIND_PATTERN = r"^[a-z][a-z0-9_\-]{0,31}$"
SERIES_ID_PATTERN = r"^[0-9a-f]{32}$"
# Every number is bounded to what the canvas can draw and the rules can compute: a card
# a million pixels out is already minutes of scrolling, and 1e20 breaks the float maths.
MAX_BEAT_SECONDS = MAX_ESTIMATE_S  # 10 minutes: a whole episode is 1-2
MIN_BEAT_SECONDS = 0.1  # the inspector's step; shorter is not a beat
MAX_COORD = 1_000_000.0
MAX_EPISODE_NUMBER = 10000
MAX_BEATS_PER_EPISODE = 1000
MAX_LINKS_PER_EPISODE = 5000
MAX_PANELS_PER_BEAT = 200

# Strict: `true` or "3" where a number belongs is a broken file, not the number 1 or 3.
Coordinate = Annotated[StrictFloat, Field(ge=-MAX_COORD, le=MAX_COORD)]
EpisodeNumber = Annotated[StrictInt, Field(ge=1, le=MAX_EPISODE_NUMBER)]


_Model = Record  # every record shares one configuration (core/model_base)


class Emotion(_Model):
    tag: str = Field("", max_length=32, description="Emotion tag id (payoff) or glyph (爽).")
    direction: Direction = Direction.LEVEL
    intensity: StrictInt = Field(3, ge=1, le=5, description="1-2 mild, 3 basic, 4-5 intense.")

    @model_validator(mode="before")
    @classmethod
    def _direction_from_tag(cls, data):
        # A known tag implies its direction when the file leaves it out.
        if isinstance(data, dict) and "direction" not in data and isinstance(data.get("tag"), str):
            info = tag_info(data["tag"])
            if info is not None:
                data = {**data, "direction": info.direction}
        return data

    @field_validator("tag")
    @classmethod
    def _canonical_tag(cls, v: str) -> str:
        return canonical_tag(v)

    @property
    def signed_intensity(self) -> int:
        return self.direction.sign * self.intensity


class Shot(_Model):
    size: str = Field("", max_length=32, description="Shot size: ECU, CU, MCU, MS, WS...")
    move: str = Field("", max_length=48, description="Camera move: static, push-in, pan...")
    angle: str = Field("", max_length=32,
                       description="Camera angle: eye level, high, low, bird's eye, Dutch...")


class Point(_Model):
    x: Coordinate
    y: Coordinate

    @classmethod
    def clamped(cls, x: float, y: float) -> "Point":
        """A position pulled inside the canvas bounds (drags and pastes near the edge)."""
        def clamp(v: float) -> float:
            return max(-MAX_COORD, min(MAX_COORD, v))
        return cls(x=clamp(x), y=clamp(y))


class FrameRect(_Model):
    """A rectangle in frame units: (0, 0, 1, 1) is the whole 9:16 frame."""

    x: StrictFloat = Field(0.0, ge=-1.0, le=2.0)
    y: StrictFloat = Field(0.0, ge=-1.0, le=2.0)
    w: StrictFloat = Field(1.0, gt=0.0, le=3.0)
    h: StrictFloat = Field(1.0, gt=0.0, le=3.0)


class Framing(_Model):
    """The camera's view of the panel picture at the start and end of the shot."""

    start: FrameRect = Field(default_factory=FrameRect)
    end: FrameRect = Field(default_factory=FrameRect)


class Panel(_Model):
    """One shot of a beat as the camera sees it, with its own picture and timing."""

    id: str = Field(pattern=ID_PATTERN, description="Unique in the series.")
    duration_s: Optional[StrictFloat] = Field(
        None, gt=0, le=MAX_BEAT_SECONDS,
        description="Explicit screen time; absent means a share of the beat's remaining time.")
    shot: Shot = Field(default_factory=Shot,
                       description="Empty fields fall back to the beat's shot.")
    caption: Optional[str] = Field(
        None, max_length=2000,
        description="Dialogue or action line shown in this shot; absent means split "
                    "from the beat's dialogue.")
    notes: str = ""
    image: Optional[str] = Field(
        None, description="Raster picture (PNG/JPEG/WebP), relative to the project folder.")
    sketch: Optional[str] = Field(
        None, description="Vector sketch file, relative to the project folder.")
    framing: Optional[Framing] = Field(None, description="Camera pan/zoom for the animatic.")
    fit: Optional[Literal["fill", "fit"]] = Field(
        None, description="How the picture meets the 9:16 frame: fill (crop, the default) "
                          "or fit (letterbox). Format version 4.")
    dropped: Optional[Dropped] = Field(
        None, description="Set when the editor dropped the panel from the cut: it stays on "
                          "the board but neither plays nor counts in timing, rules or "
                          "exports until restored. Format version 6.")

    @field_validator("image", "sketch")
    @classmethod
    def _asset_path(cls, v: Optional[str]) -> Optional[str]:
        # A picture path that leaves the project folder is kept as written but never
        # read: the renderer and exports refuse it with a placeholder naming the file,
        # so one bad path does not stop the rest of the document from opening.
        if v is None or v == "":
            return None
        return v.replace("\\", "/")


def default_panel_id(beat_id: str, n: int = 1) -> str:
    return f"{beat_id[:56]}-p{n}"


class Beat(_Model):
    id: str = Field(pattern=ID_PATTERN)
    title: str = Field("", max_length=200)
    kind: str = Field("other", pattern=KIND_PATTERN,
                      description="hook, setup, escalation, turn, payoff, cliffhanger or other")
    duration_s: Optional[StrictFloat] = Field(
        None, ge=MIN_BEAT_SECONDS, le=MAX_BEAT_SECONDS,
        description="Explicit screen time; absent means estimated from dialogue.")
    emotion: Emotion = Field(default_factory=Emotion)
    action: str = ""
    dialogue: str = ""
    sound: str = ""
    shot: Shot = Field(default_factory=Shot)
    characters: list[str] = Field(default_factory=list)
    location: str = ""
    props: list[str] = Field(default_factory=list)
    compliance: list[str] = Field(default_factory=list)
    notes: str = ""
    panels: list[Panel] = Field(
        default_factory=list, max_length=MAX_PANELS_PER_BEAT,
        description="The beat's shots in order; a beat always has at least one.")
    pos: Optional[Point] = Field(None, description="Card position on the canvas.")
    transition: str = Field("", max_length=48,
                            description="Transition out of the beat as the script writes it: "
                                        "CUT TO:, SMASH CUT TO:, FADE OUT. Format version 3.")
    simultaneous: list[Annotated[StrictInt, Field(ge=0, le=100_000)]] = Field(
        default_factory=list,
        description="Numbers (0-based) of the dialogue lines spoken at the same time as the "
                    "line before them: the second speech of a dual-dialogue pair. "
                    "Format version 3.")
    approval: Optional[Approval] = Field(None, description="Review sign-off. Format version 7.")

    @field_validator("kind", mode="before")
    @classmethod
    def _lower_kind(cls, v):
        return v.strip().lower() if isinstance(v, str) else v

    @field_validator("compliance")
    @classmethod
    def _normalise_tags(cls, v: list[str]) -> list[str]:
        out: list[str] = []
        for tag in v:
            t = tag.strip().lower()
            if not t:
                raise ValueError("compliance tags cannot be empty")
            if t not in out:
                out.append(t)
        return out

    @model_validator(mode="after")
    def _at_least_one_panel(self):
        # Every beat is a strip of at least one shot, so no printed frame is ever missing.
        if not self.panels:
            self.__dict__["panels"] = [Panel(id=default_panel_id(self.id))]
        return self

    def panel(self, panel_id: str) -> "Panel | None":
        for p in self.panels:
            if p.id == panel_id:
                return p
        return None

    @property
    def seconds(self) -> float:
        """Screen time: the explicit duration, else the dialogue estimate."""
        return self.duration_s if self.duration_s is not None else estimate_duration(self.dialogue)

    @property
    def is_estimated(self) -> bool:
        return self.duration_s is None


def check_relative_path(path: str) -> str:
    """Refuse absolute paths and paths that climb out of the project folder."""
    norm = path.replace("\\", "/")
    if norm.startswith("/") or re.match(r"^[A-Za-z]:", norm):
        raise ValueError(f"path {path!r} must be relative to the project folder")
    if any(part == ".." for part in norm.split("/")):
        raise ValueError(f"path {path!r} escapes the project folder")
    return norm


class Link(_Model):
    from_: str = Field(alias="from", pattern=ID_PATTERN)
    to: str = Field(pattern=ID_PATTERN)
    kind: LinkKind = LinkKind.NEXT


class AudioTrack(_Model):
    """Temp sound for an episode's animatic, stored with the project's assets."""

    path: str = Field(description="Audio file (WAV, MP3, M4A/AAC), relative to the project folder.")
    offset_s: float = Field(0.0, ge=-600, le=600,
                            description="When the sound starts: > 0 after the pictures, "
                                        "< 0 trimmed at the start.")

    @field_validator("path")
    @classmethod
    def _asset_path(cls, v: str) -> str:
        # Like panel pictures: kept as written, read only through assets.resolve.
        return v.replace("\\", "/")


class Episode(_Model):
    id: str = Field(pattern=ID_PATTERN)
    number: EpisodeNumber
    title: str = Field("", max_length=200)
    beats: list[Beat] = Field(default_factory=list, max_length=MAX_BEATS_PER_EPISODE)
    links: list[Link] = Field(
        default_factory=list, max_length=MAX_LINKS_PER_EPISODE,
        description="Empty: the beats run in list order (implicit 'next' links).")
    notes: str = ""
    audio: Optional[AudioTrack] = Field(None, description="Temp sound for the animatic.")
    approval: Optional[Approval] = Field(None, description="Review sign-off. Format version 7.")

    def beat(self, beat_id: str) -> Beat | None:
        for b in self.beats:
            if b.id == beat_id:
                return b
        return None

    def effective_links(self) -> list[Link]:
        """The explicit links, or the implicit main line when there are none."""
        if self.links:
            return list(self.links)
        return [Link(**{"from": a.id, "to": b.id}) for a, b in zip(self.beats, self.beats[1:])]


class Character(_Model):
    name: str = Field(min_length=1, max_length=80)
    description: str = ""
    minor: StrictBool = Field(False, description="Under 18: compliance rules apply to their beats.")


class Location(_Model):
    name: str = Field(min_length=1, max_length=120)
    description: str = ""


class Series(_Model):
    title: str = Field("", max_length=200)
    language: str = Field("en", max_length=16, description="BCP 47 tag: en, zh-CN...")
    genre: str = Field("other", pattern=KIND_PATTERN)
    profile: str = Field("overseas", max_length=260,
                         description="Built-in rule profile id or a profile file path.")
    paywall_after: Optional[str] = Field(
        None, pattern=ID_PATTERN,
        description="Id of the last free episode: the paywall follows it through moves.")
    logline: str = ""
    characters: list[Character] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    notes: str = ""
    id: Optional[str] = Field(
        None, pattern=SERIES_ID_PATTERN,
        description="Random id telling two series apart (32 hex digits); written when a "
                    "project is created or imported. Format version 3.")
    script_beats: Optional[Literal["scene", "paragraph"]] = Field(
        None, description="How the script was cut into beats at import (re-sync reuses it): "
                          "one beat per scene or per action paragraph. Format version 3.")


class Thread(_Model):
    """A setup planted in one beat and paid off in another, usually episodes later."""

    id: str = Field(pattern=ID_PATTERN)
    label: str = Field("", max_length=200, description="What is planted: the jade bracelet.")
    setup: Optional[str] = Field(None, pattern=ID_PATTERN, description="Beat id of the setup.")
    payoff: Optional[str] = Field(None, pattern=ID_PATTERN, description="Beat id of the payoff.")
    notes: str = ""


class Project(_Model):
    """The root of a .beatboard file."""

    format: Literal["beatboard"] = FORMAT_NAME
    format_version: int = FORMAT_VERSION
    series: Series = Field(default_factory=Series)
    episodes: list[Episode] = Field(default_factory=list, max_length=MAX_EPISODE_NUMBER)
    threads: list[Thread] = Field(default_factory=list,
                                  description="Setups and payoffs across episodes.")
    unplaced: list[Beat] = Field(
        default_factory=list,
        description="Beats set aside (e.g. their scene left the script in a re-sync), kept "
                    "with their panels and notes until placed again or deleted.")
    audience: list[RetentionDataset] = Field(
        default_factory=list, max_length=MAX_DATASETS,
        description="Retention curves measured on the platforms, per episode and cut. "
                    "Format version 5.")
    comments: list[Comment] = Field(
        default_factory=list, max_length=MAX_COMMENTS,
        description="Review comments pinned to episodes, beats, panels, points and time "
                    "ranges, with replies and status. Format version 7.")
    series_audience: list[SeriesAudienceRow] = Field(
        default_factory=list, max_length=MAX_SERIES_ROWS,
        description="Per-episode starts, completions, next-episode starts and payments "
                    "measured on the platforms. Format version 8.")

    def episode(self, episode_id: str) -> Episode | None:
        for ep in self.episodes:
            if ep.id == episode_id:
                return ep
        return None

    def episode_by_number(self, number: int) -> Episode | None:
        for ep in self.episodes:
            if ep.number == number:
                return ep
        return None

    def ordered_episodes(self) -> list[Episode]:
        return sorted(self.episodes, key=lambda e: e.number)

    @property
    def paywall_episode(self) -> int | None:
        """The number of the first paid episode (for rules and views)."""
        return paywall_number(self.series, self.episodes)

    def find_beat(self, beat_id: str) -> tuple[Episode, Beat] | None:
        for ep in self.episodes:
            b = ep.beat(beat_id)
            if b is not None:
                return ep, b
        return None


def paywall_number(series: Series, episodes: list[Episode]) -> int | None:
    """The first paid episode's number: one after the anchored last free episode."""
    if series.paywall_after is None:
        return None
    anchor = next((ep for ep in episodes if ep.id == series.paywall_after), None)
    return anchor.number + 1 if anchor is not None else None


def paywall_anchor_for(episodes: list[Episode], first_paid: int | None) -> str | None:
    """The id of the episode before the first paid one (numbers from older files)."""
    if first_paid is None:
        return None
    return next((ep.id for ep in episodes if ep.number == first_paid - 1), None)

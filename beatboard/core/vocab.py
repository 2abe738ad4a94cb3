"""Domain vocabulary: beat kinds, emotion tags, directions, shot sizes.

Emotion tags are stored by their English id; the Chinese glyph is accepted as an alias
on load and shown beside the id in the UI and on printed boards.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Direction(str, Enum):
    UP = "up"  # release: payoff, sweet, thrill...
    DOWN = "down"  # pressure: suffering, indignation, humiliation...
    LEVEL = "level"  # suspense: neutral valence, high arousal

    @property
    def glyph(self) -> str:
        return DIRECTION_GLYPHS[self]

    @property
    def sign(self) -> int:
        return {Direction.UP: 1, Direction.DOWN: -1, Direction.LEVEL: 0}[self]


DIRECTION_GLYPHS = {Direction.UP: "↑", Direction.DOWN: "↓", Direction.LEVEL: "→"}


class LinkKind(str, Enum):
    NEXT = "next"  # the main line
    VARIANT = "variant"  # an A/B alternative to a stretch of the main line
    CHOICE = "choice"  # an interactive branch


# Kinds the rules know; any other lowercase word is allowed and counts as "other".
KNOWN_KINDS = ("hook", "setup", "escalation", "turn", "payoff", "cliffhanger", "other")


@dataclass(frozen=True)
class EmotionTag:
    id: str
    glyph: str
    direction: Direction
    colour: str  # suggested print/screen colour; never the only carrier of meaning


EMOTION_TAGS: dict[str, EmotionTag] = {
    t.id: t
    for t in (
        EmotionTag("payoff", "爽", Direction.UP, "#F2B705"),
        EmotionTag("sweet", "甜", Direction.UP, "#FF8FAB"),
        EmotionTag("thrill", "燃", Direction.UP, "#FF7B00"),
        EmotionTag("warmth", "暖", Direction.UP, "#7CC47F"),
        EmotionTag("comic", "笑", Direction.UP, "#FFE066"),
        EmotionTag("suffering", "虐", Direction.DOWN, "#2F6DB5"),
        EmotionTag("indignation", "怒", Direction.DOWN, "#D62828"),
        EmotionTag("humiliation", "辱", Direction.DOWN, "#7B2CBF"),
        EmotionTag("dread", "惧", Direction.DOWN, "#2D6A4F"),
        EmotionTag("suspense", "悬", Direction.LEVEL, "#0FA3B1"),
    )
}
_TAG_ALIASES = {t.glyph: t.id for t in EMOTION_TAGS.values()}
NEUTRAL_COLOUR = "#9E9E9E"


def canonical_tag(tag: str) -> str:
    """Map a Chinese glyph alias (爽) to its id (payoff); other tags pass unchanged."""
    tag = tag.strip()
    return _TAG_ALIASES.get(tag, tag.lower() if tag.isascii() else tag)


def tag_info(tag: str) -> EmotionTag | None:
    return EMOTION_TAGS.get(canonical_tag(tag))


def tag_label(tag: str) -> str:
    """'爽 payoff' for known tags, the raw tag otherwise."""
    info = tag_info(tag)
    return f"{info.glyph} {info.id}" if info else tag


# Common values offered by pickers; free text is allowed.
SHOT_SIZES = ("ECU", "CU", "MCU", "MS", "MWS", "WS", "EWS", "OTS", "POV", "INSERT")
CAMERA_MOVES = ("static", "push-in", "pull-out", "pan", "tilt", "track", "handheld",
                "crane", "whip", "zoom", "orbit")

COMPLIANCE_TAGS = ("violence", "blood", "smoking", "drinking", "intimacy", "abuse",
                   "minors", "gambling", "self-harm", "wealth-flaunting", "extreme-revenge")

GENRES = ("revenge", "sweet-romance", "billionaire", "fantasy", "family", "suspense", "other")

"""Drafts of beats and episodes while a script is read, and turning them into models."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import ValidationError

from ..core.model import Beat, Emotion, Shot

_TIME_OF_DAY = re.compile(
    r"\s+[-–—]\s+(DAY|NIGHT|MORNING|EVENING|AFTERNOON|DUSK|DAWN|LATER|CONTINUOUS|"
    r"MOMENTS LATER|SAME|NOON|MIDNIGHT|SUNSET|SUNRISE|日|夜|晨|晚|白天|夜晚|黄昏|清晨|傍晚|深夜)\s*$",
    re.I)
_ZH_TIME = re.compile(r"\s*(日|夜|晨|晚|白天|夜晚|黄昏|清晨|傍晚|深夜)\s*$")
_SCENE_PREFIX = re.compile(
    r"^(INT\.?/EXT|INT\./EXT|I/E|E/I|INT|EXT|EST)[.\s]\s*|^(内外景|内/外景|内景|外景)[\s.：:、·-]*", re.I)


@dataclass
class BeatDraft:
    line: int
    id: str = ""
    title: str | None = None
    kind: str = ""
    heading: str = ""
    scene_number: str = ""
    fields: dict = field(default_factory=dict)
    emotion: dict = field(default_factory=dict)
    action: list[str] = field(default_factory=list)
    dialogue: list[str] = field(default_factory=list)
    cue_names: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    links: list[tuple[str, str, int]] = field(default_factory=list)
    fresh: bool = True  # nothing but a scene heading yet


@dataclass
class EpisodeDraft:
    number: int | None
    title: str
    line: int
    beats: list[BeatDraft] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def location_of(heading: str) -> str:
    """'INT. GALA HALL - NIGHT' -> 'GALA HALL'; '内景 客厅 夜' -> '客厅'."""
    m = _SCENE_PREFIX.match(heading)
    if not m:
        return heading.strip()
    rest = heading[m.end():].strip()
    rest = _TIME_OF_DAY.sub("", rest)
    if m.group(2):
        rest = _ZH_TIME.sub("", rest)
    return rest.strip(" -–—") or heading.strip()


def beat_from_draft(d: BeatDraft) -> Beat:
    """The beat a draft describes; pydantic's ValidationError when a value is wrong."""
    notes = list(d.notes)
    title = d.title
    if title is None:
        title = d.heading or _first_line(d.action) or _first_line(d.dialogue)
        title = title if len(title) <= 60 else title[:59] + "…"
    elif d.heading and d.heading != d.fields.get("location"):
        notes.insert(0, d.heading)  # the heading's words are kept, beside the title
    if d.scene_number:
        notes.insert(0, f"Scene {d.scene_number}")
    # [[characters]] is the whole list when given (the export writes it); else the cues.
    chars = list(d.fields.get("characters", d.cue_names))
    size, move = d.fields.get("shot", ("", ""))
    return Beat(
        id=d.id, title=title, kind=d.kind or "other", duration_s=d.fields.get("duration_s"),
        emotion=Emotion(**d.emotion), action="\n\n".join(d.action),
        dialogue="\n".join(d.dialogue), sound=d.fields.get("sound", ""),
        shot=Shot(size=size, move=move), characters=chars,
        location=d.fields.get("location", ""), props=d.fields.get("props", []),
        compliance=d.fields.get("compliance", []), notes="\n".join(notes))


def _first_line(parts: list[str]) -> str:
    for p in parts:
        for line in p.split("\n"):
            if line.strip():
                return line.strip()
    return ""


def free_id(candidate: str, taken: set[str]) -> str:
    base, n = candidate, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    taken.add(candidate)
    return candidate


def pydantic_problem(e: ValidationError) -> str:
    err = e.errors(include_url=False)[0]
    where = ".".join(str(p) for p in err["loc"])
    msg = err["msg"].removeprefix("Value error, ")
    return f"{where}: {msg}" if where else msg

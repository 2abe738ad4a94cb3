"""What an editorial export writes: formats, sequence size and rate, start timecode.

Every value is checked here, before anything is drawn or written, so a bad option
costs the user one clear line and leaves the folder as it was.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ...core.errors import BeatBoardError
from ...core.model import Episode, Project

FORMATS = ("otio", "fcp7", "fcpx", "edl")
#: File suffix of each format's timeline (the FCP 7 one is what Premiere looks for).
SUFFIXES = {"otio": ".otio", "fcp7": ".xml", "fcpx": ".fcpxml", "edl": ".edl"}
#: The OpenTimelineIO adapter that writes each format.
ADAPTERS = {"otio": "otio_json", "fcp7": "fcp_xml", "fcpx": "fcpx_xml", "edl": "cmx_3600"}
SIZES = {"720x1280": (720, 1280), "1080x1920": (1080, 1920)}
FPS_CHOICES = (24, 25, 30)
_TC = re.compile(r"(\d{2}):(\d{2}):(\d{2}):(\d{2})")


@dataclass(frozen=True)
class EditorialOptions:
    formats: tuple[str, ...] = FORMATS
    width: int = 720
    height: int = 1280
    fps: int = 30
    start_tc: str = "00:00:00:00"
    cuts: str = "main"  # main | all
    episodes: tuple[int, ...] | None = None
    video: bool = True  # the animatic MP4 of each cut, at a constant frame rate
    lang: str = "en"  # en | zh: the words of markers and clip notes

    def __post_init__(self) -> None:
        bad = [f for f in self.formats if f not in FORMATS]
        if bad or not self.formats:
            raise BeatBoardError(f"--format: {', '.join(bad) or 'nothing'} is not a format; "
                                 f"choose from {','.join(FORMATS)}")
        if (self.width, self.height) not in SIZES.values():
            raise BeatBoardError(f"--size: {self.width}x{self.height} is not offered; "
                                 "use 720x1280 or 1080x1920")
        if self.fps not in FPS_CHOICES:
            raise BeatBoardError(f"--fps: {self.fps} is not offered; use 24, 25 or 30")
        if self.cuts not in ("main", "all"):
            raise BeatBoardError(f"--cuts must be main or all, not {self.cuts!r}")
        if self.lang not in ("en", "zh"):
            raise BeatBoardError(f"--lang must be en or zh, not {self.lang!r}")
        start_frames(self.start_tc, self.fps)

    @property
    def start_frame(self) -> int:
        return start_frames(self.start_tc, self.fps)


def parse_formats(text: str) -> tuple[str, ...]:
    parts = [p.strip().lower() for p in (text or "").split(",") if p.strip()]
    bad = [p for p in parts if p not in FORMATS]
    if bad or not parts:
        raise BeatBoardError(f"--format: {', '.join(repr(b) for b in bad) or 'nothing given'} "
                             f"is not a format; choose from {','.join(FORMATS)}")
    return tuple(f for f in FORMATS if f in parts)  # one order whatever the user typed


def parse_size(text: str) -> tuple[int, int]:
    key = (text or "").strip().lower().replace("×", "x")
    if key not in SIZES:
        raise BeatBoardError(f"--size: {text!r} is not offered; use 720x1280 or 1080x1920")
    return SIZES[key]


def parse_fps(text: str | int) -> int:
    try:
        fps = int(str(text).strip())
    except ValueError:
        fps = 0
    if fps not in FPS_CHOICES:
        raise BeatBoardError(f"--fps: {text!r} is not offered; use 24, 25 or 30")
    return fps


def start_frames(tc: str, fps: int) -> int:
    """``HH:MM:SS:FF`` (non-drop) as a frame count at ``fps``."""
    m = _TC.fullmatch((tc or "").strip())
    if not m:
        raise BeatBoardError(f"--start-tc: {tc!r} is not a timecode HH:MM:SS:FF, "
                             "e.g. 01:00:00:00")
    h, mi, s, f = (int(g) for g in m.groups())
    if mi > 59 or s > 59 or f >= fps or h > 23:
        raise BeatBoardError(f"--start-tc: {tc!r} is out of range (hours 0-23, minutes and "
                             f"seconds 0-59, frames 0-{fps - 1} at {fps} fps)")
    return ((h * 60 + mi) * 60 + s) * fps + f


def chosen_episodes(project: Project, numbers: tuple[int, ...] | None,
                    spec: str | None = None) -> list[Episode]:
    """The episodes asked for; every number must exist in the project."""
    eps = project.ordered_episodes()
    if numbers is None:
        if not eps:
            raise BeatBoardError("the project has no episodes to export")
        return eps
    have = {e.number for e in eps}
    missing = [n for n in numbers if n not in have]
    if missing:
        shown = ", ".join(str(n) for n in missing[:5]) + ("..." if len(missing) > 5 else "")
        top = f"1-{max(have)}" if have else "none"
        raise BeatBoardError(f"--episodes {spec or ','.join(map(str, numbers))}: the project "
                             f"has no episode {shown} (it has {len(have)}: {top})")
    return [e for e in eps if e.number in set(numbers)]


def check_writable_folder(out: Path) -> None:
    """Refuse a folder that is a file or cannot be written, before anything is written."""
    if out.exists() and not out.is_dir():
        raise BeatBoardError(f"{out}: is a file; the editorial export writes a folder")
    probe = out
    while not probe.exists():
        if probe.parent == probe:
            break
        probe = probe.parent
    if not probe.is_dir() or not os.access(probe, os.W_OK | os.X_OK):
        raise BeatBoardError(f"{out}: cannot write here ({probe} is not writable)")

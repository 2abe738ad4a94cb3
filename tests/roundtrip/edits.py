"""What an editor does to a timeline, as OpenTimelineIO calls."""
from __future__ import annotations

import opentimelineio as otio


def track(tl):
    return tl.tracks[0]


def set_frames(clip, frames: int) -> None:
    rate = clip.source_range.duration.rate
    clip.source_range = otio.opentime.TimeRange(clip.source_range.start_time,
                                                otio.opentime.RationalTime(frames, rate))


def frames(clip) -> int:
    return int(round(clip.source_range.duration.value))


def new_clip(name: str, n: int, rate: float = 24) -> otio.schema.Clip:
    """A clip the editor brought in (a pickup shot): its own media and reel."""
    ref = otio.schema.ExternalReference(
        target_url=f"/media/{name.replace(' ', '_')}.mov",
        available_range=otio.opentime.TimeRange(otio.opentime.RationalTime(0, rate),
                                                otio.opentime.RationalTime(n * 10, rate)))
    clip = otio.schema.Clip(name=name, media_reference=ref, source_range=otio.opentime.TimeRange(
        otio.opentime.RationalTime(0, rate), otio.opentime.RationalTime(n, rate)))
    clip.metadata["cmx_3600"] = {"reel": "PICKUP"}
    return clip


def move(tr, i: int, j: int) -> None:
    clip = tr[i]
    tr.remove(clip)
    tr.insert(j, clip)

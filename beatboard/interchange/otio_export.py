"""Episodes as OpenTimelineIO timelines at 30 fps, for Premiere, Resolve and Avid.

``export_otio`` writes a SerializableCollection holding one Timeline per episode (otioview
opens it and lists the timelines); ``export_otio(project, episode=3)`` writes a single
Timeline, the form NLE importers expect. Each beat is a Clip with a MissingReference,
named after the beat, lasting its screen time, carrying ``metadata["beatboard"]``. Track
"Main line" holds the main line; beats off it go on "Variant n" / "Choice n" tracks,
placed at the time they branch off. Hook and cliffhanger beats carry a marker.
"""
from __future__ import annotations

import opentimelineio as otio

from ..core.errors import BeatBoardError
from ..core.graph import main_line
from ..core.model import Beat, Episode, Project
from ..core.vocab import LinkKind
from .timing import beat_starts, lane_kinds

FPS = 30
_MARKER_COLOURS = {"hook": otio.schema.MarkerColor.ORANGE,
                   "cliffhanger": otio.schema.MarkerColor.RED}


def export_otio(project: Project, episode: int | None = None) -> str:
    if episode is not None:
        ep = project.episode_by_number(episode)
        if ep is None:
            raise BeatBoardError(f"the project has no episode {episode}")
        return otio.adapters.write_to_string(episode_timeline(ep), "otio_json")
    collection = otio.schema.SerializableCollection(name=project.series.title or "BeatBoard")
    for ep in project.ordered_episodes():
        collection.append(episode_timeline(ep))
    return otio.adapters.write_to_string(collection, "otio_json")


def _rt(frames: int) -> otio.opentime.RationalTime:
    return otio.opentime.RationalTime(frames, FPS)


def _frame(seconds: float) -> int:
    return round(seconds * FPS)


def episode_timeline(ep: Episode) -> otio.schema.Timeline:
    name = f"Episode {ep.number}" + (f": {ep.title}" if ep.title else "")
    tl = otio.schema.Timeline(name=name, global_start_time=_rt(0))
    tl.metadata["beatboard"] = {"episode_id": ep.id, "episode_number": ep.number}
    starts = beat_starts(ep)
    line = main_line(ep)
    main = otio.schema.Track(name="Main line", kind=otio.schema.TrackKind.Video)
    for b in line:
        main.append(_clip(ep, b, starts[b.id]))
    tl.tracks.append(main)
    on_line = {b.id for b in line}
    kinds = lane_kinds(ep)
    lanes: dict[LinkKind | None, list[tuple[otio.schema.Track, int]]] = {}
    branch = [b for b in ep.beats if b.id not in on_line]
    branch.sort(key=lambda b: (starts[b.id] is None, starts[b.id] or 0.0))
    for b in branch:
        start = starts[b.id]
        kind = kinds.get(b.id) if start is not None else None
        _place(lanes, kind, b, ep, start, tl)
    return tl


def _place(lanes, kind, beat: Beat, ep: Episode, start, tl) -> None:
    at = _frame(start) if start is not None else None
    tracks = lanes.setdefault(kind, [])
    for i, (track, end) in enumerate(tracks):
        if at is None or end <= at:
            break
    else:
        label = {LinkKind.VARIANT: "Variant", LinkKind.CHOICE: "Choice", None: "Unlinked"}[kind]
        track = otio.schema.Track(name=f"{label} {len(tracks) + 1}", kind=otio.schema.TrackKind.Video)
        tl.tracks.append(track)
        tracks.append((track, 0))
        i, end = len(tracks) - 1, 0
    if at is not None and at > end:
        track.append(otio.schema.Gap(source_range=otio.opentime.TimeRange(_rt(0), _rt(at - end))))
        end = at
    clip = _clip(ep, beat, start if start is not None else end / FPS)
    track.append(clip)
    tracks[i] = (track, end + clip.source_range.duration.to_frames())


def _clip(ep: Episode, b: Beat, start_s: float | None) -> otio.schema.Clip:
    start_s = start_s or 0.0
    frames = max(1, _frame(start_s + b.seconds) - _frame(start_s))  # no drift from rounding
    clip = otio.schema.Clip(
        name=f"{b.id} {b.title}".strip(), media_reference=otio.schema.MissingReference(),
        source_range=otio.opentime.TimeRange(_rt(0), _rt(frames)))
    clip.metadata["beatboard"] = {
        "episode": ep.number, "beat_id": b.id, "title": b.title, "kind": b.kind,
        "seconds": b.seconds, "estimated": b.is_estimated,
        "emotion": {"tag": b.emotion.tag, "direction": b.emotion.direction.value,
                    "intensity": b.emotion.intensity},
        "shot": {"size": b.shot.size, "move": b.shot.move}, "location": b.location,
        "characters": list(b.characters), "compliance": list(b.compliance),
        "action": b.action, "dialogue": b.dialogue,
    }
    if b.kind in _MARKER_COLOURS:
        clip.markers.append(otio.schema.Marker(
            name=b.kind, color=_MARKER_COLOURS[b.kind],
            marked_range=otio.opentime.TimeRange(_rt(0), _rt(0))))
    return clip

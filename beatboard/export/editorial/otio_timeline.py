"""One cut as an OpenTimelineIO timeline: a video track with a clip per panel, each
pointing at its still, the temp sound on an audio track, and the cut's markers.

Every adapter writes from this one object, so the formats cannot disagree. Clip times
are the cut's clip times (``core.timeline``) rounded to frame boundaries: the start and
the end of each clip are rounded, never its length, so no error adds up along the cut.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import opentimelineio as otio

from ...core.editorial_names import METADATA_KEY, reel_name
from .markers import MarkerSpec
from .plan import CutJob, EditorialPlan, camera_note, clip_name, still_path

RT = otio.opentime.RationalTime
TR = otio.opentime.TimeRange


@dataclass(frozen=True)
class SoundFile:
    path: Path  # the copy in the export folder
    offset_s: float  # > 0 starts after the pictures; < 0 trimmed at the start
    seconds: float  # the file's length


def frame(seconds: float, fps: int) -> int:
    return int(round(seconds * fps))


def build_timeline(plan: EditorialPlan, job: CutJob, stills_dir: Path,
                   markers: list[MarkerSpec], sound: SoundFile | None) -> otio.schema.Timeline:
    opts = plan.options
    fps = opts.fps
    series_id = plan.project.series.id or ""
    ep = job.episode
    ids = {"series_id": series_id, "episode_id": ep.id, "episode_number": ep.number,
           "cut": job.cut.name}
    title = f"{job.stem} {ep.title}".strip() if ep.title else job.stem
    tl = otio.schema.Timeline(name=title, global_start_time=RT(opts.start_frame, fps))
    tl.metadata[METADATA_KEY] = dict(ids, stem=job.stem, width=opts.width, height=opts.height,
                                     fps=fps,
                                     beats=[b.id for b in job.cut.beats])
    video = otio.schema.Track(name="Boards", kind=otio.schema.TrackKind.Video)
    placed: list[tuple[int, int, otio.schema.Clip]] = []  # (first frame, end frame, clip)
    at = 0
    for c in job.timeline.clips:
        if c.panel is None:
            continue
        start, end = frame(c.start, fps), frame(c.end, fps)
        if end <= start:
            continue  # shorter than half a frame at this rate: nothing to show
        if start > at:
            video.append(otio.schema.Gap(source_range=TR(RT(0, fps), RT(start - at, fps))))
        url = still_path(stills_dir, plan.still_of(c.panel.id)).resolve().as_uri()
        length = RT(end - start, fps)
        ref = otio.schema.ExternalReference(target_url=url,
                                            available_range=TR(RT(0, fps), length))
        note = camera_note(c.beat, c.panel, opts.lang)
        ref.metadata["fcpx"] = {"note": note}
        clip = otio.schema.Clip(name=clip_name(ep.number, plan.shot_numbers.get(c.panel.id, 0),
                                               c.beat, c.panel),
                                media_reference=ref, source_range=TR(RT(0, fps), length))
        clip.metadata[METADATA_KEY] = dict(ids, beat_id=c.beat.id, panel_id=c.panel.id,
                                           shot=plan.shot_numbers.get(c.panel.id, 0),
                                           camera=note)
        clip.metadata["cmx_3600"] = {"reel": reel_name(c.panel.id)}
        clip.metadata["fcp_xml"] = {"comments": {
            "mastercomment1": note,
            "mastercomment2": f"panel {c.panel.id}; beat {c.beat.id}"}}
        video.append(clip)
        placed.append((start, end, clip))
        at = end
    tl.tracks.append(video)
    for spec in markers:
        _place_marker(placed, spec, fps)
    if sound is not None:
        audio = sound_track(sound, at, fps)
        if audio is not None:
            tl.tracks.append(audio)
    return tl


def _place_marker(placed: list[tuple[int, int, otio.schema.Clip]], spec: MarkerSpec,
                  fps: int) -> None:
    if not placed:
        return
    t = frame(spec.time, fps)
    start, end, clip = next(((s, e, c) for s, e, c in placed if s <= t < e), placed[-1])
    local = min(max(0, t - start), end - start - 1)
    length = min(frame(spec.duration, fps), end - start - local)
    marker = otio.schema.Marker(name=spec.name, color=spec.colour,
                                marked_range=TR(RT(local, fps), RT(max(0, length), fps)))
    marker.metadata.update(spec.metadata)
    clip.markers.append(marker)


def sound_track(sound: SoundFile, picture_frames: int, fps: int) -> otio.schema.Track | None:
    """The temp sound at its offset, cut to the pictures' length (as the animatic plays it)."""
    total = frame(sound.seconds, fps)
    lead = max(0, frame(sound.offset_s, fps))
    skip = max(0, frame(-sound.offset_s, fps))
    length = min(total - skip, picture_frames - lead)
    if length <= 0:
        return None
    track = otio.schema.Track(name="Temp sound", kind=otio.schema.TrackKind.Audio)
    if lead:
        track.append(otio.schema.Gap(source_range=TR(RT(0, fps), RT(lead, fps))))
    ref = otio.schema.ExternalReference(target_url=sound.path.resolve().as_uri(),
                                        available_range=TR(RT(0, fps), RT(total, fps)))
    clip = otio.schema.Clip(name=sound.path.name, media_reference=ref,
                            source_range=TR(RT(skip, fps), RT(length, fps)))
    clip.metadata[METADATA_KEY] = {"sound": True, "offset_s": sound.offset_s}
    clip.metadata["cmx_3600"] = {"reel": "TEMPSND"}
    track.append(clip)
    return track

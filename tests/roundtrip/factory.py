"""Timelines as the editorial export writes them (core/editorial_names is the contract),
made with OpenTimelineIO directly, so retime is tested against the shape it will read."""
from __future__ import annotations

from pathlib import Path

import opentimelineio as otio

from beatboard.core.cuts import Cut, main_cut
from beatboard.core.editorial_names import (METADATA_KEY, reel_name, shot_numbers,
                                            still_file_name)
from beatboard.core.model import Episode, Project
from beatboard.core.timeline import build_timeline

ADAPTER = {".otio": "otio_json", ".xml": "fcp_xml", ".fcpxml": "fcpx_xml", ".edl": "cmx_3600"}


def shot_clips(project: Project, ep: Episode, cut: Cut | None = None, fps: int = 24):
    """(panel, beat, start frame, frames) of every clip of the cut, as the export rounds."""
    cut = cut or main_cut(ep)
    out = []
    for clip in build_timeline([cut], captions=False).clips:
        if clip.panel is None:
            continue
        a, b = round(clip.start * fps), round(clip.end * fps)
        out.append((clip.panel, clip.beat, a, b - a))
    return out


def make_clip(project, ep, panel, beat, shot_no, frames, fps, still_dir: Path,
              series_id=None, with_metadata=True, name=None):
    sid = project.series.id if series_id is None else series_id
    url = (still_dir / still_file_name(sid, panel.id)).as_posix()
    rng = otio.opentime.TimeRange(otio.opentime.RationalTime(0, fps),
                                  otio.opentime.RationalTime(frames, fps))
    ref = otio.schema.ExternalReference(target_url=url, available_range=otio.opentime.TimeRange(
        otio.opentime.RationalTime(0, fps), otio.opentime.RationalTime(max(frames, 1) * 10, fps)))
    size = panel.shot.size or beat.shot.size or "MS"
    who = beat.characters[0] if beat.characters else ""
    clip = otio.schema.Clip(name=name or f"E{ep.number:02d}-{shot_no:03d} {size} {who}".strip(),
                            media_reference=ref, source_range=rng)
    if with_metadata:
        clip.metadata[METADATA_KEY] = {"series_id": sid or "", "episode_id": ep.id,
                                       "beat_id": beat.id, "panel_id": panel.id}
    clip.metadata["cmx_3600"] = {"reel": reel_name(panel.id)}
    return clip


def export_like(project: Project, ep: Episode, still_dir: Path, fps: int = 24,
                cut: Cut | None = None, with_metadata=True) -> otio.schema.Timeline:
    """The timeline of ``cut`` (main by default): one clip per panel, on one video track."""
    cut = cut or main_cut(ep)
    tl = otio.schema.Timeline(name=f"E{ep.number:03d}_{cut.name}")
    if with_metadata:
        tl.metadata[METADATA_KEY] = {"series_id": project.series.id or "", "episode_id": ep.id,
                                     "cut": cut.name, "fps": fps}
    track = otio.schema.Track(name="V1", kind=otio.schema.TrackKind.Video)
    tl.tracks.append(track)
    numbers = shot_numbers(ep)
    for panel, beat, _start, frames in shot_clips(project, ep, cut, fps):
        track.append(make_clip(project, ep, panel, beat, numbers[panel.id], frames, fps,
                               still_dir,
                               with_metadata=with_metadata))
    return tl


def write(tl: otio.schema.Timeline, path: Path) -> Path:
    otio.adapters.write_to_file(tl, str(path), adapter_name=ADAPTER[path.suffix])
    return path

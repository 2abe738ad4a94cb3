"""Turn a read retention curve into a dataset of one episode's cut.

The curve belongs to the video the audience watched: a ratio curve takes the video's
length from ``duration`` (else the cut's); a length more than 10 % off the cut's is
noted and the curve scaled onto the cut; a time past the video's end is refused.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from ..core.audience_model import MAX_POINTS, MAX_VIDEO_S, RetentionDataset
from ..core.errors import BeatBoardError
from ..core.model import Project
from ..core.retention import cut_names, find_cut, needs_scaling
from .retention_csv import RATIO, RetentionCurve

END_TOLERANCE_S = 0.5  # a last point rounded up past the end is still the end


@dataclass(frozen=True)
class ImportOptions:
    episode: int
    cut: str = "main"
    label: str = ""
    date: str = ""
    duration: float | None = None
    views: int | None = None


def dataset_from_curve(project: Project, curve: RetentionCurve, source: str | Path,
                       opts: ImportOptions) -> tuple[RetentionDataset, list[str]]:
    """The dataset to add (its id is set by the edit) and notes for the user."""
    ep = project.episode_by_number(opts.episode)
    if ep is None:
        raise BeatBoardError(f"there is no episode {opts.episode}")
    cut = find_cut(ep, opts.cut)
    if cut is None:
        raise BeatBoardError(f"episode {opts.episode} has no cut {opts.cut!r} (its cuts: "
                             f"{', '.join(cut_names(ep)) or 'none'})")
    if opts.duration is not None and not 0 < opts.duration <= MAX_VIDEO_S:
        raise BeatBoardError(f"--duration {opts.duration:g} must be above 0 and at most "
                             f"{MAX_VIDEO_S:g} s")
    if opts.views is not None and opts.views < 0:
        raise BeatBoardError("--views cannot be negative")
    name = (source if isinstance(source, Path) else Path(source)).name
    cut_s = cut.seconds  # summed once: a beat's length may be estimated from its dialogue
    video_s = opts.duration if opts.duration is not None else cut_s
    notes = [f"{name}: read as {curve.described}; {len(curve.points)} points"]
    # Points the reader checked, and left as read, need only the model's limits on time
    # and count checked, not each point again (a third of an import's time).
    checked = False
    if curve.time_kind == RATIO:
        points = [(round(t * video_s, 3), r) for t, r in curve.points]
    else:
        points = list(curve.points)
        checked = curve.checked
        last = points[-1][0]
        if last > video_s + END_TOLERANCE_S:
            what = "the video's length (--duration)" if opts.duration else "the cut's length"
            raise BeatBoardError(f"{name}: time {last:g} s is past {what}, {video_s:g} s; "
                                 "nothing imported")
        if last > video_s:  # times increase: only the last points can be past the end
            points = [(min(t, video_s), r) for t, r in points]
            checked = False
    if needs_scaling(video_s, cut_s):
        notes.append(f"the video lasts {video_s:.1f} s but cut {cut.name} of episode "
                     f"{ep.number} lasts {cut_s:.1f} s (more than 10 % apart): the "
                     "curve is scaled onto the cut")
    checked = checked and len(points) <= MAX_POINTS and points[-1][0] <= MAX_VIDEO_S
    dataset = RetentionDataset(
        id="new", episode=ep.id, cut=cut.name, points=[] if checked else points,
        label=opts.label, date=opts.date, source=name[:260],
        imported_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        views=opts.views, audience_type=curve.audience_type, video_s=float(video_s),
        cut_s=float(round(cut_s, 3)), cut_beats=[b.id for b in cut.beats])
    if checked:
        dataset = dataset.model_copy(update={"points": points})
    return dataset, notes

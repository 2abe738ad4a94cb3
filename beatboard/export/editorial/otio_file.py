"""``beatboard export otio``: the editorial timeline of each episode's main cut in one
``.otio`` file, its stills in a folder beside it (``OUT_stills/``).

One episode (``episode=N``) is a single Timeline, the form editing applications import;
the whole series is a SerializableCollection holding a Timeline per episode.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import opentimelineio as otio

from ...core.atomic import atomic_write_text
from ...core.errors import BeatBoardError, BeatBoardFileError
from ...core.model import Project
from .. import ExportCancelled
from .markers import cut_markers, findings_of_cut
from .options import EditorialOptions
from .otio_timeline import build_timeline
from .plan import plan_editorial
from .runner import EditorialResult, copy_sound, project_findings, write_stills


def stills_folder(out: Path) -> Path:
    return out.with_name(f"{out.stem}_stills")


def write_otio_file(project: Project, base_dir: Path | None, out: str | Path,
                    episode: int | None = None,
                    progress: Callable[[float, str], None] | None = None,
                    cancel: Callable[[], bool] | None = None) -> EditorialResult:
    out = Path(out)
    if episode is not None and project.episode_by_number(episode) is None:
        raise BeatBoardError(f"the project has no episode {episode}")
    options = EditorialOptions(formats=("otio",), episodes=(episode,) if episode else None,
                               video=False)
    plan = plan_editorial(project, options)
    result = EditorialResult(out)
    total = len(plan.stills) + len(plan.cuts) or 1
    report = progress or (lambda f, label: None)
    done = [0]

    def step(units: float, label: str) -> None:
        done[0] += units
        report(done[0] / total, label)

    def check() -> None:
        if cancel is not None and cancel():
            raise ExportCancelled()

    stills = stills_folder(out)
    write_stills(plan, base_dir, stills, result, check, step, None)
    findings = project_findings(project, base_dir)
    timelines = []
    for job in plan.cuts:
        check()
        markers = cut_markers(job.timeline, findings_of_cut(
            findings, job.episode.id, [b.id for b in job.cut.beats]))
        sound = copy_sound(project, base_dir, job, stills) if job.episode.audio else None
        timelines.append(build_timeline(plan, job, stills, markers, sound))
        step(1, job.stem)
    if episode is not None:
        if not timelines:
            raise BeatBoardError(f"episode {episode} has no panels to export")
        doc = timelines[0]
    else:
        doc = otio.schema.SerializableCollection(name=project.series.title or "BeatBoard",
                                                 children=timelines)
    try:
        atomic_write_text(out, otio.adapters.write_to_string(doc, "otio_json"))
    except OSError as e:
        raise BeatBoardFileError(out, "", f"could not write ({e.strerror or e})") from None
    result.files.append(out)
    return result

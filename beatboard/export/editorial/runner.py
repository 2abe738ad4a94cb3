"""Write an editorial export: stills once per panel, then for each cut its timelines in
every chosen format, its SRT and (unless asked not to) its constant-rate animatic.

Layout of the folder (one a user can zip and send)::

    stills/<series short>_<panel id>.png    each panel once, shared by every cut and format
    sound/E001_<file>                       the episode's temp sound, when it has one
    E001_main.otio .xml .fcpxml .edl        the cut's timeline in each format
    E001_main.srt  E001_main.mp4            its captions and its animatic

Every file is written atomically, so a cancel or a failure leaves whole files only.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ...core.assets import resolve
from ...core.atomic import atomic_write_bytes, atomic_write_text
from ...core.errors import BeatBoardError, BeatBoardFileError
from ...core.model import Project
from .. import ExportCancelled
from .formats import timeline_text
from .markers import cut_markers, findings_of_cut
from .options import SUFFIXES, EditorialOptions, check_writable_folder
from .otio_timeline import SoundFile, build_timeline
from .plan import SOUND, STILLS, CutJob, EditorialPlan, plan_editorial, still_path

Progress = Callable[[float, str], None]  # fraction done, what is being written


@dataclass
class EditorialResult:
    folder: Path
    files: list[Path] = field(default_factory=list)
    stills: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)


def write_editorial(project: Project, base_dir: Path | None, out: str | Path,
                    options: EditorialOptions, progress: Progress | None = None,
                    cancel: Callable[[], bool] | None = None,
                    warn: Callable[[str], None] | None = None,
                    spec: str | None = None) -> EditorialResult:
    out = Path(out)
    check_writable_folder(out)
    plan = plan_editorial(project, options, spec)
    if not plan.cuts:
        raise BeatBoardError("the chosen episodes have no panels to export")
    cancelled = cancel or (lambda: False)
    report = progress or (lambda f, label: None)
    started = time.perf_counter()
    result = EditorialResult(out)
    # Work units: a still, a cut's timelines, a second of video (drawn frame by frame).
    video_s = sum(j.timeline.duration for j in plan.cuts) if options.video else 0.0
    total = len(plan.stills) * 1.0 + len(plan.cuts) * 1.0 + video_s * 0.5
    done = [0.0]

    def step(units: float, label: str) -> None:
        done[0] += units
        report(min(1.0, done[0] / total), label)

    def check() -> None:
        if cancelled():
            raise ExportCancelled(f"export cancelled; {len(result.files)} files were "
                                  f"written to {out}, none of them partly")

    write_stills(plan, base_dir, out / STILLS, result, check, step, warn)
    findings = project_findings(project, base_dir)
    sounds: dict[str, SoundFile | None] = {}
    for job in plan.cuts:
        check()
        if job.episode.id not in sounds:
            sounds[job.episode.id] = copy_sound(project, base_dir, job, out)
        beat_ids = [b.id for b in job.cut.beats]
        markers = cut_markers(job.timeline, findings_of_cut(findings, job.episode.id, beat_ids),
                              options.lang)
        tl = build_timeline(plan, job, out / STILLS, markers, sounds[job.episode.id])
        for fmt in options.formats:
            check()
            text = timeline_text(tl, fmt, options.width, options.height, options.fps,
                                 options.start_frame)
            _write_text(out / f"{job.stem}{SUFFIXES[fmt]}", text, result)
        from ..animatic import write_srt
        write_srt(job.timeline, out / f"{job.stem}.srt")
        result.files.append(out / f"{job.stem}.srt")
        step(1.0, job.stem)
    if options.video:
        write_videos(plan, base_dir, out, result, cancelled, step)
    result.seconds = time.perf_counter() - started
    report(1.0, "")
    return result


def write_stills(plan: EditorialPlan, base_dir: Path | None, stills_dir: Path,
                 result: EditorialResult, check, step, warn) -> None:
    """Each panel once, drawn by the panel renderer (the frames export's purpose)."""
    from ...render import ensure_gui_app
    from ..frames import Warnings, write_frame
    ensure_gui_app()
    _mkdir(stills_dir)
    size = (plan.options.width, plan.options.height)
    warnings = Warnings(set(), result.warnings, warn)
    for job in plan.stills:
        check()
        write_frame(plan.project, base_dir, job.beat, job.panel, size, None,
                    still_path(stills_dir, job), warnings)
        result.stills += 1
        step(1.0, job.name)


def project_findings(project: Project, base_dir: Path | None) -> list:
    """The rules as ``beatboard check`` runs them (the series' profile, genre applied)."""
    from ...rules import check_project, resolve_profile
    return check_project(project, resolve_profile(project, base_dir))


def copy_sound(project: Project, base_dir: Path | None, job: CutJob,
               out: Path) -> SoundFile | None:
    """The episode's temp sound, copied into the folder so the timelines travel with it."""
    track = job.episode.audio
    if track is None or base_dir is None:
        return None
    try:
        src = resolve(base_dir, track.path)
    except BeatBoardError as e:
        raise BeatBoardError(f"episode {job.episode.number}: its sound: {e}") from None
    seconds = sound_seconds(src)
    target = out / SOUND / f"E{job.episode.number:03d}_{src.name}"
    _mkdir(target.parent)
    try:
        with open(src, "rb") as f:
            atomic_write_bytes(target, f.read())
    except OSError as e:
        raise BeatBoardFileError(target, "", f"could not copy the sound ({e.strerror or e})") from None
    return SoundFile(target, track.offset_s, seconds)


def sound_seconds(path: Path) -> float:
    import av
    try:
        with av.open(str(path)) as f:
            if not f.streams.audio:
                raise BeatBoardError(f"{path}: has no audio stream")
            stream = f.streams.audio[0]
            if stream.duration is not None and stream.time_base is not None:
                return float(stream.duration * stream.time_base)
            if f.duration is not None:
                return f.duration / 1_000_000
            samples = sum(fr.samples for fr in f.decode(stream))
            return samples / (stream.rate or 1)
    except (av.FFmpegError, OSError, ValueError) as e:
        raise BeatBoardError(f"{path}: not a readable sound file ({e})") from None


def write_videos(plan: EditorialPlan, base_dir: Path | None, out: Path,
                 result: EditorialResult, cancelled, step) -> None:
    from ...render.animatic_frames import AnimaticFrames
    from ..animatic_video import Cancelled, write_video
    opts = plan.options
    frames = AnimaticFrames(plan.project, base_dir, opts.width, opts.height, captions=True)
    for job in plan.cuts:
        seconds = job.timeline.duration
        last = [0.0]

        def moved(f: float, _s=seconds, _stem=job.stem) -> None:
            step((f - last[0]) * _s * 0.5, f"{_stem}.mp4")
            last[0] = f

        target = out / f"{job.stem}.mp4"
        try:
            write_video(frames, job.timeline, target, opts.fps, moved, cancelled, cfr=True)
        except Cancelled:
            raise ExportCancelled(f"export cancelled; {len(result.files)} files were written "
                                  f"to {out}, none of them partly") from None
        result.files.append(target)


def _write_text(path: Path, text: str, result: EditorialResult) -> None:
    try:
        atomic_write_text(path, text)
    except OSError as e:
        raise BeatBoardFileError(path, "", f"could not write ({e.strerror or e})") from None
    result.files.append(path)


def _mkdir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise BeatBoardFileError(folder, "", f"cannot create the folder ({e.strerror or e})") from None

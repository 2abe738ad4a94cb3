"""Export animatics: cuts of episodes as H.264 MP4 with captions, SRT files and a manifest.

This module plans the files (one per episode, or per cut of each episode) and writes
the subtitles and the manifest; ``animatic_video`` writes each video.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..core.atomic import atomic_write_text
from ..core.cuts import Cut, all_cuts, cut_for_choices
from ..core.editorial_names import timeline_stem
from ..core.errors import BeatBoardError
from ..core.model import Episode, Project
from ..core.timeline import Timeline, build_timeline, series_speakers
from ..render.animatic_frames import AnimaticFrames
from .animatic_video import write_video

Progress = Callable[[float, str], None]
SIZES = {"720x1280": (720, 1280), "1080x1920": (1080, 1920)}
FPS_CHOICES = (24, 25, 30)
TITLE_CARD_S = 2.0


@dataclass(frozen=True)
class AnimaticOptions:
    width: int = 720
    height: int = 1280
    fps: int = 30
    captions: str = "burn"  # burn | srt | none (burn also writes the SRT beside)
    cuts: str = "main"  # main | all
    episodes: tuple[int, ...] | None = None
    title_cards: bool = False
    cfr: bool = False  # constant frame rate: every frame encoded (for editing applications)

    def __post_init__(self) -> None:
        if self.fps not in FPS_CHOICES:
            raise BeatBoardError(f"frame rate must be 24, 25 or 30, not {self.fps}")
        if self.captions not in ("burn", "srt", "none"):
            raise BeatBoardError(f"captions must be burn, srt or none, not {self.captions!r}")
        if self.cuts not in ("main", "all"):
            raise BeatBoardError(f"cuts must be main or all, not {self.cuts!r}")


@dataclass(frozen=True)
class Job:
    path: Path
    cuts: tuple[Cut, ...]

    @property
    def label(self) -> str:
        return ", ".join(f"E{c.episode_number} {c.name}" for c in self.cuts)


@dataclass
class ExportResult:
    files: list[Path]
    manifest: Path | None
    seconds_of_video: float


def parse_size(text: str) -> tuple[int, int]:
    if text not in SIZES:
        raise BeatBoardError(f"size must be 720x1280 or 1080x1920, not {text!r}")
    return SIZES[text]


def selected_episodes(project: Project, numbers: tuple[int, ...] | None) -> list[Episode]:
    eps = [e for e in project.ordered_episodes() if numbers is None or e.number in numbers]
    if not eps:
        raise BeatBoardError("no episode matches the episodes asked for")
    return eps


def plan_jobs(project: Project, options: AnimaticOptions, out: Path) -> list[Job]:
    """Which files to write. One .mp4 target: the main cuts back to back. A folder: one
    file per episode (main) or per cut of each episode (all)."""
    eps = selected_episodes(project, options.episodes)
    if out.suffix.lower() == ".mp4":
        if options.cuts == "all":
            raise BeatBoardError(f"{out}: --cuts all writes one file per cut; give a folder")
        return [Job(out, tuple(cut_for_choices(ep) for ep in eps))]
    jobs = []
    for ep in eps:
        cuts = all_cuts(ep) if options.cuts == "all" else [cut_for_choices(ep)]
        for cut in cuts:
            jobs.append(Job(out / f"{timeline_stem(ep.number, cut.name)}.mp4", (cut,)))
    return jobs


def export_animatic(project: Project, base_dir: Path | None, out: str | Path,
                    options: AnimaticOptions, progress: Progress = lambda f, t: None,
                    cancelled: Callable[[], bool] = lambda: False) -> ExportResult:
    out = Path(out)
    jobs = plan_jobs(project, options, out)
    if out.suffix.lower() != ".mp4":
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise BeatBoardError(f"{out}: cannot create the folder ({e.strerror or e})") from None
    titles = {ep.id: ep.title for ep in project.episodes}
    timelines = [build_timeline(list(job.cuts),
                                TITLE_CARD_S if options.title_cards or len(job.cuts) > 1 else 0.0,
                                titles, speakers=series_speakers(project)) for job in jobs]
    total = sum(t.duration for t in timelines) or 1.0
    # One set of drawn pictures for every file: the cuts of an episode share most panels.
    frames = AnimaticFrames(project, base_dir, options.width, options.height,
                            captions=options.captions == "burn")
    done_s = 0.0
    files: list[Path] = []
    for job, timeline in zip(jobs, timelines):
        if not timeline.clips:
            raise BeatBoardError(f"{job.label}: the cut has no panels to show")

        def step(f: float, _job=job, _tl=timeline) -> None:
            progress((done_s + f * _tl.duration) / total, _job.path.name)

        write_video(frames, timeline, job.path, options.fps, step, cancelled, options.cfr)
        if options.captions != "none":
            write_srt(timeline, job.path.with_suffix(".srt"))
        files.append(job.path)
        done_s += timeline.duration
    manifest = None
    if out.suffix.lower() != ".mp4":
        manifest = out / "manifest.csv"
        atomic_write_text(manifest, manifest_csv(project, base_dir, jobs, timelines))
    progress(1.0, "")
    return ExportResult(files, manifest, total)


def write_srt(timeline: Timeline, path: Path) -> None:
    import pysubs2

    subs = pysubs2.SSAFile()
    for ev in timeline.captions:
        text = f"{ev.speaker}: {ev.text}" if ev.speaker else ev.text
        subs.append(pysubs2.SSAEvent(start=int(round(ev.start * 1000)),
                                     end=int(round(ev.end * 1000)), text=text))
    try:
        atomic_write_text(path, subs.to_string("srt"))
    except OSError as e:
        raise BeatBoardError(f"{path}: could not write the subtitles ({e.strerror or e})") from None


def manifest_csv(project: Project, base_dir: Path | None, jobs: list[Job],
                 timelines: list[Timeline]) -> str:
    from ..rules import resolve_profile
    from ..rules.checker import minor_names
    from ..rules.episode_rules import check_episode

    profile = resolve_profile(project, base_dir)
    minors = minor_names(project)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["file", "episode", "cut", "duration_s", "findings"])
    for job, timeline in zip(jobs, timelines):
        for cut in job.cuts:
            alone = Episode(id=cut.episode_id, number=cut.episode_number,
                            beats=list(cut.beats), links=[])
            findings, _ = check_episode(alone, profile, minors)
            text = "; ".join(f"{f.rule} ({f.severity.value})" for f in findings) or "clean"
            w.writerow([job.path.name, cut.episode_number, cut.name, f"{cut.seconds:.2f}", text])
    return "\ufeff" + buf.getvalue()

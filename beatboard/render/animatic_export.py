"""Export animatics: cuts of episodes as H.264 MP4 with captions, SRT files and a manifest.

Every frame is what ``frame_at`` says is on screen, drawn by ``AnimaticFrames``. A
stretch where nothing changes (a held panel, one caption) is rendered once and written
as one held picture; a camera move renders every frame.
"""
from __future__ import annotations

import csv
import io
import math
import queue
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..core.atomic import atomic_write_text
from ..core.cuts import Cut, all_cuts, cut_for_choices
from ..core.errors import BeatBoardError
from ..core.model import Episode, Project
from ..core.timeline import Timeline, build_timeline, frame_at, moves
from ..export.video import AudioInput, VideoError, VideoWriter
from .animatic_frames import AnimaticFrames

Progress = Callable[[float, str], None]
SIZES = {"720x1280": (720, 1280), "1080x1920": (1080, 1920)}
FPS_CHOICES = (24, 25, 30)
TITLE_CARD_S = 2.0


class Cancelled(BeatBoardError):
    """The user cancelled the export; nothing was left under a final name."""


@dataclass(frozen=True)
class AnimaticOptions:
    width: int = 720
    height: int = 1280
    fps: int = 30
    captions: str = "burn"  # burn | srt | none (burn also writes the SRT beside)
    cuts: str = "main"  # main | all
    episodes: tuple[int, ...] | None = None
    title_cards: bool = False

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
            jobs.append(Job(out / f"E{ep.number:03d}_{_safe(cut.name)}.mp4", (cut,)))
    return jobs


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-+_" else "_" for ch in name)[:80]


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
                                titles) for job in jobs]
    total = sum(t.duration for t in timelines) or 1.0
    done_s = 0.0
    files: list[Path] = []
    for job, timeline in zip(jobs, timelines):
        if not timeline.clips:
            raise BeatBoardError(f"{job.label}: the cut has no panels to show")

        def step(f: float, _job=job, _tl=timeline) -> None:
            progress((done_s + f * _tl.duration) / total, _job.path.name)

        write_video(project, base_dir, timeline, job.path, options, step, cancelled)
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


def audio_for(project: Project, base_dir: Path | None, cuts: tuple[Cut, ...]) -> AudioInput | None:
    """The episode's temp sound, when the export is a single episode that has one."""
    if len(cuts) != 1 or base_dir is None:
        return None
    ep = project.episode(cuts[0].episode_id)
    track = ep.audio if ep is not None else None
    if track is None:
        return None
    from ..core.assets import resolve
    try:
        path = resolve(base_dir, track.path)  # refuses paths that leave the project
    except BeatBoardError as e:
        raise VideoError(f"the episode's sound: {e}") from None
    return AudioInput(path, track.offset_s)


def write_video(project: Project, base_dir: Path | None, timeline: Timeline, path: Path,
                options: AnimaticOptions, progress: Callable[[float], None],
                cancelled: Callable[[], bool]) -> None:
    audio = audio_for(project, base_dir, tuple(timeline.cuts))
    frames = AnimaticFrames(project, base_dir, options.width, options.height,
                            captions=options.captions == "burn")
    writer = VideoWriter(path, options.width, options.height, options.fps,
                         with_audio=audio is not None)
    fps = options.fps
    total_frames = max(1, int(round(timeline.duration * fps)))
    encoder = EncoderThread(writer)
    try:
        for first, count, moving in segments(timeline, fps):
            if cancelled():
                raise Cancelled("export cancelled")
            if moving:
                for i in range(first, first + count):
                    encoder.put(frames.frame(frame_at(timeline, i / fps)), 1)
            else:
                encoder.put(frames.frame(frame_at(timeline, (first + count / 2) / fps)), count)
            progress((first + count) / total_frames)
        encoder.finish()
        if audio is not None:
            writer.add_audio(audio, total_frames / fps, cancelled)
            if cancelled():
                raise Cancelled("export cancelled")
        writer.close()
    except BaseException:
        encoder.finish(raise_error=False)
        writer.abort()
        raise


class EncoderThread:
    """Colour conversion and H.264 encoding on a second core while this one draws.

    FFmpeg releases the GIL while it converts and encodes, so drawing the next frame and
    encoding the last one overlap. A bounded queue keeps memory flat.
    """

    def __init__(self, writer: VideoWriter, depth: int = 6):
        self.writer = writer
        self.queue: queue.Queue = queue.Queue(maxsize=depth)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="animatic-encoder", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            item = self.queue.get()
            if item is None:
                return
            if self.error is not None:
                continue  # drain after a failure so the producer never blocks
            image, count = item
            try:
                self.writer.write(image.constBits(), image.bytesPerLine(), count)
            except BaseException as e:  # noqa: BLE001 - handed to the producer thread
                self.error = e

    def put(self, image, count: int) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put((image, count))

    def finish(self, raise_error: bool = True) -> None:
        if self.thread.is_alive():
            self.queue.put(None)
            self.thread.join()
        if raise_error and self.error is not None:
            raise self.error


def segments(timeline: Timeline, fps: int) -> list[tuple[int, int, bool]]:
    """(first frame, frame count, moving) for each stretch where the picture is one thing:
    between clip and caption boundaries. Frame i shows the moment i / fps."""
    cuts = {0.0, timeline.duration}
    for c in timeline.clips:
        cuts.update((c.start, c.end))
    for ev in timeline.captions:
        cuts.update((ev.start, ev.end))
    total = int(round(timeline.duration * fps))
    bounds = sorted({min(total, max(0, math.ceil(t * fps - 1e-6))) for t in cuts})
    out = []
    for a, b in zip(bounds, bounds[1:]):
        if b > a:
            clip = timeline.clips[timeline.index_at(a / fps)]
            out.append((a, b - a, moves(clip)))
    return out


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

"""Frames export: one PNG per panel. A plan of jobs (which frames, in which order, under
which names; Qt-free) and a runner that draws and writes them with progress and cancel.
The command line and the editor's File › Export Frames… are thin shells over both.

Story order: episodes by number; in each, the main line's beats in playing order, then
the beats off the main line (A/B variants and choices) in the episode's list order; in
each beat, its panels in order. File names sort in that order::

    e001_0001_e01-b01_p1.png        episode 1, frame 1: beat e01-b01, panel 1
    e001_0014_variant_e01-b05b_p1.png   off the main line, after every main-line frame
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from ..core.atomic import atomic_write_bytes
from ..core.errors import BeatBoardError, BeatBoardFileError
from ..core.graph import branch_beats, episode_graph, main_line
from ..core.model import Beat, Episode, Panel, Project
from ..core.panel_timing import is_out_of_cut
from ..interchange.timing import lane_kinds
from . import ExportCancelled

SIZES = ((720, 1280), (1080, 1920))  # 9:16; what the editor offers (the CLI takes any)
Progress = Callable[[int, int, "FrameJob"], None]  # frames written, frames in all, last


@dataclass(frozen=True)
class FrameJob:
    episode: Episode
    beat: Beat
    panel: Panel
    name: str  # file name, without a folder


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.\-]", "_", text)[:64]


def frame_jobs(project: Project, episodes: Optional[Iterable[int]] = None,
               variants: bool = True) -> list[FrameJob]:
    wanted = set(episodes) if episodes is not None else None
    eps = [e for e in project.ordered_episodes() if wanted is None or e.number in wanted]
    width = max(3, len(str(max((e.number for e in eps), default=1))))
    jobs: list[FrameJob] = []
    for ep in eps:
        g = episode_graph(ep)
        beats = [(b, "") for b in main_line(ep, g)]
        if variants:
            kinds = lane_kinds(ep)
            beats += [(b, kinds[b.id].value if b.id in kinds else "variant")
                      for b in branch_beats(ep, g)]
        n = 0
        for beat, lane in beats:
            for k, panel in enumerate(beat.panels, start=1):
                if is_out_of_cut(beat, panel):
                    continue  # dropped in the edit: out of the cut and of its exports
                n += 1
                lane_part = f"_{lane}" if lane else ""
                name = f"e{ep.number:0{width}d}_{n:04d}{lane_part}_{_safe(beat.id)}_p{k}.png"
                jobs.append(FrameJob(ep, beat, panel, name))
    return jobs


@dataclass
class FramesResult:
    folder: Path
    written: int
    seconds: float
    warnings: list[str] = field(default_factory=list)  # one per distinct asset problem


def prepare_folder(out: Path) -> None:
    """Create the output folder; a clear message when it is a file or cannot be made."""
    if out.exists() and not out.is_dir():
        raise BeatBoardFileError(out, "", "is not a folder; frames export writes one PNG per "
                                          "panel into a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise BeatBoardFileError(out, "", f"cannot create the folder ({e.strerror or e})") from None


@dataclass
class Warnings:
    """Each distinct asset problem once: kept in ``found`` and told to ``warn``."""
    seen: set
    found: list
    warn: Optional[Callable[[str], None]] = None

    def add(self, panel_id: str, problems) -> None:
        for problem in problems:
            if problem.message not in self.seen:
                self.seen.add(problem.message)
                message = f"panel {panel_id}: {problem.message}"
                self.found.append(message)
                if self.warn is not None:
                    self.warn(message)


def write_frame(project: Project, base_dir, beat, panel, size: tuple[int, int], guides,
                target: Path, warnings: Warnings) -> None:
    """One panel drawn by the panel renderer (as every view draws it), written as a PNG."""
    from ..render import render_panel_ex
    drawn = render_panel_ex(project, base_dir, beat, panel, size, guides, purpose="frames")
    warnings.add(panel.id, drawn.problems)
    try:
        atomic_write_bytes(target, _png_bytes(drawn.image))
    except OSError as e:
        raise BeatBoardFileError(target, "", f"could not write ({e.strerror or e})") from None


def write_frames(project: Project, base_dir: Path, jobs: list[FrameJob], out: Path,
                 size: tuple[int, int], guides: bool = False,
                 progress: Progress | None = None,
                 cancel: Callable[[], bool] | None = None,
                 warn: Callable[[str], None] | None = None) -> FramesResult:
    """Draw each job's panel with the panel renderer and write it to ``out`` (replacing a
    file of the same name, atomically). ``cancel`` is asked before each frame; a cancel
    raises ``ExportCancelled`` saying how many frames were written. ``warn`` hears each
    distinct asset problem once, as it is found."""
    from ..render import GuideOptions, ensure_gui_app
    ensure_gui_app()
    prepare_folder(out)
    result = FramesResult(out, 0, 0.0)
    started = time.perf_counter()
    guide_options = GuideOptions() if guides else None
    seen: set[str] = set()
    for i, job in enumerate(jobs, start=1):
        if cancel is not None and cancel():
            raise ExportCancelled(f"export cancelled; {result.written} of {len(jobs)} frames "
                                  f"were written to {out}")
        write_frame(project, base_dir, job.beat, job.panel, size, guide_options,
                    out / job.name, Warnings(seen, result.warnings, warn))
        result.written = i
        if progress is not None:
            progress(i, len(jobs), job)
    result.seconds = time.perf_counter() - started
    return result


def _png_bytes(img) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not img.save(buf, "PNG"):
        raise BeatBoardError("could not encode a PNG")
    buf.close()
    return bytes(data.data())

"""The editorial export's plan: which cuts become timelines, which panels need a still,
how each clip is named. Qt-free; every time comes from ``core.timeline``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...core.camera import HAND, camera_for, effective_shot
from ...core.cuts import Cut, all_cuts, cut_for_choices
from ...core.editorial_names import shot_numbers, still_file_name, timeline_stem
from ...core.model import Beat, Episode, Panel, Project
from ...core.timeline import Timeline, build_timeline, series_speakers
from .options import EditorialOptions, chosen_episodes

STILLS = "stills"
SOUND = "sound"


@dataclass(frozen=True)
class StillJob:
    beat: Beat
    panel: Panel
    name: str  # file name inside FOLDER/stills


@dataclass(frozen=True)
class CutJob:
    episode: Episode
    cut: Cut
    timeline: Timeline  # the cut's clips, markers and captions (core.timeline)
    stem: str  # E001_main

    @property
    def label(self) -> str:
        return f"E{self.episode.number} {self.cut.name}"


@dataclass
class EditorialPlan:
    project: Project
    options: EditorialOptions
    cuts: list[CutJob]
    stills: list[StillJob]  # each panel once, whatever the cuts and formats
    shot_numbers: dict[str, int]  # panel id -> shot number within its episode

    def still_of(self, panel_id: str) -> StillJob:
        if not hasattr(self, "_by_panel"):
            self._by_panel = {s.panel.id: s for s in self.stills}
        return self._by_panel[panel_id]


def plan_editorial(project: Project, options: EditorialOptions,
                   spec: str | None = None) -> EditorialPlan:
    eps = chosen_episodes(project, options.episodes, spec)
    speakers = series_speakers(project)
    cuts: list[CutJob] = []
    stills: dict[str, StillJob] = {}
    numbers: dict[str, int] = {}
    for ep in eps:
        # Shot numbers in board order, the same in every cut (retime reads them back).
        for pid, n in shot_numbers(ep).items():
            numbers.setdefault(pid, n)
        chosen = all_cuts(ep) if options.cuts == "all" else [cut_for_choices(ep)] if ep.beats else []
        for cut in chosen:
            timeline = build_timeline([cut], speakers=speakers)
            if not timeline.clips:
                continue
            cuts.append(CutJob(ep, cut, timeline, timeline_stem(ep.number, cut.name)))
            for clip in timeline.clips:
                if clip.panel is not None and clip.panel.id not in stills:
                    stills[clip.panel.id] = StillJob(
                        clip.beat, clip.panel, still_file_name(project.series.id, clip.panel.id))
    return EditorialPlan(project, options, cuts, list(stills.values()), numbers)


def clip_name(ep_number: int, shot: int, beat: Beat | None, panel: Panel) -> str:
    """``E03-012 CU Ava``: episode, shot number in the episode, shot size, characters."""
    size = effective_shot(beat, panel).size.strip()
    names = [c.split()[0] for c in (beat.characters if beat else []) if c.strip()]
    people = " ".join(names[:3]) + (f" +{len(names) - 3}" if len(names) > 3 else "")
    parts = [f"E{ep_number:02d}-{shot:03d}", size, people]
    # An apostrophe breaks the FCPXML writer's own look-ups by name; a typographic one reads
    # the same to an editor.
    return " ".join(p for p in parts if p).replace("'", "\u2019")


def camera_note(beat: Beat | None, panel: Panel, lang: str = "en") -> str:
    """The camera as words an editor reads: size, angle, move, and a framing set by hand."""
    shot = effective_shot(beat, panel)
    cam = camera_for(beat, panel)
    words = [w for w in (shot.size, shot.angle, shot.move) if w.strip()]
    if cam.framing is not None and cam.source == HAND:
        a, b = cam.framing.start, cam.framing.end
        words.append(f"framing {a.x:.2f},{a.y:.2f} {a.w:.2f}x{a.h:.2f} -> "
                     f"{b.x:.2f},{b.y:.2f} {b.w:.2f}x{b.h:.2f}")
    if lang.startswith("zh"):
        return "镜头：" + ("，".join(words) if words else "固定")
    return "Camera: " + (", ".join(words) if words else "static")


def still_path(stills_dir: Path, job: StillJob) -> Path:
    return stills_dir / job.name

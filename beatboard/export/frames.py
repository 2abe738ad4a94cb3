"""Which frames ``export frames`` writes, in which order, under which names (Qt-free).

Story order: episodes by number; in each, the main line's beats in playing order, then
the beats off the main line (A/B variants and choices) in the episode's list order; in
each beat, its panels in order. File names sort in that order::

    e001_0001_e01-b01_p1.png        episode 1, frame 1: beat e01-b01, panel 1
    e001_0014_variant_e01-b05b_p1.png   off the main line, after every main-line frame
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from ..core.graph import branch_beats, episode_graph, main_line
from ..core.model import Beat, Episode, Panel, Project
from ..interchange.timing import lane_kinds


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
                n += 1
                lane_part = f"_{lane}" if lane else ""
                name = f"e{ep.number:0{width}d}_{n:04d}{lane_part}_{_safe(beat.id)}_p{k}.png"
                jobs.append(FrameJob(ep, beat, panel, name))
    return jobs

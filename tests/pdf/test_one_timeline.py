"""The board prints the times the animatic plays: one timeline for every output."""
from __future__ import annotations

import re

from beatboard.core.cuts import all_cuts
from beatboard.core.model import Panel
from beatboard.core.timeline import build_timeline

from .helpers import export, make_project, page_texts

SHOT_HEAD = re.compile(r"#(\d+) (\d\d):(\d\d\.\d)")


def _printed_starts(pdf) -> dict[int, float]:
    text = " ".join(" ".join(page_texts(pdf)).split())
    return {int(n): int(m) * 60 + float(s) for n, m, s in SHOT_HEAD.findall(text)}


def _timed_project():
    project = make_project(episodes=1, beats=4, variants=1)
    ep = project.episodes[0]
    main2 = ep.beat("e1b2")
    main2.duration_s = 7.0
    main2.panels = [Panel(id="p1", duration_s=1.2), Panel(id="p2", duration_s=4.3),
                    Panel(id="p3")]
    variant = ep.beat("e1v1")
    variant.duration_s = 5.5
    variant.panels = [Panel(id="q1", duration_s=0.7), Panel(id="q2", duration_s=2.6),
                      Panel(id="q3", duration_s=1.1)]
    return project


def test_printed_timecodes_are_the_animatic_timelines_panel_starts(tmp_path):
    project = _timed_project()
    ep = project.episodes[0]
    pdf = export(tmp_path, project, sections=("boards",), variants="all")
    printed = _printed_starts(pdf)

    main_cut, variant_cut = all_cuts(ep)[:2]
    assert variant_cut.detours == ("e1v1",)
    main_clips = [c for c in build_timeline([main_cut]).clips if c.panel is not None]
    variant_clips = [c for c in build_timeline([variant_cut]).clips
                     if c.beat is not None and c.beat.id == "e1v1"]
    expected = [c.start for c in main_clips] + [c.start for c in variant_clips]
    assert len(expected) == 4 + 2 + 3  # the panels of four main beats and the variant
    assert [printed.get(n) for n in range(1, len(expected) + 1)] == \
        [round(t, 1) for t in expected]
    # The variant plays where the beat it replaces would: after the first main beat.
    assert variant_clips[0].start == main_clips[1].start == 8.0
    assert [round(c.start, 1) for c in variant_clips] == [8.0, 8.7, 11.3]

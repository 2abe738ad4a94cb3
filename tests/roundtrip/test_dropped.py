"""A panel dropped in the edit stays on the board but is out of the cut: no time, no
caption line, no frame exported, no finding, until restored (one undo step)."""
from __future__ import annotations

from beatboard.core import fileio
from beatboard.core.model import Dropped
from beatboard.core.panel_timing import panel_captions, panel_times
from beatboard.core.timeline import EpisodeTimes, build_timeline
from beatboard.core.cuts import main_cut
from beatboard.edit.dropped import drop_panel, restore_panel
from beatboard.export.frames import frame_jobs
from beatboard.rules import AssetChecker, resolve_profile

from .conftest import SAMPLE

MARK = Dropped(source="E001_main.xml", at="2026-12-07T16:00:00Z")


def _beat(project, n_panels=3):
    ep = project.ordered_episodes()[0]
    beat = next(b for b in ep.beats if len(b.panels) == n_panels)
    return ep, beat


def test_a_dropped_panel_gets_no_time_and_the_others_share_the_beat(project):
    ep, beat = _beat(project)
    before_end = EpisodeTimes(ep).main.duration
    beat.panels[1].dropped = MARK
    times = panel_times(beat)
    assert times[1][1] == 0.0
    assert times[0][1] == times[2][1] == beat.seconds / 2
    assert times[2][0] == times[0][1]
    tl = EpisodeTimes(ep).main
    assert beat.panels[1].id not in {c.panel.id for c in tl.clips if c.panel}
    assert tl.duration == before_end  # the beat keeps its length: nothing after it moves


def test_a_beat_with_every_panel_dropped_plays_them_as_before(project):
    ep, beat = _beat(project, 2)
    before = panel_times(beat)
    for p in beat.panels:
        p.dropped = MARK
    assert panel_times(beat) == before


def test_a_dropped_panel_takes_no_line_of_the_dialogue(project):
    ep, beat = _beat(project)
    beat.dialogue = "A: one.\nB: two.\nC: three."
    for p in beat.panels:
        p.caption = None
    beat.panels[1].dropped = MARK
    caps = panel_captions(beat)
    assert caps[1] == ""
    assert "one" in caps[0] and "three" in caps[2]


def test_a_dropped_panel_is_not_exported_and_breaks_no_rule(project, tmp_path):
    ep, beat = _beat(project)
    victim = beat.panels[1]
    victim.image = "panels/missing.png"
    profile = resolve_profile(project)
    findings = lambda: [f for f in AssetChecker().check(project, SAMPLE.parent, profile)  # noqa: E731
                        if victim.id in f.message]
    assert findings()
    assert victim.id in {j.panel.id for j in frame_jobs(project)}
    edit = drop_panel(ep.id, beat.id, victim.id, MARK)
    edit.apply(project)
    assert not findings()
    assert victim.id not in {j.panel.id for j in frame_jobs(project)}
    clips = build_timeline([main_cut(ep)]).clips
    assert victim.id not in {c.panel.id for c in clips if c.panel}
    # restore: back in the cut, its finding back
    restore = restore_panel(ep.id, beat.id, victim.id)
    restore.apply(project)
    assert findings()
    assert victim.id in {c.panel.id for c in build_timeline([main_cut(ep)]).clips if c.panel}
    restore.revert(project)
    assert beat.panels[1].dropped == MARK


def test_drop_then_undo_restores_the_file_byte_for_byte(project):
    ep, beat = _beat(project)
    text = fileio.dumps(project)
    edit = drop_panel(ep.id, beat.id, beat.panels[0].id, MARK)
    edit.apply(project)
    assert fileio.dumps(project) != text
    edit.revert(project)
    assert fileio.dumps(project) == text


def test_the_editorial_export_leaves_a_dropped_panel_out(project):
    from beatboard.export.editorial import EditorialOptions
    from beatboard.export.editorial.plan import plan_editorial
    ep, beat = _beat(project)
    victim = beat.panels[1]
    victim.dropped = MARK
    plan = plan_editorial(project, EditorialOptions(episodes=(ep.number,), video=False))
    assert victim.id not in {s.panel.id for s in plan.stills}
    assert all(c.panel is None or c.panel.id != victim.id
               for job in plan.cuts for c in job.timeline.clips)
    victim.dropped = None
    plan = plan_editorial(project, EditorialOptions(episodes=(ep.number,), video=False))
    assert victim.id in {s.panel.id for s in plan.stills}

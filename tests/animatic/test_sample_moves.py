"""The sample's animatic moves where its shots say push-in, with no framing set by hand."""
from __future__ import annotations

from pathlib import Path

import pytest

from beatboard.core.camera import camera_for, effective_shot
from beatboard.core.cuts import cut_for_choices
from beatboard.core.fileio import load
from beatboard.core.timeline import build_timeline, frame_at
from beatboard.render.animatic_frames import AnimaticFrames
from beatboard.render.app import ensure_gui_app

from .test_export import difference

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "iron-heiress.beatboard"


@pytest.fixture(autouse=True)
def gui_app():
    ensure_gui_app()


def test_the_samples_push_ins_zoom_in_its_animatic():
    project = load(SAMPLE)
    episode = project.episodes[0]
    timeline = build_timeline([cut_for_choices(episode)])
    pushes = [c for c in timeline.clips if c.panel is not None and c.panel.framing is None
              and "push" in effective_shot(c.beat, c.panel).move.lower()]
    assert pushes, "the sample's first episode has push-in shots"
    frames = AnimaticFrames(project, SAMPLE.parent, 180, 320, captions=False)
    for clip in pushes[:2]:
        first = frame_at(timeline, clip.start + 0.01)
        last = frame_at(timeline, clip.end - 0.01)
        assert last.view.w < first.view.w - 0.2  # the camera closes in
        assert difference(frames.frame(first), frames.frame(last)) > 5
        # ...and the last frame is the middle of the first one, enlarged
        v = last.view
        crop = frames.frame(first).copy(round(v.x * 180), round(v.y * 320),
                                        round(v.w * 180), round(v.h * 320))
        assert difference(crop.scaled(180, 320), frames.frame(last)) < \
            difference(frames.frame(first), frames.frame(last))
    still = [c for c in timeline.clips if c.panel is not None
             and not camera_for(c.beat, c.panel).moves]
    assert still and frame_at(timeline, still[0].start).view == \
        frame_at(timeline, still[0].end - 0.01).view

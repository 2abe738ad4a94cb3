"""Camera moves in the exported video: the encoder takes its own crops of the panel
pictures, and what it writes must be what the player shows."""
from __future__ import annotations

import pytest

from beatboard.core.cuts import cut_for_choices
from beatboard.core.model import Episode, FrameRect, Framing, Project, Series
from beatboard.core.timeline import build_timeline, frame_at
from beatboard.export.video import VideoWriter
from beatboard.export import animatic_video
from beatboard.render import animatic_frames
from beatboard.export.animatic import AnimaticOptions, export_animatic
from beatboard.render.animatic_frames import AnimaticFrames, picture_scale
from beatboard.render.app import ensure_gui_app

from .helpers import PUSH_IN, beat, panel
from .test_export import decode, difference, shown_at

W, H, FPS = 270, 480, 25
OPTIONS = AnimaticOptions(width=W, height=H, fps=FPS)
PULL_BACK = Framing(start=FrameRect(x=-0.25, y=-0.25, w=1.5, h=1.5), end=FrameRect())


@pytest.fixture(autouse=True)
def gui_app():
    ensure_gui_app()


def moving_project(framing: Framing) -> Project:
    beats = [beat("h", "hook", 6.0, [panel("p1", 4.0, "LIN: Look at me.", framing),
                                     panel("p2", 2.0, "ZHOU: No.")],
                  dialogue="")]
    beats[0].characters = ["Lin", "Zhou"]
    return Project(series=Series(title="Moves"),
                   episodes=[Episode(id="ep1", number=1, title="Push", beats=beats)])


def player_and_export(tmp_path, project: Project):
    out = tmp_path / "moves.mp4"
    export_animatic(project, tmp_path, out, OPTIONS)
    frames, _ = decode(out)
    timeline = build_timeline([cut_for_choices(project.episodes[0])])
    return frames, timeline, AnimaticFrames(project, tmp_path, W, H)


@pytest.mark.parametrize("framing", [PUSH_IN, PULL_BACK], ids=["push-in", "pull-back"])
def test_every_frame_of_a_move_is_what_the_player_shows(tmp_path, framing):
    frames, timeline, player = player_and_export(tmp_path, moving_project(framing))
    for i in (2, 25, 50, 75, 98):  # frames of the 4-second move, captions included
        t = i / FPS
        shown = player.frame(frame_at(timeline, t))
        assert difference(shown_at(frames, t), shown) < 4, (framing, t)
    first, last = shown_at(frames, 2 / FPS), shown_at(frames, 98 / FPS)
    assert difference(first, last) > 15  # the camera did move


def test_a_long_export_forgets_old_pictures_and_stays_right(tmp_path, monkeypatch):
    project = moving_project(PUSH_IN)
    normal, _ = decode(_export(tmp_path / "a.mp4", project))
    forgotten = []
    monkeypatch.setattr(animatic_video, "KEPT_BYTES", 1)  # keep only the latest two
    # and draw pictures again rather than cache them: only the encoder keeps them alive
    monkeypatch.setattr(animatic_frames, "PICTURE_CACHE_BYTES", 1)
    original = VideoWriter.forget
    monkeypatch.setattr(VideoWriter, "forget",
                        lambda self, key: (forgotten.append(key), original(self, key)))
    tight, _ = decode(_export(tmp_path / "b.mp4", project))
    assert forgotten  # pictures were dropped and sent again when needed
    for t in (0.1, 1.5, 3.0, 4.5, 5.9):
        assert difference(shown_at(normal, t), shown_at(tight, t)) < 2, t


def _export(out, project):
    export_animatic(project, out.parent, out, OPTIONS)
    return out


def test_pictures_are_kept_at_about_the_camera_zoom():
    assert picture_scale(FrameRect()) == 1.0
    assert picture_scale(FrameRect(w=0.9, h=0.9)) == 1.0
    assert picture_scale(FrameRect(w=0.7, h=0.7)) == 1.5
    assert picture_scale(FrameRect(w=0.5, h=0.5)) == 2.0
    assert picture_scale(FrameRect(w=0.2, h=0.2)) == 2.0  # beyond 2x the picture is scaled up
    assert picture_scale(FrameRect(w=1.5, h=1.5)) == 1.0

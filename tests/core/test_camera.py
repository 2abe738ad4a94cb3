"""A panel's camera: an explicit framing, else the move the board prints, played over the
panel's own duration; moves a still cannot fake hold."""
from __future__ import annotations

import pytest

from beatboard.core.camera import HAND, SHOT, STILL, UNANIMATED, camera_for
from beatboard.core.model import Beat, FrameRect, Framing, Panel, Shot


def make(beat_move: str = "", panel_move: str = "", framing: Framing | None = None):
    p = Panel(id="p1", shot=Shot(move=panel_move), framing=framing)
    b = Beat(id="b1", title="B", duration_s=4, shot=Shot(move=beat_move), panels=[p])
    return b, p


def centre(v: FrameRect) -> tuple[float, float]:
    return v.x + v.w / 2, v.y + v.h / 2


def test_push_in_from_the_beat_zooms_in_over_the_panel():
    cam = camera_for(*make("push-in"))
    assert cam.source == SHOT and cam.moves
    a, b = cam.view(0.0), cam.view(1.0)
    assert a == FrameRect() and b.w < 0.8 and b.h < 0.8
    assert centre(b) == pytest.approx((0.5, 0.5))


def test_the_panels_own_move_wins_over_the_beats():
    cam = camera_for(*make("push-in", "pull-out"))
    assert cam.kind == "pull-out"
    assert cam.view(0.0).w < 1 and cam.view(1.0) == FrameRect()


def test_a_word_containing_a_move_plays_it_and_slow_travels_less():
    normal = camera_for(*make("push-in")).view(1.0)
    slow = camera_for(*make("Slow push-in")).view(1.0)
    assert camera_for(*make("slow push-in")).kind == "push-in"
    assert normal.w < slow.w < 1.0
    assert camera_for(*make("zoom")).kind == "push-in"
    assert camera_for(*make("zoom out")).kind == "pull-out"
    assert camera_for(*make("缓慢推镜头")).kind == "push-in"


@pytest.mark.parametrize("words, axis, sign", [
    ("pan", 0, +1), ("pan left", 0, -1), ("track", 0, +1), ("track left", 0, -1),
    ("tilt", 1, -1), ("tilt down", 1, +1), ("crane", 1, -1), ("crane down", 1, +1),
    ("竖摇", 1, -1), ("横摇", 0, +1)])
def test_pans_run_left_to_right_and_tilts_bottom_to_top_unless_the_words_say(words, axis, sign):
    cam = camera_for(*make(words))
    a, b = centre(cam.view(0.0)), centre(cam.view(1.0))
    assert (b[axis] - a[axis]) * sign > 0.05, (words, a, b)
    for v in (cam.view(0.0), cam.view(1.0)):  # never beyond the picture
        assert v.x >= 0 and v.y >= 0 and v.x + v.w <= 1 + 1e-9 and v.y + v.h <= 1 + 1e-9


def test_handheld_is_a_small_shake_inside_the_picture():
    cam = camera_for(*make("handheld"))
    assert cam.moves
    views = [cam.view(k / 40, k / 10) for k in range(41)]
    xs = {round(v.x, 4) for v in views}
    assert len(xs) > 10  # it wobbles
    for v in views:
        assert 0 <= v.x and v.x + v.w <= 1 + 1e-9 and 0 <= v.y and v.y + v.h <= 1 + 1e-9
        assert v.w > 0.9  # small: the shot stays the shot


@pytest.mark.parametrize("words", ["whip pan", "orbit", "dramatic swoosh", "甩镜头"])
def test_moves_a_still_cannot_fake_hold_and_say_so(words):
    cam = camera_for(*make(words))
    assert cam.source == UNANIMATED and not cam.moves
    assert cam.view(0.5) == FrameRect()


def test_static_or_empty_is_still():
    for words in ("", "static", "固定镜头"):
        cam = camera_for(*make(words))
        assert cam.source == STILL and not cam.moves


def test_a_framing_set_by_hand_overrides_the_printed_move():
    hand = Framing(start=FrameRect(x=0.25, w=0.75, h=0.75), end=FrameRect(w=0.75, h=0.75))
    cam = camera_for(*make("push-in", framing=hand))
    assert cam.source == HAND
    assert cam.view(0.0) == hand.start and cam.view(1.0) == hand.end

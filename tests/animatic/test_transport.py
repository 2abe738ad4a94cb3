"""The player's transport with a fake clock: no test waits in real time."""
from __future__ import annotations

import pytest

from beatboard.core.cuts import cut_for_choices
from beatboard.core.playback import Transport
from beatboard.core.timeline import build_timeline

from .helpers import FakeClock, two_variant_episode


@pytest.fixture
def player():
    clock = FakeClock()
    return Transport(build_timeline([cut_for_choices(two_variant_episode())]), clock), clock


def test_play_pause_and_the_end(player):
    t, clock = player
    t.play()
    clock.advance(2.0)
    assert t.position == pytest.approx(2.0) and t.playing
    t.pause()
    clock.advance(5.0)
    assert t.position == pytest.approx(2.0) and not t.playing
    t.play()
    clock.advance(100)
    assert t.position == pytest.approx(60.5) and not t.playing  # stops at the end
    t.play()  # play at the end starts over
    clock.advance(1)
    assert t.position == pytest.approx(1.0)


def test_loop_wraps(player):
    t, clock = player
    t.loop = True
    t.seek(60.0)
    t.play()
    clock.advance(1.5)
    assert t.playing and t.position == pytest.approx(1.0)


def test_speed_and_shuttle(player):
    t, clock = player
    t.set_speed(2.0)
    t.play()
    clock.advance(3)
    assert t.position == pytest.approx(6.0)
    t.shuttle("K")
    assert not t.playing
    t.shuttle("J")  # reverse at normal speed
    clock.advance(1)
    assert t.position == pytest.approx(5.0) and t.speed == -1.0
    t.shuttle("J")
    assert t.speed == -1.5
    t.shuttle("L")
    assert t.speed == 1.0
    t.shuttle("L")
    assert t.speed == 1.5
    with pytest.raises(ValueError):
        t.set_speed(3)
    t.shuttle("J")
    clock.advance(100)
    assert t.position == 0.0 and not t.playing  # stops at the start going backwards


def test_step_by_panel_and_home_end(player):
    t, _ = player
    t.step(+1)
    assert t.position == pytest.approx(1.0)  # h2
    t.step(+1)
    assert t.position == pytest.approx(2.5)  # a1
    t.seek(3.0)
    t.step(-1)
    assert t.position == pytest.approx(2.5)  # back to the start of the panel first
    t.step(-1)
    assert t.position == pytest.approx(1.0)
    t.end()
    assert t.position == pytest.approx(60.5)
    t.home()
    assert t.position == 0.0


def test_retime_keeps_position_and_playing(player):
    t, clock = player
    ep = two_variant_episode()
    t.play()
    clock.advance(10)
    ep.beats[1].duration_s = 5  # a shorter setup beat
    t.set_timeline(build_timeline([cut_for_choices(ep)]))
    assert t.playing and t.position == pytest.approx(10.0)
    assert t.duration == pytest.approx(45.5)

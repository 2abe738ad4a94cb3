"""The animatic player's transport, without Qt: play, pause, seek, step, shuttle, loop.

Position is a pure function of a clock: when playing, ``position`` is where playback
started plus the time since, times the speed. The clock is injected, so tests drive a
fake one and never wait; the GUI uses a monotonic clock, or the sound card's clock when
a sound track plays, so pictures follow the sound and never drift from it.
"""
from __future__ import annotations

import time
from typing import Callable, Protocol

from .timeline import Timeline

SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
SHUTTLE = (-2.0, -1.5, -1.0, 1.0, 1.5, 2.0)


class Clock(Protocol):
    def __call__(self) -> float: ...


class Transport:
    def __init__(self, timeline: Timeline, clock: Callable[[], float] = time.monotonic):
        self.timeline = timeline
        self.clock = clock
        self.loop = False
        self._speed = 1.0
        self._playing = False
        self._anchor_pos = 0.0
        self._anchor_clock = 0.0

    # --- state -------------------------------------------------------------------

    @property
    def duration(self) -> float:
        return self.timeline.duration

    @property
    def playing(self) -> bool:
        self._settle()
        return self._playing

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def position(self) -> float:
        self._settle()
        return self._raw_position()

    def _raw_position(self) -> float:
        if not self._playing:
            return self._anchor_pos
        return self._anchor_pos + (self.clock() - self._anchor_clock) * self._speed

    def _settle(self) -> None:
        """Apply the ends: stop at the end (or start, in reverse), or wrap when looping."""
        if not self._playing:
            return
        pos, dur = self._raw_position(), self.duration
        if 0.0 <= pos < dur:
            return
        if self.loop and dur > 0:
            self._anchor_pos = pos % dur
            self._anchor_clock = self.clock()
        else:
            self._playing = False
            self._anchor_pos = min(max(pos, 0.0), dur)

    # --- commands ----------------------------------------------------------------

    def set_timeline(self, timeline: Timeline) -> None:
        """A retime or another cut: keep the position (clamped), keep playing."""
        pos = self.position
        self.timeline = timeline
        self._anchor(min(pos, timeline.duration))

    def play(self) -> None:
        if self._playing:
            return
        if self._speed > 0 and self._anchor_pos >= self.duration:
            self._anchor_pos = 0.0
        self._playing = True
        self._anchor_clock = self.clock()

    def pause(self) -> None:
        if self._playing:
            self._anchor(self.position)
            self._playing = False

    def toggle(self) -> None:
        if self.playing:
            self.pause()
        else:
            if self._speed < 0:
                self._speed = 1.0
            self.play()

    def seek(self, t: float) -> None:
        self._anchor(min(max(0.0, t), self.duration))

    def set_speed(self, speed: float) -> None:
        if not 0.5 <= abs(speed) <= 2.0:
            raise ValueError(f"speed must be between 0.5 and 2, not {speed}")
        self._anchor(self.position)
        self._speed = speed

    def shuttle(self, key: str) -> None:
        """J/K/L: K stops; L plays forward, faster with each press; J the same backwards."""
        if key == "K":
            self.pause()
            return
        forward = key == "L"
        cur = self._speed if self.playing else 0.0
        if forward:
            faster = [s for s in SHUTTLE if s > 0 and s > cur] if cur > 0 else [1.0]
        else:
            faster = [s for s in reversed(SHUTTLE) if s < 0 and s < cur] if cur < 0 else [-1.0]
        self.set_speed(faster[0] if faster else self._speed)
        if not self._playing:
            self._playing = True
            self._anchor_clock = self.clock()

    def step(self, panels: int) -> None:
        """Jump to the start of the next (+1) or previous (-1) panel; pauses."""
        self.pause()
        clips = self.timeline.clips
        if not clips:
            return
        i = self.timeline.index_at(self.position)
        cur = clips[i]
        if panels < 0 and self.position - cur.start > 1e-6:
            panels += 1  # back from inside a panel: to its own start first
        target = max(0, min(len(clips) - 1, i + panels))
        self.seek(clips[target].start)

    def home(self) -> None:
        self.seek(0.0)

    def end(self) -> None:
        self.pause()
        self.seek(self.duration)

    def _anchor(self, pos: float) -> None:
        self._anchor_pos = pos
        self._anchor_clock = self.clock()

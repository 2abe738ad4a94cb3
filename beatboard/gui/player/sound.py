"""Temp sound for the player: decoded by export.placed_sound, played with miniaudio.

While sound plays, the player's clock *is* the sound card's: the position is the number
of samples the device has taken, so pictures follow the sound and cannot drift from it
however long the episode. Without a sound device (a server, CI) the player stays silent
and says why; the pictures play on the system clock.
"""
from __future__ import annotations

import atexit
import time
from dataclasses import dataclass
from pathlib import Path

from ...export.placed_sound import MAX_SECONDS, RATE, PlacedSound, SoundDecodeError, decode

CHANNELS = 2
BYTES_PER_FRAME = 2 * CHANNELS  # signed 16-bit, interleaved
__all__ = ["MAX_SECONDS", "RATE", "SoundClock", "SoundError", "SoundOutput", "SoundTrack"]


class SoundError(Exception):
    pass


@dataclass
class SoundTrack:
    """PCM of a sound file placed on the timeline: ``offset_s`` > 0 starts it later.
    Decoding and placing are ``export.placed_sound``'s, which the video export uses too."""

    pcm: bytes
    offset_s: float = 0.0

    def __post_init__(self) -> None:
        self._placed = PlacedSound([self.pcm], self.offset_s, BYTES_PER_FRAME)

    @classmethod
    def load(cls, path: str | Path, offset_s: float = 0.0) -> "SoundTrack":
        try:
            placed = decode(path, "s16", offset_s)
        except SoundDecodeError as e:
            raise SoundError(str(e)) from None
        return cls(placed.planes[0], offset_s)

    @property
    def seconds(self) -> float:
        return self._placed.seconds

    def pcm_at(self, t: float, frames: int) -> bytes:
        """``frames`` stereo frames for timeline time ``t`` (silence outside the sound)."""
        return self._placed.samples_at(t, frames)[0]


class SoundClock:
    """A clock for ``Transport``: the system clock, or the sound card's while sound plays."""

    def __init__(self) -> None:
        self.device = None
        self._frames = 0
        self._start = 0.0

    def __call__(self) -> float:
        if self.device is not None:
            return self._start + self._frames / RATE
        return time.monotonic()

    def started(self, device) -> None:
        self._start = time.monotonic()
        self._frames = 0
        self.device = device

    def consumed(self, frames: int) -> None:
        self._frames += frames

    def stopped(self) -> None:
        self.device = None


class SoundOutput:
    """Plays a ``SoundTrack`` from a timeline position; ``error`` says why it cannot."""

    def __init__(self, clock: SoundClock, backends=None):
        self.clock = clock
        self.backends = backends
        self.error = ""
        self._device = None
        # The device calls back into Python from its own thread: close it before exit.
        atexit.register(self.stop)

    def play(self, track: SoundTrack, start_t: float) -> bool:
        self.stop()
        try:
            import miniaudio
            device = miniaudio.PlaybackDevice(
                output_format=miniaudio.SampleFormat.SIGNED16, nchannels=CHANNELS,
                sample_rate=RATE, backends=self.backends)
        except Exception as e:  # noqa: BLE001 - no device, no library: play silent
            self.error = f"no sound output ({e})"
            return False
        stream = self._stream(track, start_t)
        next(stream)
        self.clock.started(device)
        device.start(stream)
        self._device = device
        self.error = ""
        return True

    def _stream(self, track: SoundTrack, start_t: float):
        t = start_t
        frames = yield b""
        while True:
            data = track.pcm_at(t, frames)
            self.clock.consumed(frames)
            t += frames / RATE
            frames = yield data

    def stop(self) -> None:
        if self._device is not None:
            try:
                self._device.close()
            finally:
                self._device = None
                self.clock.stopped()

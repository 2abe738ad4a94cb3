"""Temp sound for the player: decoded once with PyAV, played with miniaudio.

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

RATE = 48_000
CHANNELS = 2
BYTES_PER_FRAME = 2 * CHANNELS  # signed 16-bit, interleaved
MAX_SECONDS = 20 * 60


class SoundError(Exception):
    pass


@dataclass
class SoundTrack:
    """PCM of a sound file placed on the timeline: ``offset_s`` > 0 starts it later."""

    pcm: bytes
    offset_s: float = 0.0

    @classmethod
    def load(cls, path: str | Path, offset_s: float = 0.0) -> "SoundTrack":
        import av  # here: a tenth of a second of the editor's start, for episodes with sound

        try:
            with av.open(str(path)) as src:
                if not src.streams.audio:
                    raise SoundError(f"{path}: has no audio stream")
                resampler = av.AudioResampler(format="s16", layout="stereo", rate=RATE)
                chunks: list[bytes] = []
                size = 0
                for frame in src.decode(src.streams.audio[0]):
                    for out in resampler.resample(frame):
                        data = bytes(out.planes[0])[: out.samples * BYTES_PER_FRAME]
                        chunks.append(data)
                        size += len(data)
                    if size > MAX_SECONDS * RATE * BYTES_PER_FRAME:
                        break  # a temp track longer than 20 minutes is cut, not loaded whole
        except SoundError:
            raise
        except (av.FFmpegError, OSError, ValueError) as e:
            raise SoundError(f"{path}: not a readable audio file ({e})") from None
        return cls(b"".join(chunks), offset_s)

    @property
    def seconds(self) -> float:
        return len(self.pcm) / BYTES_PER_FRAME / RATE

    def pcm_at(self, t: float, frames: int) -> bytes:
        """``frames`` stereo frames for timeline time ``t`` (silence outside the sound)."""
        first = int(round((t - self.offset_s) * RATE))
        out = bytearray(frames * BYTES_PER_FRAME)
        lo, hi = max(first, 0), min(first + frames, len(self.pcm) // BYTES_PER_FRAME)
        if hi > lo:
            out[(lo - first) * BYTES_PER_FRAME:(hi - first) * BYTES_PER_FRAME] = \
                self.pcm[lo * BYTES_PER_FRAME:hi * BYTES_PER_FRAME]
        return bytes(out)


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

"""The temp sound on the episode's timeline: decoded with PyAV and shifted by its offset,
in one place, so the player hears and the video export writes the same samples.

A sound is decoded to stereo at ``RATE`` in the sample format its user needs (the
player's signed 16-bit interleaved, the AAC encoder's float planar). ``samples_at``
answers for timeline time ``t``: an ``offset_s`` > 0 starts the sound later (silence
before it), < 0 trims its start; silence after its end. Qt-free.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..core.errors import BeatBoardError

RATE = 48_000
MAX_SECONDS = 20 * 60  # a temp track longer than this is cut, not loaded whole
# sample format -> (planes, bytes per frame in each plane), stereo
FORMATS = {"s16": (1, 4), "fltp": (2, 4)}


class SoundDecodeError(BeatBoardError):
    """The sound could not be read; the message names the file and why."""


def _reason(e: Exception) -> str:
    return getattr(e, "strerror", None) or str(e) or type(e).__name__


@dataclass
class PlacedSound:
    """A decoded sound (``planes``, unshifted) and where it starts on the timeline."""

    planes: list[bytes]
    offset_s: float = 0.0
    frame_bytes: int = 4  # bytes of one stereo frame in each plane

    @property
    def frames(self) -> int:
        return len(self.planes[0]) // self.frame_bytes if self.planes else 0

    @property
    def seconds(self) -> float:
        return self.frames / RATE

    def first_frame(self, t: float) -> int:
        """The sound's frame heard at timeline time ``t`` (negative: not started yet)."""
        return int(round((t - self.offset_s) * RATE))

    def samples_at(self, t: float, frames: int) -> list[bytes]:
        """``frames`` frames of each plane for timeline time ``t``, silence outside."""
        first, fb = self.first_frame(t), self.frame_bytes
        lo, hi = max(first, 0), min(first + frames, self.frames)
        out = []
        for plane in self.planes:
            buf = bytearray(frames * fb)
            if hi > lo:
                buf[(lo - first) * fb:(hi - first) * fb] = plane[lo * fb:hi * fb]
            out.append(bytes(buf))
        return out


def decode(path: str | Path, fmt: str = "s16", offset_s: float = 0.0,
           until_s: float | None = None,
           cancelled: Callable[[], bool] = lambda: False) -> PlacedSound:
    """Decode ``path`` to stereo ``fmt`` at ``RATE``, placed at ``offset_s``. With
    ``until_s`` only what can be heard before that timeline time is decoded."""
    import av  # here: a tenth of a second of the editor's start, for episodes with sound

    n_planes, fb = FORMATS[fmt]
    limit_s = MAX_SECONDS if until_s is None else min(MAX_SECONDS, until_s - offset_s)
    limit = max(0, int(round(limit_s * RATE))) * fb
    try:
        src = av.open(str(path))
    except (av.FFmpegError, OSError, ValueError) as e:
        raise SoundDecodeError(f"{path}: not a readable audio file ({_reason(e)})") from None
    chunks: list[list[bytes]] = [[] for _ in range(n_planes)]
    size = 0
    try:
        if not src.streams.audio:
            raise SoundDecodeError(f"{path}: has no audio stream")
        resampler = av.AudioResampler(format=fmt, layout="stereo", rate=RATE)

        def take(frames) -> None:
            nonlocal size
            for out in frames:
                for i, plane in enumerate(out.planes[:n_planes]):
                    chunks[i].append(bytes(plane)[: out.samples * fb])
                size += out.samples * fb

        for frame in src.decode(src.streams.audio[0]):
            if size >= limit or cancelled():
                break
            take(resampler.resample(frame))
        else:
            take(resampler.resample(None))
    except SoundDecodeError:
        raise
    except (av.FFmpegError, OSError, ValueError) as e:
        raise SoundDecodeError(f"{path}: could not use the sound ({_reason(e)})") from None
    finally:
        src.close()
    return PlacedSound([b"".join(c)[:limit] for c in chunks], offset_s, fb)

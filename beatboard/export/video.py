"""H.264 MP4 writing with PyAV (FFmpeg): frames in, a finished file out, or nothing.

Frames arrive as 32-bit BGRA bytes (what a QImage in Format_RGB32 holds on every
machine BeatBoard runs on). A held picture is converted to YUV once and handed to the
encoder again with the next timestamps, so a 4-second hold costs one colour conversion
and x264's near-free skip blocks, not 120 full frames. The file is written under a
temporary name beside the target and renamed when complete: a cancelled, failed or
killed export never leaves a partial file under the final name. The temporary file is
held under ``flock`` while it is written, so the next export to the folder can tell a
killed export's leftover (removed) from one still running (left alone).
"""
from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Callable

import av
from av.video.reformatter import VideoReformatter

from ..core.atomic import clean_stale_files, file_mode_for
from ..core.errors import BeatBoardError
from .placed_sound import RATE as AUDIO_RATE, SoundDecodeError, decode
from .video_views import Views

MAX_HOLD_S = 2.0
# What mkstemp names our temporary videos: ".<stem>.<8 random chars>.partial.mp4".
PARTIAL_NAME = re.compile(r"\..+\.[a-z0-9_]{8}\.partial\.mp4")
STALE_PARTIAL_S = 60  # an unlocked partial file this old belongs to no running export

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; the age test alone decides
    fcntl = None


class VideoError(BeatBoardError):
    """The video or its sound could not be written or read; the message names which."""


@dataclass(frozen=True)
class AudioInput:
    path: Path
    offset_s: float = 0.0  # > 0: the sound starts later than the pictures; < 0: it is trimmed


def _reason(e: Exception) -> str:
    return getattr(e, "strerror", None) or str(e) or type(e).__name__


class VideoWriter:
    """Write frames at a constant rate; call ``close()`` to finish or ``abort()`` to drop."""

    def __init__(self, path: str | Path, width: int, height: int, fps: int,
                 with_audio: bool = False, preset: str = "ultrafast", crf: int = 21,
                 cfr: bool = False):
        self.path = Path(path)
        self.cfr = cfr  # every frame encoded at its own time (editing applications want it)
        self.width, self.height, self.fps = width, height, fps
        self.frames = 0
        folder = self.path.parent
        if not folder.is_dir():
            raise VideoError(f"{folder}: the output folder does not exist")
        clean_stale_files(folder, PARTIAL_NAME, STALE_PARTIAL_S)
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.stem}.", suffix=".partial.mp4",
                                       dir=folder)
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX)  # held until the file is finished or dropped
        except OSError as e:
            raise VideoError(f"{folder}: cannot write here ({_reason(e)})") from None
        self._tmp, self._lock_fd = Path(tmp), fd
        try:
            self._out = av.open(str(self._tmp), "w", format="mp4",
                                options={"movflags": "+faststart"})
            self._video = self._out.add_stream("libx264", rate=fps)
            self._video.width, self._video.height = width, height
            self._video.pix_fmt = "yuv420p"
            self._video.time_base = Fraction(1, fps)
            self._video.options = {"preset": preset, "crf": str(crf)}
            self._video.thread_type = "AUTO"
            # Streams must all exist before the first packet is written.
            self._audio = None
            if with_audio:
                self._audio = self._out.add_stream("aac", rate=AUDIO_RATE)
                self._audio.layout = "stereo"
        except (av.FFmpegError, OSError, ValueError) as e:
            self._drop()
            raise VideoError(f"{self.path}: cannot start the video ({_reason(e)})") from None
        self._held = None
        self._to_yuv = VideoReformatter()  # one conversion context for the whole video
        self._views = Views(width, height)
        self._tail = False  # the last hold still needs its closing frame

    # --- pictures ----------------------------------------------------------------

    def write(self, bgra: bytes | memoryview, line_bytes: int, repeat: int = 1) -> None:
        """Append one picture shown for ``repeat`` frames."""
        frame = av.VideoFrame(self.width, self.height, "bgra")
        plane = frame.planes[0]
        if plane.line_size == line_bytes:
            plane.update(bgra)  # any buffer, copied once
        else:  # the encoder's rows are padded differently: copy row by row
            row = self.width * 4
            src = memoryview(bgra)
            buf = bytearray(plane.buffer_size)
            for y in range(self.height):
                buf[y * plane.line_size:y * plane.line_size + row] = \
                    src[y * line_bytes:y * line_bytes + row]
            plane.update(bytes(buf))
        self._held = self._to_yuv.reformat(frame, format="yuv420p",
                                           interpolation="FAST_BILINEAR")
        self.repeat(repeat)

    # --- views of kept pictures (camera moves, held panels, captions) ---------------

    def keep_picture(self, key: str, bgra, line_bytes: int, width: int, height: int) -> None:
        """Keep a picture for ``write_view``: a view of ``bgra``, which must stay unchanged
        until ``forget(key)``."""
        self._views.keep_picture(key, bgra, line_bytes, width, height)

    def keep_overlay(self, key: str, bgra, line_bytes: int, height: int, top: int) -> None:
        """Keep a frame-wide layer with straight alpha (a caption) that starts at ``top``."""
        self._views.keep_overlay(key, bgra, line_bytes, height, top)

    def forget(self, key: str) -> None:
        self._views.forget(key)

    def write_view(self, picture: str, crop: tuple[int, int, int, int],
                   overlay: str | None = None, repeat: int = 1) -> None:
        """Append the part ``crop`` of a kept picture, scaled to the frame, for ``repeat``
        frames, with a kept overlay on top."""
        try:
            self._held = self._views.frame(picture, crop, overlay)
        except (av.FFmpegError, ValueError, KeyError) as e:
            self.abort()
            raise VideoError(f"{self.path}: could not draw a frame ({_reason(e)})") from None
        self.repeat(repeat)

    def repeat(self, count: int) -> None:
        """Show the last picture for ``count`` more frames.

        A hold is written as variable frame durations: the picture is encoded once, then
        again every ``MAX_HOLD_S`` (so players seek and scrub well), and the timestamps
        carry the rest. A 4-second hold costs two encoded frames, not 120. At a constant
        frame rate (``cfr``) the picture is encoded again for every frame; x264 codes a
        repeated picture as skip blocks, so the file grows little.
        """
        if self._held is None or count <= 0:
            return
        step = 1 if self.cfr else max(1, int(MAX_HOLD_S * self.fps))
        try:
            for offset in range(0, count, step):
                self._encode(self.frames + offset)
            self.frames += count
            self._tail = count > 1 and (count - 1) % step != 0
        except (av.FFmpegError, OSError) as e:
            self.abort()
            raise VideoError(f"{self.path}: could not write the video ({_reason(e)})") from None

    def _encode(self, pts: int) -> None:
        self._held.pts = pts
        for packet in self._video.encode(self._held):
            self._out.mux(packet)

    # --- sound -------------------------------------------------------------------

    def add_audio(self, audio: AudioInput, duration_s: float,
                  cancelled: Callable[[], bool] = lambda: False) -> None:
        """Mux the sound as AAC, shifted by its offset and cut to ``duration_s``: the
        samples the player plays (``placed_sound``)."""
        try:
            if self._audio is None:
                raise VideoError(f"{self.path}: the video was started without a sound track")
            sound = decode(audio.path, "fltp", audio.offset_s, duration_s, cancelled)
            out, total, written = self._audio, int(round(duration_s * AUDIO_RATE)), 0
            while written < total:  # silence after a cancel, as before: a whole file
                n = min(1024, total - written)
                written = self._emit(out, sound.samples_at(written / AUDIO_RATE, n), n, written)
            for packet in out.encode(None):
                self._out.mux(packet)
        except SoundDecodeError as e:
            self.abort()
            raise VideoError(str(e)) from None
        except VideoError:
            self.abort()
            raise
        except (av.FFmpegError, OSError, ValueError) as e:
            self.abort()
            raise VideoError(f"{audio.path}: could not use the sound ({_reason(e)})") from None

    def _emit(self, out, planes: list[bytes], samples: int, written: int) -> int:
        frame = av.AudioFrame(format="fltp", layout="stereo", samples=samples)
        frame.sample_rate = AUDIO_RATE
        for plane, data in zip(frame.planes, planes):
            plane.update(data + bytes(plane.buffer_size - len(data)))
        frame.pts = written
        frame.time_base = Fraction(1, AUDIO_RATE)
        for packet in out.encode(frame):
            self._out.mux(packet)
        return written + samples

    # --- finishing ---------------------------------------------------------------

    def close(self) -> Path:
        """Flush, close and move the finished file under its final name."""
        try:
            if self._tail:  # end the last hold at its true time, so the length is exact
                self._encode(self.frames - 1)
            for packet in self._video.encode(None):
                self._out.mux(packet)
            self._out.close()
            os.chmod(self._tmp, file_mode_for(self.path))
            os.replace(self._tmp, self.path)
            self._unlock()
        except (av.FFmpegError, OSError) as e:
            self._drop()
            raise VideoError(f"{self.path}: could not finish the video ({_reason(e)})") from None
        return self.path

    def abort(self) -> None:
        try:
            self._out.close()
        except Exception:  # noqa: BLE001 - closing a broken container may fail; the file goes
            pass
        self._drop()

    def _drop(self) -> None:
        try:
            self._tmp.unlink()
        except OSError:
            pass
        self._unlock()

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

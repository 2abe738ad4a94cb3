"""One animatic video: every frame of a timeline handed to the encoder, cheaply.

A stretch where nothing changes (a held panel under one caption) is one picture shown
for many frames. A panel's picture is drawn once and handed to the encoder, which takes
each frame's camera view of it by itself (crop, scale and YUV conversion in one swscale
pass, the caption blended in YUV); only title cards and views that reach past the
picture's edge are drawn whole with Qt. Drawing every frame of a move with Qt instead
cost three passes over each frame and kept the interpreter lock the encoder thread needs
(measured: moves 1.5x, holds 2x the time of a bare PyAV script).
"""
from __future__ import annotations

import itertools
import math
import queue
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Callable

from PySide6.QtGui import QImage

from ..core.assets import resolve
from ..core.cuts import Cut
from ..core.errors import BeatBoardError
from ..core.model import FrameRect, Project
from ..core.timeline import CaptionEvent, FrameState, Timeline, frame_at, moves
from .video import AudioInput, VideoError, VideoWriter
from ..render.animatic_frames import AnimaticFrames, picture_scale

KEPT_BYTES = 192 * 1024 * 1024  # pictures the encoder keeps; a long export stays flat


class Cancelled(BeatBoardError):
    """The user cancelled the export; nothing was left under a final name."""


def write_video(frames: AnimaticFrames, timeline: Timeline, path: Path, fps: int,
                progress: Callable[[float], None], cancelled: Callable[[], bool],
                cfr: bool = False) -> None:
    """Write ``timeline`` to ``path``; ``frames`` (and its pictures) may serve many videos,
    such as the cuts of one episode. ``cfr``: one encoded frame per frame of the rate
    (constant frame rate, for editing applications), not one per held picture."""
    audio = audio_for(frames.project, frames.base_dir, tuple(timeline.cuts))
    sink = EncoderThread(VideoWriter(path, frames.width, frames.height, fps,
                                     with_audio=audio is not None, cfr=cfr))
    feeder = Feeder(frames, sink)
    total_frames = max(1, int(round(timeline.duration * fps)))
    try:
        for first, count, moving in segments(timeline, fps):
            if cancelled():
                raise Cancelled("export cancelled")
            if moving:
                for i in range(first, first + count):
                    feeder.put(frame_at(timeline, i / fps), 1)
            else:
                feeder.put(frame_at(timeline, (first + count / 2) / fps), count)
            progress((first + count) / total_frames)
        if audio is not None:
            sink.add_audio(audio, total_frames / fps, cancelled)
            if cancelled():
                raise Cancelled("export cancelled")
        sink.close()
    except BaseException:
        sink.abort()
        raise


def audio_for(project: Project, base_dir: Path | None, cuts: tuple[Cut, ...]) -> AudioInput | None:
    """The episode's temp sound, when the export is a single episode that has one."""
    if len(cuts) != 1 or base_dir is None:
        return None
    ep = project.episode(cuts[0].episode_id)
    track = ep.audio if ep is not None else None
    if track is None:
        return None
    try:
        path = resolve(base_dir, track.path)  # refuses paths that leave the project
    except BeatBoardError as e:
        raise VideoError(f"the episode's sound: {e}") from None
    return AudioInput(path, track.offset_s)


def segments(timeline: Timeline, fps: int) -> list[tuple[int, int, bool]]:
    """(first frame, frame count, moving) for each stretch where the picture is one thing:
    between clip and caption boundaries. Frame i shows the moment i / fps."""
    cuts = {0.0, timeline.duration}
    for c in timeline.clips:
        cuts.update((c.start, c.end))
    for ev in timeline.captions:
        cuts.update((ev.start, ev.end))
    total = int(round(timeline.duration * fps))
    bounds = sorted({min(total, max(0, math.ceil(t * fps - 1e-6))) for t in cuts})
    out = []
    for a, b in zip(bounds, bounds[1:]):
        if b > a:
            clip = timeline.clips[timeline.index_at(a / fps)]
            out.append((a, b - a, moves(clip)))
    return out


# --- frames to the encoder ------------------------------------------------------------

def inside(view: FrameRect) -> bool:
    eps = 1e-9
    return (view.x >= -eps and view.y >= -eps and view.x + view.w <= 1 + eps
            and view.y + view.h <= 1 + eps)


def pixel_crop(view: FrameRect, width: int, height: int) -> tuple[int, int, int, int]:
    """The view in whole pixels of a ``width`` x ``height`` picture (each edge rounded)."""
    x0 = min(width - 1, max(0, round(view.x * width)))
    y0 = min(height - 1, max(0, round(view.y * height)))
    x1 = min(width, max(x0 + 1, round((view.x + view.w) * width)))
    y1 = min(height, max(y0 + 1, round((view.y + view.h) * height)))
    return x0, y0, x1 - x0, y1 - y0


class Feeder:
    """Hands each frame to a sink: as a view of a kept picture where it can, drawn whole
    where it must. Remembers what the encoder keeps and tells it what to forget."""

    def __init__(self, frames: AnimaticFrames, sink):
        self.frames, self.sink = frames, sink
        self._kept: OrderedDict[str, int] = OrderedDict()  # key -> bytes, oldest first
        self._captions: dict[CaptionEvent, str] = {}
        self._numbers = itertools.count()

    def put(self, state: FrameState, count: int) -> None:
        if state.clip.is_title or not inside(state.view):
            self.sink.put(self.frames.frame(state), count)
            return
        scale = picture_scale(state.view)
        key = f"{state.clip.panel.id}@{scale}"
        if key in self._kept:
            self._kept.move_to_end(key)
        else:
            picture = self.frames.picture(state.clip, scale)
            self.sink.keep_picture(key, picture)
            self._remember(key, picture.sizeInBytes())
        width, height = self.frames.picture_size(scale)
        overlay = None
        if self.frames.captions and state.caption is not None:
            overlay = self._caption(state.caption)
        self.sink.put_view(key, pixel_crop(state.view, width, height), overlay, count)

    def _caption(self, caption: CaptionEvent) -> str:
        key = self._captions.get(caption)
        if key is None or key not in self._kept:
            key = f"caption{next(self._numbers)}"
            self._captions[caption] = key
            layer = self.frames.caption_layer(caption).convertToFormat(QImage.Format_ARGB32)
            self.sink.keep_overlay(key, layer, self.frames.caption_band().top())
            self._remember(key, layer.sizeInBytes())
        else:
            self._kept.move_to_end(key)
        return key

    def _remember(self, key: str, size: int) -> None:
        self._kept[key] = size
        while len(self._kept) > 2 and sum(self._kept.values()) > KEPT_BYTES:
            old, _ = self._kept.popitem(last=False)
            self.sink.forget(old)


# --- where frames go -------------------------------------------------------------------

class EncoderThread:
    """Requests to a ``VideoWriter`` on a second thread: FFmpeg scales, converts and
    encodes without the interpreter lock while this thread draws the next picture."""

    def __init__(self, writer: VideoWriter, depth: int = 8):
        self.writer = writer
        self.queue: queue.Queue = queue.Queue(maxsize=depth)
        self.error: BaseException | None = None
        self._owners: dict[str, QImage] = {}  # images whose memory the writer reads
        self.thread = threading.Thread(target=self._run, name="animatic-encoder", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            job = self.queue.get()
            if job is None:
                return
            if self.error is None:  # after a failure, drain so the producer never blocks
                try:
                    job()
                except BaseException as e:  # noqa: BLE001 - handed to the producer thread
                    self.error = e

    def _call(self, job: Callable[[], None]) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put(job)

    def put(self, image: QImage, count: int) -> None:
        self._call(lambda: self.writer.write(image.constBits(), image.bytesPerLine(), count))

    def keep_picture(self, key: str, picture: QImage) -> None:
        def job() -> None:
            # The writer keeps a view of the pixels, not a copy: the image must live until
            # the writer forgets it. Both happen on this thread, in the order asked.
            self._owners[key] = picture
            self.writer.keep_picture(key, picture.constBits(), picture.bytesPerLine(),
                                     picture.width(), picture.height())
        self._call(job)

    def keep_overlay(self, key: str, layer: QImage, top: int) -> None:
        self._call(lambda: self.writer.keep_overlay(
            key, layer.constBits(), layer.bytesPerLine(), layer.height(), top))

    def forget(self, key: str) -> None:
        def job() -> None:
            self.writer.forget(key)
            self._owners.pop(key, None)
        self._call(job)

    def put_view(self, picture: str, crop: tuple[int, int, int, int], overlay: str | None,
                 count: int) -> None:
        self._call(lambda: self.writer.write_view(picture, crop, overlay, count))

    def add_audio(self, audio: AudioInput, duration_s: float,
                  cancelled: Callable[[], bool]) -> None:
        self._finish()
        self.writer.add_audio(audio, duration_s, cancelled)

    def close(self) -> None:
        self._finish()
        self.writer.close()
        self._owners.clear()

    def abort(self) -> None:
        self._finish(raise_error=False)
        self.writer.abort()
        self._owners.clear()

    def _finish(self, raise_error: bool = True) -> None:
        if self.thread.is_alive():
            self.queue.put(None)
            self.thread.join()
        if raise_error and self.error is not None:
            raise self.error

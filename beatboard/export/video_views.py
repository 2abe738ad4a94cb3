"""Views of kept panel pictures, scaled and converted in one pass, with captions blended
straight into the YUV planes.

A camera move shows a different part of the same picture in every frame. Drawing each
frame with Qt and then converting it to YUV reads and writes every pixel three times and
held two thirds of an export's time. Here swscale crops (a zero-copy numpy view), scales
and converts in one pass. The crop is whole pixels of a picture kept at about the
camera's zoom, so a view lands within half a pixel of where the camera is.
"""
from __future__ import annotations

import av
import numpy as np
from av.video.reformatter import VideoReformatter


def bgra_array(data, line_bytes: int, width: int, height: int) -> np.ndarray:
    """A (height, width, 4) view of BGRA rows that may be padded to ``line_bytes``."""
    rows = np.frombuffer(data, np.uint8, count=line_bytes * height).reshape(height, line_bytes)
    return rows[:, :width * 4].reshape(height, width, 4)


def plane_array(frame: av.VideoFrame, index: int, height: int) -> np.ndarray:
    """A writable (rows, width) view of one plane of a planar 8-bit frame."""
    plane = frame.planes[index]
    rows = np.frombuffer(plane, np.uint8).reshape(-1, plane.line_size)
    return rows[:height, :plane.width]


class Overlay:
    """A layer with straight alpha (a caption), over the frame's full width from row
    ``top``, kept as YUV with 8-bit weights so blending is three integer passes."""

    def __init__(self, layer: np.ndarray, top: int, to_yuv: VideoReformatter):
        height, width = layer.shape[:2]
        if top % 2 or height % 2:
            raise ValueError("an overlay starts and ends on even rows (4:2:0 chroma)")
        ink_rows = np.flatnonzero(layer[:, :, 3].any(axis=1))
        if ink_rows.size == 0:
            self.planes: list[tuple[int, np.ndarray, np.ndarray]] = []
            return
        first, last = (ink_rows[0] // 2) * 2, (ink_rows[-1] // 2) * 2 + 2  # only rows with ink
        layer = np.ascontiguousarray(layer[first:last])
        top += first
        frame = av.VideoFrame.from_numpy_buffer(layer, format="bgra")
        # One thread: each caption's inked rows differ in height, so swscale sets up anew.
        yuv = to_yuv.reformat(frame, format="yuv420p", interpolation="BILINEAR", threads=1)
        alpha = layer[:, :, 3].astype(np.uint16)
        chroma_alpha = (alpha[0::2, 0::2] + alpha[1::2, 0::2] + alpha[0::2, 1::2]
                        + alpha[1::2, 1::2] + 2) // 4
        rows = last - first
        self.planes = []
        for index, (a, plane_top, plane_rows) in enumerate(
                ((alpha, top, rows), (chroma_alpha, top // 2, rows // 2),
                 (chroma_alpha, top // 2, rows // 2))):
            weight = a + (a >> 7)  # 0..255 -> 0..256, so full ink replaces the pixel
            ink = plane_array(yuv, index, plane_rows).astype(np.uint16) * weight
            self.planes.append((plane_top, (256 - weight).astype(np.uint16), ink + 128))

    def blend(self, frame: av.VideoFrame, height: int) -> None:
        for index, (top, keep, ink) in enumerate(self.planes):
            plane_height = height if index == 0 else height // 2
            band = plane_array(frame, index, plane_height)[top:top + keep.shape[0]]
            mixed = band * keep  # uint16: keep + weight = 256, so at most 255 * 256 + 128
            mixed += ink
            mixed >>= 8
            band[...] = mixed


class Views:
    """Kept pictures and overlays, and the frames the camera takes of them."""

    def __init__(self, width: int, height: int):
        self.width, self.height = width, height
        self._pictures: dict[str, np.ndarray] = {}
        self._overlays: dict[str, Overlay] = {}
        # One context each: their sizes differ, and swscale keeps one size per context.
        self._scale = VideoReformatter()
        self._overlay_yuv = VideoReformatter()

    def keep_picture(self, key: str, data, line_bytes: int, width: int, height: int) -> None:
        self._pictures[key] = bgra_array(data, line_bytes, width, height)  # no copy

    def keep_overlay(self, key: str, data, line_bytes: int, height: int, top: int) -> None:
        layer = bgra_array(data, line_bytes, self.width, height)
        self._overlays[key] = Overlay(layer, top, self._overlay_yuv)

    def forget(self, key: str) -> None:
        self._pictures.pop(key, None)
        self._overlays.pop(key, None)

    def frame(self, picture: str, crop: tuple[int, int, int, int],
              overlay: str | None = None) -> av.VideoFrame:
        """The picture's pixels ``crop`` (x, y, w, h) scaled to the frame, as yuv420p."""
        pixels = self._pictures[picture]
        x, y, w, h = crop
        ph, pw = pixels.shape[:2]
        if not (0 <= x and 0 <= y and w > 0 and h > 0 and x + w <= pw and y + h <= ph):
            raise ValueError(f"crop {crop} is outside the {pw}x{ph} picture")
        source = av.VideoFrame.from_numpy_buffer(pixels[y:y + h, x:x + w], format="bgra")
        # A zoom changes the crop's size every frame, and swscale then sets up again: one
        # thread sets up faster than it saves (measured 1.0 ms a frame against 1.9 ms).
        # A held picture is converted at its own size, where threads pay.
        held = (w, h) == (self.width, self.height)
        frame = self._scale.reformat(source, width=self.width, height=self.height,
                                     format="yuv420p", interpolation="BILINEAR",
                                     threads=0 if held else 1)
        if overlay is not None:
            self._overlays[overlay].blend(frame, self.height)
        return frame

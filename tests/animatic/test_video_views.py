"""The encoder's own views of kept pictures: crops scaled to the frame, captions blended in
YUV. Decoded back with PyAV; Qt-free like the module under test."""
from __future__ import annotations

import av
import numpy as np
import pytest

from beatboard.export.video import VideoError, VideoWriter

W, H = 180, 320


def picture(width: int, height: int) -> np.ndarray:
    """Left half red, right half blue, a white top quarter (BGRA)."""
    pixels = np.zeros((height, width, 4), np.uint8)
    pixels[..., 3] = 255
    pixels[:, : width // 2, 2] = 220  # red
    pixels[:, width // 2:, 0] = 220  # blue
    pixels[: height // 4] = 255
    return pixels


def decoded(path) -> list[np.ndarray]:
    with av.open(str(path)) as container:
        return [f.to_ndarray(format="rgb24") for f in container.decode(video=0)]


def colour(frame: np.ndarray, x: int, y: int) -> tuple[int, int, int]:
    return tuple(int(v) for v in frame[y, x])


def test_a_crop_fills_the_frame(tmp_path):
    out = tmp_path / "v.mp4"
    writer = VideoWriter(out, W, H, 25)
    pixels = picture(360, 640)
    writer.keep_picture("p", pixels.tobytes(), 360 * 4, 360, 640)
    writer.write_view("p", (0, 0, 360, 640), repeat=5)  # the whole picture, scaled down
    writer.write_view("p", (180, 320, 180, 320), repeat=5)  # the bottom right: all blue
    writer.close()
    frames = decoded(out)
    whole, corner = frames[0], frames[-1]
    r, g, b = colour(whole, 20, H - 20)
    assert r > 180 and b < 60  # red on the left
    r, g, b = colour(whole, W - 20, H - 20)
    assert b > 180 and r < 60  # blue on the right
    assert min(colour(whole, W // 2, 10)) > 230  # white on top
    for x, y in ((5, 5), (W - 5, 5), (5, H - 5), (W - 5, H - 5), (W // 2, H // 2)):
        r, g, b = colour(corner, x, y)
        assert b > 180 and r < 60, (x, y)


def test_an_overlay_is_blended_by_its_alpha(tmp_path):
    out = tmp_path / "v.mp4"
    writer = VideoWriter(out, W, H, 25)
    writer.keep_picture("p", picture(W, H).tobytes(), W * 4, W, H)
    layer = np.zeros((40, W, 4), np.uint8)
    layer[10:20, 20:60] = (255, 255, 255, 255)  # opaque white ink
    layer[20:30, 20:60] = (0, 0, 0, 128)  # half-transparent black box
    writer.keep_overlay("c", layer.tobytes(), W * 4, 40, 200)
    writer.write_view("p", (0, 0, W, H), "c", repeat=3)
    writer.close()
    frame = decoded(out)[0]
    assert min(colour(frame, 40, 215)) > 225  # the ink replaced the red
    r, _, _ = colour(frame, 40, 225)
    assert 80 < r < 150  # half of the red shows through the box
    r, _, b = colour(frame, 40, 235)
    assert r > 180 and b < 60  # no ink: the picture as it was
    r, _, b = colour(frame, 120, 215)
    assert b > 180 and r < 60


def test_an_overlay_must_start_on_an_even_row(tmp_path):
    writer = VideoWriter(tmp_path / "v.mp4", W, H, 25)
    layer = np.zeros((40, W, 4), np.uint8)
    with pytest.raises(ValueError):
        writer.keep_overlay("c", layer.tobytes(), W * 4, 40, 201)
    writer.abort()


def test_a_bad_view_is_a_clear_error_and_leaves_no_file(tmp_path):
    out = tmp_path / "v.mp4"
    writer = VideoWriter(out, W, H, 25)
    writer.keep_picture("p", picture(W, H).tobytes(), W * 4, W, H)
    with pytest.raises(VideoError) as err:
        writer.write_view("p", (100, 0, W, H))  # reaches past the right edge
    assert str(out) in str(err.value) and "outside" in str(err.value)
    assert list(tmp_path.iterdir()) == []

    writer = VideoWriter(out, W, H, 25)
    writer.keep_picture("p", picture(W, H).tobytes(), W * 4, W, H)
    writer.forget("p")
    with pytest.raises(VideoError):
        writer.write_view("p", (0, 0, W, H))
    assert list(tmp_path.iterdir()) == []

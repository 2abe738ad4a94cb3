"""The one way a picture enters a project refuses anything unsafe and writes nothing."""
import io
import struct
import zlib

import pytest
from PIL import Image

from beatboard.core import assets
from beatboard.core.errors import BeatBoardError
from beatboard.edit.asset_edits import stored_picture


def _image(path, size=(90, 160), fmt="PNG", colour="red"):
    Image.new("RGB", size, colour).save(path, fmt)
    return path


def _bomb_header(w, h):
    """A PNG that claims w×h pixels: decoding it would need gigabytes."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00" * 1024)) + chunk(b"IEND", b""))


def _png_bytes():
    buf = io.BytesIO()
    Image.effect_noise((300, 300), 50).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "show"
    folder.mkdir()
    path = folder / "pilot.beatboard"
    path.write_text("{}")
    return path


UNSAFE = [
    (lambda p: _image(p, fmt="GIF"), "only PNG, JPEG and WebP"),
    (lambda p: p.write_bytes(b"not an image at all"), "not a PNG, JPEG or WebP"),
    (lambda p: p.write_bytes(_png_bytes()[:200]), "damaged"),
    (lambda p: Image.new("1", (8000, 6000)).save(p, "PNG"), r"too large \(8000×6000 pixels"),
    (lambda p: p.write_bytes(_bomb_header(100_000, 100_000)), "too large"),
]
IDS = ["gif", "garbage", "truncated", "48-megapixels", "bomb-header"]


@pytest.mark.parametrize("make, problem", UNSAFE, ids=IDS)
def test_an_unsafe_file_is_refused_by_name_and_nothing_is_written(project, tmp_path, make,
                                                                  problem):
    src = tmp_path / "in.png"
    make(src)
    with pytest.raises(BeatBoardError, match=problem) as err:
        stored_picture(project, src)
    assert str(src) in str(err.value)
    assert sorted(p.name for p in project.parent.iterdir()) == ["pilot.beatboard"]


@pytest.mark.parametrize("make, problem", UNSAFE, ids=IDS)
def test_unsafe_pasted_bytes_are_refused_and_nothing_is_written(project, tmp_path, make,
                                                                problem):
    src = tmp_path / "in.png"
    make(src)
    with pytest.raises(BeatBoardError, match=problem):
        stored_picture(project, src.read_bytes())
    assert sorted(p.name for p in project.parent.iterdir()) == ["pilot.beatboard"]


def test_a_good_picture_is_stored_once_by_content(project, tmp_path):
    red = _image(tmp_path / "red.png")
    rel = stored_picture(project, red)
    assert stored_picture(project, red.read_bytes()) == rel
    assert (project.parent / rel).read_bytes() == red.read_bytes()
    assert (project.parent / rel).parent == assets.assets_dir(project)

"""Panel images: attach, thumbnail, and refuse anything unsafe."""
import io
import os
import struct
import zlib

import pytest
from PIL import Image

from beatboard.core.errors import BeatBoardError
from beatboard.core.model import Beat
from beatboard.interchange.images import attach_image, resolve_image


def _image(path, size=(90, 160), fmt="PNG", colour="red"):
    Image.new("RGB", size, colour).save(path, fmt)
    return path


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "show"
    folder.mkdir()
    path = folder / "pilot.beatboard"
    path.write_text("{}")
    return path


def test_attach_copies_beside_the_project_and_never_overwrites(project, tmp_path):
    beat = Beat(id="b1")
    red = _image(tmp_path / "red.png")
    rel = attach_image(project, beat, red)
    assert rel == "pilot.images/b1.png"
    assert (project.parent / rel).read_bytes() == red.read_bytes()
    assert attach_image(project, beat, red) == rel  # the same picture again: reused
    blue = _image(tmp_path / "blue.png", colour="blue")
    rel2 = attach_image(project, beat, blue)
    assert rel2 == "pilot.images/b1-2.png"
    assert (project.parent / rel).read_bytes() == red.read_bytes()  # first one untouched
    jpg = attach_image(project, beat, _image(tmp_path / "photo.jpeg", fmt="JPEG"))
    assert jpg == "pilot.images/b1.jpg"
    beat.panels[0].image = rel2  # the model takes the returned path as is


@pytest.mark.parametrize("make, problem", [
    (lambda p: _image(p, fmt="GIF"), "only PNG, JPEG and WebP"),
    (lambda p: p.write_bytes(b"not an image at all"), "not a PNG, JPEG or WebP"),
    (lambda p: p.write_bytes(_png_bytes()[:200]), "damaged"),
    (lambda p: Image.new("1", (8000, 6000)).save(p, "PNG"), r"too large \(8000×6000 pixels"),
    (lambda p: p.write_bytes(_bomb_header(100_000, 100_000)), "too large"),
], ids=["gif", "garbage", "truncated", "48-megapixels", "bomb-header"])
def test_attach_refuses_unsafe_images_and_writes_nothing(project, tmp_path, make, problem):
    src = tmp_path / "in.png"
    make(src)
    with pytest.raises(BeatBoardError, match=problem):
        attach_image(project, Beat(id="b1"), src)
    assert not (project.parent / "pilot.images" / "b1.png").exists()


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


def test_paths_escaping_the_project_are_refused(project, tmp_path):
    outside = _image(tmp_path / "secret.png")
    (project.parent / "sneaky.png").symlink_to(outside)
    for rel, problem in (("../secret.png", "escapes"), ("/etc/passwd", "relative"),
                         ("sneaky.png", "symbolic link")):
        with pytest.raises(BeatBoardError, match=problem):
            resolve_image(project.parent, rel)
    inside = _image(project.parent / "ok.png")
    (project.parent / "alias.png").symlink_to(inside)
    assert resolve_image(project.parent, "alias.png") == inside.resolve()

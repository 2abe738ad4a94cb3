"""Content-named assets beside the project: storing, checking, resolving, Save As."""
from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from beatboard.core import assets as A
from beatboard.core import sketch as S
from beatboard.core.model import Beat, Episode, Panel, Project


def png(size=(90, 160), colour="red", fmt="PNG", **save) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, fmt, **save)
    return buf.getvalue()


def bomb_header(w=100_000, h=100_000) -> bytes:
    """A PNG that claims w×h pixels: decoding it would need gigabytes."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00" * 1024)) + chunk(b"IEND", b""))


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "show"
    folder.mkdir()
    return folder / "pilot.beatboard"


def test_store_names_by_content_and_never_rewrites(project):
    rel = A.store_bytes(project, b"hello", "txt")
    assert rel.startswith("pilot.assets/") and rel.endswith(".txt") and len(rel) == 13 + 16 + 4
    path = project.parent / rel
    mtime = path.stat().st_mtime_ns
    assert A.store_bytes(project, b"hello", "txt") == rel
    assert path.stat().st_mtime_ns == mtime  # the same bytes again: nothing written
    assert A.store_bytes(project, b"other", "txt") != rel
    assert path.read_bytes() == b"hello"
    path.write_bytes(b"damaged")  # a file that no longer matches its name is repaired
    assert A.store_bytes(project, b"hello", "txt") == rel and path.read_bytes() == b"hello"


def test_store_image_keeps_small_upright_images_byte_for_byte(project, tmp_path):
    src = tmp_path / "in.png"
    src.write_bytes(png())
    rel = A.store_image_file(project, src)
    assert rel.endswith(".png") and (project.parent / rel).read_bytes() == src.read_bytes()
    webp = tmp_path / "in.webp"
    webp.write_bytes(png(fmt="WEBP"))
    assert A.store_image_file(project, webp).endswith(".webp")


def test_store_image_downscales_big_pictures(project, tmp_path):
    src = tmp_path / "huge.jpg"
    src.write_bytes(png(size=(3000, 6000), fmt="JPEG"))
    rel = A.store_image_file(project, src)
    with Image.open(project.parent / rel) as img:
        assert img.format == "JPEG" and max(img.size) == A.MAX_STORED_SIDE
        assert img.size == (1024, 2048)


def test_store_image_applies_exif_orientation(project, tmp_path):
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to view: a phone photo held upright
    src = tmp_path / "phone.jpg"
    src.write_bytes(png(size=(160, 90), fmt="JPEG", exif=exif.tobytes()))
    with Image.open(project.parent / A.store_image_file(project, src)) as img:
        assert img.size == (90, 160)
        assert img.getexif().get(0x0112, 1) == 1


@pytest.mark.parametrize("data, words", [
    (bomb_header(), "too large"),
    (png()[:200], "damaged"),
    (b"not an image", "not a PNG, JPEG or WebP"),
    (png(fmt="GIF"), "only PNG, JPEG and WebP"),
], ids=["bomb", "truncated", "garbage", "gif"])
def test_hostile_images_are_refused_naming_the_file_and_nothing_is_stored(project, tmp_path,
                                                                          data, words):
    src = tmp_path / "evil.png"
    src.write_bytes(data)
    with pytest.raises(A.AssetError, match=words) as err:
        A.store_image_file(project, src)
    assert str(src) in str(err.value)
    assert not A.assets_dir(project).exists()


def test_resolve_refuses_climbing_out_symlinks_outside_and_folders(project, tmp_path):
    base = project.parent
    (tmp_path / "secret.png").write_bytes(png())
    (base / "sneaky.png").symlink_to(tmp_path / "secret.png")
    (base / "dir.png").mkdir()
    for rel, kind, words in (("../secret.png", "outside", "escapes"),
                             ("/etc/passwd", "outside", "relative"),
                             ("sneaky.png", "outside", "symbolic link"),
                             ("dir.png", "not_a_file", "not a regular file"),
                             ("pilot.assets/gone.png", "missing", "not found")):
        with pytest.raises(A.AssetError, match=words) as err:
            A.resolve(base, rel)
        assert err.value.kind == kind
        problem = A.inspect_asset(base, rel)
        assert problem is not None and problem.kind == kind and words in problem.message
    (base / "ok.png").write_bytes(png())
    (base / "alias.png").symlink_to(base / "ok.png")
    assert A.resolve(base, "alias.png") == (base / "ok.png").resolve()
    assert A.inspect_asset(base, "alias.png") is None


def sketched_project(project) -> Project:
    ref = A.store_bytes(project, png(), "png")
    sk = S.new_sketch(reference_image=ref)
    sk.layers[2].strokes.append(S.make_stroke("pen", "black", 4, [(0, 0, 0.5), (99, 99, 0.5)]))
    beat = Beat(id="b1", panels=[Panel(id="p1", sketch=A.store_sketch(project, sk)),
                                 Panel(id="p2", image="pilot.images/old.png")])
    (project.parent / "pilot.images").mkdir()
    (project.parent / "pilot.images" / "old.png").write_bytes(png(colour="blue"))
    return Project(episodes=[Episode(id="e1", number=1, beats=[beat])])


def test_sketches_load_lazily_and_bad_ones_become_problems(project):
    proj = sketched_project(project)
    rel = proj.episodes[0].beats[0].panels[0].sketch
    sk, problem = A.try_load_sketch(project.parent, rel)
    assert problem is None and sk.stroke_count == 1
    (project.parent / rel).write_text('{"format": "beatboard-sketch", "version": 1, '
                                      '"layers": [{"strokes": [{"tool": "pen", "width": 4, '
                                      '"points": [1, 2, NaN]}]}]}')
    sk, problem = A.try_load_sketch(project.parent, rel)
    assert sk is None and problem.kind == "unreadable"
    assert rel in problem.message and "NaN" in problem.message
    sk, problem = A.try_load_sketch(project.parent, "../outside.sketch.json")
    assert sk is None and problem.kind == "outside"


def test_assets_used_follows_sketch_reference_pictures_and_extra_paths(project):
    proj = sketched_project(project)
    used = A.assets_used(proj, project.parent, extra=["pilot.assets/undo.png"])
    panel = proj.episodes[0].beats[0].panels
    ref = A.load_sketch(project.parent, panel[0].sketch).layers[0].image
    assert used == {panel[0].sketch, panel[1].image, ref, "pilot.assets/undo.png"}


def test_save_as_copies_what_the_new_file_needs(project, tmp_path):
    proj = sketched_project(project)
    (project.parent / "pilot.assets" / "unused.png").write_bytes(b"x")
    target = tmp_path / "elsewhere" / "copy.beatboard"
    target.parent.mkdir()
    problems = A.copy_for_save_as(proj, project.parent, target)
    assert problems == []
    for rel in A.assets_used(proj, project.parent):
        assert (target.parent / rel).read_bytes() == (project.parent / rel).read_bytes()
    assert not (target.parent / "pilot.assets" / "unused.png").exists()
    assert A.copy_for_save_as(proj, project.parent, target) == []  # again: nothing to do
    # a missing asset is reported, the rest still copied
    proj.episodes[0].beats[0].panels.append(Panel(id="p3", image="pilot.assets/gone.png"))
    problems = A.copy_for_save_as(proj, project.parent, tmp_path / "third" / "x.beatboard")
    assert [p.rel for p in problems] == ["pilot.assets/gone.png"]
    assert (tmp_path / "third" / "pilot.images" / "old.png").is_file()

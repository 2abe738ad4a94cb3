"""Every view of a panel draws the same picture: a 16:9 photo shows the same crop, and a
panel whose sketch is empty the same automatic frame, on the canvas, on a series board
card, in the inspector, in frames export and in the animatic (print is checked against
the screen in test_backends_agree.py)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from PIL import Image, ImageChops, ImageStat

from beatboard.core import assets, fileio
from beatboard.core import sketch as sk
from beatboard.core.model import Beat, Episode, Panel, Project, Series

W, H = 90, 160
pytestmark = pytest.mark.usefixtures("qapp")


def _project(tmp_path):
    path = tmp_path / "show.beatboard"
    photo = Image.new("RGB", (1600, 900), (20, 20, 220))
    photo.paste((220, 20, 20), (0, 0, 760, 900))  # red a little left of the middle
    photo.save(tmp_path / "wide.png")
    empty = assets.store_sketch(path, sk.new_sketch())
    beats = [Beat(id="b1", title="Photo", panels=[Panel(id="b1-a", image="wide.png")]),
             Beat(id="b2", title="Empty sketch", characters=["Ava"], location="roof",
                  panels=[Panel(id="b2-a", sketch=empty)])]
    project = Project(series=Series(title="Show"), episodes=[Episode(id="ep1", number=1,
                                                                     beats=beats)])
    fileio.save(project, path)
    return fileio.load(path), path


def _pil(qimage, tmp_path, name) -> Image.Image:
    out = tmp_path / f"{name}.png"
    assert qimage.save(str(out))
    return Image.open(out).convert("RGB")


def _views(project, path, beat):
    from beatboard.gui.series_board.card_pictures import CardPictures
    from beatboard.render import render_panel
    from beatboard.render.animatic_frames import AnimaticFrames
    base, panel = path.parent, beat.panels[0]
    clip = SimpleNamespace(beat=beat, panel=panel, is_title=False)
    return {"canvas": render_panel(project, base, beat, panel, (W, H)),
            "series_card": CardPictures().picture(project, base, beat).toImage(),
            "inspector": render_panel(project, base, beat, panel, (W, H), purpose="inspector"),
            "animatic": AnimaticFrames(project, base, W, H, captions=False).picture(clip)}


def _frames(path, capsys, tmp_path) -> list[Image.Image]:
    from tests.cli.helpers import run
    code, _, err = run(capsys, "export", "frames", path, "-o", tmp_path / "f",
                       "--size", f"{W}x{H}")
    assert code == 0, err
    return [Image.open(f).convert("RGB") for f in sorted((tmp_path / "f").iterdir())]


def _red_to_blue(img: Image.Image) -> int:
    row = [img.getpixel((x, H // 2)) for x in range(W)]
    return next(x for x, (r, _g, b) in enumerate(row) if b > r)


def test_a_wide_photo_and_an_empty_sketch_look_the_same_in_every_view(tmp_path, capsys):
    project, path = _project(tmp_path)
    frames = _frames(path, capsys, tmp_path)
    beats = project.episodes[0].beats
    photo = {k: _pil(v, tmp_path, "photo-" + k) for k, v in _views(project, path, beats[0]).items()}
    photo["frames"] = frames[0]
    # fill keeps the middle of the photo: the red/blue edge sits left of the frame's middle
    edges = {k: _red_to_blue(v) for k, v in photo.items()}
    assert 20 < edges["canvas"] < W // 2
    assert all(abs(e - edges["canvas"]) <= 1 for e in edges.values()), edges
    assert all(v.getpixel((W // 2, 2))[2] > 150 for v in photo.values())  # no paper bars

    auto = {k: _pil(v, tmp_path, "auto-" + k) for k, v in _views(project, path, beats[1]).items()}
    auto["frames"] = frames[1]
    ink = ImageStat.Stat(auto["canvas"].convert("L"))
    assert ink.extrema[0][0] < 120  # the automatic frame, not blank paper
    for name, img in auto.items():
        diff = ImageStat.Stat(ImageChops.difference(img, auto["canvas"]).convert("L")).mean[0]
        assert diff < 3, (name, diff)

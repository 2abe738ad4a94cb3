"""Both backends draw a sketch's layers in list order, with their opacity, leave out the
layers hidden in output, and print non-photo blue rough strokes as mid grey."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image

from beatboard.core import assets as A
from beatboard.core import sketch as S
from beatboard.core import sketch_layers as L
from beatboard.core.model import Beat, Episode, Panel, Project
from beatboard.render import render_panel

from .helpers import export, have_tool

W, H = 270, 480


def band(colour: str) -> S.Stroke:
    """A wide horizontal band through the middle of the frame."""
    return S.make_stroke("pen", colour, 300, [(x, 960, 1.0) for x in range(0, 1081, 40)])


def two_layers() -> S.Sketch:
    sk = S.Sketch(layers=[S.Layer("ink", "Red"), S.Layer("rough")])
    sk.layers[0].strokes.append(band("red"))
    sk.layers[1].strokes.append(band("nonphoto"))
    return sk


def project_for(tmp_path: Path, sketch: S.Sketch) -> tuple[Project, Path, Beat]:
    path = tmp_path / "show.beatboard"
    beat = Beat(id="b", panels=[Panel(id="p", sketch=A.store_sketch(path, sketch))])
    return Project(episodes=[Episode(id="e1", number=1, beats=[beat])]), path, beat


def centre_on_screen(tmp_path: Path, sketch: S.Sketch) -> tuple[int, int, int]:
    project, path, beat = project_for(tmp_path, sketch)
    img = render_panel(project, path.parent, beat, beat.panels[0], (W, H))
    c = img.pixelColor(W // 2, H // 2)
    return c.red(), c.green(), c.blue()


def bluish(rgb) -> bool:
    r, g, b = rgb
    return b > r + 50


def reddish(rgb) -> bool:
    r, g, b = rgb
    return r > 150 and g < 100 and b < 100


def test_the_screen_draws_layers_in_list_order_and_skips_hidden_ones(tmp_path):
    sk = two_layers()
    assert bluish(centre_on_screen(tmp_path, sk))  # the rough band is on top
    assert reddish(centre_on_screen(tmp_path, L.move_layer(sk, "rough", -1)))
    assert reddish(centre_on_screen(tmp_path, L.set_in_output(sk, "rough", False)))
    faded = centre_on_screen(tmp_path, L.set_opacity(L.set_in_output(sk, "ink", False),
                                                     "rough", 0.3))
    full = centre_on_screen(tmp_path, L.set_in_output(sk, "ink", False))
    assert sum(faded) > sum(full) + 60  # a faded layer shows paler over white paper


def count(img: Image.Image, test) -> int:
    data = img.tobytes()
    return sum(1 for px in zip(data[0::3], data[1::3], data[2::3]) if test(px))


def mid_grey(rgb) -> bool:
    r, g, b = rgb
    return abs(r - g) < 12 and abs(g - b) < 12 and 90 <= r <= 170


@pytest.mark.skipif(not have_tool("pdftoppm"), reason="needs poppler's pdftoppm")
def test_paper_follows_the_same_layers_and_prints_rough_blue_as_grey(tmp_path):
    def printed(sketch: S.Sketch, name: str) -> Image.Image:
        project, _path, _ = project_for(tmp_path, sketch)
        pdf = export(tmp_path, project, f"{name}.pdf", sections=("boards",), panels=1)
        prefix = tmp_path / name
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(pdf), str(prefix)],
                       check=True)
        return Image.open(f"{prefix}.png").convert("RGB")

    rough_only = printed(L.set_in_output(two_layers(), "ink", False), "rough")
    red_only = printed(L.set_in_output(two_layers(), "rough", False), "red")
    rough_on_top = printed(two_layers(), "both")
    red_on_top = printed(L.move_layer(two_layers(), "rough", -1), "order")
    band_area = count(red_only, reddish)
    assert band_area > 1000  # the band prints
    # not blue on paper (the blue safe-area guides print on both)...
    assert count(rough_only, bluish) < count(red_only, bluish) + band_area // 20
    assert count(rough_only, mid_grey) > count(red_only, mid_grey) + band_area // 2  # grey
    assert count(rough_on_top, reddish) < band_area // 5  # the top layer covers the red
    assert count(red_on_top, reddish) > band_area * 0.8

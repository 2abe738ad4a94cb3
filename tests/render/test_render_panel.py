"""The one panel renderer: sketches, images, automatic frames, placeholders, guides, cache."""
from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtGui import QColor, QImage

from beatboard.core import assets as A
from beatboard.core import sketch as S
from beatboard.core.model import Beat, Episode, Panel, Project, Shot
from beatboard.render import (GuideOptions, ThumbnailCache, render_panel, render_panel_ex,
                              stroke_path)
from beatboard.render.strokes import outline_path

W, H = 270, 480


def project_with(beat: Beat) -> Project:
    return Project(episodes=[Episode(id="e1", number=1, beats=[beat])])


def pixel(img: QImage, fx: float, fy: float) -> QColor:
    return img.pixelColor(int(fx * (img.width() - 1)), int(fy * (img.height() - 1)))


def dark(c: QColor) -> bool:
    return c.lightness() < 100


def ink_fraction(img: QImage) -> float:
    small = img.scaled(54, 96)
    return sum(small.pixelColor(x, y).lightness() < 200 for x in range(54) for y in range(96)) / (54 * 96)


@pytest.fixture
def proj_path(tmp_path):
    (tmp_path / "show").mkdir()
    return tmp_path / "show" / "show.beatboard"


def sketch_beat(proj_path, sketch: S.Sketch, **panel) -> Beat:
    rel = A.store_sketch(proj_path, sketch)
    return Beat(id="b", panels=[Panel(id="p", sketch=rel, **panel)])


def line(y=960, width=40, tool="pen", colour="black", x0=100, x1=980):
    return S.make_stroke(tool, colour, width, [(x, y, 1.0) for x in range(x0, x1, 5)])


def test_sketch_strokes_render_where_they_are_drawn(proj_path):
    sk = S.new_sketch()
    sk.layers[2].strokes.append(line())
    beat = sketch_beat(proj_path, sk)
    out = render_panel_ex(project_with(beat), proj_path.parent, beat, beat.panels[0], (W, H))
    assert out.source == "sketch" and out.problems == []
    img = out.image
    assert img.width() == W and img.height() == H
    assert dark(pixel(img, 0.5, 0.5))  # on the stroke (canvas y 960 = half height)
    assert not dark(pixel(img, 0.5, 0.3)) and not dark(pixel(img, 0.5, 0.7))


def test_eraser_clears_its_own_layer_only(proj_path):
    sk = S.new_sketch()
    sk.layers[1].strokes.append(line(y=700, colour="blue"))  # rough: untouched by ink's eraser
    sk.layers[2].strokes.append(line(y=960))
    sk.layers[2].strokes.append(S.make_stroke("eraser", "black", 120,
                                              [(540, 600, 1.0), (540, 1100, 1.0)]))
    beat = sketch_beat(proj_path, sk)
    img = render_panel(project_with(beat), proj_path.parent, beat, beat.panels[0], (W, H))
    assert not dark(pixel(img, 0.5, 0.5))  # erased in the middle of the ink line
    assert dark(pixel(img, 0.2, 0.5))
    blue = pixel(img, 0.5, 700 / 1920)
    assert blue.blue() > 120 and blue.red() < 100  # the rough layer still shows through


def test_reference_layer_is_dimmed_and_marker_is_translucent(proj_path):
    buf = io.BytesIO()
    Image.new("RGB", (90, 160), "black").save(buf, "PNG")
    sk = S.new_sketch(reference_image=A.store_bytes(proj_path, buf.getvalue(), "png"))
    sk.layers[2].strokes.append(line(y=400, tool="marker", width=80))
    beat = sketch_beat(proj_path, sk)
    img = render_panel(project_with(beat), proj_path.parent, beat, beat.panels[0], (W, H))
    ref = pixel(img, 0.5, 0.8)
    assert 140 < ref.lightness() < 200  # black at 35%: a pale grey to draw over
    marker = pixel(img, 0.5, 400 / 1920)
    assert ref.lightness() > marker.lightness() > 60  # darker, yet not solid black


def test_image_is_cover_fitted_and_the_sketch_drawn_over_it(proj_path):
    im = Image.new("RGB", (1600, 900), "red")  # landscape into a portrait frame
    im.paste((0, 0, 255), (700, 350, 900, 550))  # a blue centre
    buf = io.BytesIO()
    im.save(buf, "PNG")
    image_rel = A.store_bytes(proj_path, buf.getvalue(), "png")
    sk = S.new_sketch()
    sk.layers[2].strokes.append(line(y=1700))
    sketch_rel = A.store_sketch(proj_path, sk)
    beat = Beat(id="b", panels=[Panel(id="p", image=image_rel, sketch=sketch_rel)])
    out = render_panel_ex(project_with(beat), proj_path.parent, beat, beat.panels[0], (W, H))
    assert out.source == "image+sketch"
    c = pixel(out.image, 0.5, 0.5)
    assert c.blue() > 200 and c.red() < 50
    for fx, fy in ((0.01, 0.01), (0.99, 0.2), (0.02, 0.98)):  # no white bars: covered
        assert pixel(out.image, fx, fy).red() > 200 and pixel(out.image, fx, fy).green() < 50
    assert dark(pixel(out.image, 0.5, 1700 / 1920))


def test_panel_without_picture_gets_the_automatic_frame():
    beat = Beat(id="b", characters=["Ava"], shot=Shot(size="MS"), location="Hall")
    out = render_panel_ex(project_with(beat), None, beat, beat.panels[0], H)
    assert out.source == "auto" and out.image.width() == W
    assert 0.03 < ink_fraction(out.image) < 0.6


@pytest.mark.parametrize("make, kind", [
    (lambda base: "show.assets/gone.png", "missing"),
    (lambda base: (base / "bad.png").write_bytes(b"\x89PNG\r\n\x1a\n broken") and "bad.png",
     "unreadable"),
    (lambda base: (base / "link.png").symlink_to(base.parent / "secret.png") or "link.png",
     "outside"),
], ids=["missing", "damaged", "symlink-outside"])
def test_broken_picture_draws_a_placeholder_with_a_warning(proj_path, make, kind):
    Image.new("RGB", (9, 16)).save(proj_path.parent.parent / "secret.png")
    rel = make(proj_path.parent)
    beat = Beat(id="b", characters=["Ava"], panels=[Panel(id="p", image=rel)])
    out = render_panel_ex(project_with(beat), proj_path.parent, beat, beat.panels[0], (W, H))
    assert out.source == "placeholder"
    assert [p.kind for p in out.problems] == [kind]
    warn = pixel(out.image, 0.44, 0.45)
    assert warn.red() > 200 and warn.green() > 150 and warn.blue() < 100  # the yellow mark


def test_decompression_bomb_and_nan_sketch_are_placeholders_not_crashes(proj_path):
    from tests.core.test_assets import bomb_header
    base = proj_path.parent
    (base / "bomb.png").write_bytes(bomb_header())
    (base / "nan.sketch.json").write_text(
        '{"format": "beatboard-sketch", "version": 1, "layers": [{"strokes": '
        '[{"tool": "pen", "width": 4, "points": [1, 2, NaN]}]}]}')
    beat = Beat(id="b", panels=[Panel(id="p1", image="bomb.png"),
                                Panel(id="p2", sketch="nan.sketch.json")])
    proj = project_with(beat)
    bomb = render_panel_ex(proj, base, beat, beat.panels[0], (W, H))
    assert bomb.source == "placeholder" and "too large" in bomb.problems[0].message
    nan = render_panel_ex(proj, base, beat, beat.panels[1], (W, H))
    assert nan.source == "placeholder" and "NaN" in nan.problems[0].message
    assert "nan.sketch.json" in nan.problems[0].message


def test_guides_tint_the_platform_ui_zones():
    beat = Beat(id="b", shot=Shot(size="INSERT"))
    plain = render_panel(project_with(beat), None, beat, beat.panels[0], (W, H))
    guided = render_panel(project_with(beat), None, beat, beat.panels[0], (W, H),
                          guides=GuideOptions())
    assert pixel(plain, 0.5, 0.97) == QColor("white")
    tinted = pixel(guided, 0.5, 0.97)
    assert tinted.red() > tinted.blue() + 15  # a red wash where the app's buttons sit
    assert pixel(guided, 0.5, 0.5) == pixel(plain, 0.5, 0.5)


def test_qt_stroke_path_is_the_core_outline():
    s = line()
    path = stroke_path(s, 0.5)
    xs = [x for x, _ in S.stroke_outline(s)]
    assert path.boundingRect().left() == pytest.approx(min(xs) * 0.5, abs=0.01)
    assert path.boundingRect().right() == pytest.approx(max(xs) * 0.5, abs=0.01)
    assert outline_path([]).isEmpty()


def test_thumbnail_cache_renders_once_and_again_only_when_the_content_changes(proj_path):
    beat = Beat(id="b", characters=["Ava"], shot=Shot(size="CU"))
    proj = project_with(beat)
    cache = ThumbnailCache()
    a = cache.thumbnail(proj, proj_path.parent, beat, beat.panels[0], (90, 160))
    b = cache.thumbnail(proj, proj_path.parent, beat, beat.panels[0], (90, 160))
    assert cache.renders == 1 and a == b
    beat.notes = "irrelevant to the picture"
    cache.thumbnail(proj, proj_path.parent, beat, beat.panels[0], (90, 160))
    assert cache.renders == 1
    beat.panels[0].shot = Shot(size="WS")
    cache.thumbnail(proj, proj_path.parent, beat, beat.panels[0], (90, 160))
    cache.thumbnail(proj, proj_path.parent, beat, beat.panels[0], (180, 320))
    assert cache.renders == 3
    small = ThumbnailCache(max_bytes=90 * 160 * 4 * 2)
    for size in ("CU", "MS", "WS"):
        beat.panels[0].shot = Shot(size=size)
        small.thumbnail(proj, None, beat, beat.panels[0], (90, 160))
    assert len(small) == 2  # bounded by bytes: the oldest is dropped

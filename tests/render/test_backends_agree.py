"""The Qt and the reportlab backends draw the same picture plan the same way: a marked
16:9 photo (stripes above, grey below) with a sketch stroke over it, rendered by Qt to
pixels and by reportlab to a PDF that poppler rasterises, agree on the crop edges, the
safe-area guides and the stroke within a few pixels, in fill and in fit."""
from __future__ import annotations

import shutil
import subprocess
from types import SimpleNamespace

import pytest
from PIL import Image
from reportlab.pdfgen import canvas as rl_canvas

from beatboard.core import assets
from beatboard.core import sketch as sk
from beatboard.core.model import Beat, Panel, Project
from beatboard.core.picture_plan import plan_panel
from beatboard.export.pdf.draw import Painter
from beatboard.export.pdf.layout import Rect
from beatboard.export.pdf.picture import draw_plan, print_measure
from beatboard.export.pdf.style import Style
from beatboard.render import render_panel

W, H = 540, 960  # pixels; the PDF frame is 270 x 480 pt rendered at 144 dpi
STRIPE = 50  # source pixels per stripe of the 1600 x 900 photo
TOL = 3

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler's pdftoppm")


def _photo(path):
    im = Image.new("RGB", (1600, 900), (128, 128, 128))
    for i in range(0, 1600, STRIPE):
        if (i // STRIPE) % 2 == 0:
            im.paste((255, 255, 255), (i, 0, i + STRIPE, 450))
        else:
            im.paste((0, 0, 0), (i, 0, i + STRIPE, 450))
    im.save(path)


def _setup(tmp_path, fit):
    _photo(tmp_path / "photo.png")
    sketch = sk.new_sketch()
    ink = sketch.layers[-1]
    ink.strokes.append(sk.make_stroke("pen", "#D01010", 24,
                                      [(200, 1500, 1.0), (540, 1500, 1.0), (880, 1500, 1.0)]))
    rel = assets.store_sketch(tmp_path / "show.beatboard", sketch)
    panel = Panel(id="p1", image="photo.png", sketch=rel, fit=fit)
    beat = Beat(id="b1", panels=[panel])
    return beat, panel


def _qt(tmp_path, beat, panel) -> Image.Image:
    img = render_panel(Project(), tmp_path, beat, panel, (W, H), purpose="print")
    out = tmp_path / "qt.png"
    img.save(str(out))
    return Image.open(out).convert("RGB")


def _pdf(tmp_path, beat, panel) -> Image.Image:
    path = tmp_path / "frame.pdf"
    c = rl_canvas.Canvas(str(path), pagesize=(W / 2, H / 2))
    ctx = SimpleNamespace(style=Style(False), base_dir=tmp_path, lang="en")
    plan = plan_panel(None, tmp_path, beat, panel, "print", measure=print_measure(tmp_path))
    draw_plan(Painter(c), Rect(0, 0, W / 2, H / 2), plan, ctx, shot=None)
    c.showPage()
    c.save()
    subprocess.run(["pdftoppm", "-r", "144", "-png", "-singlefile", str(path),
                    str(tmp_path / "pdf")], check=True)
    img = Image.open(tmp_path / "pdf.png").convert("RGB")
    assert img.size == (W, H)
    return img


def _lum(px) -> float:
    return 0.299 * px[0] + 0.587 * px[1] + 0.114 * px[2]


def _stripe_edges(img, y, x0, x1) -> list[int]:
    """Columns where the stripes turn from light to dark or back along row ``y``."""
    row = [_lum(img.getpixel((x, y))) for x in range(x0, x1)]
    return [x0 + i for i in range(1, len(row)) if (row[i - 1] > 128) != (row[i] > 128)]


def _grey(px) -> bool:
    """Photo pixels (the guides are blue, the stroke red)."""
    return max(px) - min(px) < 30


def _blue(px) -> bool:
    return px[2] - px[0] > 60


def _guide_columns(img, y0, y1) -> list[int]:
    """Columns with blue guide pixels over at least a fifth of rows ``y0..y1``."""
    cols = [x for x in range(4, W - 4)
            if sum(_blue(img.getpixel((x, y))) for y in range(y0, y1, 2)) > (y1 - y0) / 10]
    return _centres(cols)


def _guide_rows(img, x0, x1) -> list[int]:
    rows = [y for y in range(4, H - 4)
            if sum(_blue(img.getpixel((x, y))) for x in range(x0, x1, 2)) > (x1 - x0) / 10]
    return _centres(rows)


def _centres(values: list[int]) -> list[int]:
    groups: list[list[int]] = []
    for v in values:
        if groups and v - groups[-1][-1] <= 2:
            groups[-1].append(v)
        else:
            groups.append([v])
    return [round(sum(g) / len(g)) for g in groups]


def _red_box(img) -> tuple[int, int, int, int]:
    xs, ys = [], []
    for y in range(0, H, 2):
        for x in range(0, W, 2):
            r, g, b = img.getpixel((x, y))
            if r - g > 100 and r - b > 100:
                xs.append(x)
                ys.append(y)
    assert xs, "no stroke drawn"
    return min(xs), min(ys), max(xs), max(ys)


def _close(a: list[int], b: list[int], tol: int = TOL) -> bool:
    return len(a) == len(b) and all(abs(p - q) <= tol for p, q in zip(a, b))


def _guides_agree(qt, pdf) -> None:
    expected_cols = [round(W * f) for f in (0.05, 0.10, 0.90, 0.95)]
    expected_rows = [round(H * f) for f in (0.05, 0.10, 0.90, 0.95)]
    for img in (qt, pdf):
        assert _close(_guide_columns(img, round(H * 0.55), round(H * 0.7)), expected_cols)
        assert _close(_guide_rows(img, round(W * 0.3), round(W * 0.7)), expected_rows)


def _stroke_agrees(qt, pdf) -> None:
    k = W / sk.CANVAS_W
    expected_x0, expected_x1, expected_y = 200 * k, 880 * k, 1500 * k
    for img in (qt, pdf):
        x0, y0, x1, y1 = _red_box(img)
        assert abs(x0 - (expected_x0 - 12 * k)) <= TOL + 2 and abs(x1 - (expected_x1 + 12 * k)) <= TOL + 2
        assert abs((y0 + y1) / 2 - expected_y) <= TOL
    assert all(abs(a - b) <= TOL for a, b in zip(_red_box(qt), _red_box(pdf)))


def test_fill_crops_the_same_middle_of_a_wide_photo_on_screen_and_on_paper(tmp_path):
    beat, panel = _setup(tmp_path, None)  # no choice: fill
    qt, pdf = _qt(tmp_path, beat, panel), _pdf(tmp_path, beat, panel)
    crop_w = 900 * 9 / 16
    left = (1600 - crop_w) / 2
    expected = [round((x - left) / crop_w * W) for x in range(0, 1600, STRIPE)
                if 0.13 * W < (x - left) / crop_w * W < 0.87 * W]
    y = round(H * 0.25)
    edges_qt = _stripe_edges(qt, y, round(0.12 * W), round(0.88 * W))
    edges_pdf = _stripe_edges(pdf, y, round(0.12 * W), round(0.88 * W))
    assert len(expected) >= 6
    assert _close(edges_qt, expected), (edges_qt, expected)
    assert _close(edges_pdf, expected), (edges_pdf, expected)
    _guides_agree(qt, pdf)
    _stroke_agrees(qt, pdf)


def test_fit_letterboxes_the_whole_photo_on_screen_and_on_paper(tmp_path):
    beat, panel = _setup(tmp_path, "fit")
    qt, pdf = _qt(tmp_path, beat, panel), _pdf(tmp_path, beat, panel)
    photo_h = W * 9 / 16
    top, bottom = (H - photo_h) / 2, (H + photo_h) / 2
    x = round((17 * STRIPE + STRIPE / 2) / 1600 * W)  # the middle of a black stripe
    for img in (qt, pdf):
        dark = [y for y in range(110, H - 110)
                if _lum(img.getpixel((x, y))) < 200 and _grey(img.getpixel((x, y)))]
        assert abs(dark[0] - top) <= TOL and abs(dark[-1] - bottom) <= TOL, (dark[0], dark[-1])
        # the whole width of the photo shows: its first and last stripe edges are in frame
        edges = _stripe_edges(img, round(top + photo_h * 0.25), 60, W - 60)
        assert _close(edges, [round(i * STRIPE / 1600 * W) for i in range(2, 31)
                              if 60 < i * STRIPE / 1600 * W < W - 60]), edges
    _guides_agree(qt, pdf)
    _stroke_agrees(qt, pdf)

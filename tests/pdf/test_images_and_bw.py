"""Beat images, placeholders for missing ones, empty episodes and black-and-white pages."""
from __future__ import annotations

import subprocess

from PIL import Image, ImageChops
from pypdf import PdfReader

import pytest

from .helpers import export, have_tool, make_project, page_texts, squash


def _images_on_page(pdf, index: int) -> int:
    page = PdfReader(str(pdf)).pages[index]
    return len(page.images)


def test_real_png_appears_and_missing_or_broken_images_get_a_placeholder(tmp_path):
    Image.new("RGB", (90, 160), (200, 30, 30)).save(tmp_path / "shot1.png")
    (tmp_path / "notes.png").write_text("this is not an image")
    project = make_project(episodes=1, beats=3)
    b1, b2, b3 = project.episodes[0].beats
    b1.panels[0].image = "shot1.png"
    b2.panels[0].image = "missing/nowhere.png"
    b3.panels[0].image = "notes.png"
    pdf = export(tmp_path, project, sections=("boards",))
    text = squash(page_texts(pdf)[0])
    # the same words as the board's placeholder on screen (core.picture_plan)
    assert squash("Picture missing") in text
    assert "missing/nowhere.png" in text
    assert squash("Picture damaged or not an image") in text
    assert _images_on_page(pdf, 0) == 1


def test_panels_without_pictures_get_an_automatic_frame_not_an_image(tmp_path):
    pdf = export(tmp_path, make_project(episodes=1, beats=3), sections=("boards",))
    assert _images_on_page(pdf, 0) == 0
    text = page_texts(pdf)[0]
    # The drawing is labelled with the beat's location and shot (core.autoframe).
    assert text.count("Gala hall") >= 3 and text.count("CU · PUSH-IN") >= 3


def test_episode_with_no_beats_gets_a_page_saying_so(tmp_path):
    project = make_project(episodes=2, beats=3)
    project.episodes[1].beats = []
    project.episodes[1].links = []
    pdf = export(tmp_path, project)
    texts = page_texts(pdf)
    assert "This episode has no beats yet." in texts[1]
    assert "Ep 2" in texts[1]


def _render(pdf, tmp_path, page: int, dpi: int = 40) -> Image.Image:
    prefix = tmp_path / f"render{page}"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(prefix)], check=True)
    return Image.open(f"{prefix}.png").convert("RGB")


def _coloured_pixels(img: Image.Image, tol: int = 6) -> int:
    """Pixels whose channels differ by more than ``tol`` (R == G == B is grey)."""
    r, g, b = img.split()
    spread = ImageChops.lighter(ImageChops.lighter(ImageChops.difference(r, g),
                                                   ImageChops.difference(g, b)),
                                ImageChops.difference(r, b))
    return sum(spread.histogram()[tol + 1:])


@pytest.mark.skipif(not have_tool("pdftoppm"), reason="needs poppler's pdftoppm to render pages")
def test_bw_pages_have_no_coloured_pixels_and_colour_pages_do(tmp_path):
    Image.new("RGB", (90, 160), (20, 200, 30)).save(tmp_path / "green.png")
    project = make_project(episodes=2, beats=6, variants=1, paywall_episode=2)
    project.episodes[0].beats[0].panels[0].image = "green.png"
    project.episodes[0].beats[1].compliance = ["violence"]
    from beatboard.core import assets
    from .helpers import sample_sketch
    project.episodes[0].beats[2].panels[0].sketch = assets.store_sketch(
        tmp_path / "test.beatboard", sample_sketch(1))  # blue and grey strokes
    colour = export(tmp_path, project, "colour.pdf")
    bw = export(tmp_path, project, "bw.pdf", bw=True)
    n = len(page_texts(bw))
    assert _coloured_pixels(_render(colour, tmp_path, 1)) > 1000
    for page in range(1, n + 1):  # boards, variants, overview and shot list pages
        assert _coloured_pixels(_render(bw, tmp_path, page)) == 0, page


def test_images_outside_the_project_folder_are_not_printed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    Image.new("RGB", (90, 160), (0, 90, 200)).save(outside / "secret.png")
    project_dir = tmp_path / "project"
    project_dir.mkdir()
    (project_dir / "link.png").symlink_to(outside / "secret.png")
    project = make_project(episodes=1, beats=3)
    project.episodes[0].beats[0].panels[0].image = "link.png"
    pdf = export(project_dir, project, sections=("boards",))
    assert _images_on_page(pdf, 0) == 0
    assert squash("Picture outside the project") in squash(page_texts(pdf)[0])

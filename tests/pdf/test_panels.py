"""Panel-first boards: a frame per panel, drawn sketches, print-resolution images, notes,
no cut text, Chinese labels and the one-panel-per-page layout."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from beatboard.core import assets
from beatboard.core.fileio import load
from beatboard.core.model import Panel, Shot
from beatboard.export.pdf import PdfOptions, render_pdf
from beatboard.export.pdf.board_layout import FRAME_TARGET, PAD, band_height, board_regions
from beatboard.export.pdf.boards import plan_board_pages
from beatboard.export.pdf.plan import plan_episodes

from .helpers import (export, have_tool, make_project, page_count, page_texts, sample_sketch,
                      sketched_project, squash)

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "iron-heiress.beatboard"
needs_poppler = pytest.mark.skipif(not have_tool("pdftoppm"), reason="needs poppler's pdftoppm")


def _frames(project, **opts) -> list[list]:
    """The frame rectangles (PDF points) of each board page, as the export lays them out."""
    options = PdfOptions(**opts)
    regions = board_regions(options.paper, options.orientation, options.panels)
    out = []
    for plan in plan_episodes(project.ordered_episodes(), options.variants == "all"):
        for page in plan_board_pages(regions, plan, options.lang):
            out.append([cell.frame for run in page.layout.runs for cell in run.cells]
                       if page.layout else [])
    return out


def _render(pdf: Path, page: int, dpi: int) -> Image.Image:
    prefix = pdf.with_suffix(f".p{page}")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(prefix)], check=True)
    return Image.open(f"{prefix}.png").convert("RGB")


def _pixels(img: Image.Image, box):
    data = img.crop(box).tobytes()
    return zip(data[0::3], data[1::3], data[2::3])


def _blue_pixels(img: Image.Image, box) -> int:
    """Pixels clearly blue (the sketches' blue blocking strokes) inside ``box``."""
    return sum(1 for r, g, b in _pixels(img, box) if b > 120 and b - r > 40 and b - g > 25)


def _box(frame, page_h: float, k: float, inset: float = 1.5):
    return (round((frame.x + inset) * k), round((page_h - frame.top + inset) * k),
            round((frame.right - inset) * k), round((page_h - frame.y - inset) * k))


@needs_poppler
def test_sketched_panels_print_their_strokes_inside_their_frames(tmp_path):
    project = sketched_project(tmp_path, episodes=1, beats=4, panels=3)
    pdf = export(tmp_path, project, sections=("boards",), panels=12, orientation="landscape")
    pages = _frames(project, panels=12, orientation="landscape")
    assert len(pages) == 1 and len(pages[0]) == 12  # one frame per panel, not per beat
    dpi = 72
    img = _render(pdf, 1, dpi)
    page_h = img.height * 72 / dpi
    k = dpi / 72
    inside = 0
    for frame in pages[0]:
        assert _blue_pixels(img, _box(frame, page_h, k)) > 15, frame  # this panel's strokes
        inside += _blue_pixels(img, _box(frame, page_h, k, inset=-1.0))
    # Nothing blue outside the frames: the strokes are clipped to them.
    assert _blue_pixels(img, (0, 0, img.width, img.height)) == inside


@needs_poppler
def test_an_eraser_clears_its_own_layer_only(tmp_path):
    def project_with(eraser: bool):
        p = make_project(episodes=1, beats=1)
        sk = sample_sketch(7, strokes=3, eraser=eraser)
        sk.layer("rough").strokes.clear()
        from beatboard.core import sketch as skm
        # a blue rough stroke under the erased band: it must stay visible
        sk.layer("rough").strokes.append(skm.make_stroke(
            "pen", "blue", 40, [(0, 0, 1), (1080, 1920, 1)]))
        p.episodes[0].beats[0].panels = [Panel(id="x-p1", sketch=assets.store_sketch(
            tmp_path / "test.beatboard", sk))]
        return p

    dark = {}
    for eraser in (False, True):
        project = project_with(eraser)
        pdf = export(tmp_path, project, f"e{eraser}.pdf", sections=("boards",), panels=1)
        frame = _frames(project, panels=1)[0][0]
        img = _render(pdf, 1, 72)
        box = _box(frame, img.height, 1.0)
        dark[eraser] = sum(1 for r, g, b in _pixels(img, box) if r < 60 and g < 60 and b < 60)
        assert _blue_pixels(img, box) > 200  # the lower layer shows either way
    assert dark[True] < dark[False] - 20  # the ink under the eraser is gone


def test_every_panel_gets_a_shot_number_time_and_camera(tmp_path):
    project = make_project(episodes=1, beats=2)
    beat = project.episodes[0].beats[0]
    beat.duration_s = 9.0
    beat.panels = [Panel(id="a1", shot=Shot(size="WS", angle="high")),
                   Panel(id="a2", duration_s=2.0, shot=Shot(size="ECU", move="pan")),
                   Panel(id="a3", caption="AVA: Now.")]
    pdf = export(tmp_path, project, sections=("boards",))
    text = " ".join(page_texts(pdf)[0].split())
    assert "#1 00:00.0" in text and "#2 00:03.5" in text and "#3 00:05.5" in text
    assert "3.5 s · WS · high angle · push-in" in text  # size and angle own, move from beat
    assert "2.0 s · ECU · pan" in text
    assert "AVA: Now." in text
    assert "#4 00:09.0" in text  # the next beat's single panel


def test_beat_and_panel_notes_are_printed(tmp_path):
    project = make_project(episodes=1, beats=3)
    project.episodes[0].beats[1].notes = "Shoot at golden hour, slow push"
    project.episodes[0].beats[2].panels[0].notes = "Hold on the ring"
    for panels in (6, 12, 1):
        pdf = export(tmp_path, project, f"n{panels}.pdf", sections=("boards",), panels=panels)
        text = squash("".join(page_texts(pdf)))
        assert squash("Notes: Shoot at golden hour, slow push") in text
        assert squash("Note: Hold on the ring") in text


def test_sample_prints_without_cut_text_on_twelve_up_pages(tmp_path):
    project = load(SAMPLE)
    for orientation in ("landscape", "portrait"):
        trace: list = []
        data, _ = render_pdf(project, PdfOptions(panels=12, orientation=orientation,
                                                 sections=("boards",)), trace=trace,
                             base_dir=SAMPLE.parent)
        pdf = tmp_path / f"sample-{orientation}.pdf"
        pdf.write_bytes(data)
        text = "\n".join(page_texts(pdf))
        assert "[cut]" not in text and "Continued text" not in text
        flat = squash(text)
        for ep in project.episodes:
            for beat in ep.beats:
                if beat.notes:
                    assert squash(beat.notes) in flat, beat.id
        for entry in trace:
            assert entry.container.contains(entry.box), entry


def test_frames_grow_when_there_is_little_text():
    """Text never keeps frames small while the cell has room: with short text the frame
    reaches its target share of the cell (or the cell's full width)."""
    project = make_project(episodes=1, beats=6)
    for beat in project.episodes[0].beats:
        beat.action = beat.dialogue = ""
        beat.props = []
    for panels, orientation in ((6, "portrait"), (12, "landscape"), (8, "portrait")):
        regions = board_regions("A4", orientation, panels)
        cell = regions.cell(0)
        for frames in _frames(project, panels=panels, orientation=orientation):
            for f in frames:
                under = cell.h - band_height(regions.base_size) - 6
                assert f.h >= FRAME_TARGET * under - 1 or f.w >= cell.w - 2 * PAD - 0.5, \
                    (panels, orientation, f, cell)


def test_zh_pdf_labels_domain_words_in_chinese(tmp_path):
    project = make_project(episodes=1, beats=3)
    project.episodes[0].beats[1].compliance = ["violence"]
    pdf = export(tmp_path, project, lang="zh")
    text = "\n".join(page_texts(pdf))
    for word in ("特写", "推镜头",  # shot size CU, move push-in
                 "复仇／重生",  # genre revenge
                 "铺垫",  # kind setup
                 "钩子", "卡点",  # HOOK / CLIFF banners
                 "悬念", "爽点",  # emotion tags suspense, payoff
                 "暴力／打耳光",  # compliance violence
                 "动作", "道具"):
        assert word in text, word
    en = "\n".join(page_texts(export(tmp_path, project, "en.pdf")))
    assert "revenge / rebirth" in en and "push-in" in en and "特写" not in en


def test_images_are_embedded_at_about_300_dpi_of_their_frame_and_once(tmp_path):
    Image.effect_noise((1080, 1920), 60).convert("RGB").save(tmp_path / "big.png")
    project = make_project(episodes=1, beats=3)
    for beat in project.episodes[0].beats:
        beat.panels[0].image = "big.png"  # the same picture on three frames of one size
    pdf = export(tmp_path, project, sections=("boards",), panels=6)
    frame = _frames(project, panels=6)[0][0]
    images = PdfReader(str(pdf)).pages[0].images
    assert len(images) == 1 or len({img.data for img in images}) == 1
    xobjects = PdfReader(str(pdf)).pages[0]["/Resources"]["/XObject"]
    sizes = {(x.get_object()["/Width"], x.get_object()["/Height"])
             for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"}
    assert len(sizes) == 1
    w, h = sizes.pop()
    expect_w = frame.w / 72 * 300
    assert abs(w - expect_w) <= 3 and abs(h - frame.h / 72 * 300) <= 3, (w, h, frame)
    assert pdf.stat().st_size < 1_500_000  # far less than the 6 MB of raw source pixels


def test_missing_and_broken_sketches_get_a_placeholder_with_a_warning(tmp_path):
    (tmp_path / "bad.sketch.json").write_text('{"format": "beatboard-sketch", "version": 1, '
                                              '"layers": [{"strokes": [{"points": [NaN]}]}]}')
    project = make_project(episodes=1, beats=3)
    b1, b2, b3 = project.episodes[0].beats
    b1.panels[0].sketch = "gone.sketch.json"
    b2.panels[0].sketch = "bad.sketch.json"
    b3.panels[0].sketch = "../outside.sketch.json" if False else None
    pdf = export(tmp_path, project, sections=("boards",))
    text = " ".join(page_texts(pdf)[0].split())
    assert "Sketch missing gone.sketch.json" in text
    assert "Sketch damaged bad.sketch.json" in text
    # the placeholder shows the automatic frame faint and unlabelled (as on screen); the
    # panel without a sketch shows it whole
    assert text.count("Gala hall") == 1


def test_single_panel_layout_gives_each_panel_a_page_with_a_large_frame(tmp_path):
    project = make_project(episodes=2, beats=3)
    project.episodes[0].beats[0].panels = [Panel(id="p1"), Panel(id="p2")]
    pdf = export(tmp_path, project, sections=("boards",), panels=1)
    assert page_count(pdf) == 7  # 4 panels + 3 panels
    frames = _frames(project, panels=1)
    height = board_regions("A4", "portrait", 1).geometry.height
    for page in frames:
        assert len(page) == 1 and page[0].h > 0.5 * height
    texts = page_texts(pdf)
    assert "#2 00:04.0" in " ".join(texts[1].split())
    assert "Emotion:" in texts[0] and "Characters: Lin Xia" in texts[0]


def test_cli_layout_single(tmp_path):
    from beatboard.cli import main
    from beatboard.core.fileio import save
    src = tmp_path / "s.beatboard"
    save(make_project(episodes=1, beats=2), src)
    out = tmp_path / "s.pdf"
    assert main(["export", "pdf", str(src), "-o", str(out), "--layout", "single",
                 "--sections", "boards"]) == 0
    assert page_count(out) == 2
    assert re.search(r"#2 00:08\.0", page_texts(out)[1])


def test_a_wordy_beat_does_not_shrink_the_other_frames_on_its_page():
    project = make_project(episodes=1, beats=6)
    beats = project.episodes[0].beats
    for beat in beats:
        beat.action = beat.dialogue = ""
        beat.props = []
    beats[4].action = "The heiress walks through the storm-drenched gala. " * 30
    options = PdfOptions(panels=6)
    regions = board_regions("A4", "portrait", 6)
    plan = plan_episodes(project.ordered_episodes(), True)[0]
    page = plan_board_pages(regions, plan, "en")[0]
    cell = regions.cell(0)
    under = cell.h - band_height(regions.base_size) - 6
    heights = {run.beat.beat.id: run.cells[0].frame.h for run in page.layout.runs}
    wordy = heights.pop(beats[4].id)
    for beat_id, h in heights.items():
        assert h >= FRAME_TARGET * under - 1 or h >= (cell.w - 2 * PAD) * 16 / 9 - 1, beat_id
        assert h > wordy, beat_id
    assert options.panels == 6


def test_a_short_last_row_takes_the_empty_rows_and_huge_text_spans_note_pages():
    project = make_project(episodes=1, beats=3)
    beat = project.episodes[0].beats[1]
    beat.action = "The heiress walks through the storm-drenched gala, " * 400 + "THE END."
    regions = board_regions("A4", "portrait", 12)
    plan = plan_episodes(project.ordered_episodes(), True)[0]
    page = plan_board_pages(regions, plan, "en")[0]
    for run in page.layout.runs:  # one row of three: the cells reach the grid's bottom
        assert abs(run.rect.y - regions.grid.y) < 0.01
    trace: list = []
    data, pages = render_pdf(project, PdfOptions(panels=12, sections=("boards",)),
                             trace=trace)
    assert pages >= 3  # the board, then the rest of the action over several note pages
    for entry in trace:
        assert entry.container.contains(entry.box), entry
    assert any("THE END." in e.text for e in trace)

"""A dropped panel is shown struck through wherever the board is drawn (the canvas, the
Board view and the printed board ask one picture plan) and in no output that plays."""
from __future__ import annotations

from beatboard.core.model import Dropped
from beatboard.core.picture_plan import LineItem, TextItem, plan_panel
from beatboard.export.pdf import PdfOptions, export_pdf

from pdf.helpers import page_texts  # tests/ is on sys.path (its conftest)
from .conftest import SAMPLE


def _dropped(project):
    beat = project.ordered_episodes()[0].beats[1]
    beat.panels[1].dropped = Dropped(source="E001_main.xml")
    return beat, beat.panels[1]


def test_the_plan_strikes_a_dropped_panel_through_in_the_views_and_the_print(project):
    beat, panel = _dropped(project)
    for purpose in ("canvas", "inspector", "series_card", "print"):
        items = plan_panel(project, SAMPLE.parent, beat, panel, purpose).items
        assert sum(isinstance(i, LineItem) for i in items) == 2, purpose
        text = [i.text for i in items if isinstance(i, TextItem)]
        assert any("dropped in the edit" in t and "剪辑时删除" in t for t in text)
    for purpose in ("frames", "animatic", "sketchpad"):
        items = plan_panel(project, SAMPLE.parent, beat, panel, purpose).items
        assert not any(isinstance(i, LineItem) for i in items), purpose
    other = beat.panels[0]
    assert not any(isinstance(i, LineItem)
                   for i in plan_panel(project, SAMPLE.parent, beat, other, "canvas").items)


def test_the_printed_board_says_dropped_in_the_edit(project, tmp_path):
    _dropped(project)
    out = tmp_path / "board.pdf"
    export_pdf(project, out, PdfOptions(episodes=[1]), base_dir=SAMPLE.parent)
    text = page_texts(out)[0]  # poppler's pdftotext, else pypdf
    assert "dropped in the edit" in text and "剪辑时删除" in text

"""The Series Audience view: the table and scatter of continuation beside the
cliffhanger's intensity, the paywall's conversion, importing a series table as one undo
step, and the strip on the series board's heat map."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from beatboard.core.fileio import load
from tests.audience.series_factories import EUROPEAN, TABLE, series_project

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture
def window(make_window):
    return make_window(series_project())


def _csv(tmp_path, text=TABLE, name="series.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return str(path)


def test_the_file_menu_and_the_audience_dock_offer_the_series_view(window):
    texts = [a.text() for a in window.menus["file"].actions()]
    assert window.audience.series_import_action.text() in texts
    assert window.audience.series_action in window.menus["view"].actions()
    window.audience.table.series_button.click()
    assert window.audience.series_dialog.isVisible()


def test_importing_a_table_shows_it_and_undo_removes_it(window, qtbot, tmp_path):
    dialog = window.audience.show_series()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert dialog.import_file(_csv(tmp_path, EUROPEAN))
    project = window.controller.project
    assert [r.episode for r in project.series_audience] == ["ep-1", "ep-2", "ep-3", "ep-4"]
    cells = [[dialog.table.item(r, c).text() for c in range(8)] for r in range(4)]
    assert cells[0][:5] == ["1", "10,000", "70.0 %", "6,000", "60.0 %"]
    assert cells[2][6:] == ["5", "Cliff 3 (not a cliffhanger)"]
    assert cells[3][4:6] == ["last episode", "810"]
    assert dialog.table.item(3, 0).font().bold()  # the paywall episode
    text = dialog.summary.text()
    assert "Paywall at episode 4: 810 of 4,050 viewers who started it paid (20.0 %)." in text
    assert "r = +1.00 over 3 episodes" in text
    # Markers: higher intensity further right, higher continuation further up.
    pos = dialog.chart.positions
    dialog.resize(1040, 520)
    dialog.grab()
    pos = dialog.chart.positions
    assert pos[1].x() < pos[2].x() < pos[3].x() and pos[1].y() > pos[2].y() > pos[3].y()
    assert 4 not in pos  # the last episode has no next one
    window.controller.stack.undo()
    assert project.series_audience == [] and dialog.table.rowCount() == 0


def test_a_bad_table_is_refused_in_the_view_and_nothing_is_imported(window, qtbot, tmp_path):
    dialog = window.audience.show_series()
    qtbot.addWidget(dialog)
    bad = _csv(tmp_path, TABLE.replace("3,4500,4000", "3,4500,many"), "bad.csv")
    assert not dialog.import_file(bad)
    assert "bad.csv" in dialog.problem.text() and "line 4" in dialog.problem.text()
    assert window.controller.project.series_audience == []
    assert not window.controller.stack.canUndo()


def test_the_showcase_view_and_heat_map_strip(make_window, qtbot, tmp_path):
    shutil.copytree(SAMPLES / "iron-heiress.assets", tmp_path / "iron-heiress.assets")
    target = tmp_path / "iron-heiress.beatboard"
    shutil.copy(SAMPLES / "iron-heiress.beatboard", target)
    w = make_window(load(target), str(target))
    dialog = w.audience.show_series()
    qtbot.addWidget(dialog)
    dialog.resize(1100, 560)
    assert dialog.table.rowCount() == 14
    assert "Paywall at episode 10: 1,950 of 9,300 viewers who started it paid (21.0 %)." \
        in dialog.summary.text()
    assert dialog.grab().save(str(tmp_path / "series_dialog.png"))
    shutil.copy(tmp_path / "series_dialog.png", "/tmp/series_dialog.png")


def _strip_share(canvas, row_index: int) -> float:
    """The strip's filled share, measured on the painted header picture."""
    from beatboard.gui.series_board.paint import continuation_rect
    row = canvas._shown[row_index][0]
    image = canvas._header_pixmap(row, False).toImage()
    r = continuation_rect(canvas.header_rect(0).translated(0, -canvas.header_rect(0).top()))
    y = int(r.top() + 1)
    empty = image.pixelColor(int(r.right()) - 1, y)
    filled = [x for x in range(int(r.left()), int(r.right()))
              if image.pixelColor(x, y) != empty]
    return len(filled) / r.width()


def test_the_heat_map_shows_a_continuation_strip_per_episode(make_window, qtbot, tmp_path):
    w = make_window(series_project())
    w.acts.series_board.trigger()
    board = w.series_board
    board.resize(1100, 500)
    canvas = board.canvas
    canvas.set_zoom(0.1)
    assert canvas.geo.lod == "heat"
    assert [r.continuation for r in canvas.rows if r.number] == [None] * 4
    w.audience.show_series().import_file(_csv(tmp_path))
    assert [r.continuation for r in canvas.rows if r.number] == [0.6, 0.75, 0.9, None]
    # The bar is as long as the share (text aside, it reads in black and white).
    assert _strip_share(canvas, 0) == pytest.approx(0.6, abs=0.08)
    assert _strip_share(canvas, 2) == pytest.approx(0.9, abs=0.08)
    w.controller.stack.undo()
    assert [r.continuation for r in canvas.rows if r.number] == [None] * 4


def test_the_showcase_heat_map_strip(make_window, qtbot, tmp_path):
    shutil.copytree(SAMPLES / "iron-heiress.assets", tmp_path / "iron-heiress.assets")
    target = tmp_path / "iron-heiress.beatboard"
    shutil.copy(SAMPLES / "iron-heiress.beatboard", target)
    w = make_window(load(target), str(target))
    w.acts.series_board.trigger()
    board = w.series_board
    board.resize(1000, 520)
    board.fit_button.click()
    canvas = board.canvas
    assert canvas.geo.lod == "heat"
    shares = {r.number: r.continuation for r in canvas.rows if r.number}
    assert shares[9] == pytest.approx(9300 / 10500) and shares[14] is None
    assert board.grab().save("/tmp/series_heat.png")


def test_the_view_and_the_pdf_dialog_speak_chinese(window, qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from beatboard.gui.export_dialog import ExportPdfDialog
    from pending_i18n import install_chinese, remove_chinese
    dialog = ExportPdfDialog(window.controller.project, None, "en", window)
    qtbot.addWidget(dialog)
    assert not dialog.sections["audience"].isChecked()
    app = QApplication.instance()
    pending = install_chinese(app)
    try:
        view = window.audience.show_series()
        qtbot.addWidget(view)
        view.retranslate()
        assert view.import_file(_csv(tmp_path))
        assert view.windowTitle() == "全剧观众数据"
        assert view.table.horizontalHeaderItem(4).text() == "续看率"
        assert "第4集付费墙：开始观看的 4,050 名观众中 810 名付费（20.0 %）。" in view.summary.text()
    finally:
        remove_chinese(app, pending)
    # A series table alone is audience data: the PDF dialog offers its page.
    dialog = ExportPdfDialog(window.controller.project, None, "en", window)
    qtbot.addWidget(dialog)
    assert dialog.sections["audience"].isChecked()

"""File › Import Audience Data…: preview, column picker, typed points, one undo step."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from beatboard.gui.audience.import_dialog import AudienceImportDialog

from conftest import small_project

EUROPEAN = "\ufeffSekunden;Zuschauer\n0;100,0\n10;72,5\n35;50,0\n70;31,5\n".encode("utf-8")
THREE_COLUMNS = b"row,second,share,extra\nA,0,100,x\nB,20,70,y\nC,60,40,z\n"


@pytest.fixture
def window(make_window):
    return make_window(small_project())


def _dialog(window, qtbot) -> AudienceImportDialog:
    dialog = AudienceImportDialog(window.controller, "ep1", "", window)
    qtbot.addWidget(dialog)
    return dialog


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.Ok)


def test_menu_offers_the_import(window):
    texts = [a.text() for a in window.menus["file"].actions()]
    assert window.audience.import_action.text() in texts


def test_european_csv_preview_and_one_undoable_edit(window, qtbot, tmp_path):
    path = tmp_path / "eu.csv"
    path.write_bytes(EUROPEAN)
    dialog = _dialog(window, qtbot)
    dialog.source.load(str(path))
    assert "semicolon" in dialog.source.dialect.text()
    assert "decimal comma" in dialog.source.dialect.text()
    assert "BOM" in dialog.source.dialect.text()
    assert dialog.source.rows.item(0, 0).text() == "Sekunden"
    assert dialog.result.item(1, 2).text() == "72.5 %"
    assert dialog.result.item(1, 3).text() == "Contract ultimatum"  # 10 s is in s1
    dialog.label.setText("EU")
    dialog.views.setValue(1200)
    dialog.primary.setChecked(True)
    assert _ok(dialog).isEnabled()
    dialog.accept()
    project = window.controller.project
    [d] = project.audience
    assert (d.episode, d.cut, d.label, d.views, d.primary) == ("ep1", "main", "EU", 1200, True)
    assert d.points[1] == (10.0, 0.725) and d.source == "eu.csv"
    window.controller.stack.undo()
    assert project.audience == []


def test_unknown_table_is_read_through_the_column_picker(window, qtbot, tmp_path):
    path = tmp_path / "three.csv"
    path.write_bytes(THREE_COLUMNS)
    dialog = _dialog(window, qtbot)
    dialog.source.load(str(path))
    assert "line 1" in dialog.problem.text() or "line 2" in dialog.problem.text()
    assert not _ok(dialog).isEnabled()
    dialog.source.by_hand.setChecked(True)
    dialog.source.time_col.setCurrentIndex(1)
    dialog.source.ret_col.setCurrentIndex(2)
    assert dialog.problem.text() == ""
    assert dialog.dataset.points == [(0.0, 1.0), (20.0, 0.7), (60.0, 0.4)]
    assert "chosen by hand" in dialog.read_as.text()


def test_text_in_a_cell_names_the_line_and_blocks_the_import(window, qtbot, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(b"seconds,retention\n0,100\n10,lots\n")
    dialog = _dialog(window, qtbot)
    dialog.source.load(str(path))
    assert "bad.csv: line 3" in dialog.problem.text() and "lots" in dialog.problem.text()
    assert not _ok(dialog).isEnabled()
    dialog.accept()
    assert window.controller.project.audience == []


def test_points_pasted_from_a_spreadsheet_on_a_variant_cut(window, qtbot):
    dialog = _dialog(window, qtbot)
    dialog.tabs.setCurrentIndex(1)
    dialog.points.setCurrentCell(0, 0)
    dialog.points.paste("0\t100\n5\t85,5\n30\t60\n")
    cut = dialog.cut.findData("via-v1")
    assert cut >= 0
    dialog.cut.setCurrentIndex(cut)
    assert dialog.dataset.points == [(0.0, 1.0), (5.0, 0.855), (30.0, 0.6)]
    dialog.accept()
    assert window.controller.project.audience[0].cut == "via-v1"


def test_a_typed_mistake_names_the_row(window, qtbot):
    dialog = _dialog(window, qtbot)
    dialog.tabs.setCurrentIndex(1)
    dialog.points.paste("0\t100\n5\tabc\n")
    assert "typed points: row 2" in dialog.problem.text()


def test_dialog_screenshot(window, qtbot, tmp_path):
    path = tmp_path / "eu.csv"
    path.write_bytes(EUROPEAN)
    dialog = _dialog(window, qtbot)
    dialog.show()
    dialog.source.load(str(path))
    qtbot.waitExposed(dialog)
    out = tmp_path / "audience_import.png"
    assert dialog.grab().save(str(out))
    import shutil
    shutil.copy(out, "/tmp/audience_import.png")


def test_dialog_speaks_chinese(window, qtbot):
    from PySide6.QtWidgets import QApplication
    from pending_i18n import install_chinese, remove_chinese
    app = QApplication.instance()
    pending = install_chinese(app)
    try:
        dialog = _dialog(window, qtbot)
        assert dialog.tabs.tabText(1) == "输入或粘贴数据点"
        assert dialog.cut.itemText(0) == "主线"
    finally:
        remove_chinese(app, pending)


def test_pdf_dialog_offers_audience_pages_when_there_is_data(window, qtbot):
    from beatboard.gui.export_dialog import ExportPdfDialog
    from beatboard.core.audience_model import RetentionDataset
    from beatboard.edit import AddDataset
    dialog = ExportPdfDialog(window.controller.project, None, "en", window)
    qtbot.addWidget(dialog)
    assert not dialog.sections["audience"].isChecked()
    window.controller.push(AddDataset(RetentionDataset(
        id="new", episode="ep1", points=[(0.0, 1.0), (70.0, 0.3)])))
    dialog = ExportPdfDialog(window.controller.project, None, "en", window)
    qtbot.addWidget(dialog)
    assert dialog.sections["audience"].isChecked()

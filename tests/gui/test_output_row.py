"""The export dialogs share one output row: the same chooser behaviour, the same refusal
of the project's own files, and each dialog's own words (English and Chinese)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog

from beatboard.core import assets, fileio
from beatboard.core import sketch as S
from beatboard.gui.export_dialog import ExportPdfDialog
from beatboard.gui.frames_dialog import ExportFramesDialog
from beatboard.gui.output_row import OutputRow
from beatboard.gui.player.export_dialog import AnimaticExportDialog

from conftest import small_project


def dialogs(w, source):
    project = w.controller.project
    return (ExportPdfDialog(project, source, "en", w), ExportFramesDialog(project, source, w),
            AnimaticExportDialog(project, source, None, w))


def test_every_export_dialog_refuses_the_asset_folder_naming_it(make_window, tmp_path, boxes):
    source = tmp_path / "show.beatboard"
    fileio.save(small_project(), source)
    stored = tmp_path / assets.store_sketch(source, S.Sketch())
    before = stored.read_bytes()
    w = make_window(fileio.load(source), str(source))
    for dialog, target in zip(dialogs(w, source), (stored, stored.parent, stored.parent)):
        assert isinstance(dialog.out_row, OutputRow)
        dialog.out_row.edit.setText(str(target))
        dialog.accept()
        assert dialog.result() == 0
        assert "asset folder" in boxes.errors[-1] and str(stored.parent) in boxes.errors[-1]
    assert stored.read_bytes() == before
    assert [p.name for p in stored.parent.iterdir()] == [stored.name]


def test_the_choosers_fill_the_row(make_window, tmp_path, monkeypatch, boxes):
    from PySide6.QtWidgets import QMessageBox
    w = make_window(small_project())
    pdf, frames, video = dialogs(w, None)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, start, filt: (asked.append((title, filt))
                                                            or str(tmp_path / "board"), filt))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda parent, title, start: asked.append((title,)) or str(tmp_path / "f"))
    pdf.out_row.button.click()
    assert pdf.output.text() == str(tmp_path / "board.pdf")  # the suffix is added
    frames.out_row.button.click()
    video.out_row.button.click()
    assert frames.out_row.text() == video.out_row.text() == str(tmp_path / "f")
    assert asked == [("Export PDF", "PDF files (*.pdf)"), ("Export Frames",),
                     ("Folder for the videos",)]
    # The save chooser already asked about replacing the file it returned: no second ask.
    (tmp_path / "board.pdf").write_bytes(b"old")
    boxes.answer = QMessageBox.No
    pdf.accept()
    assert not boxes.prompts and (tmp_path / "board.pdf").read_bytes().startswith(b"%PDF")


def test_the_rows_keep_their_dialogs_words_in_chinese(make_window):
    from pending_i18n import install_chinese, remove_chinese
    pending = install_chinese(QApplication.instance())
    try:
        w = make_window(small_project())
        pdf, frames, video = dialogs(w, None)
        assert [d.out_row.button.text() for d in (pdf, frames, video)] == [
            "浏览…", "浏览…", "选择…"]
        assert [d.out_row.chooser_title for d in (pdf, frames)] == ["导出 PDF", "导出画格"]
    finally:
        remove_chinese(QApplication.instance(), pending)

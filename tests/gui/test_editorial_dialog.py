"""File › Export for Editing…: the editor writes the same timelines as ``beatboard export
editorial``, with progress; Cancel really stops it and leaves whole files only."""
from __future__ import annotations

from pathlib import Path

import opentimelineio as otio
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from beatboard.gui.editorial_dialog import ExportEditorialDialog

from conftest import small_project

TIMELINES = (".otio", ".xml", ".fcpxml", ".edl")


def test_the_file_menu_offers_it_and_the_dialog_writes_every_format(make_window, tmp_path):
    w = make_window(small_project())
    file_menu = w.menuBar().actions()[0].menu()
    assert w.acts.export_editorial in file_menu.actions()
    dialog = ExportEditorialDialog(w.controller.project, None, w)
    out = tmp_path / "edit"
    dialog.output.setText(str(out))
    dialog.episodes.setText("1")
    dialog.cuts.setCurrentIndex(dialog.cuts.findData("all"))
    dialog.video.setChecked(False)
    dialog.fps.setCurrentIndex(dialog.fps.findData(25))
    dialog.grab().save(str(tmp_path / "dialog.png"))
    dialog.accept()
    names = sorted(p.name for p in out.iterdir())
    assert "E001_main.otio" in names and "E001_main.edl" in names and "stills" in names
    assert len([n for n in names if n.endswith(".otio")]) == 2  # the main cut and its A/B
    tl = otio.adapters.read_from_file(str(out / "E001_main.otio"))
    assert tl.global_start_time.rate == 25
    assert dialog.result_text.startswith("Exported ") and dialog.result() == 1


def test_timelines_already_there_are_replaced_only_when_the_user_agrees(make_window, tmp_path,
                                                                       boxes):
    from PySide6.QtWidgets import QMessageBox
    w = make_window(small_project())
    out = tmp_path / "edit"
    out.mkdir()
    (out / "E002_main.otio").write_text("keep")
    dialog = ExportEditorialDialog(w.controller.project, None, w)
    dialog.output.setText(str(out))
    dialog.episodes.setText("2")
    boxes.answer = QMessageBox.No
    dialog.accept()
    assert boxes.prompts and "1 of these timelines" in boxes.prompts[0]
    assert (out / "E002_main.otio").read_text() == "keep" and len(list(out.iterdir())) == 1


def test_bad_choices_are_named_and_nothing_written(make_window, tmp_path, boxes):
    w = make_window(small_project())
    dialog = ExportEditorialDialog(w.controller.project, None, w)
    out = tmp_path / "e"
    dialog.output.setText(str(out))
    dialog.episodes.setText("7")
    dialog.accept()
    assert boxes.errors and "no episode 7" in boxes.errors[-1]
    dialog.episodes.setText("")
    for box in dialog.formats.values():
        box.setChecked(False)
    dialog.accept()
    assert "at least one format" in boxes.errors[-1]
    assert not out.exists()


def test_a_folder_inside_the_asset_store_is_refused(make_window, tmp_path, boxes):
    from beatboard.core.fileio import save
    src = tmp_path / "show.beatboard"
    save(small_project(), src)
    (tmp_path / "show.assets").mkdir()
    w = make_window(small_project())
    dialog = ExportEditorialDialog(w.controller.project, src, w)
    dialog.output.setText(str(tmp_path / "show.assets" / "edit"))
    dialog.accept()
    assert boxes.errors and "asset folder" in boxes.errors[-1]
    assert not (tmp_path / "show.assets" / "edit").exists()


def test_cancel_mid_run_stops_and_leaves_no_half_written_timeline(make_window, tmp_path,
                                                                   boxes, qtbot):
    w = make_window(small_project())
    dialog = ExportEditorialDialog(w.controller.project, None, w)
    out = tmp_path / "edit"
    dialog.output.setText(str(out))
    dialog.cuts.setCurrentIndex(dialog.cuts.findData("all"))
    pressed = []

    def press_cancel_once_work_has_begun():
        if pressed:
            return
        progress = dialog.findChildren(QProgressDialog)  # run_job's, parented to the dialog
        stills = out / "stills"
        if progress and stills.is_dir() and any(stills.iterdir()):
            progress[0].findChild(QPushButton).click()  # the Cancel button
            pressed.append(True)

    timer = QTimer()
    timer.timeout.connect(press_cancel_once_work_has_begun)
    timer.start(5)
    try:
        dialog.accept()
    finally:
        timer.stop()
    assert pressed, "the export finished before Cancel could be pressed"
    assert boxes.errors and boxes.errors[-1].startswith("export cancelled")
    assert dialog.result() == 0
    # Nothing after the cancel: no video, not every timeline, and no partial file anywhere.
    written = sorted(p for p in out.rglob("*") if p.is_file())
    assert not any(p.suffix == ".mp4" for p in written)
    assert all(not p.name.startswith(".") for p in written), written  # no temporary files
    for path in written:
        if path.suffix in TIMELINES:  # every timeline there is whole
            otio.adapters.read_from_file(str(path), **({"rate": 30} if path.suffix == ".edl" else {}))


def test_the_dialog_speaks_chinese(make_window):
    from pending_i18n import install_chinese, remove_chinese
    pending = install_chinese(QApplication.instance())
    try:
        w = make_window(small_project())
        assert w.acts.export_editorial.text() == "导出给剪辑(&D)…"
        assert ExportEditorialDialog(w.controller.project, None, w).windowTitle() == "导出给剪辑"
    finally:
        remove_chinese(QApplication.instance(), pending)

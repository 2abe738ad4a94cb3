"""Export, import, preferences and the inspector's refresh behaviour."""
from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from beatboard.edit import SetField
from beatboard.export import ExportCancelled
from beatboard.gui.export_dialog import ExportPdfDialog
from beatboard.gui.import_dialog import import_in_background
from beatboard.gui.jobs import run_job
from beatboard.gui.preferences import PreferencesDialog

from conftest import small_project


def test_export_pdf_dialog_writes_the_board(make_window, tmp_path):
    w = make_window(small_project())
    dialog = ExportPdfDialog(w.controller.project, None, "zh", w)
    out = tmp_path / "board.pdf"
    dialog.output.setText(str(out))
    dialog.episodes.setText("1")
    dialog.sections["overview"].setChecked(False)
    dialog.accept()
    assert out.read_bytes().startswith(b"%PDF")
    assert "board.pdf" in dialog.result_text


def test_export_dialog_rejects_a_bad_episode_range(make_window, tmp_path, boxes):
    w = make_window(small_project())
    dialog = ExportPdfDialog(w.controller.project, None, "en", w)
    dialog.output.setText(str(tmp_path / "x.pdf"))
    dialog.episodes.setText("1-x")
    dialog.accept()
    assert boxes.errors and "1-x" in boxes.errors[0]
    assert not (tmp_path / "x.pdf").exists()


def _export_problem(w, tmp_path, boxes, episodes="", sections=("boards",)) -> str:
    dialog = ExportPdfDialog(w.controller.project, None, "en", w)
    dialog.output.setText(str(tmp_path / "x.pdf"))
    dialog.episodes.setText(episodes)
    for name, box in dialog.sections.items():
        box.setChecked(name in sections)
    boxes.errors.clear()
    dialog.accept()
    assert not (tmp_path / "x.pdf").exists()
    assert len(boxes.errors) == 1
    return boxes.errors[0]


def test_export_dialog_problems_name_its_fields_not_command_line_flags(make_window, tmp_path,
                                                                       boxes):
    w = make_window(small_project())
    assert _export_problem(w, tmp_path, boxes, "40") == (
        "Episodes: no episode matches; this series has episodes 1, 2")
    assert _export_problem(w, tmp_path, boxes, "3-1").startswith(
        "Episodes: '3-1' is not a valid range")
    assert _export_problem(w, tmp_path, boxes, "1", sections=()) == "Sections: tick at least one"


def test_export_dialog_problems_in_chinese(make_window, tmp_path, boxes):
    from pending_i18n import install_chinese, remove_chinese
    pending = install_chinese(QApplication.instance())
    try:
        w = make_window(small_project())
        assert _export_problem(w, tmp_path, boxes, "40") == (
            "分集：没有匹配的分集；本剧有第 1, 2 集")
        assert "--" not in _export_problem(w, tmp_path, boxes, "x")
    finally:
        remove_chinese(QApplication.instance(), pending)


def test_long_job_shows_progress_and_can_be_cancelled(make_window):
    w = make_window(small_project())
    seen = []

    def press_cancel():
        for d in QApplication.topLevelWidgets():
            if isinstance(d, QProgressDialog) and d.isVisible():
                seen.append(d.labelText())
                d.cancel()

    def job(progress, cancelled):
        deadline = time.monotonic() + 10
        progress(0.2, "rendering")
        while not cancelled() and time.monotonic() < deadline:
            time.sleep(0.01)
        raise ExportCancelled()

    QTimer.singleShot(900, press_cancel)  # the dialog shows only after ~0.5 s
    ok, message = run_job(w, "Exporting", job)
    assert not ok and "cancel" in message
    assert seen == ["rendering"]


def test_quick_job_returns_its_result(make_window):
    w = make_window(small_project())
    assert run_job(w, "quick", lambda progress, cancelled: 42) == (True, 42)


def test_import_fountain_script(make_window, tmp_path):
    w = make_window(small_project())
    script = tmp_path / "pilot.fountain"
    script.write_text("Title: Pilot\n\n# Episode 1\n\nINT. GALA HALL - NIGHT\n\n"
                      "Lin freezes, glass in hand.\n\nLIN\nYou think you can humiliate me?\n",
                      encoding="utf-8")
    ok, project = import_in_background(w, str(script))
    assert ok, project
    assert project.episodes and project.episodes[0].beats
    bad = tmp_path / "bad.fdx"
    bad.write_text("<not xml", encoding="utf-8")
    ok, message = import_in_background(w, str(bad))
    assert not ok and "bad.fdx" in message


def test_preferences_apply_theme_and_autosave(make_window, isolated):
    w = make_window(small_project())
    dialog = PreferencesDialog(isolated, w)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.autosave.setValue(120)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    dialog.apply()
    assert isolated.get("ui/theme") == "dark"
    assert isolated.get("autosave/interval_s") == 120
    assert isolated.get("ui/language") == "zh_CN"


def test_inspector_refresh_keeps_the_cursor(make_window, qtbot):
    w = make_window(small_project())
    w.selection.select("ep1", ["s1"])
    title = w.inspector.beat_form.title
    title.setFocus()
    title.setCursorPosition(3)
    w.controller.push(SetField.beat("ep1", "s1", "emotion.intensity", 5))  # e.g. from the canvas
    assert title.cursorPosition() == 3
    assert w.inspector.beat_form.emotion.intensity.value() == 5
    w.controller.push(SetField.beat("ep1", "s1", "title", "Contract"))  # a shorter title
    assert title.text() == "Contract" and title.cursorPosition() == 3


def test_beat_image_goes_into_the_one_asset_store_and_is_cleared(make_window, tmp_path, qtbot):
    from PySide6.QtGui import QColor, QImage
    from beatboard.core import fileio
    path = tmp_path / "show.beatboard"
    fileio.save(small_project(), path)
    w = make_window(fileio.load(path), str(path))
    w.selection.select("ep1", ["p1"])
    form = w.inspector.beat_form
    picture = QImage(90, 160, QImage.Format_RGB32)
    picture.fill(QColor("#F2B705"))
    source = tmp_path / "elsewhere" / "panel.png"
    source.parent.mkdir()
    assert picture.save(str(source))
    depth = w.controller.stack.count()
    form.attach_image_file(str(source))
    image = w.controller.project.episode("ep1").beat("p1").panels[0].image
    assert image.startswith("show.assets/") and (tmp_path / image).is_file()
    assert not (tmp_path / "show.images").exists()  # the old per-beat folder is not written
    assert w.controller.stack.count() == depth + 1
    panel_form = w.inspector.panel_form  # the panel inspector stores the same picture once
    w.selection.set_panel("p1", w.controller.project.episode("ep1").beat("p1").panels[0].id)
    panel_form.set_image_file(str(source))
    assert w.controller.project.episode("ep1").beat("p1").panels[0].image == image
    w.selection.select("ep1", ["p1"])
    assert form.image_label.text() == image
    qtbot.waitUntil(lambda: not form.image_thumb.pixmap().isNull())  # loaded off the GUI thread
    thumb = form.image_thumb.pixmap().toImage()  # the thumbnail shows the picture
    assert form.image_thumb.isVisible() and not thumb.isNull()
    assert thumb.pixelColor(thumb.width() // 2, thumb.height() // 2).name() == "#f2b705"
    form.image_clear.click()
    assert w.controller.project.episode("ep1").beat("p1").panels[0].image is None
    assert not form.image_thumb.isVisible()
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    form.attach_image_file(str(text))
    assert "notes.png" in w.statusBar().currentMessage()
    assert w.controller.project.episode("ep1").beat("p1").panels[0].image is None


def test_export_dialog_never_writes_onto_a_project(make_window, tmp_path, boxes):
    from beatboard.core import fileio
    source = tmp_path / "show.beatboard"
    fileio.save(small_project(), source)
    before = source.read_bytes()
    w = make_window(fileio.load(source), str(source))
    dialog = ExportPdfDialog(w.controller.project, source, "en", w)
    for target in (source, tmp_path / "other.beatboard"):
        dialog.output.setText(str(target))
        dialog.accept()
        assert boxes.errors and str(target) in boxes.errors[-1]
        assert dialog.result() == 0
    assert source.read_bytes() == before
    assert not (tmp_path / "other.beatboard").exists()


def test_export_dialog_asks_before_replacing_a_file(make_window, tmp_path, boxes):
    from PySide6.QtWidgets import QMessageBox
    w = make_window(small_project())
    out = tmp_path / "board.pdf"
    out.write_bytes(b"the printed board from yesterday")
    dialog = ExportPdfDialog(w.controller.project, None, "en", w)
    dialog.output.setText(str(out))
    boxes.answer = QMessageBox.No
    dialog.accept()
    assert boxes.prompts and "board.pdf" in boxes.prompts[-1] and "Replace" in boxes.prompts[-1]
    assert out.read_bytes() == b"the printed board from yesterday"
    boxes.answer = QMessageBox.Yes
    dialog.accept()
    assert out.read_bytes().startswith(b"%PDF")



def test_a_bad_episode_heading_pattern_is_told_in_the_editors_words(make_window, boxes,
                                                                      monkeypatch, tmp_path):
    import beatboard.gui.import_dialog as import_dialog
    script = tmp_path / "s.fountain"
    script.write_text("INT. ROOM - DAY\n\nShe waits.\n", encoding="utf-8")
    monkeypatch.setattr(import_dialog, "choose_script", lambda *_a: str(script))
    monkeypatch.setattr(import_dialog, "ask_episode_marker", lambda *_a: "Episode (")
    w = make_window(small_project())
    before = w.controller.project
    w.acts.import_script.trigger()
    assert len(boxes.errors) == 1
    assert boxes.errors[0].startswith("Episode headings: not a valid regular expression (")
    assert "--" not in boxes.errors[0]
    assert w.controller.project is before


def test_export_dialogs_refuse_the_asset_folder(make_window, tmp_path, boxes):
    from beatboard.core import assets, fileio
    from beatboard.core import sketch as S
    from beatboard.gui.player.export_dialog import AnimaticExportDialog
    source = tmp_path / "show.beatboard"
    fileio.save(small_project(), source)
    stored = tmp_path / assets.store_sketch(source, S.Sketch())
    before = stored.read_bytes()
    w = make_window(fileio.load(source), str(source))
    pdf = ExportPdfDialog(w.controller.project, source, "en", w)
    pdf.output.setText(str(stored))
    pdf.accept()
    assert pdf.result() == 0 and "asset folder" in boxes.errors[-1]
    video = AnimaticExportDialog(w.controller.project, source, None, w)
    video.folder.setText(str(stored.parent))
    video.accept()
    assert video.result() == 0 and str(stored.parent) in boxes.errors[-1]
    assert stored.read_bytes() == before
    assert [p.name for p in stored.parent.iterdir()] == [stored.name]

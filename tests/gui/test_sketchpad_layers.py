"""The pad's free layer list, the rough layer's non-photo blue, and a stroke that cannot
be stored (a read-only project folder) staying in the pad."""
from __future__ import annotations

import errno

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from beatboard.core import assets

from tablet_events import tablet_stroke
from test_sketchpad import layer_row, line, pad, saved  # noqa: F401 - pad is a fixture


def ids(sketch):
    return [l.id for l in sketch.layers]


def test_layer_list_edits_are_saved_and_each_is_one_undo_step(pad):
    dialog, controller, tmp_path = pad
    panel = dialog.layer_panel
    panel.add_button.click()  # above the current layer, rough
    after_add = saved(controller, tmp_path)
    new_id = ids(after_add)[2]
    assert ids(after_add) == ["reference", "rough", new_id, "ink"]
    assert after_add.layers[2].name == "Layer 4" and panel.active == new_id
    tablet_stroke(dialog.canvas, line(dialog.canvas), [0.6] * 40)  # drawn on the new layer
    assert len(saved(controller, tmp_path).layers[2].strokes) == 1
    layer_row(dialog, new_id).setText("Shadows")  # what double-click editing does
    assert saved(controller, tmp_path).layers[2].name == "Shadows"
    panel.up_button.click()
    assert ids(saved(controller, tmp_path))[-1] == new_id  # now the top layer
    assert panel.list.item(0).data(Qt.UserRole) == new_id  # the list shows the top first
    panel.opacity.setValue(40)  # keyboard or a click on the groove: one edit
    assert saved(controller, tmp_path).layers[-1].opacity == 0.4
    panel.in_output.setChecked(True)
    assert saved(controller, tmp_path).layers[-1].visible is False
    assert "hidden in output" in layer_row(dialog, new_id).text()
    panel.delete_button.click()
    assert saved(controller, tmp_path) is None  # all that was drawn is gone: no sketch
    assert ids(dialog.canvas.layers.sketch) == ["reference", "rough", "ink"]
    assert controller.stack.count() == 7
    undone = []
    for _ in range(6):
        controller.stack.undo()
        undone.append(saved(controller, tmp_path))
    hidden, faded, moved, renamed, drawn, added = undone
    assert hidden.layers[-1].visible is False and faded.layers[-1].visible is True
    assert faded.layers[-1].opacity == 0.4 and moved.layers[-1].opacity == 1.0
    assert moved.layers[-1].id == new_id and renamed.layers[2].id == new_id
    assert renamed.layers[2].name == "Shadows" and drawn.layers[2].name == "Layer 4"
    assert len(drawn.layers[2].strokes) == 1 and not added.layers[2].strokes
    assert ids(dialog.canvas.layers.sketch) == ids(added)  # the pad follows the undo
    assert [layer_row(dialog, i).text() for i in reversed(ids(added))] == \
        ["Ink", "Layer 4", "Rough", "Reference"]


def test_a_layer_hidden_in_output_still_shows_in_the_pad_but_not_on_the_board(pad):
    dialog, controller, tmp_path = pad
    canvas = dialog.canvas
    dialog.choose_colour("black")
    tablet_stroke(canvas, line(canvas, 0.4), [1.0] * 40)
    dialog.layer_panel.in_output.setChecked(True)  # the rough layer
    p = line(canvas, 0.4)[20].toPoint()
    canvas.repaint()
    assert QColor(canvas.grab().toImage().pixel(p)).lightness() < 100
    from beatboard.render import render_panel
    beat = controller.project.episode("ep1").beat("s1")
    img = render_panel(controller.project, tmp_path, beat, beat.panel("s1-b"), (270, 480))
    centre_row = [QColor(img.pixel(x, int(480 * 0.4))).lightness() for x in range(60, 210)]
    assert min(centre_row) > 200  # nothing of the hidden layer on the board


def test_rough_strokes_start_non_photo_blue_and_each_layer_keeps_its_colour(pad):
    dialog, controller, tmp_path = pad
    canvas = dialog.canvas
    tablet_stroke(canvas, line(canvas, 0.3), [0.6] * 40)
    assert saved(controller, tmp_path).layer("rough").strokes[0].colour == "nonphoto"
    dialog.layer_panel.list.setCurrentItem(layer_row(dialog, "ink"))
    assert canvas.colour == "black"
    dialog.choose_colour("red")
    dialog.layer_panel.list.setCurrentItem(layer_row(dialog, "rough"))
    assert canvas.colour == "nonphoto"
    dialog.layer_panel.list.setCurrentItem(layer_row(dialog, "ink"))
    tablet_stroke(canvas, line(canvas, 0.5), [0.6] * 40)
    sk = saved(controller, tmp_path)
    assert sk.layer("ink").strokes[0].colour == "red"
    assert sk.layer("rough").strokes[0].colour == "nonphoto"  # drawn strokes keep theirs


def test_a_stroke_that_cannot_be_stored_stays_with_the_error_and_save_as(pad, monkeypatch):
    dialog, controller, tmp_path = pad
    canvas = dialog.canvas
    store = assets.store_sketch

    def read_only_folder(project_path, sketch):
        if str(tmp_path) in str(project_path):
            raise PermissionError(errno.EACCES, "Permission denied", str(project_path))
        return store(project_path, sketch)
    monkeypatch.setattr(assets, "store_sketch", read_only_folder)
    saved_to = tmp_path.parent / ("copy-" + tmp_path.name) / "s.beatboard"

    def save_as():
        saved_to.parent.mkdir()
        controller.document.save(saved_to)
        return True
    dialog.save_as = save_as
    dialog.unstored_bar.save_as_button.setVisible(True)
    tablet_stroke(canvas, line(canvas, 0.4), [0.6] * 40)
    assert controller.stack.count() == 0
    assert len(canvas.layers.sketch.layer("rough").strokes) == 1  # still in the pad
    bar = dialog.unstored_bar
    assert bar.isVisible() and "Permission denied" in bar.message.text()
    dialog._load()  # what any later refresh does: the warning stays, the stroke too
    assert bar.isVisible() and len(canvas.layers.sketch.layer("rough").strokes) == 1
    assert not dialog.go(-1) and dialog.panel_id == "s1-b"  # not left behind unstored
    bar.retry_button.click()
    assert bar.isVisible() and controller.stack.count() == 0
    bar.save_as_button.click()
    assert not bar.isVisible() and controller.stack.count() == 1
    panel = controller.project.episode("ep1").beat("s1").panel("s1-b")
    stored = assets.load_sketch(saved_to.parent, panel.sketch)
    assert len(stored.layer("rough").strokes) == 1


def test_the_layer_list_speaks_chinese(pad):
    from PySide6.QtWidgets import QApplication

    from beatboard.gui.i18n import install_language
    from beatboard.gui.sketchpad.dialog import SketchPadDialog
    dialog, controller, tmp_path = pad
    app = QApplication.instance()
    assert install_language(app, "zh_CN")
    try:
        zh = SketchPadDialog(controller)
        zh.open_panel("ep1", "s1", "s1-b")
        zh.layer_panel.in_output.setChecked(True)  # the rough layer
        assert controller.stack.command(0).text() == "在输出中隐藏图层"
        assert layer_row(zh, "rough").text() == "草稿 · 输出中隐藏"
        assert saved(controller, tmp_path).layer("rough").name == "Rough"  # the file: English
        zh.layer_panel.add_button.click()
        assert controller.stack.command(1).text() == "添加图层"
        zh.unstored_bar.show_problem(zh._store_problem(PermissionError(13, "Permission denied")))
        assert zh.unstored_bar.message.text().startswith("⚠ 无法将绘画保存到项目旁")
        zh.close()
    finally:
        install_language(app, "en")


def test_dragging_a_row_reorders_the_layers_in_one_undo_step(pad):
    dialog, controller, tmp_path = pad
    rows = dialog.layer_panel.list
    assert [rows.item(i).data(Qt.UserRole) for i in range(3)] == ["ink", "rough", "reference"]
    rows.model().moveRow(rows.model().index(0, 0).parent(), 0,
                         rows.model().index(0, 0).parent(), 3)  # ink dropped at the bottom
    assert ids(saved(controller, tmp_path)) == ["ink", "reference", "rough"]
    assert [rows.item(i).data(Qt.UserRole) for i in range(3)] == ["rough", "reference", "ink"]
    assert controller.stack.count() == 1
    controller.stack.undo()
    assert [rows.item(i).data(Qt.UserRole) for i in range(3)] == ["ink", "rough", "reference"]


def test_an_unsaved_project_refuses_layer_edits_and_the_list_stays_true(qtbot):
    from beatboard.edit import Document
    from beatboard.gui.sketchpad.dialog import SketchPadDialog
    from beatboard.gui.undo import UndoController

    from canvas_fixtures import small_project
    controller = UndoController(Document(small_project()))
    dialog = SketchPadDialog(controller)
    qtbot.addWidget(dialog)
    dialog.open_panel("ep1", "h1", "h1-p1")
    dialog.layer_panel.in_output.setChecked(True)
    assert controller.stack.count() == 0
    assert not dialog.layer_panel.in_output.isChecked()
    assert "Save the project first" in dialog.status.text()


def test_closing_with_a_drawing_not_stored_asks_first(pad, monkeypatch):
    dialog, controller, tmp_path = pad
    monkeypatch.setattr(assets, "store_sketch", lambda *_a: (_ for _ in ()).throw(
        PermissionError(errno.EROFS, "Read-only file system")))
    tablet_stroke(dialog.canvas, line(dialog.canvas), [0.6] * 40)
    answers = ["stay", "discard"]
    monkeypatch.setattr(dialog, "ask_unstored", lambda: answers.pop(0))
    assert not dialog.close() and dialog.isVisible()  # stayed: the stroke is still there
    assert len(dialog.canvas.layers.sketch.layer("rough").strokes) == 1
    assert dialog.close() and not dialog.isVisible()  # discarded, as the user chose
    assert controller.stack.count() == 0


def test_drawing_on_a_layer_hidden_in_the_pad_shows_it_and_ticks_its_eye(pad):
    dialog, controller, tmp_path = pad
    layer_row(dialog, "rough").setCheckState(Qt.Unchecked)
    assert not dialog.canvas.layers.visible("rough")
    tablet_stroke(dialog.canvas, line(dialog.canvas), [0.6] * 40)
    assert dialog.canvas.layers.visible("rough")
    assert layer_row(dialog, "rough").checkState() == Qt.Checked
    assert saved(controller, tmp_path).layer("rough").visible  # the eye never reaches the file


def test_escape_with_a_drawing_not_stored_asks_too(pad, monkeypatch):
    dialog, controller, tmp_path = pad
    monkeypatch.setattr(assets, "store_sketch", lambda *_a: (_ for _ in ()).throw(
        PermissionError(errno.EROFS, "Read-only file system")))
    tablet_stroke(dialog.canvas, line(dialog.canvas), [0.6] * 40)
    monkeypatch.setattr(dialog, "ask_unstored", lambda: "stay")
    QTest.keyClick(dialog, Qt.Key_Escape)
    assert dialog.isVisible() and dialog.unstored is not None

"""The sketch pad driven with synthetic tablet and mouse input; asserts on the saved
sketch, the painted pixels and the document's undo stack."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from beatboard.core import assets
from beatboard.core import sketch as sk
from beatboard.edit import Document
from beatboard.core.model import Panel

from canvas_fixtures import install_app_fonts, small_project
from tablet_events import tablet_stroke


@pytest.fixture
def pad(qtbot, tmp_path):
    from beatboard.gui.sketchpad.dialog import SketchPadDialog
    from beatboard.gui.undo import UndoController
    install_app_fonts()
    project = small_project()
    project.episode("ep1").beat("s1").panels = [Panel(id="s1-a"), Panel(id="s1-b")]
    doc = Document(project)
    doc.save(tmp_path / "s.beatboard")
    controller = UndoController(doc)
    dialog = SketchPadDialog(controller)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.open_panel("ep1", "s1", "s1-b")
    return dialog, controller, tmp_path


def saved(controller, tmp_path, pid="s1-b") -> sk.Sketch | None:
    panel = controller.project.episode("ep1").beat("s1").panel(pid)
    return assets.load_sketch(tmp_path, panel.sketch) if panel.sketch else None


def layer_row(dialog, layer_id):
    """The layer list's row of ``layer_id``."""
    rows = dialog.layer_panel.list
    return next(rows.item(i) for i in range(rows.count())
                if rows.item(i).data(Qt.UserRole) == layer_id)


def line(canvas, y_share=0.4, n=40):
    w, h = canvas.width(), canvas.height()
    return [QPointF(w * 0.3 + i * (w * 0.4 / (n - 1)), h * y_share) for i in range(n)]


def ink_thickness(img, x: int, y0: int, y1: int) -> int:
    """Dark pixels in one column between y0 and y1."""
    return sum(1 for y in range(y0, y1) if QColor(img.pixel(x, y)).lightness() < 128)


def test_rising_pressure_gives_a_widening_stroke(pad):
    dialog, controller, tmp_path = pad
    canvas = dialog.canvas
    dialog.choose_tool("pen")
    dialog.choose_colour("black")  # rough strokes start light blue; this measures dark ink
    dialog.size_spin.setValue(40)
    pts = line(canvas)
    tablet_stroke(canvas, pts, [0.05 + 0.95 * i / (len(pts) - 1) for i in range(len(pts))])
    strokes = saved(controller, tmp_path).layer("rough").strokes
    assert len(strokes) == 1
    pressures = [p[2] for p in strokes[0].points]
    assert pressures[0] < 0.3 and pressures[-1] > 0.8
    assert all(b >= a - 0.02 for a, b in zip(pressures, pressures[1:]))
    canvas.repaint()
    img = canvas.grab().toImage()
    y = int(pts[0].y())
    thin = ink_thickness(img, int(pts[5].x()), y - 30, y + 30)
    thick = ink_thickness(img, int(pts[-6].x()), y - 30, y + 30)
    assert 0 < thin < thick and thick >= 2 * thin


def test_one_undo_step_per_stroke_in_the_document_history(pad, qtbot):
    dialog, controller, tmp_path = pad
    canvas = dialog.canvas
    tablet_stroke(canvas, line(canvas, 0.3), [0.5] * 40)
    tablet_stroke(canvas, line(canvas, 0.5), [0.5] * 40)
    assert controller.stack.count() == 2
    assert len(saved(controller, tmp_path).layer("rough").strokes) == 2
    QTest.keyClick(dialog, Qt.Key_Z, Qt.ControlModifier)
    assert controller.stack.index() == 1
    assert len(saved(controller, tmp_path).layer("rough").strokes) == 1
    assert len(canvas.layers.sketch.layer("rough").strokes) == 1  # the pad followed
    QTest.keyClick(dialog, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert len(canvas.layers.sketch.layer("rough").strokes) == 2
    controller.stack.undo()
    controller.stack.undo()
    assert controller.project.episode("ep1").beat("s1").panel("s1-b").sketch is None


def test_save_reopen_same_strokes(pad, qtbot):
    dialog, controller, tmp_path = pad
    canvas = dialog.canvas
    tablet_stroke(canvas, line(canvas, 0.3), [0.2 + i / 60 for i in range(40)], tilt=(30, -20))
    dialog.choose_colour("red")
    dialog.choose_tool("marker")
    tablet_stroke(canvas, line(canvas, 0.6), [0.7] * 40)
    controller.document.save()
    before = canvas.layers.sketch
    reopened = Document.open(tmp_path / "s.beatboard")
    panel = reopened.project.episode("ep1").beat("s1").panel("s1-b")
    again = assets.load_sketch(tmp_path, panel.sketch)
    assert sk.dumps(again) == sk.dumps(before)
    strokes = again.layer("rough").strokes
    assert [s.tool for s in strokes] == ["pen", "marker"]
    assert strokes[1].colour == "red"
    assert strokes[0].tilt and set(strokes[0].tilt) == {(30, -20)}  # the pen's tilt is kept
    # A second pad on the reopened document paints the same pixels.
    from beatboard.gui.sketchpad.dialog import SketchPadDialog
    from beatboard.gui.undo import UndoController
    other = SketchPadDialog(UndoController(reopened))
    qtbot.addWidget(other)
    other.resize(dialog.size())
    other.show()
    other.open_panel("ep1", "s1", "s1-b")
    assert other.canvas.layers.images["rough"] == canvas.layers.images["rough"]


def test_mouse_fallback_draws_with_constant_pressure(pad):
    dialog, controller, tmp_path = pad
    canvas = dialog.canvas
    pts = line(canvas, 0.45, 12)
    QTest.mousePress(canvas, Qt.LeftButton, Qt.NoModifier, pts[0].toPoint())
    for p in pts[1:]:
        QTest.mouseMove(canvas, p.toPoint())
    QTest.mouseRelease(canvas, Qt.LeftButton, Qt.NoModifier, pts[-1].toPoint())
    strokes = saved(controller, tmp_path).layer("rough").strokes
    assert len(strokes) == 1 and len(strokes[0].points) >= 2
    assert {p[2] for p in strokes[0].points} == {0.6}
    assert controller.stack.count() == 1


def test_eraser_clears_ink_in_its_layer(pad):
    dialog, controller, tmp_path = pad
    canvas = dialog.canvas
    dialog.size_spin.setValue(30)
    tablet_stroke(canvas, line(canvas, 0.4), [1.0] * 40)
    pts = line(canvas, 0.4)
    mid = canvas.to_canvas(pts[20])
    layer_img = canvas.layers.image("rough")
    assert QColor.fromRgba(layer_img.pixel(int(mid.x()), int(mid.y()))).alpha() == 255
    dialog.choose_tool("eraser")
    dialog.size_spin.setValue(120)
    w, h = canvas.width(), canvas.height()
    x = pts[20].x()
    tablet_stroke(canvas, [QPointF(x, h * 0.35), QPointF(x, h * 0.45)], [1.0, 1.0])
    assert QColor.fromRgba(layer_img.pixel(int(mid.x()), int(mid.y()))).alpha() == 0
    left = canvas.to_canvas(pts[2])
    assert QColor.fromRgba(layer_img.pixel(int(left.x()), int(left.y()))).alpha() == 255
    tools = [s.tool for s in saved(controller, tmp_path).layer("rough").strokes]
    assert tools == ["pen", "eraser"]
    # The pen's eraser end erases too, whatever tool is chosen.
    dialog.choose_tool("pen")
    tablet_stroke(canvas, [QPointF(pts[2].x(), h * 0.35), QPointF(pts[2].x(), h * 0.45)],
                  [1.0, 1.0], eraser=True)
    assert saved(controller, tmp_path).layer("rough").strokes[-1].tool == "eraser"


def test_layer_visibility_and_active_layer(pad):
    dialog, controller, tmp_path = pad
    canvas = dialog.canvas
    layer_row(dialog, "ink").setSelected(True)
    dialog.layer_panel.list.setCurrentItem(layer_row(dialog, "ink"))
    tablet_stroke(canvas, line(canvas, 0.4), [1.0] * 40)
    assert len(saved(controller, tmp_path).layer("ink").strokes) == 1
    assert not saved(controller, tmp_path).layer("rough").strokes
    p = line(canvas, 0.4)[20].toPoint()
    canvas.repaint()
    assert QColor(canvas.grab().toImage().pixel(p)).lightness() < 100
    layer_row(dialog, "ink").setCheckState(Qt.Unchecked)  # the eye
    canvas.repaint()
    assert QColor(canvas.grab().toImage().pixel(p)).lightness() > 200
    assert controller.stack.count() == 1  # hiding a layer is a view setting, not an edit


def test_copy_from_previous_panel_and_onion_skin(pad):
    dialog, controller, tmp_path = pad
    canvas = dialog.canvas
    dialog.open_panel("ep1", "s1", "s1-a")
    tablet_stroke(canvas, line(canvas, 0.7), [0.8] * 40)
    dialog.go(1)
    assert dialog.panel_id == "s1-b"
    assert canvas.onion[0] is not None  # the previous panel shows dimmed
    tablet_stroke(canvas, line(canvas, 0.2), [0.8] * 40)
    depth = controller.stack.count()
    assert dialog.copy_from_previous()
    assert controller.stack.count() == depth + 1
    rough = saved(controller, tmp_path).layer("rough").strokes
    first = saved(controller, tmp_path, "s1-a").layer("rough").strokes
    assert len(rough) == 2 and rough[0] == first[0]  # under this panel's own stroke
    controller.stack.undo()
    assert len(saved(controller, tmp_path).layer("rough").strokes) == 1


def test_unsaved_project_refuses_drawing_with_a_reason(qtbot):
    from beatboard.gui.sketchpad.dialog import SketchPadDialog
    from beatboard.gui.undo import UndoController
    controller = UndoController(Document(small_project()))
    dialog = SketchPadDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_panel("ep1", "h1", "h1-p1")
    tablet_stroke(dialog.canvas, line(dialog.canvas), [0.5] * 40)
    assert controller.stack.count() == 0
    assert "Save the project first" in dialog.status.text()


def test_view_rotate_zoom_and_pan_keep_strokes_where_drawn(pad):
    dialog, controller, tmp_path = pad
    canvas = dialog.canvas
    canvas.set_rotation(30)
    canvas.zoom_by(1.5)
    canvas.pan_by(QPointF(40, -20))
    pts = line(canvas, 0.5, 10)
    tablet_stroke(canvas, pts, [0.5] * 10)
    stroke = saved(controller, tmp_path).layer("rough").strokes[0]
    first = canvas.to_canvas(pts[0])
    assert abs(stroke.points[0][0] - first.x()) <= 2 and abs(stroke.points[0][1] - first.y()) <= 2
    QTest.keyClick(dialog, Qt.Key_R, Qt.ShiftModifier)
    assert round(canvas.rotation) == 45
    QTest.keyClick(dialog, Qt.Key_BracketRight)
    assert dialog.size_spin.value() > 10


def test_double_click_thumbnail_opens_pad_on_that_panel(make_window, tmp_path):
    from beatboard.gui.canvas import filmstrip
    win = make_window(small_project())
    win.controller.document.save(tmp_path / "w.beatboard")
    win.selection.set_episode("ep1")
    view = win.canvas
    card = view.canvas_scene.card("s1")
    view.ensureVisible(card)
    pt = view.mapFromScene(card.mapToScene(filmstrip.slot_rects(1)[0].center()))
    QTest.mouseDClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, pt)
    assert win.sketch_pad.isVisible() and win.sketch_pad.panel_id == "s1-p1"
    tablet_stroke(win.sketch_pad.canvas, line(win.sketch_pad.canvas), [0.5] * 40)
    assert win.controller.project.episode("ep1").beat("s1").panels[0].sketch
    win.acts.undo.trigger()  # the main window's undo walks the same history
    assert win.controller.project.episode("ep1").beat("s1").panels[0].sketch is None


def test_undo_redo_show_exactly_the_saved_sketch(pad):
    """Undo and redo swap remembered layer images; they must equal a fresh render."""
    from beatboard.gui.sketchpad.layers import LayerStack
    dialog, controller, tmp_path = pad
    canvas = dialog.canvas
    for y in (0.3, 0.45, 0.6):
        tablet_stroke(canvas, line(canvas, y), [0.7] * 40)
    dialog.choose_tool("eraser")
    tablet_stroke(canvas, line(canvas, 0.45, 10), [1.0] * 10)

    def matches_file():
        fresh = LayerStack()
        fresh.reload(saved(controller, tmp_path) or sk.new_sketch())
        return all(fresh.images[i] == canvas.layers.images[i] for i in fresh.images)

    for step in ("undo", "undo", "redo", "undo", "undo", "redo", "redo", "redo"):
        getattr(controller.stack, step)()
        assert matches_file(), step
    dialog.choose_tool("pen")
    tablet_stroke(canvas, line(canvas, 0.7), [0.7] * 40)  # a new branch of the history
    assert matches_file()
    controller.stack.undo()
    assert matches_file()


def test_space_drag_pans_and_tool_keys_switch(pad, qtbot):
    dialog, controller, tmp_path = pad
    canvas = dialog.canvas
    canvas.setFocus()
    for key, tool in ((Qt.Key_P, "pencil"), (Qt.Key_M, "marker"), (Qt.Key_E, "eraser"),
                      (Qt.Key_B, "pen")):
        QTest.keyClick(dialog, key)
        assert canvas.tool.tool == tool and dialog.tool_buttons[tool].isChecked()
    before = QPointF(canvas.offset)
    QTest.keyPress(canvas, Qt.Key_Space)
    a, b = line(canvas, 0.5, 2)
    QTest.mousePress(canvas, Qt.LeftButton, Qt.NoModifier, a.toPoint())
    QTest.mouseMove(canvas, b.toPoint())
    QTest.mouseRelease(canvas, Qt.LeftButton, Qt.NoModifier, b.toPoint())
    QTest.keyRelease(canvas, Qt.Key_Space)
    moved = canvas.offset - before
    assert abs(moved.x() - (b.x() - a.x())) < 2 and abs(moved.y()) < 2
    assert controller.stack.count() == 0  # panning draws nothing
    QTest.mousePress(canvas, Qt.MiddleButton, Qt.NoModifier, a.toPoint())
    QTest.mouseMove(canvas, (a + QPointF(0, 50)).toPoint())
    QTest.mouseRelease(canvas, Qt.MiddleButton, Qt.NoModifier, (a + QPointF(0, 50)).toPoint())
    assert abs((canvas.offset - before).y() - 50) < 2
    assert controller.stack.count() == 0

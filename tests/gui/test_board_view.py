"""The Board view: the episode's panels in reading order as a grid of large pictures;
a click makes a panel current everywhere, a double-click opens it, a drag reorders
with the filmstrips' own edit (one undo step)."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from beatboard.core.model import Panel
from beatboard.gui.board_view.grid import Grid, grid_for, reading_order

try:
    from .canvas_fixtures import small_project
except ImportError:
    from canvas_fixtures import small_project


def project_with_panels():
    project = small_project()
    ep = project.episode("ep1")
    ep.beat("s1").panels = [Panel(id="s1-a"), Panel(id="s1-b"), Panel(id="s1-c")]
    return project


def panel_ids(win, beat_id):
    return [p.id for p in win.controller.project.episode("ep1").beat(beat_id).panels]


def board_window(make_window):
    win = make_window(project_with_panels())
    win.resize(1440, 900)
    win.selection.set_episode("ep1")
    win.acts.board_view.trigger()
    board = win.docks.board
    assert win.centralWidget().currentWidget() is board
    return win, board


def picture_point(board, i: int) -> QPoint:
    r = board.grid.picture(i)
    return QPoint(int(r.x + r.w / 2), int(r.y + r.h / 2 - board.verticalScrollBar().value()))


def test_reading_order_is_the_main_line_then_the_other_beats():
    ep = project_with_panels().episode("ep1")
    order = [(i.beat_id, i.panel_id) for i in reading_order(ep)]
    assert order[:4] == [("h1", "h1-p1"), ("s1", "s1-a"), ("s1", "s1-b"), ("s1", "s1-c")]
    assert [b for b, _ in order[4:]] == ["p1", "t1", "c1", "v1"]  # variant after the line
    assert [i.number for i in reading_order(ep)] == list(range(1, 9))


def test_grid_runs_left_to_right_then_down_and_fills_the_window():
    g = grid_for(1200, 800, 20)
    assert g.columns >= 4
    assert g.cell(1).x > g.cell(0).x and g.cell(1).y == g.cell(0).y
    row2 = g.cell(g.columns)
    assert row2.y > g.cell(0).y and row2.x == g.cell(0).x
    assert g.pic_h >= 250  # large pictures, not filmstrip thumbnails
    assert g.picture(0).h / g.picture(0).w > 1.7  # 9:16
    # A bigger window gives bigger pictures.
    assert grid_for(1900, 1000, 20).pic_h > g.pic_h
    assert isinstance(g, Grid)


def test_click_makes_a_panel_current_in_canvas_and_inspector(make_window):
    win, board = board_window(make_window)
    assert [(c.beat.id, c.panel.id) for c in board.cells][:3] == [
        ("h1", "h1-p1"), ("s1", "s1-a"), ("s1", "s1-b")]
    QTest.mouseClick(board.viewport(), Qt.LeftButton, Qt.NoModifier, picture_point(board, 2))
    assert win.selection.current_panel == ("s1", "s1-b")
    assert win.canvas.canvas_scene.card("s1").current_panel == "s1-b"
    # A panel made current elsewhere is outlined on the board.
    win.selection.set_panel("s1", "s1-c")
    img = board.viewport().grab().toImage()
    r = board.grid.picture(3)
    edge = QPoint(int(r.x - 1), int(r.y + r.h / 2 - board.verticalScrollBar().value()))
    accent = board.palette_.accent
    assert QColor(img.pixel(edge)).name() == accent.name()


def test_double_click_opens_the_panel(make_window, qtbot):
    win, board = board_window(make_window)
    with qtbot.waitSignal(board.panelActivated) as sig:
        QTest.mouseDClick(board.viewport(), Qt.LeftButton, Qt.NoModifier, picture_point(board, 3))
    assert sig.args == ["s1", "s1-c"]
    assert win.sketch_pad.isVisible()
    win.sketch_pad.close()


def drag(board, a: QPoint, b: QPoint) -> None:
    port = board.viewport()
    QTest.mousePress(port, Qt.LeftButton, Qt.NoModifier, a)
    for k in range(1, 8):
        QTest.mouseMove(port, a + (b - a) * (k / 7))
    QTest.mouseRelease(port, Qt.LeftButton, Qt.NoModifier, b)


def test_drag_reorders_within_a_beat_in_one_undo_step(make_window):
    win, board = board_window(make_window)
    before = win.controller.stack.count()
    right_of_c = picture_point(board, 3) + QPoint(int(board.grid.pic_w / 4), 0)
    drag(board, picture_point(board, 1), right_of_c)
    assert panel_ids(win, "s1") == ["s1-b", "s1-c", "s1-a"]
    assert win.controller.stack.count() == before + 1
    assert [c.panel.id for c in board.cells][1:4] == ["s1-b", "s1-c", "s1-a"]
    assert win.selection.current_panel == ("s1", "s1-a")
    win.controller.stack.undo()
    assert panel_ids(win, "s1") == ["s1-a", "s1-b", "s1-c"]
    assert [c.panel.id for c in board.cells][1:4] == ["s1-a", "s1-b", "s1-c"]


def test_drag_into_another_beat_and_a_drop_in_place_does_nothing(make_window):
    win, board = board_window(make_window)
    before = win.controller.stack.count()
    drag(board, picture_point(board, 2), picture_point(board, 2) + QPoint(3, 0))
    assert win.controller.stack.count() == before  # a click that wobbled
    left_of_h1 = picture_point(board, 0) - QPoint(int(board.grid.pic_w / 4), 0)
    drag(board, picture_point(board, 2), left_of_h1)
    assert panel_ids(win, "h1") == ["s1-b", "h1-p1"]
    assert panel_ids(win, "s1") == ["s1-a", "s1-c"]
    win.controller.stack.undo()
    assert panel_ids(win, "h1") == ["h1-p1"]


def test_board_words_in_chinese(make_window):
    from PySide6.QtWidgets import QApplication
    try:
        from .pending_i18n import install_chinese, remove_chinese
    except ImportError:
        from pending_i18n import install_chinese, remove_chinese
    pending = install_chinese(QApplication.instance())
    try:
        win = make_window(project_with_panels())
        win.acts.retranslate()
        assert win.acts.board_view.text() == "分镜板视图(&B)"
        assert win.acts.larger_filmstrips.text() == "放大分镜条(&L)"
        win.selection.set_episode("")
        assert win.docks.board.empty_text() == "选择一集以查看它的分镜板。"
    finally:
        remove_chinese(QApplication.instance(), pending)

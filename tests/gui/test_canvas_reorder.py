"""Order follows the hand: dragging along the main lane reorders; Alt+arrows step beats."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from beatboard.core.graph import main_line
from beatboard.gui.canvas.layout import CARD_H, CARD_W

try:  # tests/gui may or may not be a package
    from .canvas_fixtures import make_canvas
except ImportError:
    from canvas_fixtures import make_canvas


def centre(view, beat_id) -> QPoint:
    card = view.canvas_scene.card(beat_id)
    return view.mapFromScene(card.mapToScene(QPointF(CARD_W / 2, CARD_H / 2)))


def line(controller, eid="ep1"):
    return [b.id for b in main_line(controller.project.episode(eid))]


def test_dragging_a_card_past_its_neighbour_reorders_with_an_indicator(qtbot):
    view, controller, selection, _ = make_canvas(qtbot)
    port = view.viewport()
    a, b = centre(view, "s1"), centre(view, "t1") + QPoint(20, 0)
    QTest.mousePress(port, Qt.LeftButton, Qt.NoModifier, a)
    for k in range(1, 6):
        QTest.mouseMove(port, a + (b - a) * (k / 5))
    indicator = view._reorder._indicator
    assert indicator is not None and indicator.isVisible()
    # The indicator sits between t1 and c1, where s1 will land.
    lay = view.canvas_scene.layout
    assert lay.positions["t1"][0] + CARD_W < indicator.line().x1() < lay.positions["c1"][0]
    QTest.mouseRelease(port, Qt.LeftButton, Qt.NoModifier, b)
    assert line(controller) == ["h1", "p1", "t1", "s1", "c1"]
    assert controller.stack.count() == 1 and controller.stack.text(0) == "Reorder beats"
    assert controller.project.episode("ep1").beat("s1").pos is None
    assert view._reorder._indicator is None
    # The card now sits in its new column, after t1.
    assert view.canvas_scene.card("s1").pos().x() > view.canvas_scene.card("t1").pos().x()
    controller.stack.undo()
    assert line(controller) == ["h1", "s1", "p1", "t1", "c1"]


def test_dragging_off_the_main_lane_is_still_a_plain_card_move(qtbot):
    view, controller, _, _ = make_canvas(qtbot)
    port = view.viewport()
    a = centre(view, "t1")
    b = a + QPoint(0, int(250 * view.zoom_level()))
    QTest.mousePress(port, Qt.LeftButton, Qt.NoModifier, a)
    for k in range(1, 6):
        QTest.mouseMove(port, a + (b - a) * (k / 5))
    QTest.mouseRelease(port, Qt.LeftButton, Qt.NoModifier, b)
    assert line(controller) == ["h1", "s1", "p1", "t1", "c1"]
    assert controller.stack.text(0) == "Move beats"


def test_alt_arrows_move_the_selected_beats_keeping_their_order(qtbot):
    view, controller, selection, _ = make_canvas(qtbot)
    selection.set_beats(["p1", "t1"])
    view.setFocus()
    QTest.keyClick(view, Qt.Key_Left, Qt.AltModifier)
    assert line(controller) == ["h1", "p1", "t1", "s1", "c1"]
    QTest.keyClick(view, Qt.Key_Right, Qt.AltModifier)
    QTest.keyClick(view, Qt.Key_Right, Qt.AltModifier)
    assert line(controller) == ["h1", "s1", "c1", "p1", "t1"]
    assert controller.stack.count() == 3
    assert selection.beat_ids == ["p1", "t1"]
    # At the end of the line nothing moves and no undo step is added.
    QTest.keyClick(view, Qt.Key_Right, Qt.AltModifier)
    assert controller.stack.count() == 3
    for _ in range(3):
        controller.stack.undo()
    assert line(controller) == ["h1", "s1", "p1", "t1", "c1"]

"""The series board, driven like a user: open it, drag beats and episodes, split, merge,
highlight, find and replace, plant threads; asserts on the model and the undo stack."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from beatboard.core.model import Character, Thread
from beatboard.edit.move_edits import main_line

try:  # tests/gui may or may not be a package
    from .conftest import small_project
except ImportError:
    from conftest import small_project


def project():
    p = small_project()
    p.series.paywall_after = "ep1"
    p.series.characters = [Character(name="Ava")]
    p.episodes[0].beat("s1").characters = ["Ava"]
    p.episodes[1].beat("p2").characters = ["Ava", "Lu"]
    p.threads = [Thread(id="t1", label="the ring", setup="t1", payoff="p2")]
    return p


@pytest.fixture
def board(make_window):
    w = make_window(project())
    w.acts.series_board.trigger()
    b = w.series_board
    b.resize(1300, 700)
    return w, b


def centre(canvas, beat_id) -> QPoint:
    place = canvas.locate(beat_id)
    r = canvas.card_rect(*place)
    return (r.center() - QPointF(canvas.horizontalScrollBar().value(),
                                 canvas.verticalScrollBar().value())).toPoint()


def drag(canvas, a: QPoint, b: QPoint):
    port = canvas.viewport()
    QTest.mousePress(port, Qt.LeftButton, Qt.NoModifier, a)
    for k in range(1, 7):
        QTest.mouseMove(port, a + (b - a) * (k / 6))
    QTest.mouseRelease(port, Qt.LeftButton, Qt.NoModifier, b)


def line(w, eid):
    return main_line(w.controller.project.episode(eid))


def test_opens_from_the_view_menu_with_a_row_per_episode(board):
    w, b = board
    assert b.isVisible() and w.acts.series_board in w.menus["view"].actions()
    rows = b.canvas.rows
    assert [(r.number, r.title) for r in rows[:2]] == [(1, "The gala 宴会"), (2, "Morning after")]
    assert rows[2].episode_id == "" and rows[2].cards == []  # the set-aside drop row
    assert [c.beat_id for c in rows[0].cards] == ["h1", "s1", "p1", "t1", "c1"]
    assert rows[0].off_line == 1 and rows[0].paywall_after


def test_dragging_a_beat_to_another_episode_is_one_step_and_rechecks(board):
    w, b = board
    c = b.canvas
    assert "EPISODE_TOO_SHORT" not in {f.rule for f in w.findings.for_episode("ep1")}
    drag(c, centre(c, "t1"), centre(c, "s2") + QPoint(int(c.geo.card_w / 2), 0))
    assert line(w, "ep2") == ["h2", "s2", "t1", "p2", "c2"]
    assert "t1" not in line(w, "ep1")
    assert w.controller.stack.count() == 1
    assert w.controller.stack.text(0) == "Move beats to episode"
    assert [x.beat_id for x in c.rows[1].cards][2] == "t1"  # the board redrew
    assert w.controller.project.threads[0].setup == "t1"
    # Re-checked live: episode 1 lost 15 s and is now too short; its row says so.
    assert "EPISODE_TOO_SHORT" in {f.rule for f in w.findings.for_episode("ep1")}
    assert c.rows[0].status != "clean"
    w.controller.stack.undo()
    assert line(w, "ep1") == ["h1", "s1", "p1", "t1", "c1"]


def test_dragging_within_a_row_reorders(board):
    w, b = board
    c = b.canvas
    drag(c, centre(c, "h2"), centre(c, "p2") + QPoint(int(c.geo.card_w / 2), 0))
    assert line(w, "ep2") == ["s2", "p2", "h2", "c2"]
    assert w.controller.stack.text(0) == "Reorder beats"


def test_dragging_an_episode_header_reorders_episodes_and_the_paywall_follows(board):
    w, b = board
    c = b.canvas
    a = QPoint(40, int(c.geo.row_y(0) + c.geo.row_h / 2) - c.verticalScrollBar().value())
    z = QPoint(40, int(c.geo.row_y(2) - 2) - c.verticalScrollBar().value())
    drag(c, a, z)
    p = w.controller.project
    assert [e.id for e in p.ordered_episodes()] == ["ep2", "ep1"]
    assert p.series.paywall_after == "ep1" and p.paywall_episode == 3
    assert [r.episode_id for r in c.rows] == ["ep2", "ep1", ""] and c.rows[1].paywall_after


def test_split_and_merge_by_shortcut(board):
    w, b = board
    w.selection.select("ep1", ["p1"])
    b.canvas.setFocus()
    QTest.keyClick(b.canvas, Qt.Key_K, Qt.ControlModifier | Qt.ShiftModifier)
    p = w.controller.project
    assert len(p.episodes) == 3 and line(w, "ep1") == ["h1", "s1"]
    # The paywall stays after the gala's ending, now the end of the new episode 2.
    assert p.paywall_episode == 3
    w.selection.select("ep1", [])
    QTest.keyClick(b.canvas, Qt.Key_J, Qt.ControlModifier | Qt.ShiftModifier)
    assert len(p.episodes) == 2 and line(w, "ep1")[:3] == ["h1", "s1", "p1"]
    assert w.controller.stack.count() == 2


def test_highlight_by_character_and_by_emotion_with_intensity(board):
    w, b = board
    b.set_filter("character", "Ava")
    assert b.canvas.match_count() == 2 and b.match_label.text() == "2 beats"
    b.set_filter("emotion", "爽", 4)  # 爽 payoff of intensity 4 or more
    assert b.canvas.match_count() == 2
    b.set_filter("emotion", "悬", 4, only=True)
    assert [[c.beat_id for c in cards] for _, cards in b.canvas._shown] == [["c1"], ["h2"]]
    b.set_filter("kind", "cliffhanger")
    assert b.canvas.match_count() == 2


def test_find_and_replace_across_the_series_is_one_undo_step(board):
    w, b = board
    b.find_edit.setText("hidden")
    assert b.find_count.text() == "1 found"
    b.replace_edit.setText("Secret")
    b.replace_button.click()
    assert w.controller.project.episode("ep2").beat("p2").title == "Secret card"
    assert w.controller.stack.count() == 1
    w.controller.stack.undo()
    assert w.controller.project.episode("ep2").beat("p2").title == "Hidden card"


def test_plant_and_pay_off_a_thread_from_the_context_menu(board, monkeypatch):
    w, b = board
    monkeypatch.setattr(b, "ask_label", lambda *a, **k: "jade bracelet")
    assert b.plant_thread("h1")
    thread = w.controller.project.threads[-1]
    assert (thread.label, thread.setup, thread.payoff) == ("jade bracelet", "h1", None)
    assert any(f.rule == "THREAD_UNPAID" for f in w.findings.findings)
    menu = b.build_menu(b.canvas.rows[1], b.canvas.rows[1].cards[3])
    pay = next(a for a in menu.actions() if a.menu() is not None)
    next(a for a in pay.menu().actions() if a.text() == "jade bracelet").trigger()
    assert w.controller.project.threads[-1].payoff == "c2"
    assert not any(f.rule == "THREAD_UNPAID" for f in w.findings.findings)


def test_zoom_goes_from_cards_to_a_heat_map(board):
    _w, b = board
    assert b.canvas.geo.lod == "cards"
    b.canvas.set_zoom(0.4)
    assert b.canvas.geo.lod == "compact"
    b.canvas.set_zoom(0.1)
    assert b.canvas.geo.lod == "heat"
    b.canvas.grab()  # paints without error at every level


def test_set_aside_row_drag_out_and_back_and_delete_for_good(board):
    w, b = board
    c = b.canvas
    drag(c, centre(c, "p2"), QPoint(c.geo.card_x(0) + 10, int(c.geo.row_y(2) + c.geo.row_h / 2)))
    p = w.controller.project
    assert [x.id for x in p.unplaced] == ["p2"] and "p2" not in line(w, "ep2")
    assert c.rows[-1].episode_id == "" and [x.beat_id for x in c.rows[-1].cards] == ["p2"]
    # The thread to the set-aside beat is kept; the rules now miss its payoff.
    assert p.threads[0].payoff == "p2"
    drag(c, centre(c, "p2"), centre(c, "h1") + QPoint(int(c.geo.card_w / 2), 0))
    assert p.unplaced == [] and line(w, "ep1")[:2] == ["h1", "p2"]
    assert w.controller.stack.count() == 2
    w.controller.stack.undo()
    assert [x.id for x in w.controller.project.unplaced] == ["p2"]
    c.aside_selection = ["p2"]
    menu = b.build_menu(c.rows[-1], c.rows[-1].cards[0])
    menu.actions()[0].trigger()
    assert w.controller.project.unplaced == []
    assert w.controller.project.find_beat("p2") is None
    w.controller.stack.undo()
    assert [x.id for x in w.controller.project.unplaced] == ["p2"]


def test_language_change_retranslates_without_losing_the_highlight(board):
    from PySide6.QtCore import QCoreApplication, QEvent
    _w, b = board
    b.set_filter("character", "Ava")
    b.fit_button.setText("stale")
    QCoreApplication.sendEvent(b, QEvent(QEvent.LanguageChange))
    assert b.fit_button.text() == "Whole Series"
    assert b.canvas.match_count() == 2 and b.match_label.text() == "2 beats"


def test_cards_show_sketches_and_crop_photos_as_the_canvas_does(make_window, tmp_path):
    """A sketched panel shows its drawing on its card (the board used to read raster
    images only); a 16:9 photo shows the same crop as the canvas thumbnail."""
    from PIL import Image
    from PySide6.QtGui import QImage

    from beatboard.core import assets, fileio
    from beatboard.core import sketch as sk
    from beatboard.render import render_panel

    path = tmp_path / "show.beatboard"
    p = project()
    sketch = sk.new_sketch()
    sketch.layers[-1].strokes.append(sk.make_stroke(
        "pen", "#D01010", 400, [(100, 960, 1.0), (540, 960, 1.0), (980, 960, 1.0)]))
    p.episodes[0].beat("s1").panels[0].sketch = assets.store_sketch(path, sketch)
    photo = Image.new("RGB", (1600, 900), (20, 20, 220))
    photo.paste((220, 20, 20), (0, 0, 800, 900))  # red left half, blue right half
    photo.save(tmp_path / "wide.png")
    p.episodes[0].beat("p1").panels[0].image = "wide.png"
    fileio.save(p, path)
    w = make_window(fileio.load(path), str(path))
    w.acts.series_board.trigger()
    canvas = w.series_board.canvas
    w.series_board.resize(1300, 700)

    shot = canvas.viewport().grab().toImage()
    r = canvas.card_rect(*canvas.locate("s1")).translated(
        -canvas.horizontalScrollBar().value(), -canvas.verticalScrollBar().value())
    red = sum(1 for x in range(int(r.left()), int(r.right()))
              for y in range(int(r.top()), int(r.bottom()))
              if (c := shot.pixelColor(x, y)).red() > 180 and c.green() < 80 and c.blue() < 80)
    assert red > 40  # the drawn stroke is on the card

    card = canvas._thumb("p1").toImage().convertToFormat(QImage.Format_RGB32)
    beat = w.controller.project.episodes[0].beat("p1")
    thumb = render_panel(w.controller.project, tmp_path, beat, beat.panels[0],
                         (card.width(), card.height())).convertToFormat(QImage.Format_RGB32)
    row = [card.pixelColor(x, card.height() // 2).red() > 150 for x in range(card.width())]
    assert row == [thumb.pixelColor(x, thumb.height() // 2).red() > 150
                   for x in range(thumb.width())]
    assert row[0] and not row[-1]  # the middle of the photo: red to blue, no white bars

"""Where comments show beyond the dock: pins on the sketch pad and the player's picture,
marks on the animatic scrubber, counts on the series board."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor

from beatboard.core.author import save_author
from beatboard.core.model import Panel
from beatboard.core.review_model import Comment
from beatboard.gui.comments.paint import BUBBLE

try:
    from .canvas_fixtures import small_project
except ImportError:
    from canvas_fixtures import small_project


def yellow(image, rect: QRectF) -> int:
    n = 0
    for x in range(max(0, int(rect.left())), min(image.width(), int(rect.right()))):
        for y in range(max(0, int(rect.top())), min(image.height(), int(rect.bottom()))):
            if QColor(image.pixel(x, y)).name() == BUBBLE.name():
                n += 1
    return n


def project():
    p = small_project()
    p.episode("ep1").beat("h1").panels = [Panel(id="h1-a")]
    p.comments = [
        Comment(id="c1", episode="ep1", text="the whole episode drags",
                time={"start": 1.0, "end": 2.0}),
        Comment(id="c2", episode="ep1", beat="h1", panel="h1-a", at={"x": 0.25, "y": 0.75},
                text="her hand here"),
        Comment(id="c3", episode="ep1", beat="s1", text="cut this"),
    ]
    return p


@pytest.fixture
def window(make_window):
    save_author("Me")
    return make_window(project())


def test_sketch_pad_shows_the_numbered_pin_at_its_point(window, qtbot):
    window.open_panel("h1", "h1-a")
    pad = window.sketch_pad
    canvas = pad.canvas
    assert [(p.comment_id, p.number) for p in canvas.pins] == [("c2", 2)]
    from beatboard.core import sketch as sk
    at = canvas.view_transform().map(QPointF(0.25 * sk.CANVAS_W, 0.75 * sk.CANVAS_H))
    image = canvas.grab().toImage()
    assert yellow(image, QRectF(at.x() - 8, at.y() - 8, 16, 16)) > 30
    assert yellow(image, QRectF(at.x() + 40, at.y() - 8, 16, 16)) == 0
    # resolving it (one undoable edit) turns the pin grey
    window.comments.panel.filter.setCurrentIndex(0)
    window.comments.panel.select_comment("c2", jump=False)
    window.comments.panel.toggle_resolved()
    assert canvas.pins[0].resolved
    assert yellow(canvas.grab().toImage(), QRectF(at.x() - 8, at.y() - 8, 16, 16)) == 0
    window.controller.stack.undo()
    assert not canvas.pins[0].resolved


def test_player_pins_its_picture_and_marks_time_ranges_on_the_scrubber(window, qtbot):
    player = window.player.player
    window.selection.set_episode("ep1")
    player.seek(0.5)  # the hook's only panel is on screen
    assert [(p.comment_id, p.x, p.y) for p in player.view.pins] == [("c2", 0.25, 0.75)]
    assert player.scrubber.comment_marks == [(1.0, 2.0, 1, False)]
    player.seek(5.0)  # another beat: no pin
    assert player.view.pins == []
    player.scrubber.resize(400, 40)
    image = player.scrubber.grab().toImage()
    x0, x1 = player.scrubber.x_of(1.0), player.scrubber.x_of(2.0)
    bar = player.scrubber._bar()
    assert yellow(image, QRectF(x0, bar.top(), x1 - x0, 8)) > 3


def test_series_board_cards_and_episode_headers_count_open_comments(window, qtbot):
    window.acts.series_board.trigger()
    board = window.series_board
    board.resize(1300, 700)
    canvas = board.canvas
    assert canvas._review_counts.of(window.controller.project) == {"ep1": 3, "h1": 1,
                                                                  "h1-a": 1, "s1": 1}
    qtbot.waitExposed(board)
    image = canvas.viewport().grab().toImage()
    def card_area(beat_id):
        r = canvas.card_rect(*canvas.locate(beat_id))
        r = r.translated(-canvas.horizontalScrollBar().value(), -canvas.verticalScrollBar().value())
        return QRectF(r.right() - 40, r.top(), 40, 20)
    assert yellow(image, card_area("s1")) > 20
    assert yellow(image, card_area("p1")) == 0


def test_right_click_on_the_sketch_pad_pins_a_new_comment_there(window, qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QInputDialog
    from beatboard.core import sketch as sk
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *a, **k: ("her face, closer", True))
    window.open_panel("h1", "h1-a")
    pad = window.sketch_pad
    canvas = pad.canvas
    qtbot.waitUntil(lambda: canvas.receivers("2pinRequested(double,double)") > 0)
    at = canvas.view_transform().map(QPointF(0.6 * sk.CANVAS_W, 0.2 * sk.CANVAS_H))
    QTest.mouseClick(canvas, Qt.RightButton, pos=at.toPoint())
    added = window.controller.project.comments[-1]
    assert (added.panel, added.text, added.author) == ("h1-a", "her face, closer", "Me")
    assert abs(added.at.x - 0.6) < 0.01 and abs(added.at.y - 0.2) < 0.01
    assert [p.comment_id for p in canvas.pins] == ["c2", added.id]
    window.controller.stack.undo()
    assert [p.comment_id for p in canvas.pins] == ["c2"]


def test_series_board_marks_approved_beats_and_episodes(window, qtbot):
    from beatboard.edit.review_edits import SetApproval
    window.acts.series_board.trigger()
    canvas = window.series_board.canvas
    window.controller.push(SetApproval("ep1", "s1", "approved", by="Me"))
    window.controller.push(SetApproval("ep1", None, "changes_requested", by="Me"))
    row = next(r for r in canvas.rows if r.episode_id == "ep1")
    assert row.approval == "changes_requested"
    assert {c.beat_id: c.approval for c in row.cards}["s1"] == "approved"
    window.controller.stack.undo()
    window.controller.stack.undo()
    row = next(r for r in canvas.rows if r.episode_id == "ep1")
    assert row.approval == "" and all(c.approval == "" for c in row.cards)


def test_commenting_on_the_animatics_moment_marks_its_time_range(window, qtbot):
    player = window.player.player
    window.selection.set_episode("ep1")
    player.seek(5.0)
    cid = window.comments.add_moment_comment("music too loud here")
    added = next(c for c in window.controller.project.comments if c.id == cid)
    assert (added.episode, added.time.start, added.time.end, added.time.cut) == \
        ("ep1", 5.0, 7.0, "main")
    assert (5.0, 7.0, 2, False) in player.scrubber.comment_marks  # numbered after c1 (1.0 s)
    window.controller.stack.undo()
    assert all(m[0] != 5.0 for m in player.scrubber.comment_marks)

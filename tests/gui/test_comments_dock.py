"""The Comments dock, Next Open Comment, badges on cards and the approval chooser, driven
as a reviewer would; asserts on the model and on what the window shows."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from beatboard.core import fileio
from beatboard.core.author import save_author
from beatboard.core.model import Panel
from beatboard.core.review_model import Comment
from beatboard.gui.comments.paint import BUBBLE
from beatboard.gui.comments.integration import NEXT_KEY

try:
    from .canvas_fixtures import small_project
except ImportError:
    from canvas_fixtures import small_project


def reviewed_project():
    p = small_project()
    p.episode("ep1").beat("s1").panels = [Panel(id="s1-a"), Panel(id="s1-b")]
    p.comments = [
        Comment(id="c1", episode="ep1", beat="s1", panel="s1-b", at={"x": 0.5, "y": 0.5},
                author="Li", created="2026-01-01T00:00:00Z", text="@Me bigger"),
        Comment(id="c2", episode="ep1", beat="p1", author="Me", created="2026-01-01T00:00:01Z",
                text="mine, resolved", status="resolved", resolved_by="Li"),
        Comment(id="c3", episode="ep2", author="Chen", created="2026-01-01T00:00:02Z",
                text="episode two note"),
    ]
    return p


@pytest.fixture
def window(make_window):
    save_author("Me")
    return make_window(reviewed_project())


def test_filters_show_open_resolved_mine_and_mentions(window):
    panel = window.comments.panel
    filters = {panel.filter.itemData(i): i for i in range(panel.filter.count())}
    shown = {}
    for key, i in filters.items():
        panel.filter.setCurrentIndex(i)
        shown[key] = panel.shown_ids()
    assert shown == {"all": ["c1", "c2", "c3"], "open": ["c1", "c3"], "resolved": ["c2"],
                     "mine": ["c2"], "mentions": ["c1"]}
    assert window.comments.dock.windowTitle() == "Comments (2)"


def test_clicking_a_comment_jumps_to_its_panel(window, qtbot):
    panel = window.comments.panel
    window.selection.set_episode("ep2")
    item = panel.tree.topLevelItem(panel.shown_ids().index("c1"))
    rect = panel.tree.visualItemRect(item)
    QTest.mouseClick(panel.tree.viewport(), Qt.LeftButton, pos=rect.center())
    assert window.selection.episode_id == "ep1"
    assert window.selection.current_panel == ("s1", "s1-b")


def test_next_open_comment_key_walks_the_open_comments_and_wraps(window, qtbot):
    window.activateWindow()
    visited = []
    for _ in range(3):
        QTest.keySequence(window, NEXT_KEY)
        visited.append((window.comments.panel.current_id(), window.selection.episode_id))
    assert visited == [("c1", "ep1"), ("c3", "ep2"), ("c1", "ep1")]


def test_add_reply_resolve_reopen_from_the_dock_are_undoable(window):
    panel = window.comments.panel
    controller = window.controller
    before = fileio.dumps(controller.project)
    window.selection.select("ep1", ["h1"])
    cid = window.comments.add_comment("the slap is late @Li")
    added = controller.project.comments[-1]
    assert (added.id, added.beat, added.author) == (cid, "h1", "Me")
    assert panel.current_id() == cid
    assert panel.reply("fixed")
    assert panel.toggle_resolved()
    assert next(c for c in controller.project.comments if c.id == cid).resolved_by == "Me"
    panel.filter.setCurrentIndex(panel.filter.findData("all"))  # resolved: not in "open"
    assert panel.select_comment(cid, jump=False)
    assert panel.resolve_button.text() == "Reopen"
    assert panel.toggle_resolved()
    assert next(c for c in controller.project.comments if c.id == cid).is_open
    for _ in range(4):
        controller.stack.undo()
    assert fileio.dumps(controller.project) == before


def test_the_first_comment_asks_for_the_name_once_and_keeps_it(make_window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    from beatboard.core.author import saved_author
    asked = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: (asked.append(1), ("Zhou Dao", True))[1])
    w = make_window(reviewed_project())
    w.selection.select("ep1", [])
    w.comments.add_comment("one")
    w.comments.add_comment("two")
    assert asked == [1] and saved_author() == "Zhou Dao"
    assert [c.author for c in w.controller.project.comments[-2:]] == ["Zhou Dao", "Zhou Dao"]


def bubble_pixels(image, rect) -> int:
    n = 0
    for x in range(int(rect.left()), int(rect.right())):
        for y in range(int(rect.top()), int(rect.bottom())):
            if QColor(image.pixel(x, y)).name() == BUBBLE.name():
                n += 1
    return n


def test_cards_and_thumbnails_show_an_open_comment_badge(window, qtbot):
    view = window.canvas
    scene = view.canvas_scene
    window.selection.set_episode("ep1")
    card = scene.card("s1")
    assert card.open_comments() == 1 and card.open_comments("s1-b") == 1
    assert scene.card("p1").open_comments() == 0  # its only comment is resolved

    def badge_area(c):
        top_left = view.mapFromScene(c.mapToScene(QPointF(82, -9)))
        from PySide6.QtCore import QRectF
        return QRectF(top_left.x(), top_left.y(), 16, 16)
    image = view.viewport().grab().toImage()
    assert bubble_pixels(image, badge_area(card)) > 20
    assert bubble_pixels(image, badge_area(scene.card("p1"))) == 0
    window.comments.panel.select_comment("c1", jump=False)
    window.comments.panel.toggle_resolved()
    qtbot.waitUntil(lambda: card.open_comments() == 0)
    image = view.viewport().grab().toImage()
    assert bubble_pixels(image, badge_area(card)) == 0


def test_approval_chooser_sets_an_undoable_approval_shown_on_the_card(window):
    window.selection.select("ep1", ["s1"])
    chooser = window.comments.beat_approval
    assert chooser.isVisible()
    chooser.choose("approved")
    beat = window.controller.project.episode("ep1").beat("s1")
    assert beat.approval.state == "approved" and beat.approval.by == "Me"
    assert window.canvas.canvas_scene.card("s1")._text["approval"] == "approved"
    assert "Me" in chooser.who.text()
    window.comments.episode_approval.choose("changes_requested")
    assert window.controller.project.episode("ep1").approval.state == "changes_requested"
    window.controller.stack.undo()
    window.controller.stack.undo()
    assert window.controller.project.episode("ep1").beat("s1").approval is None
    assert chooser.combo.currentData() == "none"


def test_pdf_dialog_prints_comments_when_some_are_open(window, qtbot):
    from beatboard.gui.export_dialog import ExportPdfDialog
    dialog = ExportPdfDialog(window.controller.project, None, "en", window)
    qtbot.addWidget(dialog)
    assert dialog.comments.isChecked() and dialog.options().comments
    dialog.comments.setChecked(False)
    assert not dialog.options().comments


def test_the_dock_and_the_history_speak_chinese(window, qtbot):
    from PySide6.QtWidgets import QApplication
    from pending_i18n import install_chinese, remove_chinese
    app = QApplication.instance()
    pending = install_chinese(app)
    try:
        qtbot.waitUntil(lambda: window.comments.dock.windowTitle() == "批注（2）")
        panel = window.comments.panel
        assert [panel.filter.itemText(i) for i in range(panel.filter.count())] == [
            "全部", "未解决", "已解决", "我的", "提到我"]
        assert window.comments.next_action.text() == "下一条未解决批注"
        window.selection.select("ep1", ["h1"])
        window.comments.add_comment("节奏太慢")
        assert window.controller.stack.text(window.controller.stack.count() - 1) == "添加批注"
    finally:
        remove_chinese(app, pending)


def test_editing_a_comments_text_from_the_dock_is_undoable(window):
    panel = window.comments.panel
    panel.select_comment("c3", jump=False)
    assert panel.edit_text("episode two drags in the middle")
    assert panel.tree.currentItem().text(5) == "episode two drags in the middle"
    window.controller.stack.undo()
    assert next(c for c in window.controller.project.comments if c.id == "c3").text == \
        "episode two note"


def test_cancelling_the_name_leaves_the_approval_as_it_was(make_window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    w = make_window(reviewed_project())
    w.selection.select("ep1", ["s1"])
    w.comments.beat_approval.choose("approved")
    assert w.controller.project.episode("ep1").beat("s1").approval is None
    assert w.comments.beat_approval.combo.currentData() == "none"


def test_a_beat_retitled_shows_in_its_comments_places(window):
    from beatboard.edit import SetField
    panel = window.comments.panel
    window.comments.dock.show()
    window.comments.dock.raise_()
    panel.filter.setCurrentIndex(panel.filter.findData("all"))
    window.controller.push(SetField.beat("ep1", "s1", "title", "The ultimatum"))
    item = panel.tree.topLevelItem(panel.shown_ids().index("c1"))
    assert "The ultimatum" in item.text(1)


def test_the_list_is_filled_when_its_tab_is_chosen_not_at_open(window, qtbot):
    panel = window.comments.panel
    assert panel.tree.topLevelItemCount() == 0  # a tab behind the series strip
    assert window.comments.dock.windowTitle() == "Comments (2)"  # the count is known
    window.comments.dock.raise_()
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 2)

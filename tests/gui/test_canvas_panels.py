"""The filmstrip on beat cards: thumbnails, panel selection, drag and keyboard edits,
pasted and dropped pictures, importing a folder of images. Asserts on the model."""
from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtTest import QTest

from beatboard.core import fileio
from beatboard.core.model import Panel
from beatboard.gui.canvas import filmstrip

try:
    from .canvas_fixtures import make_canvas, small_project
except ImportError:
    from canvas_fixtures import make_canvas, small_project


@pytest.fixture
def editor(qtbot):
    project = small_project()
    project.episode("ep1").beat("s1").panels = [Panel(id="s1-a"), Panel(id="s1-b"),
                                                Panel(id="s1-c")]
    return make_canvas(qtbot, project)


def thumb_point(view, beat_id: str, index: int) -> QPoint:
    card = view.canvas_scene.card(beat_id)
    rect = filmstrip.slot_rects(len(card.panels))[index]
    return view.mapFromScene(card.mapToScene(rect.center()))


def panel_ids(controller, beat_id, eid="ep1"):
    return [p.id for p in controller.project.episode(eid).beat(beat_id).panels]


def test_cards_show_a_thumbnail_per_panel(editor):
    view, controller, selection, _ = editor
    view.canvas_scene.thumbnails.drain()
    view.viewport().grab()  # paints: the cache is asked for every visible thumbnail
    view.canvas_scene.thumbnails.drain()
    img = view.viewport().grab().toImage()
    p = thumb_point(view, "s1", 2)
    # The third thumbnail is drawn: a light stand-in frame, not the dark strip behind it.
    top = p.y() - filmstrip.thumb_size(3)[1] // 2 + 3  # above the stand-in figure
    assert QColor(img.pixel(p.x(), top)).lightness() > 200
    between = thumb_point(view, "s1", 0) + QPoint(int(filmstrip.thumb_size(3)[0] / 2 + 2), 0)
    assert QColor(img.pixel(between.x(), between.y())).lightness() < 100
    assert view.canvas_scene.thumbnails.rendered >= 1  # same stand-in: rendered once


def test_click_selects_panel_and_drag_reorders_in_one_step(editor):
    view, controller, selection, _ = editor
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, thumb_point(view, "s1", 0))
    assert selection.current_panel == ("s1", "s1-a")
    assert selection.beat_ids == ["s1"]
    port = view.viewport()
    a, b = thumb_point(view, "s1", 0), thumb_point(view, "s1", 2) + QPoint(12, 0)
    QTest.mousePress(port, Qt.LeftButton, Qt.NoModifier, a)
    for k in range(1, 6):
        QTest.mouseMove(port, a + (b - a) * (k / 5))
    QTest.mouseRelease(port, Qt.LeftButton, Qt.NoModifier, b)
    assert panel_ids(controller, "s1") == ["s1-b", "s1-c", "s1-a"]
    assert controller.stack.count() == 1
    controller.stack.undo()
    assert panel_ids(controller, "s1") == ["s1-a", "s1-b", "s1-c"]


def test_drag_panel_to_another_beat(editor):
    view, controller, selection, _ = editor
    port = view.viewport()
    a, b = thumb_point(view, "s1", 1), thumb_point(view, "h1", 0) - QPoint(10, 0)
    QTest.mousePress(port, Qt.LeftButton, Qt.NoModifier, a)
    for k in range(1, 8):
        QTest.mouseMove(port, a + (b - a) * (k / 7))
    QTest.mouseRelease(port, Qt.LeftButton, Qt.NoModifier, b)
    assert panel_ids(controller, "h1") == ["s1-b", "h1-p1"]
    assert panel_ids(controller, "s1") == ["s1-a", "s1-c"]
    assert controller.stack.count() == 1


def test_keyboard_panel_edits(editor, qtbot):
    view, controller, selection, _ = editor
    view.select_panel("s1", "s1-b")
    view.setFocus()
    view.add_panel()  # Ctrl+Shift+P in the window
    added = panel_ids(controller, "s1")[2]
    assert added.startswith("s1-p")
    assert panel_ids(controller, "s1") == ["s1-a", "s1-b", added, "s1-c"]
    assert selection.current_panel == ("s1", added)
    view.duplicate_panel()
    copy = panel_ids(controller, "s1")[3]
    assert copy.startswith("s1-p") and copy != added
    view.move_panel_step(-1)
    assert panel_ids(controller, "s1")[:3] == ["s1-a", "s1-b", copy]
    view.select_panel("s1", "s1-a")
    view.move_panel_step(-1)  # past the strip's start: into the previous beat's end
    assert panel_ids(controller, "h1") == ["h1-p1", "s1-a"]
    view.remove_panel()
    assert panel_ids(controller, "h1") == ["h1-p1"]
    assert selection.current_panel == ("h1", "h1-p1")
    view.remove_panel()  # the last panel stays, with a reason
    assert panel_ids(controller, "h1") == ["h1-p1"]
    n = controller.stack.count()
    assert n == 5
    for _ in range(n):
        controller.stack.undo()
    assert panel_ids(controller, "s1") == ["s1-a", "s1-b", "s1-c"]


def test_window_panel_actions_and_unique_shortcuts(make_window):
    from PySide6.QtGui import QKeySequence
    win = make_window(small_project())
    win.selection.set_episode("ep1")
    win.canvas.select_panel("h1", "h1-p1")
    acts = win.acts
    assert acts.add_panel.shortcut() == QKeySequence("Ctrl+Shift+P")
    acts.add_panel.trigger()
    added = panel_ids(win.controller, "h1")[1]
    assert panel_ids(win.controller, "h1") == ["h1-p1", added] and added.startswith("h1-p")
    assert acts.move_panel_left.shortcut() == QKeySequence("Ctrl+Alt+Left")
    acts.move_panel_left.trigger()
    assert panel_ids(win.controller, "h1") == [added, "h1-p1"]
    acts.duplicate_panel.trigger()
    acts.split_panel.trigger()
    assert len(panel_ids(win.controller, "h1")) == 4
    assert "Panel" in [m.title().replace("&", "") for m in win.menus.values()][2]
    keys = [a.shortcut().toString() for a in win.actions() if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys)), "two actions share a shortcut"


def test_paste_image_from_clipboard_onto_panel(editor, tmp_path):
    view, controller, selection, _ = editor
    controller.document.save(tmp_path / "s.beatboard")
    view.select_panel("s1", "s1-b")
    img = QImage(300, 500, QImage.Format_RGB32)
    img.fill(QColor(200, 30, 30))
    mime = QMimeData()
    mime.setImageData(img)
    QGuiApplication.clipboard().setMimeData(mime)
    try:
        view.paste()
    finally:
        QGuiApplication.clipboard().clear()  # PySide6 crashes at exit holding our QMimeData
    panel = controller.project.episode("ep1").beat("s1").panel("s1-b")
    assert panel.image and (tmp_path / panel.image).is_file()
    assert controller.stack.count() == 1
    assert QImage(str(tmp_path / panel.image)).pixelColor(10, 10).red() == 200
    controller.stack.undo()
    assert controller.project.episode("ep1").beat("s1").panel("s1-b").image is None


def test_drop_image_on_a_thumbnail(editor, tmp_path):
    from PySide6.QtGui import QDropEvent
    view, controller, selection, _ = editor
    controller.document.save(tmp_path / "s.beatboard")
    Image.new("RGB", (90, 160), (10, 120, 200)).save(tmp_path / "x.png")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "x.png"))])
    view.dropEvent(QDropEvent(QPointF(thumb_point(view, "s1", 2)), Qt.CopyAction, mime,
                              Qt.LeftButton, Qt.NoModifier))
    assert controller.project.episode("ep1").beat("s1").panel("s1-c").image
    assert controller.project.episode("ep1").beat("s1").panel("s1-a").image is None


def test_import_folder_in_natural_order_adds_panels(editor, tmp_path):
    view, controller, selection, _ = editor
    controller.document.save(tmp_path / "s.beatboard")
    selection.set_episode("ep2")  # a2, b2, c2: one panel each
    folder = tmp_path / "shots"
    folder.mkdir()
    for i, n in enumerate([1, 2, 10, 3, 4]):
        Image.new("RGB", (90, 160), (n * 20, 0, 0)).save(folder / f"shot{n}.png")
    (folder / "notes.txt").write_text("not an image")
    assert view.import_images(str(folder)) == 5
    assert controller.stack.count() == 1
    ep = controller.project.episode("ep2")
    reds = [QImage(str(tmp_path / p.image)).pixelColor(1, 1).red()
            for b in ep.beats for p in b.panels]
    assert reds == [20, 40, 60, 80, 200]  # shot1, 2, 3, 4, 10
    assert len(ep.beat("c2").panels) == 3
    fileio.loads(fileio.dumps(controller.project))
    controller.stack.undo()
    assert all(len(b.panels) == 1 and b.panels[0].image is None
               for b in controller.project.episode("ep2").beats)


def test_thumbnail_context_menu_offers_panel_actions(editor):
    view, controller, selection, _ = editor
    menu = view.panel_menu("s1", "s1-c")
    assert selection.current_panel == ("s1", "s1-c")
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert {"Draw…", "Add panel after", "Duplicate panel", "Split panel", "Delete panel",
            "Clear picture", "Paste picture"} <= set(actions)
    actions["Split panel"].trigger()
    second = panel_ids(controller, "s1")[3]
    assert panel_ids(controller, "s1") == ["s1-a", "s1-b", "s1-c", second]
    assert second.startswith("s1-p")
    view.panel_menu("s1", "s1-a").actions()[-1].trigger()  # Delete panel
    assert panel_ids(controller, "s1") == ["s1-b", "s1-c", second]
    assert controller.stack.count() == 2


def test_return_opens_the_current_panel_else_edits_the_beat(editor, qtbot):
    view, controller, selection, _ = editor
    view.setFocus()
    view.select_panel("s1", "s1-b")
    with qtbot.waitSignal(view.panelActivated) as opened:
        QTest.keyClick(view, Qt.Key_Return)
    assert opened.args == ["s1", "s1-b"]
    selection.set_beats(["p1"])  # another beat: no current panel
    with qtbot.waitSignal(view.beatActivated) as beat:
        QTest.keyClick(view, Qt.Key_Return)
    assert beat.args == ["p1"]

"""The inspector's panel thumbnail is drawn off the GUI thread through the picture plan,
and a FIFO beside the panels never freezes the editor (issue 8, item 9)."""
from __future__ import annotations

import threading
import time

from PySide6.QtGui import QColor, QImage

from beatboard.core import fileio

from conftest import small_project


def _window_with_image(make_window, tmp_path, image_name: str):
    path = tmp_path / "show.beatboard"
    project = small_project()
    project.episode("ep1").beat("p1").panels[0].image = image_name
    fileio.save(project, path)
    return make_window(fileio.load(path), str(path))


def test_selecting_a_beat_whose_image_is_a_fifo_does_not_block(make_window, tmp_path, qtbot,
                                                                make_fifo):
    make_fifo("show.images/p1.png")
    w = _window_with_image(make_window, tmp_path, "show.images/p1.png")
    start = time.monotonic()
    w.selection.select("ep1", ["p1"])
    form = w.inspector.beat_form
    qtbot.waitUntil(lambda: not form.image_thumb.pixmap().isNull(), timeout=10_000)
    assert time.monotonic() - start < 2
    assert form.image_thumb.isVisible()  # the placeholder every view draws, with its reason
    assert "p1.png" in form.image_thumb.toolTip()


def test_the_thumbnail_is_made_on_a_worker_thread(make_window, tmp_path, qtbot, monkeypatch):
    from beatboard.gui import thumbnails
    picture = QImage(90, 160, QImage.Format_RGB32)
    picture.fill(QColor("#2E86AB"))
    (tmp_path / "show.images").mkdir()
    assert picture.save(str(tmp_path / "show.images" / "p1.png"))
    threads = []
    real = thumbnails.render_panel_ex

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(thumbnails, "render_panel_ex", spy)
    w = _window_with_image(make_window, tmp_path, "show.images/p1.png")
    w.selection.select("ep1", ["p1"])
    form = w.inspector.beat_form
    qtbot.waitUntil(lambda: not form.image_thumb.pixmap().isNull())
    assert threads and all(t is not threading.main_thread() for t in threads)
    thumb = form.image_thumb.pixmap().toImage()
    assert thumb.pixelColor(thumb.width() // 2, thumb.height() // 2).name() == "#2e86ab"
    w.selection.select("ep1", ["h1"])  # a beat without an image: no stale picture
    assert not form.image_thumb.isVisible()


def test_an_edit_keeps_the_thumbnail_on_screen(make_window, tmp_path, qtbot):
    from beatboard.edit import SetField
    picture = QImage(90, 160, QImage.Format_RGB32)
    picture.fill(QColor("#2E86AB"))
    (tmp_path / "show.images").mkdir()
    assert picture.save(str(tmp_path / "show.images" / "p1.png"))
    w = _window_with_image(make_window, tmp_path, "show.images/p1.png")
    w.selection.select("ep1", ["p1"])
    form = w.inspector.beat_form
    qtbot.waitUntil(lambda: not form.image_thumb.pixmap().isNull())
    w.controller.push(SetField.beat("ep1", "p1", "title", "Renamed"))  # refreshes the form
    assert not form.image_thumb.pixmap().isNull()  # no flash of an empty frame


def test_a_wide_photo_shows_the_crop_the_canvas_shows(make_window, tmp_path, qtbot):
    """A 16:9 photo fills the 9:16 frame by its middle, as on the canvas and in print (it
    used to be shrunk whole into the frame, with paper above and below)."""
    from PIL import Image
    photo = Image.new("RGB", (1600, 900), (20, 20, 220))
    photo.paste((220, 20, 20), (0, 0, 800, 900))  # red left half, blue right half
    photo.save(tmp_path / "wide.png")
    w = _window_with_image(make_window, tmp_path, "wide.png")
    w.selection.select("ep1", ["p1"])
    form = w.inspector.beat_form
    qtbot.waitUntil(lambda: not form.image_thumb.pixmap().isNull())
    thumb = form.image_thumb.pixmap().toImage()
    top, mid = thumb.pixelColor(2, 2), thumb.pixelColor(thumb.width() - 3, thumb.height() // 2)
    assert top.red() > 150 and top.blue() < 80  # red reaches the top: no letterbox
    assert mid.blue() > 150 and mid.red() < 80  # and the right edge is the blue half

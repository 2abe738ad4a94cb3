"""The inspector's panel thumbnail is read off the GUI thread, and a FIFO beside the
panels never freezes the editor (issue 8, item 9)."""
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
    qtbot.waitUntil(lambda: form.image_thumb.text() == "missing", timeout=10_000)
    assert time.monotonic() - start < 2
    assert form.image_thumb.isVisible() and form.image_thumb.pixmap().isNull()


def test_the_thumbnail_is_made_on_a_worker_thread(make_window, tmp_path, qtbot, monkeypatch):
    from beatboard.interchange import images
    picture = QImage(90, 160, QImage.Format_RGB32)
    picture.fill(QColor("#2E86AB"))
    (tmp_path / "show.images").mkdir()
    assert picture.save(str(tmp_path / "show.images" / "p1.png"))
    threads = []
    real = images.load_thumbnail

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(images, "load_thumbnail", spy)
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

"""Dropping an image file on a card attaches it to that beat, as one undo step."""
from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from beatboard.core import fileio

from canvas_fixtures import make_canvas


@pytest.fixture
def editor(qtbot):
    view, controller, selection, _ = make_canvas(qtbot)
    return view, controller, selection


def drop(view, beat_id: str, file_path) -> QDropEvent:
    card = view.canvas_scene.card(beat_id)
    pos = QPointF(view.mapFromScene(card.sceneBoundingRect().center()))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(file_path))])
    event = QDropEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    view.dropEvent(event)
    return event


def test_dropped_png_becomes_the_beats_panel_image(editor, tmp_path):
    view, controller, selection = editor
    controller.document.save(tmp_path / "series.beatboard")
    Image.new("RGB", (90, 160), (10, 120, 200)).save(tmp_path / "sketch.png")
    beat_id = controller.project.episode(selection.episode_id).beats[1].id
    drop(view, beat_id, tmp_path / "sketch.png")
    beat = controller.project.episode(selection.episode_id).beat(beat_id)
    assert beat.panels[0].image and beat.panels[0].image.startswith("series.assets/")
    assert (tmp_path / beat.panels[0].image).is_file()
    assert controller.stack.count() == 1
    controller.stack.undo()
    assert controller.project.episode(selection.episode_id).beat(beat_id).panels[0].image is None


def test_drop_is_refused_with_a_reason(editor, tmp_path, qtbot):
    view, controller, selection = editor
    beat_id = controller.project.episode(selection.episode_id).beats[0].id
    Image.new("RGB", (9, 16)).save(tmp_path / "a.png")
    with qtbot.waitSignal(controller.refused) as unsaved:
        drop(view, beat_id, tmp_path / "a.png")
    assert "Save the project first" in unsaved.args[0]
    controller.document.save(tmp_path / "series.beatboard")
    (tmp_path / "broken.png").write_bytes(b"not an image at all")
    with qtbot.waitSignal(controller.refused):
        drop(view, beat_id, tmp_path / "broken.png")
    assert controller.stack.count() == 0
    assert fileio.load(tmp_path / "series.beatboard").episode(selection.episode_id).beats[0].panels[0].image is None

"""Property, canvas side: every mutated document that loads is painted offscreen (scene,
cards, links, zones and the ruler at the zoom limits) without an exception, a hang or a
crash (issue 8, property test; the mutations are tests/core/mutations.py)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from beatboard.core.errors import BeatBoardFileError
from beatboard.core.fileio import loads
from beatboard.gui.canvas.palette import DARK, LIGHT
from beatboard.gui.canvas.ruler import Guides, draw_ruler
from beatboard.gui.canvas.scene import BeatScene
from beatboard.gui.canvas.view import MAX_SCALE, MIN_SCALE

CASES = 1000
PAINT_EVERY = 2  # every second document that loads: each kind of mutant is painted, quickly


def _mutations():
    tests_dir = Path(__file__).resolve().parents[1]
    if str(tests_dir) not in sys.path:
        sys.path.insert(0, str(tests_dir))  # tests/core is the package ``core`` from here
    spec = importlib.util.find_spec("core.mutations")
    assert spec is not None
    return importlib.import_module("core.mutations")


def paint_episode(scene: BeatScene, project, episode_id: str, dark: bool) -> None:
    scene.set_palette(DARK if dark else LIGHT)
    scene.show_episode(project, episode_id)
    image = QImage(480, 270, QImage.Format_ARGB32_Premultiplied)
    rect = scene.sceneRect()
    painter = QPainter(image)
    try:
        # Qt swallows exceptions in Python overrides during render(): call them directly too.
        scene.drawBackground(painter, rect)
        option = QStyleOptionGraphicsItem()
        for item in scene.items():
            item.paint(painter, option, None)
        scene.render(painter, QRectF(image.rect()), rect, Qt.KeepAspectRatio)  # the whole scene
        for scale in (MIN_SCALE, 1.0, MAX_SCALE):  # the ruler over both ends, at both limits
            for x in (rect.left(), rect.center().x(), rect.right()):
                view = QTransform.fromScale(scale, scale).translate(-x, 0)
                draw_ruler(painter, QRectF(image.rect()), view, scene.layout, scene.palette,
                           Guides())
    finally:
        painter.end()
    assert not image.isNull()


def test_every_loadable_mutant_paints(qapp, capfd):
    mutations = _mutations()
    scene = BeatScene()
    loaded = painted = 0
    for seed in range(CASES):
        text, actions = mutations.mutated_text(seed)
        try:
            project = loads(text)
        except BeatBoardFileError:
            continue
        loaded += 1
        if loaded % PAINT_EVERY:
            continue
        for ep in project.episodes:
            try:
                paint_episode(scene, project, ep.id, dark=bool(seed % 2))
            except Exception as e:  # noqa: BLE001 - report which case, then fail
                raise AssertionError(f"mutated_text({seed}) {actions}: {type(e).__name__}: {e}")
        painted += 1
    assert painted > 40, painted
    assert "Error calling Python override" not in capfd.readouterr().err

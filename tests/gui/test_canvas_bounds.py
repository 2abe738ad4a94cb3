"""The canvas at the model's number bounds: no division by zero, no overflow, bounded
work per repaint (issue 8, item 7). Painted offscreen."""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTransform

from beatboard.core.model import MAX_COORD, Beat, Episode, Point, Project, Series
from beatboard.gui.canvas.layout import X_LIMIT, TimeMap, layout_episode
from beatboard.gui.canvas.palette import LIGHT
from beatboard.gui.canvas.ruler import MAX_TICKS, Guides, draw_ruler
from beatboard.gui.canvas.view import MIN_SCALE

try:  # tests/gui may or may not be a package
    from .canvas_fixtures import make_canvas
except ImportError:
    from canvas_fixtures import make_canvas


def extreme_project() -> Project:
    m = MAX_COORD
    beats = [Beat(id="a", pos=Point(x=m, y=m), duration_s=0.1),
             Beat(id="b", pos=Point(x=-m, y=-m), duration_s=600),
             Beat(id="c", duration_s=0.1),
             Beat(id="d", pos=Point(x=-m, y=m), duration_s=600),
             Beat(id="e", pos=Point(x=m, y=-m), dialogue="word " * 50_000)]
    return Project(series=Series(paywall_after="ep1"),
                   episodes=[Episode(id="ep1", number=10000, beats=beats)])


def test_time_map_never_divides_by_zero_or_leaves_the_drawable_range():
    flat = TimeMap([(0.0, 5.0), (10.0, 5.0)])  # two knots at one x
    assert math.isfinite(flat.t_at(0.0)) and math.isfinite(flat.t_at(100.0))
    steep = TimeMap([(0.0, 0.0), (0.1, 2e6)])
    assert steep.x_at(1e9) == X_LIMIT and steep.x_at(-1e9) == -X_LIMIT


class RecordingPainter:
    """Stands in for QPainter: counts lines and remembers every coordinate drawn."""

    def __init__(self):
        self.lines = 0
        self.xs: list[float] = []

    def drawLine(self, a, b):
        self.lines += 1
        self.xs += [a.x(), b.x()]

    def fillRect(self, r, *_):
        self.xs += [r.left(), r.right()]

    def drawText(self, r, *_):
        self.xs.append(r.left())

    def setPen(self, *_):
        pass

    def setFont(self, *_):
        pass


def test_ruler_work_is_bounded_over_a_time_compressed_stretch():
    # One card far right, then 999 long beats squeezed one pixel apart behind it.
    beats = [Beat(id="a", pos=Point(x=MAX_COORD, y=0), duration_s=600)]
    beats += [Beat(id=f"b{i}", duration_s=600) for i in range(999)]
    lay = layout_episode(Episode(id="e", number=1, beats=beats))
    view = QTransform.fromScale(MIN_SCALE, MIN_SCALE).translate(-(MAX_COORD - 7000), 0)
    p = RecordingPainter()
    draw_ruler(p, QRectF(0, 0, 1200, 600), view, lay, LIGHT, Guides())
    assert 10 < p.lines <= MAX_TICKS + 10
    assert all(-1000 < x < 2200 for x in p.xs)


def test_canvas_paints_cards_at_every_bound(qtbot):
    view, controller, selection, _ = make_canvas(qtbot, extreme_project())
    lay = view.canvas_scene.layout
    assert lay.total_s < 2000  # the long monologue counts as one longest beat
    for zoom in (MIN_SCALE, 3.0):
        for place in (view.fit, view.show_start):
            place()
            view._zoom(zoom / view.zoom_level())
            for x, y in ((MAX_COORD, MAX_COORD), (-MAX_COORD, -MAX_COORD), (0, 0), (X_LIMIT, 0)):
                view.centerOn(x, y)
                image = view.grab().toImage()
                assert not image.isNull()
    rect = view.canvas_scene.sceneRect()
    assert rect.width() <= 4 * X_LIMIT and rect.height() <= 4 * MAX_COORD


def test_inspector_shows_a_paywall_at_its_bound(make_window):
    w = make_window(extreme_project())
    w.selection.select("ep1", [])
    assert "10000" in w.inspector.series_form.paywall.currentText()
    w.grab()

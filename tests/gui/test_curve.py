"""Emotion curve and series strip: they draw the model and select through Selection."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from beatboard.core.graph import main_line
from beatboard.edit import AddEpisode, SetField
from beatboard.gui.curve import EpisodeCurveWidget, SeriesStripWidget
from beatboard.rules.findings import Severity

try:  # tests/gui may or may not be a package
    from .canvas_fixtures import finding, make_editor
except ImportError:
    from canvas_fixtures import finding, make_editor


@pytest.fixture
def curve(qtbot):
    controller, selection, findings = make_editor(qtbot)
    w = EpisodeCurveWidget(controller, selection, findings)
    qtbot.addWidget(w)
    w.resize(800, 220)
    w.show()
    qtbot.waitExposed(w)
    return w, controller, selection


@pytest.fixture
def strip(qtbot):
    controller, selection, findings = make_editor(qtbot)
    w = SeriesStripWidget(controller, selection, findings)
    qtbot.addWidget(w)
    w.resize(600, 240)
    w.show()
    qtbot.waitExposed(w)
    return w, controller, selection, findings


def test_curve_has_a_point_per_main_line_beat(curve):
    w, controller, _ = curve
    ep = controller.project.episode("ep1")
    line = main_line(ep)
    pts = w.main_points()
    assert [bid for bid, _ in pts] == [b.id for b in line]
    ys = {bid: p.y() for bid, p in pts}
    zero = ys["t1"]  # level beat: on the zero line
    assert ys["p1"] < zero < ys["s1"]  # up above, down below
    xs = [p.x() for _, p in pts]
    assert xs == sorted(xs)


def test_clicking_a_point_selects_its_beat(curve):
    w, _, selection = curve
    bid, p = w.main_points()[2]
    QTest.mouseClick(w, Qt.LeftButton, Qt.NoModifier, p.toPoint())
    assert selection.beat_ids == [bid]


def test_curve_follows_edits_and_episode(curve):
    w, controller, selection = curve
    before = dict(w.main_points())
    controller.push(SetField.beat("ep1", "s1", "emotion.intensity", 5))
    after = dict(w.main_points())
    assert after["s1"].y() > before["s1"].y()  # deeper pressure plots lower
    selection.set_episode("ep2")
    assert [bid for bid, _ in w.main_points()] == ["a2", "b2", "c2"]


def test_curve_shows_variant_cut_points(curve):
    w, _, _ = curve
    assert any(p.beat_id == "v1" for cut in w._cuts for p in cut)


def test_strip_click_selects_episode(strip):
    w, _, selection, _ = strip
    r = w.column_rect("ep2")
    QTest.mouseClick(w, Qt.LeftButton, Qt.NoModifier, QPoint(int(r.center().x()), int(r.top() + 3)))
    assert selection.episode_id == "ep2"
    assert selection.beat_ids == ["a2"]  # the first beat's cell was under the click


def test_strip_columns_follow_episode_list_and_findings(strip):
    from beatboard.core.model import Episode
    w, controller, _, findings = strip
    findings.set([finding("c1", Severity.ERROR), finding("s1")])
    col = w._by_id["ep1"]
    assert (col.errors, col.warnings) == (1, 1)
    controller.push(AddEpisode(Episode(id="ep9", number=3, title="New")))
    assert [c.episode_id for c in w._columns][-1] == "ep9"
    w.grab()  # paints with an empty episode column


def test_strip_tooltip_names_episode(strip, qtbot):
    from PySide6.QtWidgets import QToolTip
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtCore import QEvent
    w, _, _, _ = strip
    r = w.column_rect("ep2")
    pos = QPoint(int(r.center().x()), int(r.top() + 20))
    w.event(QHelpEvent(QEvent.ToolTip, pos, w.mapToGlobal(pos)))
    assert "Episode 2" in QToolTip.text() and "72.0 s" in QToolTip.text()

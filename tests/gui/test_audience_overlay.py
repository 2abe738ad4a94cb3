"""Retention on the beats: the curve's second axis, the scrubber, the per-beat table."""
from __future__ import annotations

import shutil

import pytest

from beatboard.core.audience_model import RetentionDataset
from beatboard.edit import AddDataset, SetField
from conftest import small_project

# Episode 1's main cut: h1 0-2.5, s1 2.5-22.5, p1 22.5-47.5, t1 47.5-62.5, c1 62.5-70.5.
STEEP_IN_P1 = [(0.0, 1.0), (2.5, 0.9), (22.5, 0.8), (30.0, 0.45), (47.5, 0.4), (62.5, 0.36),
               (70.5, 0.33)]


def dataset(points=STEEP_IN_P1, cut="main", label="A") -> RetentionDataset:
    return RetentionDataset(id="new", episode="ep1", cut=cut, points=points, label=label,
                            cut_s=70.5, cut_beats=["h1", "s1", "p1", "t1", "c1"])


@pytest.fixture
def window(make_window):
    w = make_window(small_project())
    assert w.controller.push(AddDataset(dataset()))
    return w


def test_beat_table_flags_the_steep_beat_and_a_click_selects_it(window):
    table = window.audience.table
    rows = {table.table.item(r, 0).text(): r for r in range(table.table.rowCount())}
    assert set(rows) >= {"Contract ultimatum", "The ring"}
    p1 = rows["他出手了 He steps in"]
    assert "worst" in table.table.item(p1, 7).text()
    assert table.table.item(p1, 3).text() == "80.0 %"
    assert table.table.item(rows["The ring"], 7).text() == ""
    table._select_row(p1, 0)
    assert window.selection.beat_ids == ["p1"]


def test_curve_gets_the_retention_axis_and_repaints_without_remapping(window, qtbot, tmp_path):
    window.docks.curve_dock.show()
    curve = window.docks.curve
    curve.resize(900, 240)
    overlay = window.audience.curve_overlay
    assert overlay.table is not None and not overlay.table.stale
    shot = curve.grab()
    computed, built = window.audience.data.cache.computed, overlay.paths_built
    curve.grab()
    # An edit elsewhere re-queries the tables but maps nothing and draws the same path.
    window.controller.push(SetField.beat("ep2", "s2", "title", "Colder shoulder"))
    curve.grab()
    assert window.audience.data.cache.computed == computed
    assert overlay.paths_built == built
    out = tmp_path / "curve.png"
    assert shot.save(str(out))
    shutil.copy(out, "/tmp/audience_curve.png")


def test_scrubber_shows_the_curve(window):
    scrubber = window.audience.scrubber
    assert [t.dataset.label for _, t in scrubber.retention] == ["A"]
    scrubber.resize(600, 30)
    assert not scrubber._retention_curve(scrubber._bar()).isEmpty()


def test_changed_beats_make_the_data_stale_everywhere(window):
    window.controller.push(SetField.beat("ep1", "p1", "duration_s", 30.0))
    table = window.audience.table
    assert "Stale" in table.summary.text() and "length changed" in table.summary.text()
    assert table.table.rowCount() == 0
    assert "stale" in table.datasets.currentText()
    assert window.audience.curve_overlay.table.stale
    assert window.audience.scrubber.retention == []
    window.controller.stack.undo()
    assert table.table.rowCount() == 5 and window.audience.scrubber.retention


def test_primary_and_remove_are_undoable(window):
    table = window.audience.table
    table._make_primary()
    assert window.controller.project.audience[0].primary
    table._remove()
    assert window.controller.project.audience == []
    assert "No audience data" in table.summary.text()
    window.controller.stack.undo()
    window.controller.stack.undo()
    assert window.controller.project.audience[0].primary is False


def test_curve_tooltip_says_how_many_still_watch(window):
    overlay = window.audience.curve_overlay
    assert overlay.describe_at(22.5) == "80.0 % still watching at 22.5 s"
    assert overlay.describe_at(200.0) == ""

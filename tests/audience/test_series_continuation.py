"""Continuation to the next episode beside the cliffhanger's intensity, and the paywall
episode's conversion, computed as a user would by hand."""
from __future__ import annotations

from pathlib import Path

import pytest

from beatboard.core.fileio import load
from beatboard.core.series_retention import series_continuation
from beatboard.edit.episode_edits import RemoveEpisodes
from beatboard.interchange.series_csv import parse_series_table
from beatboard.interchange.series_import import series_rows

from .series_factories import TABLE, series_project

SHOWCASE = Path(__file__).resolve().parents[2] / "samples" / "iron-heiress.beatboard"


@pytest.fixture
def project():
    p = series_project()
    p.series_audience, _ = series_rows(p, parse_series_table(TABLE.encode(), "s.csv"), "s.csv")
    return p


def test_continuation_is_next_starts_over_starts_beside_the_main_line_cliffhanger(project):
    s = series_continuation(project)
    got = [(e.number, e.continuation, e.cliff_beat, e.cliff_intensity, e.is_cliffhanger)
           for e in s.episodes]
    # The variant beats (intensity 5) are not what the episodes end on.
    assert got == [(1, 0.6, "c1", 3, True), (2, 0.75, "c2", 4, True),
                   (3, 0.9, "c3", 5, False), (4, None, "c4", 4, True)]
    assert s.episodes[3].completion == pytest.approx(900 / 4050)
    assert [(x, y) for x, y, _ in s.points()] == [(3, 0.6), (4, 0.75), (5, 0.9)]
    assert s.correlation == pytest.approx(1.0)


def test_the_paywall_episode_converts_paid_over_its_starts(project):
    p = series_continuation(project).paywall
    assert (p.number, p.starts, p.paid) == (4, 4050, 810)
    assert p.conversion == pytest.approx(0.2)
    project.series.paywall_after = None
    assert series_continuation(project).paywall is None


def test_a_removed_episode_leaves_its_row_as_an_orphan(project):
    RemoveEpisodes(["ep-2"]).apply(project)
    s = series_continuation(project)
    assert [e.episode_id for e in s.episodes] == ["ep-1", "ep-3", "ep-4"]
    assert [r.episode for r in s.orphans] == ["ep-2"]


def test_the_showcase_carries_the_invented_series_table():
    s = series_continuation(load(SHOWCASE))
    assert [e.number for e in s.episodes] == list(range(1, 15))
    nine = s.episodes[8]
    assert nine.cliff_intensity == 5 and nine.continuation == max(
        e.continuation for e in s.episodes if e.continuation is not None)
    assert s.paywall.number == 10 and s.paywall.conversion == pytest.approx(1950 / 9300)

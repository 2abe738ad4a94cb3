"""Compare A/B in the editor: two cuts of one episode, where they part, the verdict."""
from __future__ import annotations

import math
import shutil

import pytest

from beatboard.core.audience_model import RetentionDataset
from beatboard.edit import AddDataset
from conftest import small_project

MAIN = ["h1", "s1", "p1", "t1", "c1"]
VIA_V1 = ["h1", "s1", "v1", "t1", "c1"]  # v1 replaces p1: 22.5-44.5 s, 67.5 s in all


def dataset(cut, beats, cut_s, points, label, views=5000):
    return RetentionDataset(id="new", episode="ep1", cut=cut, points=points, label=label,
                            views=views, cut_s=cut_s, cut_beats=beats)


@pytest.fixture
def window(make_window):
    w = make_window(small_project())
    w.controller.push(AddDataset(dataset("main", MAIN, 70.5,
                                         [(0.0, 1.0), (22.5, 0.7), (70.5, 0.3)], "A")))
    w.controller.push(AddDataset(dataset("via-v1", VIA_V1, 67.5,
                                         [(0.0, 1.0), (22.5, 0.7), (29.0, 0.68), (30.0, 0.55),
                                          (67.5, 0.25)], "B")))
    return w


def test_two_cuts_part_inside_the_differing_beats(window, qtbot, tmp_path):
    dialog = window.audience.compare()
    qtbot.addWidget(dialog)
    c = dialog.comparison
    assert c.a.dataset.label == "A" and c.b.dataset.label == "B"
    assert c.diverge_at == 30.0
    text = dialog.verdict.text()
    assert "They part at 30 s" in text
    assert "A shows “他出手了 He steps in”, B shows “He steps in (B)”" in text
    assert "A 30.0 %, B 25.0 % (-5.0 points)" in text
    # The two-proportion test by hand: pooled 0.275 over 5000 + 5000 viewers.
    se = math.sqrt(0.275 * 0.725 * (2 / 5000))
    z = (0.30 - 0.25) / se
    assert f"z = {z:.2f}" in text and "More than noise" in text
    assert "viewers per arm" in text
    dialog.resize(820, 560)
    out = tmp_path / "ab.png"
    assert dialog.grab().save(str(out))
    shutil.copy(out, "/tmp/audience_ab.png")


def test_a_wider_threshold_moves_the_parting_and_without_views_no_verdict(window, qtbot):
    dialog = window.audience.compare()
    qtbot.addWidget(dialog)
    dialog.threshold.setValue(10.0)
    assert dialog.comparison.diverge_at is None  # they are at most 9 points apart
    assert "stay within 10 points" in dialog.verdict.text()
    window.controller.push(AddDataset(dataset("main", MAIN, 70.5,
                                              [(0.0, 1.0), (70.5, 0.31)], "C", views=None)))
    dialog2 = window.audience.compare()
    qtbot.addWidget(dialog2)
    dialog2.b.setCurrentIndex(dialog2.b.findData(window.controller.project.audience[-1].id))
    dialog2.a.setCurrentIndex(0)
    assert "cannot tell a real difference from noise" in dialog2.verdict.text()

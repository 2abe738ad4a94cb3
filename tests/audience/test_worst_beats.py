"""The report's worst beats are the beats RETENTION_DROP names: one definition, the
profile's thresholds, so the report and the findings never disagree."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from beatboard.cli import main
from beatboard.cli.audience_report import driving_ids, episode_tables
from beatboard.core.audience_model import RetentionDataset
from beatboard.core.fileio import load
from beatboard.core.retention import DropThresholds, cut_retention
from beatboard.rules import check_project
from beatboard.rules.audience_rules import project_thresholds

from .factories import forty_second_project

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def sample_with_curves(tmp_path_factory):
    target = tmp_path_factory.mktemp("s") / "iron-heiress.beatboard"
    shutil.copy(SAMPLES / "iron-heiress.beatboard", target)
    data = SAMPLES / "audience"
    for argv in (["ep01-youtube-retention.csv", "--episode", "1"],
                 ["ep02-retention-eu.csv", "--episode", "2"],
                 ["ep03-A-walks-in.csv", "--episode", "3", "--label", "A"],
                 ["ep03-B-chair-turns.csv", "--episode", "3", "--cut", "via-e03-b05b",
                  "--label", "B"]):
        assert main(["audience", "import", str(target), str(data / argv[0])] + argv[1:]) == 0
    return load(target)


def test_report_and_rule_name_the_same_worst_beats_on_the_sample(sample_with_curves):
    project = sample_with_curves
    findings = {(f.episode_number, f.beats[0]) for f in check_project(project)
                if f.rule == "RETENTION_DROP"}
    flagged = set()
    for ep in project.ordered_episodes():
        lead = driving_ids(project, ep)
        for table in episode_tables(project, ep, project_thresholds(project)):
            if table.dataset.id in lead:
                flagged |= {(ep.number, r.beat_id) for r in table.beats if r.worst}
    assert flagged == findings
    # Episode 3's 'She walks in' is the one the sample's A curve makes worst.
    ep3 = project.episode_by_number(3)
    assert (3, next(b.id for b in ep3.beats if b.title == "She walks in")) in flagged


def _curve(points) -> RetentionDataset:
    return RetentionDataset(id="d1", episode="ep-x", points=points)


def test_a_beat_faster_than_average_but_not_twice_the_median_is_not_worst():
    # hook 0-2, b2 2-10, b3 10-20, b4 20-30, cliff 30-40. b3 loses 1.5 pp/s (2.1 in the steep curve), the others
    # 1 pp/s after the hook: 1.5x the average, but under twice the median.
    ep = forty_second_project().episodes[0]
    points = [(0.0, 1.0), (2.0, 0.9), (10.0, 0.82), (20.0, 0.67), (30.0, 0.57), (40.0, 0.47)]
    table = cut_retention(ep, _curve(points))
    assert [r.beat_id for r in table.beats if r.worst] == []
    steep = [(0.0, 1.0), (2.0, 0.9), (10.0, 0.82), (20.0, 0.61), (30.0, 0.51), (40.0, 0.41)]
    assert [r.beat_id for r in cut_retention(ep, _curve(steep)).beats if r.worst] == ["b3"]


def test_the_profile_thresholds_move_the_worst_beats():
    ep = forty_second_project().episodes[0]
    steep = [(0.0, 1.0), (2.0, 0.9), (10.0, 0.82), (20.0, 0.61), (30.0, 0.51), (40.0, 0.41)]
    strict = DropThresholds(hook_s=3.0, factor=3.0, min_pp_s=1.0)
    assert [r.beat_id for r in cut_retention(ep, _curve(steep), strict).beats if r.worst] == []
    loose = DropThresholds(hook_s=3.0, factor=2.0, min_pp_s=2.5)
    assert [r.beat_id for r in cut_retention(ep, _curve(steep), loose).beats if r.worst] == []

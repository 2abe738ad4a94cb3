"""RETENTION_DROP and HOOK_LOST: a smooth decay fires neither; a cliff fires on its beat."""
from __future__ import annotations

import math

from beatboard.core.audience_model import RetentionDataset
from beatboard.core.model import Episode, Project
from beatboard.rules import BUILTIN_PROFILES, RuleChecker, check_project

from .factories import beat

PROFILE = BUILTIN_PROFILES["overseas"]


def eighty_seconds() -> Episode:
    """hook 0-2, then seven 10 s beats and a cliffhanger: b1 2-12 ... b7 62-72, cliff 72-80."""
    beats = [beat("hook", 2, "hook")] + [beat(f"b{i}", 10) for i in range(1, 8)]
    return Episode(id="ep-r", number=1, beats=beats + [beat("cliff", 8, "cliffhanger")])


def project_with(curve, **kw) -> Project:
    points = [(float(t), curve(t)) for t in range(81)]
    data = RetentionDataset(id="a1", episode="ep-r", points=points, label="A", **kw)
    return Project(episodes=[eighty_seconds()], audience=[data])


def audience_findings(project: Project, profile=PROFILE):
    return [f for f in check_project(project, profile) if f.rule in ("RETENTION_DROP", "HOOK_LOST")]


def smooth_shortform(t: float) -> float:
    """Steep in the first seconds, then a slow, flattening decline."""
    start = 0.72 + 0.28 * math.exp(-t / 1.2)
    return start * math.exp(-max(t - 3, 0) / 120)


def test_ordinary_smooth_decays_fire_neither_rule():
    assert audience_findings(project_with(smooth_shortform)) == []
    assert audience_findings(project_with(lambda t: math.exp(-t / 60))) == []
    assert audience_findings(project_with(lambda t: 1 - 0.006 * t)) == []
    slower_start = lambda t: (0.74 + 0.26 * math.exp(-t / 2.5)) * math.exp(-max(t - 3, 0) / 150)
    assert audience_findings(project_with(slower_start)) == []


def cliff_in_b4(t: float) -> float:
    """The smooth curve minus 15 points lost between 35 and 40 s (inside b4, 32-42 s)."""
    return max(smooth_shortform(t) - 0.15 * min(max(t - 35, 0), 5) / 5, 0.0)


def test_a_cliff_after_the_hook_fires_retention_drop_on_that_beat():
    [finding] = audience_findings(project_with(cliff_in_b4))
    assert finding.rule == "RETENTION_DROP" and finding.beats == ("b4",)
    assert finding.severity.value == "info"
    assert "Viewers leave during 'B4'" in finding.message and "cut main (A)" in finding.message
    zh = finding.text("zh")
    assert "节拍 “B4” 期间观众每秒流失" in zh


def test_a_cliff_inside_the_hook_zone_is_hook_lost_not_a_drop():
    def early(t):
        return 0.55 * math.exp(-t / 120) if t >= 2 else 1 - 0.225 * t
    [finding] = audience_findings(project_with(early))
    assert finding.rule == "HOOK_LOST" and finding.beats == ("hook", "b1")
    assert "46 % of the viewers are gone by 3 s" in finding.message
    assert "前 3 秒已流失 46% 的观众" in finding.text("zh")


def test_thresholds_come_from_the_profile():
    loose = PROFILE.model_copy(update={"retention_drop_min_pp_s": 5.0})
    assert audience_findings(project_with(cliff_in_b4), loose) == []
    strict = PROFILE.model_copy(update={"hook_lost_max_share": 0.2})
    assert [f.rule for f in audience_findings(project_with(smooth_shortform), strict)] == [
        "HOOK_LOST"]
    off = PROFILE.model_copy(update={"rules": {"RETENTION_DROP": "off"}})
    assert audience_findings(project_with(cliff_in_b4), off) == []


def test_stale_data_is_never_judged_and_an_edit_rechecks_the_episode():
    project = project_with(cliff_in_b4, cut_s=80.0, cut_beats=[f"b{i}" for i in range(1, 8)])
    assert audience_findings(project) == []  # the beats differ from the import's
    project = project_with(cliff_in_b4, cut_s=80.0)
    checker = RuleChecker(PROFILE)
    assert [f.rule for f in checker.check(project) if f.rule == "RETENTION_DROP"]
    project.episode("ep-r").beats[4].duration_s = 11.0  # the cut is now 81 s: stale
    again = checker.recheck(project, {"ep-r"})
    assert not [f for f in again if f.rule == "RETENTION_DROP"]

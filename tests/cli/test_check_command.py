"""``beatboard check``: findings per episode, exit codes 0/1/2, text and JSON output."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from beatboard.cli.check import finding_line
from beatboard.rules import Finding, Severity

from .helpers import (EXPECTED_PROBLEM, clean_project, run, unreadable_files, with_problems,
                      write, write_profile)


def test_clean_file_exits_0(tmp_path, capsys):
    path = write(clean_project(), tmp_path)
    code, out, err = run(capsys, "check", path)
    assert code == 0 and err == ""
    assert out.strip() == "No findings: 6 episodes checked (profile overseas)."


def test_errors_exit_1_with_one_line_per_finding(tmp_path, capsys):
    path = write(with_problems(), tmp_path)
    code, out, err = run(capsys, "check", path)
    assert code == 1 and err == ""
    lines = out.splitlines()
    assert lines[0].startswith("ep 2 [error] HOOK_MISSING: ")
    assert lines[0].endswith("(beats: e002b1)")
    weak = [ln for ln in lines if "CLIFFHANGER_WEAK" in ln]
    assert len(weak) == 1 and weak[0].startswith("ep 4 [warning] CLIFFHANGER_WEAK: ")
    cliff = clean_project().episode_by_number(4).beats[-1].id
    assert "intensity 2" in weak[0] and weak[0].endswith(f"(beats: {cliff})")
    gambling = [ln for ln in lines if "COMPLIANCE_FLAG" in ln]
    assert len(gambling) == 1 and gambling[0].startswith("ep 5 [info] ")
    # Grouped by episode (a blank line between groups), then the summary.
    assert lines.index(weak[0]) > 0 and lines[lines.index(weak[0]) - 1] == ""
    assert lines[-1] == "1 error, 1 warning, 1 info in 6 episodes (profile overseas)."


def test_warnings_only_exit_0(tmp_path, capsys):
    project = clean_project()
    project.episode_by_number(4).beats[-1].emotion.intensity = 3
    code, out, _ = run(capsys, "check", write(project, tmp_path))
    assert code == 0
    assert "ep 4 [warning] CLIFFHANGER_WEAK" in out
    assert out.splitlines()[-1].startswith("0 errors, 1 warning, 0 info")


def test_json_output(tmp_path, capsys):
    path = write(with_problems(), tmp_path)
    code, out, _ = run(capsys, "check", path, "--format", "json")
    assert code == 1
    doc = json.loads(out)
    rules = [(f["episode_number"], f["severity"], f["rule"]) for f in doc["findings"]]
    assert rules == [(2, "error", "HOOK_MISSING"), (4, "warning", "CLIFFHANGER_WEAK"),
                     (5, "info", "COMPLIANCE_FLAG")]
    assert doc["findings"][0]["beats"] == ["e002b1"]
    assert doc["findings"][0]["episode"] == "ep002"
    summary = doc["summary"]
    assert (summary["error"], summary["warning"], summary["info"]) == (1, 1, 1)
    assert summary["episodes"] == 6 and summary["profile"] == "overseas"
    assert summary["ok"] is False


def test_profile_option_overrides_the_series_profile(tmp_path, capsys):
    path = write(with_problems(), tmp_path)
    _, out, _ = run(capsys, "check", path, "--profile", "china", "--format", "json")
    doc = json.loads(out)
    flags = [f for f in doc["findings"] if f["rule"] == "COMPLIANCE_FLAG"]
    assert [f["severity"] for f in flags] == ["warning"]  # info under overseas
    assert doc["summary"]["profile"] == "china"


def test_profile_file_changes_severity(tmp_path, capsys):
    path = write(with_problems(), tmp_path)
    lenient = write_profile(tmp_path, "lenient.json", base="overseas",
                            rules={"HOOK_MISSING": "warning", "CLIFFHANGER_WEAK": "off"})
    code, out, _ = run(capsys, "check", path, "--profile", lenient)
    assert code == 0
    assert "ep 2 [warning] HOOK_MISSING" in out and "CLIFFHANGER_WEAK" not in out
    assert "(profile lenient)" in out


def test_series_profile_file_is_found_beside_the_project(tmp_path, capsys, monkeypatch):
    project = with_problems()
    project.series.profile = "rules/strict.json"
    (tmp_path / "rules").mkdir()
    write_profile(tmp_path / "rules", "strict.json", base="overseas",
                  rules={"CLIFFHANGER_WEAK": "error"})
    path = write(project, tmp_path)
    monkeypatch.chdir(tmp_path.parent)  # the profile path is relative to the file, not here
    code, out, _ = run(capsys, "check", path)
    assert code == 1
    assert "ep 4 [error] CLIFFHANGER_WEAK" in out and "(profile strict)" in out


def test_unknown_profile_exits_2(tmp_path, capsys):
    path = write(clean_project(), tmp_path)
    code, out, err = run(capsys, "check", path, "--profile", "martian")
    assert code == 2 and out == ""
    assert "'martian'" in err and "overseas, china" in err and "Traceback" not in err


def test_broken_profile_file_exits_2(tmp_path, capsys):
    path = write(clean_project(), tmp_path)
    bad = write_profile(tmp_path, "bad.json", turn_max_s=-5)
    code, _, err = run(capsys, "check", path, "--profile", bad)
    assert code == 2
    assert str(bad) in err and "turn_max_s" in err and "Traceback" not in err


@pytest.mark.parametrize("kind", list(EXPECTED_PROBLEM))
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_unreadable_file_exits_2(tmp_path, capsys, kind, fmt):
    path = unreadable_files(tmp_path)[kind]
    code, out, err = run(capsys, "check", path, "--format", fmt)
    assert code == 2 and out == ""
    assert err.startswith("beatboard: ") and str(path) in err
    assert EXPECTED_PROBLEM[kind] in err
    assert "Traceback" not in err


def test_chinese_file_name_and_text(tmp_path, capsys):
    project = with_problems()
    project.episode_by_number(4).beats[-1].title = "卡点：真相"
    path = write(project, tmp_path, "复仇 剧集.beatboard")
    code, out, _ = run(capsys, "check", path)
    assert code == 1 and "卡点：真相" in out


def test_messages_in_chinese(tmp_path, capsys):
    path = write(with_problems(), tmp_path)
    _, english, _ = run(capsys, "check", path)
    code, out, _ = run(capsys, "check", path, "--lang", "zh")
    assert code == 1
    weak = [ln for ln in out.splitlines() if "CLIFFHANGER_WEAK" in ln][0]
    assert weak.startswith("ep 4 [warning] CLIFFHANGER_WEAK: ")
    assert any("\u4e00" <= c <= "\u9fff" for c in weak) and weak not in english
    _, out, _ = run(capsys, "check", path, "--lang", "zh", "--format", "json")
    first = json.loads(out)["findings"][0]
    assert first["message"].startswith("No hook") and first["text"] != first["message"]


def test_series_profile_file_missing_exits_2(tmp_path, capsys):
    project = clean_project()
    project.series.profile = "gone.json"
    code, out, err = run(capsys, "check", write(project, tmp_path))
    assert code == 2 and out == ""
    assert str(tmp_path / "gone.json") in err and "not found" in err


def test_series_wide_finding_line():
    f = Finding(rule="PAYOFF_DROUGHT", severity=Severity.WARNING, message="No payoff 没有爽点",
                beats=("a", "b"))
    assert finding_line(f) == "series [warning] PAYOFF_DROUGHT: No payoff 没有爽点 (beats: a, b)"


def test_real_command_line(tmp_path):
    """The installed entry point: exit codes and messages reach the shell."""
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    path = write(with_problems(), tmp_path)
    done = subprocess.run([sys.executable, "-m", "beatboard", "check", str(path)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "ep 2 [error] HOOK_MISSING" in done.stdout
    missing = tmp_path / "missing.beatboard"
    done = subprocess.run([sys.executable, "-m", "beatboard", "check", str(missing)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    assert f"{missing}: file not found" in done.stderr and "Traceback" not in done.stderr


def test_an_empty_episode_fails_the_check(tmp_path, capsys):
    project = clean_project()
    project.episode_by_number(3).beats.clear()
    project.episode_by_number(3).links.clear()
    code, out, err = run(capsys, "check", write(project, tmp_path))
    assert code == 1 and err == ""
    assert any("EPISODE_EMPTY" in line and "no beats" in line for line in out.splitlines())

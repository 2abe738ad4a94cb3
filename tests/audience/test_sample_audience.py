"""The invented sample curves import into the showcase and show what README promises."""
from __future__ import annotations

import shutil
from pathlib import Path

from beatboard.cli import main
from beatboard.core.fileio import load
from beatboard.rules import check_project

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
DATA = SAMPLES / "audience"


def test_sample_curves_import_and_report(tmp_path, capsys):
    target = tmp_path / "iron-heiress.beatboard"
    shutil.copy(SAMPLES / "iron-heiress.beatboard", target)
    for argv in (
            ["ep01-youtube-retention.csv", "--episode", "1", "--label", "launch week"],
            ["ep02-retention-eu.csv", "--episode", "2"],
            ["ep03-A-walks-in.csv", "--episode", "3", "--label", "A", "--views", "12000"],
            ["ep03-B-chair-turns.csv", "--episode", "3", "--cut", "via-e03-b05b",
             "--label", "B", "--views", "12000"]):
        assert main(["audience", "import", str(target), str(DATA / argv[0])] + argv[1:]) == 0
    project = load(target)
    drops = [(f.episode_number, f.beats) for f in check_project(project)
             if f.rule in ("RETENTION_DROP", "HOOK_LOST")]
    assert drops == [(1, ("e01-b03",)), (3, ("e03-b05",))]
    capsys.readouterr()
    assert main(["audience", "report", str(target), "--episodes", "3"]) == 0
    out = capsys.readouterr().out
    assert "A shows She walks in, B shows The chair turns" in out
    assert "more than noise" in out


def test_the_readme_marks_the_sample_curves_as_invented():
    text = (SAMPLES / "README.md").read_text(encoding="utf-8")
    assert "samples/audience" in text and "invented" in text
    for csv in DATA.glob("*.csv"):
        assert csv.name in text

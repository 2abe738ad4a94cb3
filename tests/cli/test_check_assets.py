"""``beatboard check`` warns about asset files that cannot be used (ASSET_BROKEN)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from beatboard.core.fileio import load, save
from beatboard.core.model import AudioTrack
from beatboard.rules import AssetChecker, resolve_profile

from .helpers import clean_project, run

SAMPLE = Path(__file__).resolve().parents[2] / "samples"


def broken_assets_project(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A clean project whose first three panels name a bad sketch, a bad image and a
    missing file, and whose episode 1 names a missing sound."""
    project = clean_project()
    assets = tmp_path / "p.assets"
    assets.mkdir()
    (assets / "bad.sketch.json").write_text('{"version": 1, "layers": [', encoding="utf-8")
    (assets / "bad.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"garbage" * 10)
    panels = [p for b in project.episodes[0].beats for p in b.panels]
    panels[0].sketch = "p.assets/bad.sketch.json"
    panels[1].image = "p.assets/bad.png"
    panels[2].image = "p.assets/gone.png"
    project.episodes[0].audio = AudioTrack(path="p.assets/temp.wav")
    path = tmp_path / "p.beatboard"
    save(project, path)
    return path, {"sketch": panels[0].id, "image": panels[1].id, "missing": panels[2].id}


def test_check_lists_each_broken_asset_naming_panel_and_file(tmp_path, capsys):
    path, panel = broken_assets_project(tmp_path)
    code, out, err = run(capsys, "check", path)
    assert code == 0 and err == ""  # warnings: the series itself is clean
    lines = [ln for ln in out.splitlines() if "ASSET_BROKEN" in ln]
    assert len(lines) == 4, out
    assert all(ln.startswith("ep 1 [warning] ASSET_BROKEN: ") for ln in lines)
    text = "\n".join(lines)
    assert f"Panel {panel['sketch']}: the sketch p.assets/bad.sketch.json cannot be read" in text
    assert f"Panel {panel['image']}: the image p.assets/bad.png cannot be read" in text
    assert f"Panel {panel['missing']}: p.assets/gone.png is missing" in text
    assert "Episode 1: the sound p.assets/temp.wav is missing" in text
    code, out, _ = run(capsys, "check", path, "--lang", "zh")
    assert f"分镜格 {panel['sketch']}：草图 p.assets/bad.sketch.json 无法读取" in out
    assert "第 1 集：找不到声音文件 p.assets/temp.wav" in out
    code, out, _ = run(capsys, "check", path, "--format", "json")
    rows = [f for f in json.loads(out)["findings"] if f["rule"] == "ASSET_BROKEN"]
    assert len(rows) == 4 and {r["severity"] for r in rows} == {"warning"}


def test_the_sample_with_its_assets_has_no_asset_findings(tmp_path, capsys):
    shutil.copy(SAMPLE / "iron-heiress.beatboard", tmp_path)
    shutil.copytree(SAMPLE / "iron-heiress.assets", tmp_path / "iron-heiress.assets")
    code, out, _ = run(capsys, "check", tmp_path / "iron-heiress.beatboard")
    assert "ASSET_BROKEN" not in out


def test_verdicts_are_cached_by_size_and_time_and_follow_a_repair(tmp_path):
    path, panel = broken_assets_project(tmp_path)
    project = load(path)
    profile = resolve_profile(project, tmp_path)
    checker = AssetChecker()
    assert len(checker.check(project, tmp_path, profile)) == 4
    sketch = tmp_path / "p.assets/bad.sketch.json"
    good = next((SAMPLE / "iron-heiress.assets").glob("*.sketch.json"))
    sketch.write_bytes(good.read_bytes())  # repaired: another size and time
    found = checker.check(project, tmp_path, profile)
    assert len(found) == 3 and not any(panel["sketch"] in f.message for f in found)
    assert AssetChecker().check(project, None, profile) == []  # unsaved: nothing to read

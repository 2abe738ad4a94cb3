"""Files for command-line tests, and a runner that captures exit code and output."""
from __future__ import annotations

import json
from pathlib import Path

from beatboard.cli import main
from beatboard.core.fileio import save
from beatboard.core.model import Link, Project
from beatboard.core.skeleton import make_skeleton


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def clean_project(episodes: int = 6) -> Project:
    return make_skeleton("revenge", episodes, title="复仇 The Return",
                         paywall=3 if episodes >= 3 else None)


def with_problems() -> Project:
    """Episode 2 has no hook (an error); episode 4's cliffhanger is weak (a warning);
    episode 5 has a gambling beat (info overseas, a warning in China)."""
    project = clean_project()
    project.episode_by_number(2).beats[0].kind = "setup"
    project.episode_by_number(4).beats[-1].emotion.intensity = 2
    project.episode_by_number(5).beats[2].compliance = ["gambling"]
    return project


def branched_project() -> Project:
    """Episode 1 gets a 40 s B-variant of its 20 s escalation: two cuts, 80 s and 100 s."""
    project = clean_project(2)
    ep = project.episode_by_number(1)
    ids = [b.id for b in ep.beats]
    alt = ep.beats[2].model_copy(update={"id": "alt1", "title": "Escalation (B) 升级",
                                         "duration_s": 40.0, "panels": []})
    ep.beats = ep.beats + [alt]
    ep.links = ([Link(**{"from": a, "to": b}) for a, b in zip(ids, ids[1:])]
                + [Link(**{"from": ids[1], "to": "alt1", "kind": "variant"}),
                   Link(**{"from": "alt1", "to": ids[3]})])
    return project


def write(project: Project, folder: Path, name: str = "series.beatboard") -> Path:
    path = folder / name
    save(project, path)
    return path


def write_profile(folder: Path, name: str, **settings) -> Path:
    path = folder / name
    path.write_text(json.dumps(settings), encoding="utf-8")
    return path


def unreadable_files(folder: Path) -> dict[str, Path]:
    """One file for each way reading can fail."""
    bad_json = folder / "bad.beatboard"
    bad_json.write_text('{"format": "beatboard",\n  "format_version": 1,,}', encoding="utf-8")
    latin = folder / "latin.beatboard"
    latin.write_bytes(b'{"format": "beatboard", "series": {"title": "caf\xe9"}}')
    wrong = folder / "wrong.beatboard"
    project = clean_project(1).model_dump(mode="json", by_alias=True, exclude_none=True)
    project["episodes"][0]["beats"][0]["emotion"]["intensity"] = 7
    wrong.write_text(json.dumps(project), encoding="utf-8")
    folder_path = folder / "a folder.beatboard"
    folder_path.mkdir()
    huge = folder / "huge.beatboard"  # more digits than Python converts to an int
    huge.write_text('{"format": "beatboard",\n "format_version": 1,\n "series": {"paywall_episode": '
                    + "9" * 5000 + "}}", encoding="utf-8")
    return {"missing": folder / "missing.beatboard", "bad json": bad_json,
            "not utf-8": latin, "out of range": wrong, "folder": folder_path,
            "huge number": huge}


EXPECTED_PROBLEM = {"missing": "file not found", "bad json": "line 2, column 23",
                    "not utf-8": "not UTF-8", "out of range": "emotion.intensity",
                    "folder": "is a folder",
                    "huge number": "line 3: a number with 5000 digits is far too large"}


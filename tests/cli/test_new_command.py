"""``beatboard new``: writes a skeleton, refuses to overwrite, validates its arguments."""
from __future__ import annotations

import pytest

from beatboard.core.fileio import load

from .helpers import run


def test_writes_a_skeleton_that_checks_clean(tmp_path, capsys):
    out = tmp_path / "revenge.beatboard"
    code, stdout, err = run(capsys, "new", out, "--genre", "revenge", "--episodes", "12",
                            "--paywall", "10", "--title", "复仇 The Return")
    assert code == 0 and err == ""
    project = load(out)
    beats = sum(len(ep.beats) for ep in project.episodes)
    assert stdout.strip() == (f"Wrote {out}: 12 episodes, {beats} beats, genre revenge, "
                              "paywall at episode 10.")
    assert project.series.title == "复仇 The Return"
    assert project.paywall_episode == 10 and len(project.episodes) == 12
    assert all(ep.beats[0].kind == "hook" and ep.beats[-1].kind == "cliffhanger"
               for ep in project.episodes)
    code, stdout, _ = run(capsys, "check", out)
    assert code == 0 and stdout.startswith("No findings: 12 episodes")


def test_defaults_title_from_file_name_and_adds_extension(tmp_path, capsys):
    code, stdout, _ = run(capsys, "new", tmp_path / "雨夜", "--genre", "悬疑", "--episodes", "3",
                          "--language", "zh")
    assert code == 0
    project = load(tmp_path / "雨夜.beatboard")
    assert project.series.title == "雨夜" and project.series.genre == "suspense"
    assert project.series.language == "zh-CN"
    assert project.paywall_episode is None
    assert project.episodes[0].beats[0].title == "钩子"


def test_refuses_to_overwrite_without_force(tmp_path, capsys):
    out = tmp_path / "s.beatboard"
    out.write_text("my precious work", encoding="utf-8")
    code, stdout, err = run(capsys, "new", out, "--genre", "family", "--episodes", "5")
    assert code == 2 and stdout == ""
    assert str(out) in err and "already exists" in err and "--force" in err
    assert out.read_text(encoding="utf-8") == "my precious work"
    code, _, _ = run(capsys, "new", out, "--genre", "family", "--episodes", "5", "--force")
    assert code == 0 and len(load(out).episodes) == 5


@pytest.mark.parametrize("args, words", [
    (["--genre", "romcom", "--episodes", "5"], ["--genre", "'romcom'", "sweet-romance"]),
    (["--genre", "revenge", "--episodes", "0"], ["between 1 and 500", "got 0"]),
    (["--genre", "revenge", "--episodes", "501"], ["between 1 and 500", "got 501"]),
    (["--genre", "revenge", "--episodes", "ten"], ["--episodes", "whole number", "'ten'"]),
    (["--genre", "revenge", "--episodes", "5", "--paywall", "9"], ["paywall", "got 9"]),
    (["--genre", "revenge", "--episodes", "5", "--paywall", "x"], ["--paywall", "'x'"]),
    (["--genre", "revenge", "--episodes", "5", "--language", "fr"], ["--language", "'fr'",
                                                                      "zh-CN"]),
])
def test_bad_arguments_exit_2_and_write_nothing(tmp_path, capsys, args, words):
    out = tmp_path / "s.beatboard"
    code, stdout, err = run(capsys, "new", out, *args)
    assert code == 2 and stdout == ""
    for word in words:
        assert word in err
    assert "Traceback" not in err
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_missing_folder_or_folder_target(tmp_path, capsys):
    code, _, err = run(capsys, "new", tmp_path / "nope" / "s.beatboard", "--genre", "other",
                       "--episodes", "2")
    assert code == 2 and "does not exist" in err
    (tmp_path / "dir.beatboard").mkdir()
    code, _, err = run(capsys, "new", tmp_path / "dir.beatboard", "--genre", "other",
                       "--episodes", "2", "--force")
    assert code == 2 and "is a folder" in err


def test_missing_required_option_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        run(capsys, "new", tmp_path / "s.beatboard", "--genre", "revenge")
    assert info.value.code == 2
    assert "--episodes" in capsys.readouterr().err

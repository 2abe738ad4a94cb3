"""``beatboard info``: series header, one row per episode, totals."""
from __future__ import annotations

import pytest

from beatboard.cli.info import fit, width
from beatboard.core.model import Episode, Link

from .helpers import (EXPECTED_PROBLEM, branched_project, clean_project, run, unreadable_files,
                      with_problems, write)


def mmss(ep_or_seconds) -> str:
    s = ep_or_seconds if isinstance(ep_or_seconds, (int, float)) else \
        sum(b.seconds for b in ep_or_seconds.beats)
    return f"{int(s // 60)}:{int(round(s % 60)):02d}"


def rows(out: str) -> dict[int, list[str]]:
    """Table rows keyed by episode number; cells split on runs of two spaces."""
    table = {}
    for line in out.splitlines():
        cells = [c.strip() for c in line.split("  ") if c.strip()]
        if cells and cells[0].isdigit():
            table[int(cells[0])] = cells
    return table


def test_header_and_rows(tmp_path, capsys):
    code, out, err = run(capsys, "info", write(with_problems(), tmp_path))
    assert code == 0 and err == ""
    assert "Title:    复仇 The Return" in out
    assert "Genre:    revenge" in out
    assert "Profile:  overseas" in out
    assert "Paywall:  episode 3" in out
    assert "Episodes: 6" in out
    table = rows(out)
    assert sorted(table) == [1, 2, 3, 4, 5, 6]
    # number, title, beats, duration, cuts, status, errors, warnings, info
    project = with_problems()
    ep1 = project.episode_by_number(1)
    assert table[1] == ["1", "Episode 1", str(len(ep1.beats)), mmss(ep1), "1", "clean", "0",
                        "0", "0"]
    assert table[2][5:] == ["errors", "1", "0", "0"]
    assert table[4][5:] == ["warnings", "0", "1", "0"]
    assert table[5][5:] == ["clean", "0", "0", "1"]  # info findings do not count
    total = out.splitlines()[-1]
    beats = sum(len(ep.beats) for ep in project.episodes)
    secs = sum(b.seconds for ep in project.episodes for b in ep.beats)
    assert total.startswith(f"Total: {beats} beats, main lines {int(secs // 60)}:"
                            f"{int(secs % 60):02d};")
    assert "4 clean, 1 with warnings, 1 with errors" in total
    assert "findings: 1 errors, 1 warnings, 1 info" in total


def test_branched_episode_shows_range_and_cuts(tmp_path, capsys):
    code, out, _ = run(capsys, "info", write(branched_project(), tmp_path))
    assert code == 0
    row = rows(out)[1]
    project = branched_project()
    ep1 = project.episode_by_number(1)
    assert row[2] == str(len(ep1.beats))  # beats, the variant included
    main = sum(b.seconds for b in ep1.beats if b.id != "alt1")
    longer = main - ep1.beats[2].seconds + 40
    # main line, then shortest–longest cut (the 40 s variant replaces the escalation)
    assert row[3] == f"{mmss(main)} ({mmss(main)}–{mmss(longer)})"
    assert row[4] == "2"
    assert rows(out)[2][3:5] == [mmss(project.episode_by_number(2)), "1"]


def test_cycle_is_reported_not_timed(tmp_path, capsys):
    project = branched_project()
    ep = project.episode_by_number(1)
    ep.links = ep.links + [Link(**{"from": "e001b6", "to": "e001b2"})]
    code, out, _ = run(capsys, "info", write(project, tmp_path))
    assert code == 0
    row = rows(out)[1]
    assert row[4] == "cycle" and row[5] == "errors"


def test_profile_option(tmp_path, capsys):
    _, out, _ = run(capsys, "info", write(with_problems(), tmp_path), "--profile", "china")
    assert "Profile:  china" in out
    assert rows(out)[5][5:] == ["warnings", "0", "1", "0"]  # gambling is a warning in China


def test_chinese_titles_keep_columns_aligned(tmp_path, capsys):
    project = clean_project(3)
    project.episode_by_number(2).title = "第二集：雨夜的真相与复仇的开始，一切都变了"
    _, out, _ = run(capsys, "info", write(project, tmp_path))
    lines = [ln for ln in out.splitlines() if ln[:4].strip().isdigit()]
    assert len({width(ln) for ln in lines}) == 1
    assert "第二集" in lines[1] and "…" in lines[1]


def test_fit_counts_wide_characters():
    assert width("复仇ab") == 6
    assert fit("复仇", 6) == "复仇  "
    cut = fit("一二三四五六", 7)
    assert width(cut) == 7 and cut.startswith("一二三") and "…" in cut


@pytest.mark.parametrize("kind", list(EXPECTED_PROBLEM))
def test_unreadable_file_exits_2(tmp_path, capsys, kind):
    path = unreadable_files(tmp_path)[kind]
    code, out, err = run(capsys, "info", path)
    assert code == 2 and out == ""
    assert str(path) in err and EXPECTED_PROBLEM[kind] in err and "Traceback" not in err


def test_empty_episode_row(tmp_path, capsys):
    project = clean_project(2)
    project.episodes.append(Episode(id="blank", number=3, title="TBD"))
    code, out, _ = run(capsys, "info", write(project, tmp_path))
    assert code == 0
    row = rows(out)[3]
    assert row[:5] == ["3", "TBD", "0", "0:00", "0"]

"""``beatboard diff``: exit codes as diff(1), text and JSON, and git's textconv text."""
from __future__ import annotations

import json

from beatboard.core.fileio import load, save
from beatboard.versioning.textconv import project_text

from beatboard.cli import main
from .scripted import SAMPLE, sample, twenty_changes


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def files(tmp_path):
    p = sample()
    p.series.id = "0123456789abcdef0123456789abcdef"  # saving would mint one per file
    q, _ = twenty_changes(p)
    save(p, tmp_path / "old.beatboard")
    save(q, tmp_path / "new.beatboard")
    return tmp_path / "old.beatboard", tmp_path / "new.beatboard"


def test_diff_text_lists_changes_and_exits_1(capsys, tmp_path):
    old, new = files(tmp_path)
    code, out, _ = run(capsys, "diff", old, new)
    assert code == 1
    assert "ep 1: title 'The Anniversary Dinner' → 'The Last Anniversary'" in out
    assert "    + ETHAN: You what?" in out  # dialogue as a line diff
    assert "    → ep 1, beat" in out  # a consequence under its change
    assert out.rstrip().endswith("20 changes.")


def test_diff_json_reads_back(capsys, tmp_path):
    old, new = files(tmp_path)
    code, out, _ = run(capsys, "diff", old, new, "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert len(data["changes"]) == 20 and data["same"] is False
    first = data["changes"][0]
    assert set(first) >= {"kind", "item_type", "item_id", "episode_id", "field", "old", "new",
                          "summary", "consequences"}


def test_same_files_exit_0(capsys, tmp_path):
    code, out, _ = run(capsys, "diff", SAMPLE, SAMPLE)
    assert code == 0 and "No changes." in out


def test_unreadable_file_exits_2_with_message(capsys, tmp_path):
    bad = tmp_path / "bad.beatboard"
    bad.write_text("{not json", encoding="utf-8")
    code, out, err = run(capsys, "diff", SAMPLE, bad)
    assert code == 2 and "bad.beatboard" in err and "Traceback" not in err
    code, _, err = run(capsys, "diff", SAMPLE)
    assert code == 2 and "OLD and NEW" in err


def test_textconv_is_canonical_one_field_a_line(capsys, tmp_path):
    code, out, _ = run(capsys, "diff", "--textconv", SAMPLE)
    assert code == 0
    lines = out.splitlines()
    assert "series.title: Iron Heiress 铁血千金" in lines
    assert "episode ep01" in lines and "  beat e01-b01" in lines
    assert "    panel e01-b01-p1" in lines
    # the same project with its episodes in another order in memory gives the same text
    p = load(SAMPLE)
    p.episodes.reverse()
    assert project_text(p) == out

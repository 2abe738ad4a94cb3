"""``beatboard audience import`` and ``report`` as a user runs them."""
from __future__ import annotations

import csv
import io
import json
import os
import socket
import time

import pytest

from beatboard.cli import main
from beatboard.core.fileio import load, save
from beatboard.core.lock import lock_path

from .factories import FIXTURES, forty_second_project


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "show.beatboard"
    save(forty_second_project(), path)
    return path


def cliff_csv(tmp_path, name="cliff.csv"):
    """Smooth 0.5 pp/s decay, except a 20-point cliff inside b3 (10-20 s)."""
    rows = []
    for t in range(41):
        r = 100 - 0.5 * t - (20 * min(max(t - 12, 0), 4) / 4)
        rows.append(f"{t},{r:.2f}")
    path = tmp_path / name
    path.write_text("seconds,retention\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_import_stores_the_curve_against_the_episode_id_and_cut(project_file, tmp_path, capsys):
    code, out, err = run(capsys, "audience", "import", project_file,
                         FIXTURES / "youtube.csv", "--episode", "1", "--label", "A",
                         "--date", "2026-11-30", "--views", "1200", "--duration", "40")
    assert code == 0, err
    assert "ORGANIC rows" in out and "saved" in out
    [d] = load(project_file).audience
    assert (d.episode, d.cut, d.label, d.views, d.source) == ("ep-x", "main", "A", 1200,
                                                              "youtube.csv")
    assert d.audience_type == "ORGANIC" and d.imported_at.endswith("Z")
    assert d.cut_beats == ["hook", "b2", "b3", "b4", "cliff"] and d.cut_s == 40.0


def test_a_bad_file_imports_nothing_and_leaves_the_project_as_it_was(project_file, capsys):
    before = project_file.read_bytes()
    code, _, err = run(capsys, "audience", "import", project_file,
                       FIXTURES / "bad_text_cell.csv", "--episode", "1")
    assert code == 2
    assert "bad_text_cell.csv: line 3: retention: expected a number" in err
    assert "Traceback" not in err
    code, _, err = run(capsys, "audience", "import", project_file,
                       FIXTURES / "plain_no_header_ratio.csv", "--episode", "1", "--cut", "via-q")
    assert code == 2 and "no cut 'via-q'" in err
    assert project_file.read_bytes() == before


def test_import_refuses_while_an_editor_holds_the_lock(project_file, capsys):
    now = time.time()
    lock_path(project_file).write_text(json.dumps({
        "session": "other", "host": socket.gethostname(), "pid": os.getpid(), "user": "lin",
        "started": now, "heartbeat": now, "document": project_file.name}), encoding="utf-8")
    before = project_file.read_bytes()
    code, _, err = run(capsys, "audience", "import", project_file,
                       FIXTURES / "plain_no_header_ratio.csv", "--episode", "1")
    assert code == 2 and "is open in BeatBoard" in err and "nothing written" in err
    assert project_file.read_bytes() == before


def test_report_makes_the_cliff_beat_the_worst(project_file, tmp_path, capsys):
    run(capsys, "audience", "import", project_file, cliff_csv(tmp_path), "--episode", "1")
    code, out, _ = run(capsys, "audience", "report", project_file)
    assert code == 0
    b3 = next(line for line in out.splitlines() if line.strip().startswith("B3 "))
    assert "← worst" in b3
    assert "worst beats: B3" in out
    code, out, _ = run(capsys, "audience", "report", project_file, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    by_beat = {r["beat"]: r for r in rows}
    assert by_beat["b3"]["worst"] == "yes" and by_beat["b2"]["worst"] == ""
    assert float(by_beat["b3"]["loss_pp_per_s"]) == pytest.approx(2.5, abs=0.01)
    assert float(by_beat["b3"]["viewers_start"]) == pytest.approx(0.95)


def test_a_dataset_whose_cut_changed_is_kept_and_shown_stale(project_file, tmp_path, capsys):
    run(capsys, "audience", "import", project_file, cliff_csv(tmp_path), "--episode", "1")
    project = load(project_file)
    project.episode("ep-x").beats[2].duration_s = 12.0
    save(project, project_file)
    code, out, _ = run(capsys, "audience", "report", project_file)
    assert "stale, the cut's length changed" in out and "B3 " not in out
    assert len(load(project_file).audience) == 1


def test_report_filters_episodes_and_refuses_a_bad_range(project_file, tmp_path, capsys):
    run(capsys, "audience", "import", project_file, cliff_csv(tmp_path), "--episode", "1")
    code, out, _ = run(capsys, "audience", "report", project_file, "--episodes", "2")
    assert out == "No audience data in these episodes.\n"
    code, _, err = run(capsys, "audience", "report", project_file, "--episodes", "x-3")
    assert code == 2 and "'x-3' is not an episode number" in err


def test_report_gives_the_ab_verdict_for_two_cuts(project_file, tmp_path, capsys):
    a = tmp_path / "a.csv"
    a.write_text("seconds,retention\n0,100\n4,80\n12,60\n20,50\n", encoding="utf-8")
    b = tmp_path / "b.csv"
    b.write_text("seconds,retention\n0,100\n4,80\n10,72\n14,45\n24,35\n", encoding="utf-8")
    assert run(capsys, "audience", "import", project_file, a, "--episode", "2", "--label", "A",
               "--views", "2000")[0] == 0
    assert run(capsys, "audience", "import", project_file, b, "--episode", "2", "--cut",
               "via-b1", "--label", "B", "--views", "2000")[0] == 0
    out = run(capsys, "audience", "report", project_file)[1]
    assert "they part at 9 s: A shows Plea, B shows Slap" in out
    assert "completion: A 50.0 %, B 35.0 % (-15.0 points)" in out
    assert "more than noise (z = 9.60" in out and "needs 170 viewers per arm" in out

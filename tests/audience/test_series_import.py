"""``beatboard audience import-series``: the series table read in each dialect, stored
by episode id, undoable; bad rows name the file and line and import nothing."""
from __future__ import annotations

import csv
import io
import json

import pytest

from beatboard.cli import main
from beatboard.core.errors import BeatBoardFileError
from beatboard.core.fileio import load, loads, save
from beatboard.edit import Document, EditError, ImportSeriesAudience
from beatboard.edit.episode_edits import MoveEpisode
from beatboard.interchange.series_csv import parse_series_table
from beatboard.interchange.series_import import series_rows

from .series_factories import EUROPEAN, TABLE, series_project


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "show.beatboard"
    save(series_project(), path)
    return path


def write(tmp_path, text: str, name="series.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def _values(lines):
    return [(ln.episode, ln.starts, ln.completions, ln.next_episode_starts, ln.paid)
            for ln in lines]


def test_the_european_spreadsheet_table_reads_as_the_plain_one():
    plain = parse_series_table(TABLE.encode(), "a.csv")
    assert _values(plain) == [(1, 10000, 7000, 6000, None), (2, 6000, 4800, 4500, None),
                              (3, 4500, 4000, 4050, None), (4, 4050, 900, 800, 810)]
    assert _values(parse_series_table(EUROPEAN.encode(), "b.csv")) == _values(plain)


def test_paid_is_optional_and_extra_columns_are_ignored():
    text = "date,episode,starts,completions,next_episode_starts\nx,1,100,80,70\n"
    assert _values(parse_series_table(text.encode(), "c.csv")) == [(1, 100, 80, 70, None)]


@pytest.mark.parametrize("text, place, problem", [
    ("episode,starts,completions\n1,2,3\n", "line 1", "missing: next_episode_starts"),
    (TABLE.replace("2,6000,4800", "2,lots,4800"), "line 3", "starts: expected a count"),
    (TABLE.replace("2,6000,4800", "2,6000,4800.5"), "line 3", "not a whole number"),
    (TABLE.replace("3,4500,4000", "3,4500,-4000"), "line 4", "negative"),
    (TABLE.replace("3,4500,4000", "3,4500,9000"), "line 4", "completions 9000 exceed"),
    (TABLE.replace("4,4050", "2,4050"), "line 5", "episode 2 already has a row (line 3)"),
    (TABLE.replace("1,10000", "one,10000"), "line 2", "episode: expected an episode"),
    (TABLE.replace("2,6000,4800,4500,", "2,6000,4800"), "line 3", "3 columns"),
    ("episode,starts,completions,next_episode_starts\n", "", "no data rows"),
])
def test_bad_rows_name_the_file_line_and_problem(text, place, problem):
    with pytest.raises(BeatBoardFileError) as e:
        parse_series_table(text.encode(), "bad.csv")
    assert "bad.csv" in str(e.value) and place in str(e.value) and problem in str(e.value)


def test_binary_garbage_is_refused():
    with pytest.raises(BeatBoardFileError, match="binary"):
        parse_series_table(b"\x89PNG\x00\x00garbage", "pic.csv")


def test_import_stores_rows_by_episode_id_and_says_what_it_read(project_file, tmp_path,
                                                                capsys):
    data = write(tmp_path, EUROPEAN)
    assert main(["audience", "import-series", str(project_file), str(data)]) == 0
    out = capsys.readouterr().out
    assert "4 episodes (1-4), paid known for 1" in out
    saved = json.loads(project_file.read_text(encoding="utf-8"))
    rows = saved["series_audience"]
    assert [r["episode"] for r in rows] == ["ep-1", "ep-2", "ep-3", "ep-4"]
    assert rows[3]["paid"] == 810 and "paid" not in rows[0]
    assert rows[0]["source"] == "series.csv" and rows[0]["imported_at"].endswith("Z")


def test_an_unknown_episode_imports_nothing(project_file, tmp_path, capsys):
    before = project_file.read_bytes()
    data = write(tmp_path, TABLE + "9,10,5,4,\n")
    assert main(["audience", "import-series", str(project_file), str(data)]) != 0
    err = capsys.readouterr().err
    assert "series.csv" in err and "line 6" in err and "no episode 9" in err
    assert "Traceback" not in err
    assert project_file.read_bytes() == before


def test_rows_follow_their_episode_when_it_moves(tmp_path):
    project = series_project()
    rows, _ = series_rows(project, parse_series_table(TABLE.encode(), "s.csv"), "s.csv")
    Document(project).apply(ImportSeriesAudience(rows))
    MoveEpisode("ep-1", 4).apply(project)
    moved = project.episode("ep-1")
    assert moved.number == 4
    row = next(r for r in project.series_audience if r.episode == "ep-1")
    assert (row.starts, row.next_episode_starts) == (10000, 6000)


def test_a_second_import_replaces_its_episodes_and_undo_restores(tmp_path):
    project = series_project()
    first, _ = series_rows(project, parse_series_table(TABLE.encode(), "a.csv"), "a.csv")
    edit1 = ImportSeriesAudience(first)
    edit1.apply(project)
    again = "episode,starts,completions,next_episode_starts\n2,7000,5000,4000\n"
    second, _ = series_rows(project, parse_series_table(again.encode(), "b.csv"), "b.csv")
    edit2 = ImportSeriesAudience(second)
    edit2.apply(project)
    by_ep = {r.episode: r for r in project.series_audience}
    assert len(by_ep) == 4 and by_ep["ep-2"].starts == 7000 and by_ep["ep-1"].source == "a.csv"
    edit2.revert(project)
    assert {r.episode: r.starts for r in project.series_audience}["ep-2"] == 6000
    edit1.revert(project)
    assert project.series_audience == []
    with pytest.raises(EditError):
        ImportSeriesAudience([]).apply(project)


def test_the_rows_round_trip_and_a_second_row_for_one_episode_is_refused():
    project = series_project()
    rows, _ = series_rows(project, parse_series_table(TABLE.encode(), "a.csv"), "a.csv")
    project.series_audience = rows
    from beatboard.core.fileio import dumps
    text = dumps(project)
    assert loads(text).series_audience == rows
    doc = json.loads(text)
    doc["series_audience"].append(dict(doc["series_audience"][0]))
    with pytest.raises(BeatBoardFileError, match="a second row for episode id 'ep-1'"):
        loads(json.dumps(doc), "twice.beatboard")


def test_report_series_csv_reads_back_with_the_csv_module(project_file, tmp_path, capsys):
    main(["audience", "import-series", str(project_file), str(write(tmp_path, TABLE))])
    capsys.readouterr()
    assert main(["audience", "report", str(project_file), "--series", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["episode"] for r in rows] == ["1", "2", "3", "4"]
    assert rows[0]["continuation"] == "0.6000" and rows[0]["cliff_intensity"] == "3"
    assert rows[2]["is_cliffhanger"] == "" and rows[2]["cliff_title"] == "Cliff 3"
    assert rows[3]["continuation"] == "" and rows[3]["paywall_conversion"] == "0.2000"


def test_report_series_text_in_english_and_chinese(project_file, tmp_path, capsys):
    main(["audience", "import-series", str(project_file), str(write(tmp_path, TABLE))])
    capsys.readouterr()
    main(["audience", "report", str(project_file), "--series"])
    out = capsys.readouterr().out
    assert "Paywall at episode 4: 810 of 4,050 viewers who started it paid (20.0 %)" in out
    assert "last episode" in out and "(not a cliffhanger)" in out
    main(["audience", "report", str(project_file), "--series", "--lang", "zh"])
    zh = capsys.readouterr().out
    assert "第4集付费墙" in zh and "续看率" in zh


def test_report_series_without_a_table_says_how_to_import(project_file, capsys):
    assert main(["audience", "report", str(project_file), "--series"]) == 0
    assert "import-series" in capsys.readouterr().out


def test_a_version_5_file_opens_with_an_empty_series_table(tmp_path):
    from pathlib import Path
    fixture = Path(__file__).resolve().parents[1] / "core" / "fixtures" / "v5" / \
        "audience.beatboard"
    assert json.loads(fixture.read_text(encoding="utf-8"))["format_version"] == 5
    project = load(fixture)
    assert project.series_audience == [] and len(project.audience) == 1
    path = tmp_path / "again.beatboard"
    save(project, path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert "series_audience" not in saved and saved["audience"][0]["source"] == "ep1.csv"

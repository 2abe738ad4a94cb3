"""Every input format reads to the same curve; bad files name the file, line and problem."""
from __future__ import annotations

import pytest

from beatboard.core.errors import BeatBoardError, BeatBoardFileError
from beatboard.core.retention import board_points
from beatboard.interchange.retention_csv import (MAX_POINTS, RATIO, SECONDS, parse_retention,
                                                 read_retention)
from beatboard.interchange.retention_import import ImportOptions, dataset_from_curve

from .factories import FIXTURES, forty_second_project

CURVE = [(0.0, 1.0), (10.0, 0.7), (20.0, 0.55), (30.0, 0.45), (40.0, 0.4)]


def flat(points) -> list[float]:
    return [v for point in points for v in point]


def imported(name: str, **opts) -> list[float]:
    project = forty_second_project()
    path = FIXTURES / name
    curve = read_retention(path, opts.pop("audience_type", None))
    dataset, _ = dataset_from_curve(project, curve, path, ImportOptions(episode=1, **opts))
    return flat(dataset.points)


@pytest.mark.parametrize("name", [
    "youtube.csv", "youtube_no_type.csv", "plain_header_percent.csv",
    "plain_no_header_ratio.csv", "european_bom_semicolon.csv", "plain_percent_signs.csv",
    "semicolon_ratio_decimal_comma.csv"])
def test_every_format_imports_to_the_same_curve(name):
    assert imported(name) == pytest.approx(flat(CURVE))


def test_youtube_reads_organic_rows_unless_told_otherwise():
    curve = read_retention(FIXTURES / "youtube.csv")
    assert curve.time_kind == RATIO and curve.audience_type == "ORGANIC"
    ads = read_retention(FIXTURES / "youtube.csv", "ad_instream")
    assert ads.audience_type == "AD_INSTREAM"
    assert [r for _, r in ads.points] == [1.0, 0.3, 0.2, 0.1, 0.05]


def test_a_ratio_curve_uses_the_video_length_and_notes_a_mismatch():
    project = forty_second_project()
    curve = read_retention(FIXTURES / "youtube_no_type.csv")
    dataset, notes = dataset_from_curve(project, curve, "yt.csv",
                                        ImportOptions(episode=1, duration=60.0))
    assert dataset.points[-1] == (60.0, 0.4) and dataset.video_s == 60.0
    assert any("more than 10 %" in n and "scaled" in n for n in notes)
    # On the board the 60 s video is laid over the 40 s cut.
    assert board_points(dataset, 40.0)[-1] == pytest.approx([40.0, 0.4])
    close, notes = dataset_from_curve(project, curve, "yt.csv",
                                      ImportOptions(episode=1, duration=42.0))
    assert not any("scaled" in n for n in notes)
    assert board_points(close, 40.0)[-1] == pytest.approx([42.0, 0.4])


def test_seconds_past_the_video_are_refused():
    project = forty_second_project()
    curve = read_retention(FIXTURES / "bad_past_end.csv")
    with pytest.raises(BeatBoardError, match="50 s is past the cut's length, 40 s"):
        dataset_from_curve(project, curve, "x.csv", ImportOptions(episode=1))
    with pytest.raises(BeatBoardError, match="past the video's length"):
        dataset_from_curve(project, curve, "x.csv", ImportOptions(episode=1, duration=45.0))
    dataset, _ = dataset_from_curve(project, curve, "x.csv", ImportOptions(episode=1,
                                                                           duration=50.0))
    assert dataset.points[-1] == (50.0, 0.3)


@pytest.mark.parametrize("name, place, problem", [
    ("bad_text_cell.csv", "line 3", "retention: expected a number, got 'seventy'"),
    ("bad_above_100.csv", "line 3", "170 % is above 100 %"),
    ("bad_three_columns.csv", "line 2", "expected two columns"),
    ("bad_time_order.csv", "line 4", "times must increase"),
    ("bad_youtube_columns.csv", "line 1", "needs an audienceWatchRatio column"),
    ("bad_no_organic.csv", "", "no ORGANIC rows (audience types in the file: AD_INSTREAM)"),
    ("bad_binary.csv", "", "binary file"),
])
def test_bad_files_name_the_file_line_and_problem(name, place, problem):
    with pytest.raises(BeatBoardFileError) as info:
        read_retention(FIXTURES / name)
    assert info.value.path.endswith(name)
    assert info.value.place == place
    assert problem in info.value.problem


def test_not_utf8_and_a_million_rows_are_refused():
    with pytest.raises(BeatBoardFileError, match="line 2: not UTF-8"):
        parse_retention(b"seconds,retention\n0,\xe9100\n", "latin.csv")
    rows = "".join(f"{i},0.5\n" for i in range(MAX_POINTS + 5)).encode()
    with pytest.raises(BeatBoardFileError, match=f"more than {MAX_POINTS} rows"):
        parse_retention(rows, "huge.csv")


def test_unknown_episode_and_cut_are_refused_naming_the_cuts():
    project = forty_second_project()
    curve = read_retention(FIXTURES / "plain_no_header_ratio.csv")
    with pytest.raises(BeatBoardError, match="no episode 9"):
        dataset_from_curve(project, curve, "x.csv", ImportOptions(episode=9))
    with pytest.raises(BeatBoardError, match=r"no cut 'via-zz' \(its cuts: main, via-b1\)"):
        dataset_from_curve(project, curve, "x.csv", ImportOptions(episode=2, cut="via-zz"))


def test_plain_curve_is_seconds():
    assert parse_retention(b"0,1\n5,0.5\n").time_kind == SECONDS


@pytest.mark.parametrize("text", [
    "seconds;retention\n0;100\n10;70\n20;55\n30;45\n40;40\n",  # clean: read without csv
    'seconds;retention\n"0";100\n10;70\n\n20;55\n30;45\n40;40\n',  # quotes, a blank line
    "seconds;retention\n0;100\n10;70\n  \n20;55\n30;45\n40;40\n",  # a line of spaces
    "0;1\n10;0.7\n20;0.55\n30;0.45\n40;0.4",  # no header, 0-1
])
def test_clean_and_quoted_tables_read_alike(text):
    curve = parse_retention(text.encode(), "t.csv")
    assert curve.time_kind == SECONDS
    assert flat(curve.points) == pytest.approx(flat(CURVE))
    assert curve.described.startswith("seconds, retention in")


@pytest.mark.parametrize("text, problem", [
    ("seconds,retention\n0,100\n10,70,3\n", "line 3: expected two columns"),
    ("seconds,retention\n0,100\n10,abc\n", "line 3: retention: expected a number"),
    ("seconds,retention\n0,100\n0,70\n", "line 3: time 0 does not come after"),
    ("seconds,retention\n0,100\n10,170\n", "line 3: retention 170 % is above 100 %"),
])
def test_a_clean_looking_table_still_names_the_bad_line(text, problem):
    with pytest.raises(BeatBoardFileError, match=f"t.csv: {problem}"):
        parse_retention(text.encode(), "t.csv")


def test_lines_of_one_and_three_cells_are_not_paired_up():
    # Split in one pass, "10,70,3" and "20" would make two pairs of the right count.
    with pytest.raises(BeatBoardFileError, match="t.csv: line 3: expected two columns"):
        parse_retention(b"seconds,retention\n0,100\n10,70,3\n20\n", "t.csv")


def test_a_quickly_read_curve_is_stored_as_the_model_itself_would_store_it():
    project = forty_second_project()
    curve = parse_retention(b"seconds,retention\n0,100\n10,70\n20,55\n30,45\n40,40\n",
                            "t.csv")
    dataset, _ = dataset_from_curve(project, curve, "t.csv", ImportOptions(episode=1))
    again = type(dataset).model_validate(dataset.model_dump())
    assert again == dataset and again.model_dump_json() == dataset.model_dump_json()
    assert dataset.points == [(0.0, 1.0), (10.0, 0.7), (20.0, 0.55), (30.0, 0.45),
                              (40.0, 0.4)]

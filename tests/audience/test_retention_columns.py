"""The import dialog's reading aids: preview, hand-picked columns, typed and pasted points."""
from __future__ import annotations

import pytest

from beatboard.core.errors import BeatBoardFileError
from beatboard.interchange.retention_columns import (ColumnChoice, curve_from_cells,
                                                     curve_with_columns, preview_table,
                                                     split_pasted)
from beatboard.interchange.retention_csv import RATIO, parse_retention

from .factories import FIXTURES


def test_preview_names_the_european_dialect():
    p = preview_table((FIXTURES / "european_bom_semicolon.csv").read_bytes(), "eu.csv")
    assert (p.separator_name, p.decimal_comma, p.bom, p.columns) == ("semicolon", True, True, 2)
    assert p.rows[0] == (1, ("Sekunden", "Zuschauer"))


def test_hand_picked_columns_read_the_same_curve_as_the_plain_reader():
    plain = parse_retention(b"seconds,retention\n0,100\n10,70\n20,55\n")
    raw = b"id;note;t;share\nA;x;0;100\nB;y;10;70\nC;z;20;55\n"
    picked = curve_with_columns(raw, "odd.csv", ColumnChoice(2, 3))
    assert picked.points == plain.points


def test_hand_picked_ratio_time_and_its_problems():
    raw = b"a,b\n0,1\n0.5,0.6\n1,0.4\n"
    assert curve_with_columns(raw, "r.csv", ColumnChoice(0, 1, RATIO)).time_kind == RATIO
    with pytest.raises(BeatBoardFileError, match=r"r.csv: line 3: time 1.5 is outside 0-1"):
        curve_with_columns(b"a,b\n0,1\n1.5,0.6\n", "r.csv", ColumnChoice(0, 1, RATIO))
    with pytest.raises(BeatBoardFileError, match=r"line 2: 2 columns, but column 3"):
        curve_with_columns(raw, "r.csv", ColumnChoice(0, 2))
    with pytest.raises(BeatBoardFileError, match="two different columns"):
        curve_with_columns(raw, "r.csv", ColumnChoice(1, 1))


def test_typed_points_name_the_row():
    assert curve_from_cells([("0", "100"), ("", ""), ("5", "80,5")]).points == (
        (0.0, 1.0), (5.0, 0.805))
    with pytest.raises(BeatBoardFileError, match=r"typed points: row 2: retention"):
        curve_from_cells([("0", "100"), ("5", "lots")])
    with pytest.raises(BeatBoardFileError, match="at least two points"):
        curve_from_cells([("0", "100")])


def test_pasted_cells_from_spreadsheets():
    assert split_pasted("0\t100\n5\t80,5\n") == [["0", "100"], ["5", "80,5"]]
    assert split_pasted("0;100\r\n5;80,5") == [["0", "100"], ["5", "80,5"]]
    assert split_pasted("0,1\n5,0.8\n") == [["0", "1"], ["5", "0.8"]]

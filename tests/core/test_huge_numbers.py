"""Integers longer than Python converts (4,300 digits) give the typed error with a line,
not a ValueError traceback (issue 8, item 8)."""
from __future__ import annotations

import json

import pytest

from beatboard.core.errors import BeatBoardFileError
from beatboard.core.fileio import from_data, loads
from beatboard.interchange.episode_marker import EpisodeMarker
from beatboard.interchange.fountain_import import import_fountain
from beatboard.rules.profile import load_profile

from .samples import sample_data

HUGE = "9" * 5000


def test_a_huge_integer_in_a_document_names_its_line():
    text = json.dumps(sample_data(), ensure_ascii=False, indent=2)
    text = text.replace('"intensity": 5', '"intensity": ' + HUGE, 1)
    line = text[: text.index(HUGE)].count("\n") + 1
    with pytest.raises(BeatBoardFileError) as ei:
        loads(text.encode("utf-8"), "s.beatboard")
    assert ei.value.place == f"line {line}"
    assert "5000 digits" in ei.value.problem


def test_a_huge_negative_integer_too():
    with pytest.raises(BeatBoardFileError, match="line 1: a number with 5000 digits"):
        loads('{"format": "beatboard", "format_version": -' + HUGE + "}", "s.beatboard")


def test_a_huge_python_int_handed_to_the_loader_is_described_not_repr_ed():
    data = sample_data()
    data["format_version"] = 1  # version 1 stored the paywall as a number
    data["series"]["paywall_episode"] = 10 ** 6000
    with pytest.raises(BeatBoardFileError) as ei:
        from_data(data, "s.beatboard")
    assert "series.paywall_episode" in ei.value.place
    assert "a number of about" in ei.value.problem


def test_a_huge_integer_in_a_rule_profile(tmp_path):
    path = tmp_path / "p.json"
    path.write_text('{"base": "china",\n "pressure_run_max": ' + HUGE + "}")
    with pytest.raises(BeatBoardFileError, match="p.json: line 2: a number with 5000 digits"):
        load_profile(path)


def test_an_episode_heading_with_thousands_of_digits_is_not_a_heading():
    marker = EpisodeMarker()
    assert marker.match("# Episode " + HUGE) is None
    assert marker.match("Episode 12 – The Will") == (12, "The Will")
    assert marker.match("EP 10001") == (10001, "")  # out of range: the importer says so
    project = import_fountain("# Episode " + HUGE + "\n\nINT. ROOM - DAY\n\nShe waits.\n")
    assert [ep.number for ep in project.episodes] == [1]


def test_an_emotion_annotation_with_thousands_of_digits():
    script = "# Episode 1\n\nINT. ROOM - DAY\n\nShe waits.\n\n[[emotion: payoff up " + HUGE + "]]\n"
    with pytest.raises(BeatBoardFileError, match="intensity must be 1 to 5, got a 5000-digit"):
        import_fountain(script)

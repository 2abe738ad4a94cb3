"""Numbers the app cannot draw or compute are refused on load and on assignment, and a
saved file is always standard JSON (issue 8, item 7)."""
from __future__ import annotations

import json
import math

import pytest
from pydantic import ValidationError

from beatboard.core.errors import BeatBoardFileError
from beatboard.core.fileio import dumps, loads
from beatboard.core.model import MAX_COORD, Beat, Episode, Point, Series
from beatboard.edit import Document, MoveCards
from beatboard.rules.profile import load_profile

from .samples import sample_data, sample_project

BEAT1 = "episode #1 (number 1, id 'ep1'), beat #1 (id 'b1')"


def _text_with(change) -> str:
    data = sample_data()
    change(data)
    # allow_nan (the default) writes NaN/Infinity the way a careless tool would.
    return json.dumps(data, ensure_ascii=False, indent=2)


def _pos_x(value):
    def change(d):
        d["episodes"][0]["beats"][0]["pos"]["x"] = value
    return change


@pytest.mark.parametrize("value, words", [
    (1e20, "less than or equal to 1000000"),
    (-1e20, "greater than or equal to -1000000"),
    (MAX_COORD + 1, "less than or equal to 1000000"),
    (float("nan"), "finite number"),
    (float("inf"), "finite number"),
    (float("-inf"), "finite number"),
])
def test_card_position_out_of_bounds_is_refused_with_its_place(value, words):
    with pytest.raises(BeatBoardFileError) as ei:
        loads(_text_with(_pos_x(value)), "s.beatboard")
    err = ei.value
    assert err.place.startswith(BEAT1 + ", field pos.x (line ")
    assert words in err.problem


def test_a_number_too_big_for_a_float_reads_as_infinity_and_is_refused():
    text = _text_with(_pos_x(0)).replace('"x": 0', '"x": 1e400', 1)
    with pytest.raises(BeatBoardFileError, match="finite number"):
        loads(text, "s.beatboard")


@pytest.mark.parametrize("change, place, words", [
    (lambda d: (d.__setitem__("format_version", 1),
                d["series"].__setitem__("paywall_episode", 10 ** 30)),
     "field series.paywall_episode", "less than or equal to 10000"),
    (lambda d: (d.__setitem__("format_version", 1),
                d["series"].__setitem__("paywall_episode", float("nan"))),
     "field series.paywall_episode", "valid integer (got nan)"),
    (lambda d: d["episodes"][0].__setitem__("number", 10001), "field number", "10000"),
    (lambda d: d["episodes"][0]["beats"][0].__setitem__("duration_s", float("inf")),
     "field duration_s", "finite number"),
    (lambda d: d["episodes"][0]["beats"][0].__setitem__("duration_s", 1e-9),
     "field duration_s", "greater than or equal to 0.1"),
    (lambda d: d["episodes"][0]["beats"][0]["emotion"].__setitem__("intensity", 10 ** 20),
     "field emotion.intensity", "less than or equal to 5"),
    (lambda d: d["episodes"][0].__setitem__(
        "beats", [{"id": f"x{i}"} for i in range(1001)]), "field beats", "at most 1000"),
])
def test_other_numbers_are_bounded(change, place, words):
    with pytest.raises(BeatBoardFileError) as ei:
        loads(_text_with(change), "s.beatboard")
    assert place in ei.value.place
    assert words in ei.value.problem


def test_numbers_at_their_bounds_load_and_save_as_standard_json():
    data = sample_data()
    data["episodes"][1]["number"] = 10000
    data["series"]["paywall_after"] = data["episodes"][1]["id"]  # after episode 10000
    beat = data["episodes"][0]["beats"][0]
    beat["pos"] = {"x": -MAX_COORD, "y": MAX_COORD}
    beat["duration_s"] = 0.1
    project = loads(json.dumps(data))
    text = dumps(project)
    json.loads(text, parse_constant=lambda c: pytest.fail(f"non-standard JSON {c}"))
    assert dumps(loads(text)) == text


def test_the_model_refuses_nan_and_infinity_on_assignment():
    project = sample_project()
    b = project.episodes[0].beats[0]
    for bad in (math.nan, math.inf):
        with pytest.raises(ValidationError):
            b.pos = Point(x=bad, y=0)
        with pytest.raises(ValidationError):
            b.pos.x = bad
        with pytest.raises(ValidationError):
            b.duration_s = bad
    with pytest.raises(ValidationError):
        Series(paywall_after="not an id!")
    with pytest.raises(ValidationError):
        Episode(id="e", number=1, beats=[Beat(id="a")]).number = 0
    assert "NaN" not in dumps(project) and "Infinity" not in dumps(project)


def test_a_long_monologue_is_estimated_at_most_the_longest_beat():
    assert Beat(id="a", dialogue="word " * 200_000).seconds == 600.0


def test_dragging_or_pasting_past_the_edge_clamps_to_the_bound():
    doc = Document(sample_project())
    doc.apply(MoveCards("ep1", {"b1": (5e9, -float("1e300"))}))
    pos = doc.project.episode("ep1").beat("b1").pos
    assert (pos.x, pos.y) == (MAX_COORD, -MAX_COORD)


@pytest.mark.parametrize("setting, value, words", [
    ("hook_max_start_s", 1e308, "less than or equal to 3600"),
    ("hook_max_start_s", float("nan"), "finite number"),
    ("episode_max_s", float("inf"), "finite number"),
    ("pressure_run_max", 10 ** 12, "less than or equal to 1000"),
])
def test_profile_thresholds_are_bounded_too(tmp_path, setting, value, words):
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"base": "china", setting: value}))
    with pytest.raises(BeatBoardFileError) as ei:
        load_profile(path)
    assert ei.value.place == setting and words in ei.value.problem

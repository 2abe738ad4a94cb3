"""`"number": true` and keys given twice are refused with the place, not read as 1 or as
the last value (issue 8, item 11)."""
from __future__ import annotations

import json

import pytest

from beatboard.core.errors import BeatBoardFileError
from beatboard.core.fileio import loads
from beatboard.rules.profile import load_profile

from .samples import sample_data

BEAT2 = "episode #1 (number 1, id 'ep1'), beat #2 (id 'b2')"


def _text(change) -> str:
    data = sample_data()
    change(data)
    return json.dumps(data, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("change, place, words", [
    (lambda d: d["episodes"][0].__setitem__("number", True), "field number", "valid integer"),
    (lambda d: d["episodes"][0]["beats"][1]["emotion"].__setitem__("intensity", True),
     BEAT2 + ", field emotion.intensity (line ", "valid integer (got True)"),
    (lambda d: d["episodes"][0]["beats"][1].__setitem__("duration_s", False),
     BEAT2 + ", field duration_s", "valid number"),
    (lambda d: d["episodes"][0]["beats"][1].__setitem__("pos", {"x": True, "y": 0}),
     BEAT2 + ", field pos.x", "valid number"),
    (lambda d: (d.__setitem__("format_version", 1),
                d["series"].__setitem__("paywall_episode", True)), "series.paywall_episode",
     "valid integer"),
    (lambda d: d["episodes"][0].__setitem__("number", "1"), "field number", "valid integer"),
    (lambda d: d["series"]["characters"][0].__setitem__("minor", 1),
     "series.characters[1].minor", "valid boolean"),
    (lambda d: d["episodes"][0]["beats"][1]["panels"][0].__setitem__("duration_s", "3"),
     BEAT2 + ", field panels[1].duration_s", "valid number"),
    (lambda d: d["episodes"][0]["beats"][1]["panels"][0].__setitem__(
        "framing", {"start": {"x": True}}), BEAT2 + ", field panels[1].framing.start.x",
     "valid number"),
])
def test_a_value_of_the_wrong_type_is_not_converted(change, place, words):
    with pytest.raises(BeatBoardFileError) as ei:
        loads(_text(change), "s.beatboard")
    assert ei.value.place.startswith(place) or place in ei.value.place
    assert words in ei.value.problem


def test_a_key_given_twice_in_a_beat_names_the_beat_and_line():
    text = _text(lambda d: None)
    start = text.index('"id": "b2"')
    text = text[:start] + '"title": "First", "title": "Second",\n' + text[start:]
    with pytest.raises(BeatBoardFileError) as ei:
        loads(text, "s.beatboard")
    line = text[: text.index('"id": "b2"')].count("\n") + 1
    assert ei.value.place == f"{BEAT2}, field title (line {line})"
    assert '"title" appears twice' in ei.value.problem


def test_a_key_given_twice_at_the_top_level():
    text = _text(lambda d: None).replace('"format": "beatboard"', '"format": "beatboard", "series": {}', 1)
    with pytest.raises(BeatBoardFileError, match=r"field series: the key \"series\" appears twice"):
        loads(text, "s.beatboard")


def test_a_key_given_twice_in_a_rule_profile(tmp_path):
    path = tmp_path / "p.json"
    path.write_text('{"base": "china", "rules": {"HOOK_LATE": "off", "HOOK_LATE": "error"}}')
    with pytest.raises(BeatBoardFileError) as ei:
        load_profile(path)
    assert ei.value.place == "rules.HOOK_LATE" and "appears twice" in ei.value.problem


@pytest.mark.parametrize("setting, value", [("pressure_run_max", True),
                                            ("hook_max_start_s", True),
                                            ("apply_genre_presets", 0)])
def test_a_profile_setting_of_the_wrong_type(tmp_path, setting, value):
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"base": "china", setting: value}))
    with pytest.raises(BeatBoardFileError) as ei:
        load_profile(path)
    assert ei.value.place == setting

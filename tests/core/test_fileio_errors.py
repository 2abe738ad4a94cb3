"""Every kind of broken file gives a BeatBoardFileError naming the file, place and problem."""
from __future__ import annotations

import json
import os

import pytest

from beatboard.core import atomic
from beatboard.core.errors import BeatBoardFileError
from beatboard.core.fileio import load, loads, save

from .samples import mutated, sample_data, sample_project, sample_text


def _beat1(key, value):
    def change(d):
        d["episodes"][0]["beats"][0][key] = value
    return change


def _set(*keys_and_value):
    *keys, value = keys_and_value

    def change(d):
        node = d
        for k in keys[:-1]:
            node = node[k]
        node[keys[-1]] = value
    return change


def _pop(*keys):
    def change(d):
        node = d
        for k in keys[:-1]:
            node = node[k]
        del node[keys[-1]]
    return change


def _append(ep_index, key, item):
    def change(d):
        d["episodes"][ep_index][key].append(item)
    return change


BEAT1 = "episode #1 (number 1, id 'ep1'), beat #1 (id 'b1')"

# (name, file bytes, words the place must contain, words the problem must contain)
BROKEN = [
    ("truncated JSON", sample_text()[:300].encode(), ["line", "column"], ["not valid JSON"]),
    ("empty file", b"", ["line 1, column 1"], ["not valid JSON"]),
    ("trailing comma", b'{"format": "beatboard",}', ["line 1, column"], ["not valid JSON"]),
    ("not UTF-8", sample_text().encode("utf-16"), ["line"], ["not UTF-8"]),
    ("latin-1 bytes", sample_text().encode("utf-8").replace("耳光".encode(), b"\xe9\xe9"),
     ["line"], ["not UTF-8"]),
    ("top-level list", b"[1, 2]", ["top level"], ["JSON object"]),
    ("missing format", mutated(_pop("format")), ["format"], ["not a BeatBoard file"]),
    ("other format", mutated(_set("format", "storyboarder")), ["format"],
     ["not a BeatBoard file"]),
    ("missing version", mutated(_pop("format_version")), ["format_version"],
     ["required field is missing"]),
    ("version as text", mutated(_set("format_version", "1")), ["format_version"],
     ["whole number"]),
    ("newer version", mutated(_set("format_version", 99)), ["format_version"],
     ["newer", "update BeatBoard"]),
    ("unknown older version", mutated(_set("format_version", 0)), ["format_version"],
     ["unknown format version 0"]),
    ("duration as text", mutated(_beat1("duration_s", "long")),
     [BEAT1, "field duration_s", "line 28"], ["valid number", "'long'"]),
    ("negative duration", mutated(_beat1("duration_s", -2)),
     [BEAT1, "field duration_s"], ["greater than or equal to 0.1"]),
    ("intensity out of range", mutated(_beat1("emotion", {"tag": "payoff", "intensity": 9})),
     [BEAT1, "field emotion.intensity"], ["less than or equal to 5", "9"]),
    ("unknown direction", mutated(_beat1("emotion", {"direction": "sideways"})),
     [BEAT1, "field emotion.direction"], ["'sideways'"]),
    ("unknown beat field", mutated(_beat1("colour", "red")),
     [BEAT1, "field colour"], ["unknown field"]),
    ("unknown top-level field", mutated(_set("extra", 1)), ["field extra"],
     ["unknown field"]),
    ("characters not a list", mutated(_beat1("characters", "林夏")),
     [BEAT1, "field characters"], ["valid list"]),
    ("series as list", mutated(_set("series", [])), ["field series"], ["dictionary"]),
    ("episode number as text", mutated(_set("episodes", 1, "number", "two")),
     ["episode #2 (id 'ep2')", "field number"], ["valid integer", "'two'"]),
    ("paywall after an unknown episode", mutated(_set("series", "paywall_after", "ep99")),
     ["series, field paywall_after"], ["unknown episode 'ep99'"]),
    ("missing beat id", mutated(_pop("episodes", 0, "beats", 0, "id")),
     ["episode #1", "beat #1", "field id"], ["required field is missing"]),
    ("bad link kind", mutated(_set("episodes", 1, "links", 0, "kind", "maybe")),
     ["episode #2", "link #1", "field kind"], ["'maybe'"]),
    ("link to unknown beat", mutated(_append(1, "links", {"from": "h1", "to": "zz"})),
     ["episode 2", "link #5", "h1 -> zz"], ["unknown beat 'zz'"]),
    ("link from another episode's beat",
     mutated(_append(1, "links", {"from": "b1", "to": "c1"})),
     ["episode 2", "link #5"], ["unknown beat 'b1'"]),
    ("duplicate beat id", mutated(_append(1, "beats", {"id": "b1"})),
     ["episode 2", "beat 'b1'"], ["duplicate beat id"]),
    ("duplicate episode id", mutated(_set("episodes", 1, "id", "ep1")),
     ["episode 2 (id 'ep1'"], ["duplicate episode id"]),
    ("duplicate episode number", mutated(_set("episodes", 1, "number", 1)),
     ["episode 1 (id 'ep2'"], ["number 1 is also used", "'ep1'"]),
    ("deep nesting", b"[" * 100000 + b"]" * 100000, [], ["nested too deeply"]),
]


@pytest.mark.parametrize("name, raw, place_words, problem_words", BROKEN,
                         ids=[case[0] for case in BROKEN])
def test_broken_file_is_explained(tmp_path, name, raw, place_words, problem_words):
    path = tmp_path / "剧集 series.beatboard"
    path.write_bytes(raw)
    with pytest.raises(BeatBoardFileError) as info:
        load(path)
    err = info.value
    message = str(err)
    assert message.startswith(str(path) + ": ")
    for word in place_words:
        assert word in err.place, (word, err.place)
        assert word in message
    for word in problem_words:
        assert word in err.problem, (word, err.problem)
    assert path.read_bytes() == raw  # a failed load never touches the file


def test_many_problems_are_counted():
    def change(d):
        d["episodes"][0]["beats"][0]["duration_s"] = "x"
        d["episodes"][0]["beats"][1]["emotion"] = {"intensity": 0}
    with pytest.raises(BeatBoardFileError) as info:
        loads(mutated(change), "memory.beatboard")
    assert "(and 1 more problems)" in info.value.problem


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(BeatBoardFileError, match="file not found"):
        load(tmp_path / "nope.beatboard")
    with pytest.raises(BeatBoardFileError, match="is a folder"):
        load(tmp_path)


def test_failed_save_leaves_the_file_unchanged(tmp_path, monkeypatch):
    path = tmp_path / "series.beatboard"
    path.write_text(sample_text(), encoding="utf-8")
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    changed = sample_project()
    changed.series.title = "changed"
    with pytest.raises(BeatBoardFileError) as info:
        save(changed, path)
    assert "the file on disk is unchanged" in str(info.value)
    assert "No space left" in str(info.value)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == [path.name]  # no temp file left behind


def test_save_into_missing_folder_is_explained(tmp_path):
    target = tmp_path / "no such folder" / "s.beatboard"
    with pytest.raises(BeatBoardFileError) as info:
        save(sample_project(), target)
    assert str(target) in str(info.value) and "could not save" in str(info.value)


def test_pictures_outside_the_project_do_not_stop_the_document_opening(tmp_path):
    """Hostile picture paths are refused one by one, with the file named; the rest opens."""
    from beatboard.core.assets import problems
    from beatboard.core.fileio import loads
    paths = ["../../secret.png", "panels\\..\\..\\x.png", "/etc/passwd", "C:/boards/b1.png"]
    data = sample_data()
    beat = data["episodes"][0]["beats"][0]
    beat["panels"] = [{"id": f"b1-p{i}", "image": p} for i, p in enumerate(paths, 1)]
    project = loads(json.dumps(data))
    found = problems(project, tmp_path)
    assert len(found) == 4
    for problem, path in zip(found, paths):
        assert path.replace("\\", "/") in problem.message

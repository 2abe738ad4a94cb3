"""Saving and loading keep a document exactly as it was."""
from __future__ import annotations

import json

from beatboard.core.fileio import dumps, load, loads, save
from beatboard.core.model import Beat, Episode, Project

from .samples import sample_project, sample_text


def test_load_save_is_byte_identical(tmp_path):
    path = tmp_path / "series.beatboard"
    project = loads(sample_text())
    project.series.id = "5e" * 16
    original = dumps(project).encode("utf-8")
    path.write_bytes(original)
    save(load(path), path)
    assert path.read_bytes() == original


def test_a_file_without_series_id_gets_one_on_save_never_on_open(tmp_path):
    path = tmp_path / "old.beatboard"
    path.write_text(sample_text(), encoding="utf-8")
    opened = load(path)
    assert opened.series.id is None and '"id": "' not in path.read_text().split('"episodes"')[0]
    save(opened, path)
    first = load(path).series.id
    assert first is not None and len(first) == 32
    save(load(path), path)
    assert load(path).series.id == first  # kept from then on


def test_save_load_save_is_identical(tmp_path):
    first, second = tmp_path / "a.beatboard", tmp_path / "b.beatboard"
    project = sample_project()
    save(project, first)
    loaded = load(first)
    save(loaded, second)
    assert first.read_bytes() == second.read_bytes()
    # Links come back in canonical order; everything else is equal as it was.
    assert dumps(loaded) == dumps(project)
    assert loaded.series == project.series
    assert [ep.beats for ep in loaded.episodes] == [ep.beats for ep in project.episodes]
    assert {(l.from_, l.to, l.kind) for l in loaded.episodes[1].links} == \
        {(l.from_, l.to, l.kind) for l in project.episodes[1].links}


def test_chinese_text_is_stored_readably(tmp_path):
    path = tmp_path / "中文 series.beatboard"
    save(sample_project(), path)
    text = path.read_text(encoding="utf-8")
    assert "隐藏的千金" in text and "林夏：你敢打我？" in text
    assert load(path).episodes[0].beats[0].title == "耳光"


def test_episode_without_links_stays_without_links():
    project = loads(sample_text())
    ep1 = project.episode("ep1")
    assert ep1.links == []
    assert json.loads(dumps(project))["episodes"][0]["links"] == []


def test_absent_duration_stays_absent():
    data = json.loads(sample_text())
    b2 = data["episodes"][0]["beats"][1]
    assert b2["id"] == "b2" and "duration_s" not in b2
    again = json.loads(dumps(loads(sample_text())))
    assert "duration_s" not in again["episodes"][0]["beats"][1]
    assert loads(sample_text()).episode("ep1").beat("b2").is_estimated


def test_output_is_canonical_whatever_the_input_order():
    project = sample_project()
    shuffled = project.model_copy(deep=True)
    shuffled.episodes = list(reversed(shuffled.episodes))
    shuffled.episodes[0].links = list(reversed(shuffled.episodes[0].links))
    assert dumps(shuffled) == dumps(project)


def test_glyph_tags_and_byte_order_mark_are_accepted():
    data = json.loads(sample_text())
    data["episodes"][0]["beats"][0]["emotion"] = {"tag": "辱", "intensity": 5}
    raw = b"\xef\xbb\xbf" + json.dumps(data, ensure_ascii=False).encode("utf-8")
    beat = loads(raw).episode("ep1").beat("b1")
    assert beat.emotion.tag == "humiliation" and beat.emotion.direction.value == "down"


def test_empty_project_round_trips(tmp_path):
    path = tmp_path / "empty.beatboard"
    project = Project()
    save(project, path)
    assert load(path) == project
    one = Project(episodes=[Episode(id="e1", number=1, beats=[Beat(id="only")])])
    save(one, path)
    assert load(path) == one


def test_a_large_series_saves_the_canonical_text(tmp_path):
    # Big enough that the saved bytes are encoded in many batches; they must still be
    # the canonical text, Chinese included.
    from beatboard.core.skeleton import make_skeleton
    project = make_skeleton("revenge", 80, title="复仇 The Return", paywall=10)
    path = tmp_path / "big.beatboard"
    save(project, path)
    text = path.read_bytes().decode("utf-8")
    assert text == dumps(project) and len(text.splitlines()) > 3 * 8192
    assert load(path) == project

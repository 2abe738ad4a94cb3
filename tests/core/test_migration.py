"""Older files are migrated step by step; newer ones are refused with a clear message."""
from __future__ import annotations

import json

import pytest

from beatboard.core import fileio, model
from beatboard.core.errors import BeatBoardFileError
from beatboard.core.fileio import dumps, load, save

from .samples import sample_data


@pytest.fixture
def version_3(monkeypatch):
    """Pretend the current format is 3, with migrations 1 -> 2 and 2 -> 3.

    Version 1 stored the series title as "name"; version 2 stored beat durations in
    milliseconds as "duration_ms".
    """
    def v1_to_v2(doc):
        series = dict(doc["series"])
        series["title"] = series.pop("name", "")
        return {**doc, "series": series}

    def v2_to_v3(doc):
        for ep in doc["episodes"]:
            for beat in ep["beats"]:
                if "duration_ms" in beat:
                    beat["duration_s"] = beat.pop("duration_ms") / 1000
        return doc

    monkeypatch.setattr(fileio, "FORMAT_VERSION", 3)
    monkeypatch.setattr(model, "FORMAT_VERSION", 3)
    monkeypatch.setattr(fileio, "MIGRATIONS", {1: v1_to_v2, 2: v2_to_v3})


def old_document(version: int) -> dict:
    doc = sample_data()
    doc["format_version"] = version
    if version == 1:
        doc["series"]["name"] = doc["series"].pop("title")
    for ep in doc["episodes"]:
        for beat in ep["beats"]:
            if "duration_s" in beat:
                beat["duration_ms"] = int(beat.pop("duration_s") * 1000)
    return doc


@pytest.mark.parametrize("version", [1, 2])
def test_older_version_is_migrated(version_3, tmp_path, version):
    doc = old_document(version)
    if version == 2:
        doc["series"]["title"] = sample_data()["series"]["title"]
        doc["series"].pop("name", None)
    path = tmp_path / "old.beatboard"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    project = load(path)
    assert project.format_version == 3
    assert project.series.title == "隐藏的千金 The Hidden Heiress"
    assert project.episode("ep1").beat("b1").duration_s == 2.5
    assert project.episode("ep1").beat("b2").duration_s is None
    assert json.loads(path.read_text(encoding="utf-8")) == doc  # loading never rewrites
    save(project, path)
    assert json.loads(path.read_text(encoding="utf-8"))["format_version"] == 3


def test_missing_migration_step_is_explained(version_3, monkeypatch):
    monkeypatch.setattr(fileio, "MIGRATIONS", {2: lambda d: d})
    with pytest.raises(BeatBoardFileError) as info:
        fileio.loads(json.dumps(old_document(1)), "old.beatboard")
    assert info.value.place == "format_version"
    assert "no migration from format version 1" in info.value.problem


def test_newer_version_is_refused(version_3):
    doc = sample_data()
    doc["format_version"] = 4
    with pytest.raises(BeatBoardFileError) as info:
        fileio.loads(json.dumps(doc), "new.beatboard")
    assert "newer" in info.value.problem and "version 3" in info.value.problem


def test_current_version_needs_no_migration():
    text = dumps(fileio.loads(json.dumps(sample_data())))
    assert json.loads(text)["format_version"] == model.FORMAT_VERSION


def test_version_1_beat_image_becomes_the_first_panel(tmp_path):
    doc = sample_data()
    doc["format_version"] = 1
    for ep in doc["episodes"]:
        for beat in ep["beats"]:
            panels = beat.pop("panels")
            if panels[0].get("image"):
                beat["image"] = panels[0]["image"]
    path = tmp_path / "old.beatboard"
    path.write_text(json.dumps(doc), encoding="utf-8")
    project = load(path)
    assert project.format_version == model.FORMAT_VERSION
    first = project.episode("ep1").beat("b1")
    assert [(p.id, p.image) for p in first.panels] == [("b1-p1", "panels/b1.png")]
    every = [b for ep in project.episodes for b in ep.beats]
    assert all(len(b.panels) == 1 and b.panels[0].id == f"{b.id}-p1" for b in every)
    save(project, path)
    assert '"image": "panels/b1.png"' in path.read_text(encoding="utf-8")
    assert load(path) == project


def test_every_sample_and_test_file_of_version_1_still_loads():
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    files = [p for p in root.glob("tests/**/*.beatboard")] + list(root.glob("samples/*.beatboard"))
    for path in files:
        project = load(path)
        assert all(b.panels for ep in project.episodes for b in ep.beats), path


V1_FIXTURES = ("iron-heiress", "broken-rhythm")


@pytest.mark.parametrize("name", V1_FIXTURES)
def test_the_samples_as_released_in_version_1_migrate_without_losing_anything(name):
    """tests/core/fixtures/v1 holds the samples exactly as format version 1 shipped them."""
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    old_path = root / "tests" / "core" / "fixtures" / "v1" / f"{name}.beatboard"
    raw = json.loads(old_path.read_text(encoding="utf-8"))
    assert raw["format_version"] == 1
    project = load(old_path)
    assert project.format_version == model.FORMAT_VERSION
    old_beats = {b["id"]: b for ep in raw["episodes"] for b in ep["beats"]}
    for ep in project.episodes:
        for beat in ep.beats:
            old = old_beats[beat.id]
            assert [p.id for p in beat.panels] == [f"{beat.id}-p1"]
            assert beat.panels[0].image == old.get("image")
            before = model.Beat.model_validate({k: v for k, v in old.items() if k != "image"})
            assert beat.model_dump(exclude={"panels"}) == before.model_dump(exclude={"panels"})
    # the released sample today is the migrated file plus its panels
    current = load(root / "samples" / f"{name}.beatboard")
    for ep_old, ep_new in zip(project.ordered_episodes(), current.ordered_episodes()):
        for a, b in zip(ep_old.beats, ep_new.beats):
            assert a.model_dump(exclude={"panels"}) == b.model_dump(exclude={"panels"})


def test_version_1_paywall_number_becomes_an_anchor_on_the_last_free_episode():
    doc = sample_data()
    doc["format_version"] = 1
    doc["series"].pop("paywall_after", None)
    doc["series"]["paywall_episode"] = 2  # the first paid episode
    project = fileio.from_data(doc)
    assert project.series.paywall_after == "ep1"
    assert project.paywall_episode == 2
    assert '"paywall_episode"' not in dumps(project)


def test_version_1_paywall_beyond_the_boarded_episodes_is_dropped_not_refused():
    doc = sample_data()
    doc["format_version"] = 1
    doc["series"].pop("paywall_after", None)
    doc["series"]["paywall_episode"] = 40
    project = fileio.from_data(doc)
    assert project.series.paywall_after is None and project.paywall_episode is None


def test_a_version_5_file_opens_with_no_panel_dropped_and_saves_as_version_6():
    """tests/core/fixtures/v5 holds a sample as format version 5 saved it."""
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    old_path = root / "tests" / "core" / "fixtures" / "v5" / "broken-rhythm.beatboard"
    raw = json.loads(old_path.read_text(encoding="utf-8"))
    assert raw["format_version"] == 5
    project = load(old_path)
    assert project.format_version == model.FORMAT_VERSION >= 6
    panels = [p for ep in project.episodes for b in ep.beats for p in b.panels]
    assert panels and all(p.dropped is None for p in panels)
    text = dumps(project)
    assert '"dropped"' not in text
    # nothing else changed: the v5 text is the v6 text but for the version number
    assert json.loads(text) == {**raw, "format_version": model.FORMAT_VERSION}


def test_a_dropped_mark_survives_save_and_load():
    project = fileio.loads(json.dumps(sample_data()))
    panel = project.episodes[0].beats[0].panels[0]
    panel.dropped = model.Dropped(source="E001_main.xml", at="2026-12-07T16:00:00Z")
    again = fileio.loads(dumps(project))
    mark = again.episodes[0].beats[0].panels[0].dropped
    assert mark == model.Dropped(source="E001_main.xml", at="2026-12-07T16:00:00Z")
    assert mark.note == "dropped in the edit"

"""Named versions: saved beside the project, sharing its pictures, listed, restored."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from beatboard.core import assets, fileio
from beatboard.core.picture_plan import plan_panel
from beatboard.edit import Document, ReplaceContent, SetField
from beatboard.versioning.versions import (VersionError, find_version, list_versions,
                                           load_version, next_colour, save_version,
                                           versions_dir)

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture
def sample(tmp_path) -> Path:
    shutil.copy(SAMPLES / "iron-heiress.beatboard", tmp_path)
    shutil.copytree(SAMPLES / "iron-heiress.assets", tmp_path / "iron-heiress.assets")
    return tmp_path / "iron-heiress.beatboard"


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def test_saved_versions_are_listed_with_author_message_and_colour(sample, monkeypatch):
    monkeypatch.setenv("BEATBOARD_AUTHOR", "Mei")
    project = fileio.load(sample)
    v1 = save_version(project, sample, "First draft", "sent to the platform")
    v2 = save_version(project, sample, "Table read", author="Director Wu")
    listed = list_versions(sample)
    assert listed.problems == []
    assert [(v.number, v.name, v.author, v.colour) for v in listed.versions] == [
        (1, "First draft", "Mei", "white"), (2, "Table read", "Director Wu", "blue")]
    assert listed.versions[0].message == "sent to the platform"
    assert next_colour(sample) == "pink"
    assert find_version(listed.versions, "table READ") == v2
    assert find_version(listed.versions, "1") == v1
    with pytest.raises(VersionError, match="already a version named"):
        save_version(project, sample, "first draft")


def test_a_version_shares_the_asset_store_and_still_renders_its_pictures(sample):
    before = _files(sample.parent / "iron-heiress.assets")
    project = fileio.load(sample)
    version = save_version(project, sample, "Boards locked")
    # Nothing copied: the versions folder holds the snapshot and the index only.
    assert _files(versions_dir(sample)) == {version.file, "index.json"}
    assert _files(sample.parent / "iron-heiress.assets") == before
    old = load_version(sample, version)
    assert assets.panel_asset_paths(old) and assets.problems(old, sample.parent) == []
    ep = old.ordered_episodes()[0]
    beat = next(b for b in ep.beats if b.panels and (b.panels[0].sketch or b.panels[0].image))
    plan = plan_panel(old, sample.parent, beat, beat.panels[0], "print")
    assert plan.problems == [] and plan.source in ("image", "sketch", "image+sketch")


def test_snapshot_is_the_project_as_it_was(sample):
    document = Document.open(sample)
    save_version(document.project, sample, "v1")
    first = document.project.ordered_episodes()[0]
    document.apply(SetField.episode(first.id, "title", "Renamed later"))
    version = list_versions(sample).versions[0]
    assert load_version(sample, version).ordered_episodes()[0].title != "Renamed later"
    assert fileio.dumps(load_version(sample, version)) == sample.read_text(encoding="utf-8")


def test_restore_is_one_edit_and_undo_gives_back_every_byte(sample):
    document = Document.open(sample)
    version = save_version(document.project, sample, "v1")
    first = document.project.ordered_episodes()[0]
    document.apply(SetField.episode(first.id, "title", "Work after the version"))
    document.project.episodes[0].beats[0].title = "changed too"
    current = fileio.dumps(document.project)
    edit = ReplaceContent(load_version(sample, version))
    change = document.apply(edit)
    assert change.episode_list and change.series
    assert fileio.dumps(document.project) == sample.read_text(encoding="utf-8")
    document.revert(edit)
    assert fileio.dumps(document.project) == current
    document.apply(edit)  # redo
    assert fileio.dumps(document.project) == sample.read_text(encoding="utf-8")


@pytest.mark.parametrize("damage", ["garbage", '{"versions": 3}', "delete-index",
                                    "delete-snapshot"])
def test_a_damaged_index_is_reported_and_the_snapshots_still_listed(sample, damage):
    project = fileio.load(sample)
    save_version(project, sample, "One")
    v2 = save_version(project, sample, "Two")
    index = versions_dir(sample) / "index.json"
    if damage == "delete-index":
        index.unlink()
    elif damage == "delete-snapshot":
        (versions_dir(sample) / v2.file).unlink()
    else:
        index.write_text(damage)
    listed = list_versions(sample)
    assert len(listed.problems) == 1
    assert str(versions_dir(sample)) in listed.problems[0]
    expected = 1 if damage == "delete-snapshot" else 2
    assert len(listed.versions) == expected
    assert "missing" in listed.problems[0] or "damaged" in listed.problems[0]
    # Saving again rebuilds a readable index.
    save_version(project, sample, "Three")
    again = list_versions(sample)
    assert again.problems == [] or damage == "delete-snapshot"
    assert again.versions[-1].name == "Three"


def test_a_file_where_the_folder_should_be_is_reported(sample):
    versions_dir(sample).write_text("not a folder")
    listed = list_versions(sample)
    assert listed.versions == [] and "not a folder" in listed.problems[0]
    with pytest.raises(VersionError, match="versions folder"):
        save_version(fileio.load(sample), sample, "x")


def test_index_names_outside_the_folder_are_refused(sample):
    save_version(fileio.load(sample), sample, "One")
    index = versions_dir(sample) / "index.json"
    data = json.loads(index.read_text())
    data["versions"][0]["file"] = "../iron-heiress.beatboard"
    index.write_text(json.dumps(data))
    listed = list_versions(sample)
    assert "damaged" in listed.problems[0]
    assert [v.file for v in listed.versions] == ["001-one.beatboard.json"]


def test_the_assets_versions_need_are_known_even_after_the_project_drops_them(sample):
    project = fileio.load(sample)
    save_version(project, sample, "With pictures")
    for ep in project.episodes:
        for beat in ep.beats:
            for panel in beat.panels:
                panel.sketch = panel.image = None
    fileio.save(project, sample)
    from beatboard.versioning.versions import assets_in_versions
    used, problems = assets_in_versions(sample)
    assert problems == [] and used
    assert assets.panel_asset_paths(fileio.load(sample)) == []
    assert all((sample.parent / rel).is_file() for rel in used)  # nothing was deleted


def test_a_damaged_snapshot_is_a_clear_error_naming_it(sample):
    version = save_version(fileio.load(sample), sample, "Broken later")
    (versions_dir(sample) / version.file).write_text('{"format": "beatboard", "episodes": 3}')
    from beatboard.core.errors import BeatBoardError
    with pytest.raises(BeatBoardError, match=version.file):
        load_version(sample, version)

"""Audience datasets in the file: optional, migrated from version 4, undoable edits."""
from __future__ import annotations

import json

import pytest

from beatboard.core import model
from beatboard.core.audience_model import RetentionDataset
from beatboard.core.errors import BeatBoardFileError
from beatboard.core.fileio import dumps, load, loads, save
from beatboard.edit import AddDataset, Document, EditError, RemoveDataset, SetPrimaryDataset

from .samples import sample_data


def dataset(**kw) -> RetentionDataset:
    fields = dict(id="new", episode="ep1", cut="main",
                  points=[(0.0, 1.0), (10.0, 0.7), (20.0, 0.5)], label="A",
                  source="yt.csv", imported_at="2026-12-07T09:00:00Z")
    fields.update(kw)
    return RetentionDataset(**fields)


def test_a_version_4_file_opens_unchanged_and_saves_without_an_audience_list(tmp_path):
    doc = sample_data()
    doc["format_version"] = 4
    doc.pop("audience", None)
    path = tmp_path / "v4.beatboard"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    project = load(path)
    assert project.format_version == model.FORMAT_VERSION >= 5
    assert project.audience == []
    save(project, path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert "audience" not in saved
    doc["format_version"] = model.FORMAT_VERSION
    saved["series"].pop("id")  # written on the first save of an older file
    doc["series"].pop("id", None)
    assert saved == doc


def test_datasets_round_trip_with_every_field(tmp_path):
    project = loads(json.dumps(sample_data()))
    project.audience = [dataset(id="a1", views=5000, audience_type="ORGANIC", primary=True,
                                date="2026-11-30", video_s=20.0, cut_s=35.0,
                                cut_beats=["b1", "b2"])]
    again = loads(dumps(project))
    assert again.audience == project.audience
    assert json.loads(dumps(project))["audience"][0]["points"][1] == [10.0, 0.7]


@pytest.mark.parametrize("bad, problem", [
    ({"points": [[0, -0.1]]}, "greater than or equal to 0"),
    ({"points": [[-1, 0.5]]}, "greater than or equal to 0"),
    ({"views": -3}, "greater than or equal to 0"),
    ({"colour": "red"}, "unknown field"),
])
def test_a_bad_dataset_in_a_file_is_refused_with_its_place(bad, problem):
    doc = sample_data()
    entry = {"id": "a1", "episode": "ep1", "cut": "main", "points": [[0, 1]]}
    entry.update(bad)
    doc["audience"] = [entry]
    with pytest.raises(BeatBoardFileError) as info:
        loads(json.dumps(doc), "x.beatboard")
    assert "audience" in info.value.place
    assert problem in info.value.problem


def test_duplicate_dataset_ids_are_refused():
    doc = sample_data()
    doc["audience"] = [{"id": "a1", "episode": "ep1"}, {"id": "a1", "episode": "ep1"}]
    with pytest.raises(BeatBoardFileError) as info:
        loads(json.dumps(doc), "x.beatboard")
    assert "duplicate dataset id" in info.value.problem


def test_add_remove_and_set_primary_undo_exactly():
    document = Document(loads(json.dumps(sample_data())))
    start = dumps(document.project)
    first = AddDataset(dataset(primary=True))
    change = document.apply(first)
    assert change.episodes == {"ep1"}
    second = AddDataset(dataset(label="B", primary=True))
    document.apply(second)
    by_id = {d.id: d for d in document.project.audience}
    assert not by_id[first.dataset_id].primary and by_id[second.dataset_id].primary
    mark = SetPrimaryDataset(first.dataset_id)
    document.apply(mark)
    by_id = {d.id: d for d in document.project.audience}
    assert by_id[first.dataset_id].primary and not by_id[second.dataset_id].primary
    remove = RemoveDataset(second.dataset_id)
    document.apply(remove)
    assert [d.id for d in document.project.audience] == [first.dataset_id]
    for edit in (remove, mark, second, first):
        document.revert(edit)
    assert dumps(document.project) == start


def test_edits_refuse_unknown_episodes_and_datasets():
    project = loads(json.dumps(sample_data()))
    with pytest.raises(EditError, match="episode 'nope'"):
        AddDataset(dataset(episode="nope")).apply(project)
    with pytest.raises(EditError, match="no audience dataset"):
        RemoveDataset("zz").apply(project)
    with pytest.raises(EditError, match="no audience dataset"):
        SetPrimaryDataset("zz").apply(project)

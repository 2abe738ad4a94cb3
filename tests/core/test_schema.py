"""The published JSON Schema matches what the loader accepts."""
from __future__ import annotations

import json

import pytest

from beatboard.core.fileio import dumps
from beatboard.core.model import FORMAT_VERSION
from beatboard.core.schema import json_schema
from beatboard.core.skeleton import make_skeleton

from .samples import sample_data

import jsonschema  # noqa: E402  (a test dependency: pyproject [test])


def validator():
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_header_and_json_field_names():
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"urn:beatboard:format:{FORMAT_VERSION}"
    assert "BeatBoard" in schema["title"]
    assert {"format", "format_version"} <= set(schema["required"])
    link = schema["$defs"]["Link"]
    assert "from" in link["properties"] and "from_" not in link["properties"]
    json.dumps(schema)  # serialisable as is


def test_saved_files_validate():
    v = validator()
    v.validate(sample_data())
    v.validate(json.loads(dumps(make_skeleton("sweet-romance", 3, language="zh-CN"))))


@pytest.mark.parametrize("path, value", [
    (("format_version",), 99),
    (("format",), "other"),
    (("episodes", 0, "beats", 0, "emotion", "intensity"), 6),
    (("episodes", 0, "beats", 0, "duration_s"), 0),
    (("episodes", 1, "links", 0, "kind"), "maybe"),
    (("episodes", 0, "beats", 0, "colour"), "red"),
])
def test_schema_rejects_what_the_loader_rejects(path, value):
    doc = sample_data()
    node = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    assert list(validator().iter_errors(doc))


def test_the_published_schema_matches_the_model():
    """resources/beatboard.schema.json (linked from the README) is regenerated with
    `beatboard export schema -o resources/beatboard.schema.json` when the model changes."""
    import json
    from pathlib import Path

    from beatboard.core.schema import json_schema
    published = Path(__file__).resolve().parents[2] / "resources" / "beatboard.schema.json"
    assert json.loads(published.read_text(encoding="utf-8")) == json_schema()

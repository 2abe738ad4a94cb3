"""The JSON Schema of a .beatboard file, generated from the model so it never drifts."""
from __future__ import annotations

from typing import Any

from .model import FORMAT_VERSION, Project

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = f"urn:beatboard:format:{FORMAT_VERSION}"


def json_schema() -> dict[str, Any]:
    """JSON Schema (2020-12) for format version ``FORMAT_VERSION``, with JSON field names."""
    body = Project.model_json_schema(by_alias=True, mode="validation")
    schema: dict[str, Any] = {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
        "title": f"BeatBoard project (format version {FORMAT_VERSION})",
    }
    body.pop("title", None)
    schema.update(body)
    # Pin the version this schema describes; older files are migrated on load.
    props = schema.get("properties", {})
    if "format_version" in props:
        props["format_version"] = {**props["format_version"], "const": FORMAT_VERSION}
    schema.setdefault("required", [])
    for key in ("format", "format_version"):
        if key not in schema["required"]:
            schema["required"].append(key)
    return schema

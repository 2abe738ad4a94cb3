"""A check of an .otio file's JSON before OpenTimelineIO reads it.

OpenTimelineIO 0.18's reader is C++ and crashes the whole process (a segmentation fault,
found by fuzzing) on some files a hostile or broken tool can write: an unknown schema
inside a time value, malformed JSON. So the JSON is parsed by Python first and every
object is held to the schemas OpenTimelineIO itself defines, and the time values to
exactly their fields; anything else is refused with the place named.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from ..core.errors import BeatBoardFileError

# The schemas a timeline is made of (OpenTimelineIO's own, without its plugin types).
OBJECTS = {"Clip", "Composable", "Composition", "Effect", "ExternalReference", "FreezeFrame",
           "Gap", "GeneratorReference", "ImageSequenceReference", "Item", "LinearTimeWarp",
           "Marker", "MediaReference", "MissingReference", "SerializableCollection",
           "SerializableObject", "SerializableObjectWithMetadata", "Stack", "TimeEffect",
           "Timeline", "Track", "Transition"}
# Time values: these fields and no others, numbers or times.
VALUES = {"RationalTime": {"rate": "number", "value": "number"},
          "TimeRange": {"start_time": "RationalTime", "duration": "RationalTime"},
          "TimeTransform": {"offset": "RationalTime", "rate": "number", "scale": "number"}}
_SCHEMA = re.compile(r"^([A-Za-z]+)\.(\d{1,3})$")


def check_otio_json(path: Path, text: str) -> None:
    def refuse(name: str):
        raise ValueError(f"{name} is not a JSON number")
    try:
        data = json.loads(text, parse_constant=refuse)
    except RecursionError:
        raise BeatBoardFileError(path, "", "nests too deeply to be a timeline") from None
    except ValueError as e:
        line = f"line {e.lineno}" if isinstance(e, json.JSONDecodeError) else ""
        problem = e.msg if isinstance(e, json.JSONDecodeError) else str(e)
        raise BeatBoardFileError(path, line, f"is not valid JSON ({problem})") from None
    if not isinstance(data, dict) or "OTIO_SCHEMA" not in data:
        raise BeatBoardFileError(path, "", "is not an OpenTimelineIO file (no OTIO_SCHEMA)")
    stack: list[tuple[object, str]] = [(data, "")]
    while stack:
        node, where = stack.pop()
        if isinstance(node, list):
            stack.extend((v, f"{where}[{i}]") for i, v in enumerate(node))
        elif isinstance(node, dict):
            if "OTIO_SCHEMA" in node:
                _check_object(path, node, where or "/")
            stack.extend((v, f"{where}/{k}") for k, v in node.items() if k != "OTIO_SCHEMA")


def _check_object(path: Path, node: dict, where: str) -> None:
    schema = node["OTIO_SCHEMA"]
    m = _SCHEMA.match(schema) if isinstance(schema, str) else None
    name = m.group(1) if m else None
    if name in VALUES:
        _check_value(path, node, name, where)
    elif name not in OBJECTS:
        raise BeatBoardFileError(path, where, f"holds an object of schema {schema!r}, which "
                                 "is not part of an OpenTimelineIO timeline")


def _check_value(path: Path, node: dict, name: str, where: str) -> None:
    fields = VALUES[name]
    extra = set(node) - set(fields) - {"OTIO_SCHEMA"}
    if extra or set(fields) - set(node):
        raise BeatBoardFileError(path, where, f"is a {name} with the fields "
                                 f"{sorted(set(node) - {'OTIO_SCHEMA'})}; it has "
                                 f"{sorted(fields)}")
    for key, kind in fields.items():
        v = node[key]
        if kind == "number":
            ok = isinstance(v, (int, float)) and not isinstance(v, bool) and abs(v) < 1e15
        else:
            ok = isinstance(v, dict) and str(v.get("OTIO_SCHEMA")).startswith(kind + ".")
        if not ok:
            raise BeatBoardFileError(path, f"{where}/{key}", f"should be a {kind}, not "
                                     f"{json.dumps(v)[:40]}")

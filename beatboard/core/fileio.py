"""Load and save .beatboard files: UTF-8 JSON, canonical output, atomic saves.

Every failure to read raises ``BeatBoardFileError`` naming the file, the place and the
problem; nothing else escapes ``load``/``loads``.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

from pydantic import TypeAdapter, ValidationError

from .errors import BeatBoardFileError
from .gc_pause import gc_paused
from .integrity import integrity_problems
from .jsontext import decode_text, parse_json
from .model import FORMAT_NAME, FORMAT_VERSION, EpisodeNumber, Project, default_panel_id
from .series_id import ensure_series_id
from .userfiles import read_user_file

if TYPE_CHECKING:
    from .disk_watch import DiskStamp

MAX_FILE_BYTES = 256 * 1024 * 1024

# MIGRATIONS[v] turns a version-v document (a dict) into a version-(v + 1) document.
Migration = Callable[[dict], dict]


def _v1_to_v2(data: dict) -> dict:
    """Version 2 gives every beat a strip of panels (a beat's ``image`` becomes its first)
    and anchors the paywall to the last free episode's id instead of a number."""
    episodes = data.get("episodes")
    _paywall_number_to_anchor(data)
    for ep in episodes if isinstance(episodes, list) else []:
        beats = ep.get("beats") if isinstance(ep, dict) else None
        for beat in beats if isinstance(beats, list) else []:
            if not isinstance(beat, dict) or "panels" in beat:
                continue
            panel: dict = {"id": default_panel_id(str(beat.get("id", "b")))}
            image = beat.pop("image", None)
            if image:
                panel["image"] = image
            beat["panels"] = [panel]
    return data


def _paywall_number_to_anchor(data: dict) -> None:
    # ``paywall_episode`` was the first paid episode; the anchor is the episode before it.
    # A paywall beyond the boarded episodes (or at episode 1) has no anchor and is dropped.
    series = data.get("series")
    if not isinstance(series, dict) or "paywall_episode" not in series:
        return
    first_paid = series.pop("paywall_episode")
    if first_paid is not None:
        try:  # a wrong number is refused as version 1 refused it, not silently dropped
            _V1_PAYWALL.validate_python(first_paid)
        except ValidationError as e:
            raise MigrationProblem("field series.paywall_episode",
                                   _describe_problem(e.errors(include_url=False)[0])) from None
    episodes = data.get("episodes") if isinstance(data.get("episodes"), list) else []
    for ep in episodes:
        if (isinstance(ep, dict) and type(first_paid) is int
                and ep.get("number") == first_paid - 1 and isinstance(ep.get("id"), str)):
            series["paywall_after"] = ep["id"]
            return


class MigrationProblem(Exception):
    """A migration step found a value its version never allowed (place, problem)."""


_V1_PAYWALL = TypeAdapter(EpisodeNumber)

def _v2_to_v3(data: dict) -> dict:
    """Version 3 (fidelity) adds optional fields only: a beat's ``transition`` and
    ``simultaneous`` dialogue lines, the series ``id`` and ``script_beats``. The dual
    dialogue carets and closing transitions 0.2 left in a beat's text move there."""
    from .script_marks import move_script_marks  # only old files need it

    episodes = data.get("episodes")
    for ep in episodes if isinstance(episodes, list) else []:
        beats = ep.get("beats") if isinstance(ep, dict) else None
        for beat in beats if isinstance(beats, list) else []:
            if isinstance(beat, dict):
                move_script_marks(beat)
    return data


def _v3_to_v4(data: dict) -> dict:
    """Version 4 (one picture plan) adds the optional panel ``fit`` (fill or fit)."""
    return data


def _v4_to_v5(data: dict) -> dict:
    """Version 5 (audience data) adds the optional project ``audience`` list."""
    return data


def _v5_to_v6(data: dict) -> dict:
    """Version 6 (the edit suite round trip) adds the optional panel ``dropped`` mark."""
    return data


def _v6_to_v7(data: dict) -> dict:
    """Version 7 (review) adds optional fields only: the project ``comments`` list and an
    ``approval`` on episodes and beats."""
    return data


def _v7_to_v8(data: dict) -> dict:
    """Version 8 (series audience) adds the optional project ``series_audience`` rows:
    per episode id, starts, completions, next-episode starts, paid, source, import time."""
    return data


MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5,
                                    5: _v5_to_v6, 6: _v6_to_v7, 7: _v7_to_v8}


def load(path: str | Path) -> Project:
    return loads(read_user_file(path, "BeatBoard file", MAX_FILE_BYTES), path)


def loads(raw: bytes | str, path: str | Path | None = None) -> Project:
    text = decode_text(raw, path)
    with gc_paused():
        data = parse_json(text, path, lambda loc, data: _place(loc, data, text))
        return from_data(data, path, text)


def from_data(data: Any, path: str | Path | None = None, text: str = "") -> Project:
    if not isinstance(data, dict):
        raise BeatBoardFileError(path, "top level", "expected a JSON object")
    if data.get("format") != FORMAT_NAME:
        raise BeatBoardFileError(path, "format", 'not a BeatBoard file (expected "format": "beatboard")')
    data = migrate(data, path)
    try:
        project = Project.model_validate(data)
    except ValidationError as e:
        raise _validation_error(e, data, path, text) from None
    except RecursionError:
        raise BeatBoardFileError(path, "", "the document is nested too deeply") from None
    problems = integrity_problems(project)
    if problems:
        place, problem = problems[0]
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise BeatBoardFileError(path, place, problem + more)
    return project


def migrate(data: dict, path: str | Path | None = None) -> dict:
    if "format_version" not in data:
        raise BeatBoardFileError(path, "format_version", "required field is missing")
    version = data["format_version"]
    if type(version) is not int:
        raise BeatBoardFileError(path, "format_version", f"expected a whole number, got {version!r}")
    if version > FORMAT_VERSION:
        raise BeatBoardFileError(
            path, "format_version",
            f"this file is format version {version}, newer than this BeatBoard understands "
            f"(version {FORMAT_VERSION}); please update BeatBoard")
    if version < 1:
        raise BeatBoardFileError(path, "format_version", f"unknown format version {version}")
    while version < FORMAT_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise BeatBoardFileError(path, "format_version",
                                     f"no migration from format version {version}")
        try:
            data = step(dict(data))
        except MigrationProblem as e:
            raise BeatBoardFileError(path, *e.args) from None
        version += 1
        data["format_version"] = version
    return data


def dumps(project: Project) -> str:
    """Canonical JSON: model field order, episodes by number, links in beat order."""
    return json.dumps(_canonical_data(project), ensure_ascii=False, indent=2,
                      allow_nan=False) + "\n"


def dump_bytes(project: Project) -> bytes:
    """``dumps(project)`` as UTF-8."""
    return b"".join(encoded_chunks(project))


def encoded_chunks(project: Project) -> Iterator[bytes]:
    """``dumps(project)`` as UTF-8, in pieces of some hundred KB: the indented encoder is
    pure Python and joining its millions of pieces at once held several times the file
    in memory; ``save`` writes the pieces as they come."""
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2, allow_nan=False)
    batch = []
    for piece in encoder.iterencode(_canonical_data(project)):
        batch.append(piece)
        if len(batch) >= 8192:
            yield "".join(batch).encode("utf-8")
            batch.clear()
    batch.append("\n")
    yield "".join(batch).encode("utf-8")


def _canonical_data(project: Project) -> dict:
    rest = project.model_dump(mode="json", by_alias=True, exclude_none=True,
                              exclude={"episodes"})
    data = {}
    for name in Project.model_fields:  # the model's field order
        if name == "episodes":
            data[name] = _DumpedEpisodes(sorted(project.episodes, key=lambda e: e.number))
        elif name in rest:
            data[name] = rest[name]
    if not data["audience"]:
        del data["audience"]  # a project without audience data saves as it always did
    if not data["comments"]:
        del data["comments"]  # nor one without comments
    if not data["series_audience"]:
        del data["series_audience"]
    return data


class _DumpedEpisodes(list):
    """The episodes, each turned into its canonical data only as the encoder reaches it:
    the data of the whole series at once took about 4x the file in memory on top of the
    project. Only the pure-Python encoder (``indent`` set, as here) iterates a list this
    way; json's C encoder would read the Episode objects themselves."""

    def __iter__(self):
        for ep in super().__iter__():
            yield _episode_data(ep)


def _episode_data(ep) -> dict:
    data = ep.model_dump(mode="json", by_alias=True, exclude_none=True)
    order = {b["id"]: i for i, b in enumerate(data["beats"])}
    kinds = {"next": 0, "variant": 1, "choice": 2}
    data["links"].sort(key=lambda l: (order.get(l["from"], 1 << 30), order.get(l["to"], 1 << 30),
                                      kinds.get(l["kind"], 9), l["from"], l["to"]))
    return data


class ReadOnlyFileError(BeatBoardFileError):
    """The document is marked read-only; replacing it needs the user's say-so."""

    def __init__(self, path: str | Path):
        super().__init__(path, "", "the file is read-only; it was not replaced "
                                   "(save under another name, or confirm replacing it)")


def save(project: Project, path: str | Path, replace_read_only: bool = False) -> DiskStamp | None:
    """Write ``project`` atomically; returns the stamp of the file as written.

    Refuses a target that is not a regular file, and a read-only one unless
    ``replace_read_only``. Removes temp files that killed saves of it left behind.
    A project without a series id (an older file) gets one here.
    """
    # Imported here: only saving needs them, and ``beatboard check`` starts faster.
    import hashlib

    from .atomic import (NotARegularFile, atomic_write_chunks, check_regular_target,
                         clean_stale_temps)
    from .disk_watch import stamp_written

    ensure_series_id(project)
    try:
        check_regular_target(path)
    except NotARegularFile as e:
        raise BeatBoardFileError(path, "", f"{e.strerror}; BeatBoard saves only to regular "
                                           "files, choose another name") from None
    if not replace_read_only and is_read_only(path):
        raise ReadOnlyFileError(path)
    digest = hashlib.sha256()

    def hashed_chunks() -> Iterator[bytes]:
        for chunk in encoded_chunks(project):
            digest.update(chunk)
            yield chunk
    try:  # written as encoded, never whole in memory; a failure leaves the file as it was
        atomic_write_chunks(path, hashed_chunks())
    except OSError as e:
        raise BeatBoardFileError(path, "", f"could not save ({e.strerror or e}); "
                                           "the file on disk is unchanged") from None
    clean_stale_temps(path)
    return stamp_written(path, digest.hexdigest())


def is_read_only(path: str | Path) -> bool:
    """An existing file without write permission bits, or that we may not write."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not mode & 0o222 or not os.access(path, os.W_OK)


# --- turning pydantic's locations into places a writer recognises -----------------

def _validation_error(err: ValidationError, data: dict, path, text: str) -> BeatBoardFileError:
    errors = err.errors(include_url=False)
    first = errors[0]
    place = _place(first["loc"], data, text)
    problem = _describe_problem(first)
    if len(errors) > 1:
        problem += f" (and {len(errors) - 1} more problems)"
    return BeatBoardFileError(path, place, problem)


def _place(loc: tuple, data: Any, text: str) -> str:
    """Where ``loc`` is, in a writer's words, with the line of its beat when known."""
    place, beat_id = _describe_loc(loc, data)
    line = _line_of_id(text, beat_id) if beat_id and text else None
    return place + (f" (line {line})" if line else "")


def _get(node: Any, key: Any) -> Any:
    try:
        return node[key]
    except (KeyError, IndexError, TypeError):
        return None


def _describe_loc(loc: tuple, data: dict) -> tuple[str, str | None]:
    loc = list(loc)
    parts: list[str] = []
    beat_id = None
    if len(loc) >= 2 and loc[0] == "episodes" and isinstance(loc[1], int):
        ep = _get(_get(data, "episodes"), loc[1])
        desc = f"episode #{loc[1] + 1}"
        if isinstance(ep, dict):
            bits = []
            if isinstance(ep.get("number"), int):
                bits.append(f"number {ep['number']}")
            if isinstance(ep.get("id"), str):
                bits.append(f"id {ep['id']!r}")
            if bits:
                desc += f" ({', '.join(bits)})"
        parts.append(desc)
        loc = loc[2:]
        if len(loc) >= 2 and loc[0] in ("beats", "links") and isinstance(loc[1], int):
            item = _get(_get(ep, loc[0]), loc[1])
            if loc[0] == "beats":
                desc = f"beat #{loc[1] + 1}"
                if isinstance(item, dict) and isinstance(item.get("id"), str):
                    beat_id = item["id"]
                    desc += f" (id {beat_id!r})"
            else:
                desc = f"link #{loc[1] + 1}"
            parts.append(desc)
            loc = loc[2:]
    field = _field_path(loc)
    if field:
        parts.append(f"field {field}")
    return ", ".join(parts) or "top level", beat_id


def _field_path(loc: list) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        elif part in ("function-after", "function-before") or str(part).startswith("function-"):
            continue
        else:
            out += ("." if out else "") + str(part)
    return out


def _describe_problem(error: dict) -> str:
    msg = error.get("msg", "invalid value")
    msg = msg.removeprefix("Value error, ")
    if error.get("type") == "missing":
        return "required field is missing"
    if error.get("type") == "extra_forbidden":
        return "unknown field (check the spelling)"
    value = error.get("input")
    if isinstance(value, int) and value.bit_length() > 1000:  # repr() refuses > 4300 digits
        return f"{msg[0].lower() + msg[1:]} (got a number of about {value.bit_length() * 3 // 10} digits)"
    if isinstance(value, (str, int, float, bool)) or value is None:
        shown = repr(value)
        if len(shown) > 60:
            shown = shown[:57] + "..."
        return f"{msg[0].lower() + msg[1:]} (got {shown})"
    return msg[0].lower() + msg[1:]


def _line_of_id(text: str, beat_id: str) -> int | None:
    m = re.search(r'"id"\s*:\s*' + re.escape(json.dumps(beat_id)), text)
    return text.count("\n", 0, m.start()) + 1 if m else None

"""The sketch file: canonical text (one stroke per line, points delta-encoded) and a
checking reader that names the file and the place of every problem. The format is
described in ``core.sketch``."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Sequence

from .errors import BeatBoardFileError
from .jsontext import parse_json
from .sketch_model import (CANVAS_H, CANVAS_W, FILE_FORMAT, FILE_VERSION, MAX_COORD,
                           MAX_FILE_BYTES, MAX_LAYERS, MAX_NAME, MAX_POINTS,
                           MAX_POINTS_PER_STROKE, MAX_STROKES, MAX_WIDTH, MIN_WIDTH, TOOLS,
                           Layer, Sketch, Stroke, colour_hex, free_layer_id)
from .userfiles import read_user_file


def dumps(sketch: Sketch) -> str:
    """The file text: canonical, one stroke per line, points delta-encoded."""
    lines = [f'{{"format": "{FILE_FORMAT}", "version": {FILE_VERSION}, '
             f'"canvas": [{CANVAS_W}, {CANVAS_H}], "layers": [']
    for li, layer in enumerate(sketch.layers):
        head: dict[str, Any] = {"kind": layer.kind, "id": layer.id, "name": layer.name,
                                "opacity": _num(layer.opacity), "visible": layer.visible}
        if layer.image:
            head["image"] = layer.image
        text = json.dumps(head, ensure_ascii=False)[:-1] + ', "strokes": ['
        lines.append(text)
        for si, s in enumerate(layer.strokes):
            sep = "," if si + 1 < len(layer.strokes) else ""
            lines.append(_stroke_line(s) + sep)
        lines.append("]}" + ("," if li + 1 < len(sketch.layers) else ""))
    lines.append("]}")
    return "\n".join(lines) + "\n"


def _num(v: float):
    return int(v) if float(v).is_integer() else round(float(v), 3)


# Points as text: each integer zigzag-encoded (0, -1, 1, -2... -> 0, 1, 2, 3...) and
# written as little-endian groups of 5 bits, one character of the URL-safe base64
# alphabet per group, the 6th bit saying "more groups follow". A delta under 16 is one
# character, under 512 two: a point takes 3-4 characters instead of ~10 as JSON numbers.
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_DIGIT = {c: i for i, c in enumerate(_ALPHABET)}


def encode_ints(values: Sequence[int]) -> str:
    out = []
    for v in values:
        z = (v << 1) if v >= 0 else ((-v << 1) - 1)
        while True:
            group = z & 31
            z >>= 5
            if z:
                out.append(_ALPHABET[group | 32])
            else:
                out.append(_ALPHABET[group])
                break
    return "".join(out)


# One number: continuation characters (bit 5 set), then one final character.
_NUMBER = re.compile("[%s]*[%s]" % (re.escape(_ALPHABET[32:]), re.escape(_ALPHABET[:32])))
_FINAL = {c: (i >> 1) if not i & 1 else -((i + 1) >> 1) for i, c in enumerate(_ALPHABET[:32])}


def decode_ints(text: str, limit: int) -> list[int]:
    """The integers of ``encode_ints``; ValueError on a bad character, a dangling group or
    more than ``limit`` values."""
    # Most numbers are one character: split with the regex engine, look those up, and
    # leave anything unusual (and its exact message) to the character loop.
    numbers = _NUMBER.findall(text)
    if (len(numbers) <= limit and sum(map(len, numbers)) == len(text)
            and max(map(len, numbers), default=0) <= 13):
        final = _FINAL
        return [final[t] if len(t) == 1 else _decode_one(t) for t in numbers]
    return _decode_loop(text, limit)


def _decode_one(token: str) -> int:
    z = 0
    for k, ch in enumerate(token):
        z |= (_DIGIT[ch] & 31) << (5 * k)
    return (z >> 1) if not z & 1 else -((z + 1) >> 1)


def _decode_loop(text: str, limit: int) -> list[int]:
    out: list[int] = []
    z = shift = 0
    digit = _DIGIT
    for ch in text:
        d = digit.get(ch)
        if d is None:
            raise ValueError(f"{ch!r} is not a point character")
        z |= (d & 31) << shift
        if d & 32:
            shift += 5
            if shift > 60:
                raise ValueError("a number in the points is too long")
            continue
        out.append((z >> 1) if not z & 1 else -((z + 1) >> 1))
        if len(out) > limit:
            raise ValueError("too many points")
        z = shift = 0
    if shift:
        raise ValueError("the points end in the middle of a number")
    return out


def flat_points(s: Stroke) -> list[int]:
    """``x0, y0, p0`` then the differences to each next point (pressure in hundredths)."""
    flat: list[int] = []
    px = py = pp = 0
    for i, (x, y, p) in enumerate(s.points):
        q = int(round(p * 100))
        if i == 0:
            flat += (x, y, q)
        else:
            flat += (x - px, y - py, q - pp)
        px, py, pp = x, y, q
    return flat


def _stroke_line(s: Stroke) -> str:
    out = (f'{{"tool":"{s.tool}","colour":{json.dumps(s.colour)},"width":{_num(s.width)},'
           f'"points":"{encode_ints(flat_points(s))}"')
    if s.tilt:
        out += f',"tilt":[{",".join(str(v) for t in s.tilt for v in t)}]'
    return out + "}"


def save(sketch: Sketch, path: str | Path) -> None:
    from .atomic import atomic_write_text
    atomic_write_text(path, dumps(sketch))


def load(path: str | Path) -> Sketch:
    """Read a sketch file; ``BeatBoardFileError`` naming the file and place on any problem."""
    return loads(read_user_file(path, "sketch file", MAX_FILE_BYTES), path)


def _no_constants(name: str):
    raise ValueError(f"{name} is not a number a sketch may hold")


def loads(raw: bytes | str, path: str | Path | None = None) -> Sketch:
    if isinstance(raw, bytes):
        if len(raw) > MAX_FILE_BYTES:
            raise BeatBoardFileError(path, "", f"sketch file is too large ({len(raw)} bytes)")
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise BeatBoardFileError(path, "", "the sketch file is not UTF-8 text") from None
    # Shared with project files: a repeated key or a huge number gets BeatBoard's message.
    data = parse_json(raw, path, parse_constant=_no_constants)
    return _Reader(path).sketch(data)


_LAYER_ID = re.compile(r"[A-Za-z0-9_-]{1,32}")


class _Reader:
    """Turns parsed JSON into a Sketch, checking types and caps with precise places."""

    def __init__(self, path):
        self.path = path
        self.total_points = 0
        self.total_strokes = 0

    def fail(self, place: str, problem: str):
        raise BeatBoardFileError(self.path, place, problem)

    def sketch(self, data: Any) -> Sketch:
        if not isinstance(data, dict):
            self.fail("top level", "expected a JSON object")
        if data.get("format") != FILE_FORMAT:
            self.fail("format", f'not a BeatBoard sketch (expected "format": "{FILE_FORMAT}")')
        version = data.get("version")
        if type(version) is not int or version < 1:
            self.fail("version", f"expected a whole number, got {version!r}")
        if version > FILE_VERSION:
            self.fail("version", f"sketch format version {version} is newer than this "
                                 f"BeatBoard understands ({FILE_VERSION}); please update BeatBoard")
        canvas = data.get("canvas", [CANVAS_W, CANVAS_H])
        if canvas != [CANVAS_W, CANVAS_H]:
            self.fail("canvas", f"expected [{CANVAS_W}, {CANVAS_H}], got {canvas!r}")
        layers = data.get("layers")
        if not isinstance(layers, list):
            self.fail("layers", "expected a list of layers")
        if len(layers) > MAX_LAYERS:
            self.fail("layers", f"too many layers ({len(layers)}; at most {MAX_LAYERS})")
        out = [self.layer(i, raw) for i, raw in enumerate(layers)]
        self.name_layers(out, layers)
        return Sketch(layers=out)

    def name_layers(self, layers: list[Layer], raws: list) -> None:
        """Every layer gets an id: its own (version 2, unique), else its kind, else
        ``kind-N`` for the N-th layer of a repeated kind (version 1 files)."""
        taken: set[str] = set()
        for i, (layer, raw) in enumerate(zip(layers, raws)):
            given = raw.get("id")
            if given is None:
                continue
            if not isinstance(given, str) or not _LAYER_ID.fullmatch(given):
                self.fail(f"layer {i + 1}", "id must be 1-32 letters, digits, - or _, got "
                                            f"{given!r}"[:200])
            if given in taken:
                self.fail(f"layer {i + 1}", f"layer id {given!r} is given twice")
            taken.add(given)
            layer.id = given
        for layer, raw in zip(layers, raws):
            if raw.get("id") is None:
                layer.id = free_layer_id(taken, layer.kind)
                taken.add(layer.id)

    def layer(self, i: int, raw: Any) -> Layer:
        place = f"layer {i + 1}"
        if not isinstance(raw, dict):
            self.fail(place, "expected a JSON object")
        kind = raw.get("kind", "rough")
        if not isinstance(kind, str) or not kind or len(kind) > 32:
            self.fail(place, f"kind must be a short text, got {kind!r}")
        place = f"layer {i + 1} ({kind})"
        name = raw.get("name", "")
        if not isinstance(name, str) or len(name) > MAX_NAME:
            self.fail(place, "name must be a text of at most 80 characters")
        opacity = raw.get("opacity", 1)
        if type(opacity) not in (int, float) or not (0 <= opacity <= 1):
            self.fail(place, f"opacity must be a number from 0 to 1, got {opacity!r}")
        visible = raw.get("visible", True)
        if not isinstance(visible, bool):
            self.fail(place, f"visible must be true or false, got {visible!r}")
        image = raw.get("image")
        if image is not None and (not isinstance(image, str) or len(image) > 1000):
            self.fail(place, f"image must be a path, got {image!r}"[:200])
        # A path leading out of the project is kept (nothing is lost) and refused when
        # drawn (core.assets.resolve): the strokes still show, with a warning.
        unknown = set(raw) - {"kind", "id", "name", "opacity", "visible", "image", "strokes"}
        if unknown:
            self.fail(place, f"unknown field {sorted(unknown)[0]!r} (check the spelling)")
        strokes = raw.get("strokes", [])
        if not isinstance(strokes, list):
            self.fail(place, "strokes must be a list")
        out = [self.stroke(place, j, s) for j, s in enumerate(strokes)]
        return Layer(kind, name, float(opacity), visible, out,
                     image.replace("\\", "/") if image else None)

    def stroke(self, layer_place: str, j: int, raw: Any) -> Stroke:
        place = f"{layer_place}, stroke {j + 1}"
        self.total_strokes += 1
        if self.total_strokes > MAX_STROKES:
            self.fail(place, f"too many strokes (at most {MAX_STROKES} in a sketch)")
        if not isinstance(raw, dict):
            self.fail(place, "expected a JSON object")
        tool = raw.get("tool")
        if tool not in TOOLS:
            self.fail(place, f"unknown tool {tool!r} (use {', '.join(TOOLS)})")
        colour = raw.get("colour", "black")
        try:
            if not isinstance(colour, str):
                raise ValueError(f"colour must be a text, got {colour!r}")
            colour_hex(colour)
        except ValueError as e:
            self.fail(place, str(e))
        width = raw.get("width")
        if type(width) not in (int, float) or not (MIN_WIDTH <= width <= MAX_WIDTH):
            self.fail(place, f"width must be a number from {MIN_WIDTH} to {MAX_WIDTH}, "
                             f"got {width!r}")
        flat = raw.get("points")
        if isinstance(flat, str):
            if len(flat) > MAX_POINTS_PER_STROKE * 3 * 4:
                self.fail(place, f"too many points (at most {MAX_POINTS_PER_STROKE} a stroke)")
            try:
                flat = decode_ints(flat, MAX_POINTS_PER_STROKE * 3)
            except ValueError as e:
                self.fail(place, f"points: {e}")
        if not isinstance(flat, list) or len(flat) % 3 or not flat:
            self.fail(place, "points must be a non-empty list of x, y, pressure triples")
        n = len(flat) // 3
        if n > MAX_POINTS_PER_STROKE:
            self.fail(place, f"too many points ({n}; at most {MAX_POINTS_PER_STROKE} a stroke)")
        self.total_points += n
        if self.total_points > MAX_POINTS:
            self.fail(place, f"too many points (at most {MAX_POINTS} in a sketch)")
        if not all(type(v) is int for v in flat):
            k = next(k for k, v in enumerate(flat) if type(v) is not int)
            self.fail(f"{place}, point {k // 3 + 1}",
                      f"coordinates and pressure must be whole numbers, got {flat[k]!r}")
        pts: list[tuple[int, int, float]] = []
        x = y = p = 0
        for k in range(0, len(flat), 3):
            if k == 0:
                x, y, p = flat[0], flat[1], flat[2]
            else:
                x += flat[k]
                y += flat[k + 1]
                p += flat[k + 2]
            if abs(x) > MAX_COORD or abs(y) > MAX_COORD:
                self.fail(f"{place}, point {k // 3 + 1}",
                          f"coordinates ({x}, {y}) are outside ±{MAX_COORD}")
            if not 0 <= p <= 100:
                self.fail(f"{place}, point {k // 3 + 1}",
                          f"pressure {p} is outside 0..100")
            pts.append((x, y, p / 100))
        tilt = raw.get("tilt")
        tilts = None
        if tilt is not None:
            if (not isinstance(tilt, list) or len(tilt) != 2 * n
                    or not all(type(v) is int and -90 <= v <= 90 for v in tilt)):
                self.fail(place, "tilt must hold two whole degrees (-90..90) per point")
            tilts = [(tilt[k], tilt[k + 1]) for k in range(0, len(tilt), 2)]
        unknown = set(raw) - {"tool", "colour", "width", "points", "tilt"}
        if unknown:
            self.fail(place, f"unknown field {sorted(unknown)[0]!r} (check the spelling)")
        return Stroke(tool, colour, float(width), pts, tilts)


def json_schema() -> dict[str, Any]:
    """JSON Schema (2020-12) of a sketch file, for other tools; the loader's caps (NaN,
    point counts, coordinate range) are stricter than a schema can say."""
    points = {"oneOf": [
        {"type": "string", "pattern": "^[A-Za-z0-9_-]+$",
         "description": "encode_ints text: zigzag integers, 5 bits a character, bit 6 = more"},
        {"type": "array", "items": {"type": "integer"}, "minItems": 3,
         "description": "x0, y0, p0, then differences; pressure in hundredths"}]}
    stroke = {"type": "object", "additionalProperties": False,
              "required": ["tool", "width", "points"],
              "properties": {
                  "tool": {"enum": list(TOOLS)},
                  "colour": {"type": "string",
                             "pattern": "^(black|grey|red|blue|nonphoto|#[0-9A-Fa-f]{6})$"},
                  "width": {"type": "number", "minimum": MIN_WIDTH, "maximum": MAX_WIDTH},
                  "points": points,
                  "tilt": {"type": "array", "items": {"type": "integer", "minimum": -90,
                                                      "maximum": 90}}}}
    layer = {"type": "object", "additionalProperties": False,
             "properties": {
                 "kind": {"type": "string", "maxLength": 32,
                          "description": "reference, rough, ink (or another name)"},
                 "id": {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,32}$",
                        "description": "unique in the sketch (version 2)"},
                 "name": {"type": "string", "maxLength": MAX_NAME},
                 "opacity": {"type": "number", "minimum": 0, "maximum": 1},
                 "visible": {"type": "boolean"},
                 "image": {"type": "string", "maxLength": 1000,
                           "description": "reference picture, relative to the project folder"},
                 "strokes": {"type": "array", "items": stroke}}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:beatboard:sketch:{FILE_VERSION}",
        "title": f"BeatBoard sketch (format version {FILE_VERSION})",
        "type": "object",
        "required": ["format", "version", "layers"],
        "properties": {
            "format": {"const": FILE_FORMAT},
            "version": {"type": "integer", "minimum": 1, "maximum": FILE_VERSION},
            "canvas": {"const": [CANVAS_W, CANVAS_H]},
            "layers": {"type": "array", "maxItems": MAX_LAYERS, "items": layer},
        },
    }

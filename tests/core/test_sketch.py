"""Vector sketches: stroke geometry, the diffable file format and hostile files."""
from __future__ import annotations

import json
import math

import pytest

from beatboard.core import sketch as S
from beatboard.core.errors import BeatBoardFileError


def wave(n=200, pressure=lambda t: 0.2 + 0.7 * t):
    return [(100 + i * 3, 500 + 40 * math.sin(i / 10), pressure(i / (n - 1))) for i in range(n)]


def poly_width_at(poly, x):
    """Vertical extent of the outline polygon near column x (the stroke runs along x)."""
    ys = []
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
        if (x1 - x) * (x2 - x) <= 0 and x1 != x2:
            ys.append(y1 + (y2 - y1) * (x - x1) / (x2 - x1))
    return max(ys) - min(ys)


def test_rising_pressure_gives_a_widening_outline():
    flat = [(100 + i * 4, 800, 0.1 + 0.9 * i / 99) for i in range(100)]
    s = S.make_stroke("pen", "black", 20, flat)
    poly = S.stroke_outline(s)
    assert poly_width_at(poly, 130) < poly_width_at(poly, 480) * 0.5
    assert poly_width_at(poly, 480) == pytest.approx(20 * (0.15 + 0.85 * 0.97), rel=0.15)


def test_outline_is_closed_round_capped_and_covers_the_line():
    s = S.make_stroke("pencil", "grey", 10, [(100, 100, 0.5), (300, 100, 0.5)])
    poly = S.stroke_outline(s)
    xs = [p[0] for p in poly]
    # round caps reach half a width beyond both ends
    assert min(xs) < 97 and max(xs) > 303
    dot = S.stroke_outline(S.make_stroke("pen", "black", 10, [(50, 50, 1.0)]))
    assert len(dot) >= 8 and all(abs(math.hypot(x - 50, y - 50) - 5) < 0.01 for x, y in dot)


def test_marker_is_translucent_and_eraser_erases():
    m = S.make_stroke("marker", "red", 30, wave(20))
    e = S.make_stroke("eraser", "black", 30, wave(20))
    assert S.stroke_paint(m) == ("#d62828", S.TOOL_ALPHA["marker"], False)
    assert S.TOOL_ALPHA["marker"] < 0.5
    assert S.stroke_paint(e)[2] is True
    assert S.stroke_paint(S.make_stroke("pen", "#00ff00", 4, wave(5)))[0] == "#00ff00"


def test_make_stroke_quantises_simplifies_and_drops_nan():
    raw = [(10.4, 20.6, 0.333), (float("nan"), 5, 0.5)] + [(10 + i, 20, 0.5) for i in range(1, 50)]
    s = S.make_stroke("pen", "black", 4, raw)
    assert s.points[0] == (10, 21, 0.33)
    assert all(isinstance(x, int) and isinstance(y, int) for x, y, _ in s.points)
    assert len(s.points) < 10  # a straight line needs only its ends (and pressure changes)
    with pytest.raises(ValueError):
        S.make_stroke("brush", "black", 4, raw)
    with pytest.raises(ValueError):
        S.make_stroke("pen", "purple", 4, raw)


def test_save_and_reload_give_the_same_strokes(tmp_path):
    sk = S.new_sketch(reference_image="show.assets/abc.png")
    sk.layers[1].strokes.append(S.make_stroke("pencil", "grey", 6, wave(), tilt=[(10, -20)] * 200))
    sk.layers[2].strokes.append(S.make_stroke("pen", "black", 3, wave(50)))
    sk.layers[2].strokes.append(S.make_stroke("eraser", "black", 20, wave(10)))
    path = tmp_path / "a.sketch.json"
    S.save(sk, path)
    again = S.load(path)
    assert again == sk
    assert again.layers[0].image == "show.assets/abc.png"
    assert again.layers[0].opacity == S.DEFAULT_REFERENCE_OPACITY


def test_file_is_json_with_one_stroke_per_line_so_diffs_stay_small():
    sk = S.new_sketch()
    for k in range(5):
        sk.layers[1].strokes.append(S.make_stroke("pen", "black", 4, [(k * 10 + i, 100 + i * 7, 0.5)
                                                                    for i in range(30)]))
    before = S.dumps(sk).splitlines()
    json.loads("\n".join(before))
    sk.layers[1].strokes[2] = S.make_stroke("pen", "red", 4, [(0, 0, 0.5), (50, 50, 0.9)])
    after = S.dumps(sk).splitlines()
    changed = [i for i, (a, b) in enumerate(zip(before, after)) if a != b]
    assert len(before) == len(after) and len(changed) == 1


def bad(tmp_path, mutate, name="bad.sketch.json"):
    sk = S.new_sketch()
    sk.layers[1].strokes.append(S.make_stroke("pen", "black", 4, wave(30)))
    data = json.loads(S.dumps(sk))
    # the plain-integers form other tools may write (BeatBoard writes the short text)
    data["layers"][1]["strokes"][0]["points"] = S.flat_points(sk.layers[1].strokes[0])
    mutate(data)
    path = tmp_path / name
    path.write_text(json.dumps(data))
    with pytest.raises(BeatBoardFileError) as err:
        S.load(path)
    assert str(path) in str(err.value)
    return str(err.value)


def test_nan_coordinates_are_refused_naming_the_file(tmp_path):
    path = tmp_path / "nan.sketch.json"
    text = S.dumps(S.new_sketch()).replace('"strokes": [\n]},\n{"kind": "rough"',
                                            '"strokes": [\n{"tool":"pen","colour":"black",'
                                            '"width":4,"points":[1,2,NaN]}\n]},\n{"kind": "rough"', 1)
    path.write_text(text)
    with pytest.raises(BeatBoardFileError, match="NaN") as err:
        S.load(path)
    assert str(err.value).startswith(f"{path}: line 3:")


def test_float_and_infinite_values_name_layer_stroke_and_point(tmp_path):
    def f(d):
        d["layers"][1]["strokes"][0]["points"][4] = 2.5
    msg = bad(tmp_path, f)
    assert "layer 2 (rough), stroke 1, point 2" in msg and "whole numbers" in msg

    def g(d):
        d["layers"][1]["strokes"][0]["points"][4] = 1e400  # written as Infinity
    assert "Infinity" in bad(tmp_path, g, "inf.sketch.json")


def test_a_million_points_are_refused(tmp_path):
    def f(d):
        d["layers"][1]["strokes"][0]["points"] = [1, 1, 50] + [1, 0, 0] * 1_000_000
    msg = bad(tmp_path, f)
    assert "too many points" in msg and "stroke 1" in msg

    def g(d):  # the same in the short text form
        d["layers"][1]["strokes"][0]["points"] = S.encode_ints([1, 1, 50] + [1, 0, 0] * 1_000_000)
    assert "too many points" in bad(tmp_path, g, "enc.sketch.json")


def test_points_text_round_trips_and_bad_text_is_refused(tmp_path):
    values = [0, -1, 1, 15, -16, 16, 511, -512, 9999, -9999]
    assert S.decode_ints(S.encode_ints(values), 100) == values
    assert len(S.encode_ints([3, -2, 1])) == 3  # small differences: one character each
    for text, words in (("AB*", "not a point character"), ("g", "middle of a number")):
        def f(d, text=text):
            d["layers"][1]["strokes"][0]["points"] = text
        assert words in bad(tmp_path, f, f"t{len(text)}.sketch.json")


def test_points_text_decodes_every_size_of_number_and_refuses_as_before():
    # The quick decoder (regex split, one-character numbers looked up) and the character
    # loop it falls back to must agree on every value and every refusal.
    import random

    from beatboard.core.sketch_file import _decode_loop
    rng = random.Random(7)
    for _ in range(500):
        values = [rng.randint(-10 ** rng.randint(0, 17), 10 ** rng.randint(0, 17))
                  for _ in range(rng.randint(0, 40))]
        text = S.encode_ints(values)
        assert S.decode_ints(text, 10 ** 6) == values == _decode_loop(text, 10 ** 6)
    for text, limit in (("AB*", 100), ("g", 100), ("AAAA", 3), ("A" + "g" * 13 + "A", 100),
                        ("AAg", 100), ("A\nA", 100)):
        with pytest.raises(ValueError) as quick:
            S.decode_ints(text, limit)
        with pytest.raises(ValueError) as loop:
            _decode_loop(text, limit)
        assert str(quick.value) == str(loop.value)


@pytest.mark.parametrize("mutate, words", [
    (lambda d: d.update(format="other"), "not a BeatBoard sketch"),
    (lambda d: d.update(version=99), "newer"),
    (lambda d: d["layers"][1]["strokes"][0].update(tool="brush"), "unknown tool"),
    (lambda d: d["layers"][1]["strokes"][0].update(colour="mauve"), "unknown colour"),
    (lambda d: d["layers"][1]["strokes"][0].update(width=-3), "width"),
    (lambda d: d["layers"][1]["strokes"][0].update(points=[1, 2]), "triples"),
    (lambda d: d["layers"][1]["strokes"][0].update(points={"x": 1}), "triples"),
    (lambda d: d["layers"][1]["strokes"][0]["points"].__setitem__(0, 99999), "outside"),
    (lambda d: d["layers"][1]["strokes"][0]["points"].__setitem__(2, 300), "pressure"),
    (lambda d: d["layers"][0].update(image=5), "image must be a path"),
    (lambda d: d["layers"][1].update(opacity="half"), "opacity"),
    (lambda d: d.update(layers=[{"kind": "ink"}] * 50), "too many layers"),
])
def test_wrong_types_and_values_give_clear_messages(tmp_path, mutate, words):
    assert words in bad(tmp_path, mutate)


def test_not_json_names_the_line(tmp_path):
    path = tmp_path / "x.sketch.json"
    path.write_text('{"format": "beatboard-sketch",\n oops')
    with pytest.raises(BeatBoardFileError, match="line 2"):
        S.load(path)


def test_published_sketch_schema_matches_and_sample_sketches_validate():
    from pathlib import Path

    import jsonschema
    root = Path(__file__).resolve().parents[2]
    published = json.loads((root / "resources" / "beatboard-sketch.schema.json").read_text())
    assert published == S.json_schema()  # regenerate: beatboard export schema --sketch -o ...
    jsonschema.Draft202012Validator.check_schema(published)
    v = jsonschema.Draft202012Validator(published)
    files = sorted((root / "samples" / "iron-heiress.assets").glob("*" + S.FILE_SUFFIX))
    assert files
    for f in files[:10]:
        v.validate(json.loads(f.read_text()))
    bad = json.loads(S.dumps(S.new_sketch()))
    bad["layers"][1]["strokes"] = [{"tool": "brush", "width": 4, "points": "AAA"}]
    assert not v.is_valid(bad)

"""A sketch's layers as a free list (sketch format version 2), and old files read unchanged."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from beatboard.core import sketch as S
from beatboard.core import sketch_layers as L
from beatboard.core.errors import BeatBoardFileError

ROOT = Path(__file__).resolve().parents[2]


def line(colour="black", tool="pen"):
    return S.make_stroke(tool, colour, 6, [(100 + 10 * i, 200, 0.5) for i in range(8)])


def version_1_text(layers):
    """A sketch file exactly as BeatBoard 0.2 wrote it (no layer ids)."""
    return json.dumps({"format": "beatboard-sketch", "version": 1, "canvas": [1080, 1920],
                       "layers": layers})


def test_a_version_1_file_reads_unchanged_with_ids_from_its_kinds():
    text = version_1_text([
        {"kind": "reference", "name": "Reference", "opacity": 0.35, "visible": True,
         "image": "a.assets/x.png", "strokes": []},
        {"kind": "rough", "name": "Rough", "opacity": 1, "visible": True,
         "strokes": [{"tool": "pencil", "colour": "grey", "width": 6, "points": [1, 2, 50]}]},
        {"kind": "ink", "name": "Ink", "opacity": 1, "visible": False, "strokes": []},
        {"kind": "ink", "name": "More ink", "opacity": 0.5, "visible": True, "strokes": []},
    ])
    sk = S.loads(text)
    assert [l.id for l in sk.layers] == ["reference", "rough", "ink", "ink-2"]
    assert [l.name for l in sk.layers] == ["Reference", "Rough", "Ink", "More ink"]
    assert sk.layers[0].image == "a.assets/x.png" and sk.layers[0].opacity == 0.35
    assert sk.layers[1].strokes[0].colour == "grey"  # strokes keep their colour
    assert sk.layers[2].visible is False and sk.layers[3].opacity == 0.5


def test_every_sample_sketch_still_loads():
    files = sorted((ROOT / "samples" / "iron-heiress.assets").glob("*" + S.FILE_SUFFIX))
    assert files
    for f in files:
        sk = S.load(f)
        assert [l.kind for l in sk.layers][:1] == ["reference"], f.name


def test_layer_edits_round_trip_through_the_file_in_order():
    sk = S.new_sketch()
    sk, bg = L.add_layer(sk, "reference", "Background")
    sk, notes = L.add_layer(sk, None, "Notes")
    sk = L.rename_layer(sk, "ink", "  Final\nink ")
    sk = L.set_opacity(sk, bg, 0.4)
    sk = L.set_in_output(sk, notes, False)
    sk = L.move_layer(sk, "rough", -1)  # under the background layer
    back = S.loads(S.dumps(sk))
    assert json.loads(S.dumps(sk))["version"] == S.FILE_VERSION == 2
    assert [(l.id, l.name, l.opacity, l.visible) for l in back.layers] == [
        ("reference", "Reference", 0.35, True), ("rough", "Rough", 1.0, True),
        (bg, "Background", 0.4, True), ("ink", "Final ink", 1.0, True),
        (notes, "Notes", 1.0, False)]
    assert back.layers[2].kind == "ink"  # added above the reference: a drawing layer
    assert len({l.id for l in back.layers}) == 5


def test_edits_leave_the_sketch_they_were_given_untouched():
    before = S.new_sketch()
    text = S.dumps(before)
    L.delete_layer(L.move_layer(L.rename_layer(before, "ink", "X"), "ink", -2), "rough")
    assert S.dumps(before) == text


def test_limits_of_the_list():
    sk = S.Sketch(layers=[S.Layer("ink")])
    assert not L.can_delete(sk)
    with pytest.raises(ValueError):
        L.delete_layer(sk, "ink")
    with pytest.raises(ValueError):
        L.rename_layer(sk, "ink", "   ")
    for i in range(S.MAX_LAYERS - 1):
        sk, _ = L.add_layer(sk, None, f"L{i}")
    assert not L.can_add(sk)
    assert L.move_layer(sk, "ink", -5).layers[0].id == "ink"


@pytest.mark.parametrize("ids, words", [
    (["a", "a"], "given twice"),
    (["a", "with space"], "id must be"),
    (["a", 7], "id must be"),
])
def test_bad_layer_ids_are_refused_naming_the_layer(ids, words):
    raw = json.loads(S.dumps(S.Sketch(layers=[S.Layer("ink"), S.Layer("rough")])))
    for layer, given in zip(raw["layers"], ids):
        layer["id"] = given
    with pytest.raises(BeatBoardFileError, match=f"layer 2.*{words}"):
        S.loads(json.dumps(raw))


def test_rough_strokes_start_non_photo_blue_on_screen_and_print_mid_grey():
    assert S.default_colour("rough") == "nonphoto"
    assert S.default_colour("ink") == "black"
    blue = line("nonphoto")
    screen, _, _ = S.stroke_paint(blue)
    paper, _, _ = S.stroke_paint(blue, printed=True)
    r, g, b = (int(screen[i:i + 2], 16) for i in (1, 3, 5))
    assert b > r + 60 and min(r, g, b) > 120  # a light blue
    pr, pg, pb = (int(paper[i:i + 2], 16) for i in (1, 3, 5))
    assert pr == pg == pb and 90 <= pr <= 170  # a mid grey that a copier keeps
    # strokes drawn in another colour print as they are
    assert S.stroke_paint(line("blue"), printed=True)[0] == S.COLOURS["blue"]


def test_the_released_version_1_file_reads_unchanged_and_rewrites_as_version_2():
    path = ROOT / "tests" / "core" / "fixtures" / "sketch-v1" / "released-0.2.sketch.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["version"] == 1 and all("id" not in l for l in raw["layers"])
    sk = S.load(path)
    assert [l.kind for l in sk.layers] == [l["kind"] for l in raw["layers"]]
    assert [l.id for l in sk.layers] == [l["kind"] for l in raw["layers"]]
    assert [len(l.strokes) for l in sk.layers] == [len(l["strokes"]) for l in raw["layers"]]
    assert [(s.tool, s.colour) for l in sk.layers for s in l.strokes] == \
        [(s["tool"], s.get("colour", "black")) for l in raw["layers"] for s in l["strokes"]]
    again = S.loads(S.dumps(sk))
    assert json.loads(S.dumps(sk))["version"] == 2 and again == sk

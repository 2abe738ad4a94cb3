"""Hostile or broken assets never stop a document: it opens, renders with placeholders
and warnings naming each file, and saves; no asset is touched or deleted."""
from __future__ import annotations

import json

from PIL import Image

from beatboard.core import assets as A
from beatboard.core import sketch as S
from beatboard.core.fileio import load, save
from beatboard.core.model import Beat, Episode, Panel, Project
from beatboard.render import render_panel_ex
from tests.core.test_assets import bomb_header, png

HOSTILE = {
    "bomb": "show.assets/bomb.png",
    "truncated": "show.assets/truncated.png",
    "nan": "show.assets/nan.sketch.json",
    "million": "show.assets/million.sketch.json",
    "climbs": "show.assets/climbs.sketch.json",
    "symlink": "show.assets/link.png",
    "missing": "show.assets/gone.png",
}


def build(tmp_path):
    folder = tmp_path / "show"
    (folder / "show.assets").mkdir(parents=True)
    a = folder / "show.assets"
    (a / "bomb.png").write_bytes(bomb_header())
    (a / "truncated.png").write_bytes(png(size=(400, 400))[:300])
    (a / "nan.sketch.json").write_text(
        '{"format": "beatboard-sketch", "version": 1, "layers": [{"strokes": '
        '[{"tool": "pen", "width": 4, "points": [1, NaN, 2]}]}]}')
    (a / "million.sketch.json").write_text(json.dumps(
        {"format": "beatboard-sketch", "version": 1,
         "layers": [{"strokes": [{"tool": "pen", "width": 4,
                                  "points": S.encode_ints([5, 5, 50] + [1, 0, 0] * 1_000_000)}]}]}))
    sk = S.new_sketch(reference_image="../../secret.png")
    (a / "climbs.sketch.json").write_text(S.dumps(sk))  # its reference climbs out
    Image.new("RGB", (9, 16)).save(tmp_path / "secret.png")
    (a / "link.png").symlink_to(tmp_path / "secret.png")
    good = S.new_sketch()
    good.layers[2].strokes.append(S.make_stroke("pen", "black", 20, [(100, 900, 1), (900, 900, 1)]))
    project_path = folder / "show.beatboard"
    panels = [Panel(id=k, **({"sketch": rel} if rel.endswith(S.FILE_SUFFIX) else {"image": rel}))
              for k, rel in HOSTILE.items()]
    panels.append(Panel(id="good", sketch=A.store_sketch(project_path, good)))
    project = Project(episodes=[Episode(id="e1", number=1, beats=[
        Beat(id="b1", title="Hostile", characters=["Ava"], panels=panels)])])
    save(project, project_path)
    return project_path


def test_hostile_assets_give_named_warnings_and_the_document_still_opens_and_saves(tmp_path):
    path = build(tmp_path)
    before = {p.name: p.read_bytes() for p in (path.parent / "show.assets").iterdir()
              if not p.is_symlink()}
    project = load(path)  # opens: assets are only paths until drawn
    beat = project.episodes[0].beats[0]
    cheap = {p.rel: p.kind for p in A.problems(project, path.parent)}
    assert cheap == {HOSTILE["symlink"]: "outside", HOSTILE["missing"]: "missing"}
    expected_words = {
        "bomb": "too large", "truncated": "damaged", "nan": "NaN", "million": "too many points",
        "climbs": "escapes the project folder", "symlink": "outside the project folder",
        "missing": "not found",
    }
    for panel in beat.panels:
        out = render_panel_ex(project, path.parent, beat, panel, (90, 160))
        if panel.id == "good":
            assert out.source == "sketch" and out.problems == []
            continue
        (problem,) = out.problems
        if panel.id == "climbs":  # the strokes show; the reference picture is refused
            assert out.source == "sketch" and problem.rel == "../../secret.png"
            assert "../../secret.png" in problem.message
        else:
            assert out.source == "placeholder", panel.id
            rel = HOSTILE[panel.id]
            assert problem.rel == rel
            assert rel.split("/")[-1] in problem.message, problem.message
        assert expected_words[panel.id] in problem.message, problem.message
    beat.title = "Hostile, edited"
    save(project, path)
    assert load(path).episodes[0].beats[0].title == "Hostile, edited"
    after = {p.name: p.read_bytes() for p in (path.parent / "show.assets").iterdir()
             if not p.is_symlink()}
    assert after == before  # saving never touches or deletes an asset

"""``beatboard export frames``: one non-blank 9:16 PNG per panel, in story order."""
from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageStat

from beatboard.core import assets as A
from beatboard.core import sketch as S
from beatboard.core.fileio import save
from beatboard.core.model import Panel, Shot

from .helpers import branched_project, clean_project, run


def decoded(folder: Path) -> list[tuple[str, Image.Image]]:
    out = []
    for f in sorted(folder.iterdir()):
        with Image.open(f) as im:
            im.load()
            out.append((f.name, im.convert("L")))
    return out


def non_blank(im: Image.Image) -> bool:
    stat = ImageStat.Stat(im)
    return stat.extrema[0][0] < 80 and stat.stddev[0] > 10  # some ink, not one flat colour


def test_one_png_per_panel_in_story_order(tmp_path, capsys):
    project = branched_project()
    ep = project.episode_by_number(1)
    ep.beats[0].panels.append(Panel(id="extra-p2", shot=Shot(size="ECU")))
    src = tmp_path / "show.beatboard"
    save(project, src)
    code, _, err = run(capsys, "export", "frames", src, "-o", tmp_path / "frames",
                       "--size", "180x320")
    assert code == 0, err
    frames = decoded(tmp_path / "frames")
    assert len(frames) == sum(len(b.panels) for e in project.episodes for b in e.beats)
    for name, im in frames:
        assert im.size == (180, 320), name
        assert non_blank(im), name
    names = [n for n, _ in frames]
    first = ep.beats[0].id
    assert names[:2] == [f"e001_0001_{first}_p1.png", f"e001_0002_{first}_p2.png"]
    variant = [n for n in names if "_variant_" in n]
    assert variant == [n for n in names if n.startswith("e001")][-1:]  # after the main line
    assert "alt1" in variant[0]
    assert "frames: episode 2 done" in err and f"wrote {len(frames)} frames" in err


def test_frames_are_exactly_what_the_renderer_draws(tmp_path, capsys):
    from beatboard.render import render_panel
    project = clean_project(1)
    beat = project.episodes[0].beats[0]
    sk = S.new_sketch()
    sk.layers[2].strokes.append(S.make_stroke("pen", "black", 30,
                                              [(100, 300 + i * 10, 0.8) for i in range(100)]))
    src = tmp_path / "show.beatboard"
    beat.panels[0].sketch = A.store_sketch(src, sk)
    save(project, src)
    code, _, err = run(capsys, "export", "frames", src, "-o", tmp_path / "f", "--episodes", "1",
                       "--size", "90x160")
    assert code == 0, err
    png = sorted((tmp_path / "f").iterdir())[0]
    expected = render_panel(project, tmp_path, beat, beat.panels[0], (90, 160))
    with Image.open(png) as im:
        im = im.convert("RGBA")
        for x, y in ((10, 20), (10, 60), (45, 80), (80, 150)):
            c = expected.pixelColor(x, y)
            assert im.getpixel((x, y))[:3] == (c.red(), c.green(), c.blue())


def test_episode_filter_and_main_line_only(tmp_path, capsys):
    project = branched_project()
    src = tmp_path / "show.beatboard"
    save(project, src)
    code, _, err = run(capsys, "export", "frames", src, "-o", tmp_path / "f", "--episodes", "2",
                       "--variants", "main", "--size", "90x160")
    assert code == 0, err
    names = [p.name for p in (tmp_path / "f").iterdir()]
    assert names and all(n.startswith("e002_") for n in names)
    assert len(names) == sum(len(b.panels) for b in project.episode_by_number(2).beats)


@pytest.mark.parametrize("args, words", [
    (["--size", "100x100"], "not 9:16"),
    (["--size", "big"], "WIDTHxHEIGHT"),
    (["--episodes", "7"], "no such episode"),
    (["--variants", "some"], "'all' or 'main'"),
])
def test_bad_options_are_refused_clearly(tmp_path, capsys, args, words):
    src = tmp_path / "show.beatboard"
    save(clean_project(2), src)
    code, _, err = run(capsys, "export", "frames", src, "-o", tmp_path / "f", *args)
    assert code == 2 and words in err


def test_refuses_to_write_into_a_file(tmp_path, capsys):
    src = tmp_path / "show.beatboard"
    save(clean_project(1), src)
    target = tmp_path / "notes.txt"
    target.write_text("keep me")
    code, _, err = run(capsys, "export", "frames", src, "-o", target)
    assert code == 2 and "is not a folder" in err and str(target) in err
    assert target.read_text() == "keep me"


def test_broken_assets_warn_and_still_export(tmp_path, capsys):
    project = clean_project(1)
    beat = project.episodes[0].beats[0]
    beat.panels[0].image = "show.assets/gone.png"
    src = tmp_path / "show.beatboard"
    save(project, src)
    code, _, err = run(capsys, "export", "frames", src, "-o", tmp_path / "f", "--size", "90x160")
    assert code == 0
    assert "warning" in err and "gone.png" in err and "not found" in err
    assert len(list((tmp_path / "f").iterdir())) == len(project.episodes[0].beats)

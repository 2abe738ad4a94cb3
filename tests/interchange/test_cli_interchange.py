"""``beatboard import`` and ``beatboard export fountain|csv|otio|schema``."""
import csv
import json

import opentimelineio as otio

from beatboard.core.fileio import load, save
from gen_series import make_series

from .conftest import DATA
from .test_fdx_import import BILLION_LAUGHS, EXTERNAL_ENTITY


def test_import_fountain_then_export_everything(cli, tmp_path):
    out = tmp_path / "heiress.beatboard"
    code, stdout, stderr = cli("import", DATA / "heiress_en.fountain", "-o", out)
    assert (code, stderr) == (0, "")
    assert "imported 2 episodes, 4 beats" in stdout
    project = load(out)
    assert project.series.title == "THE HIDDEN HEIRESS"
    for fmt in ("fountain", "csv", "otio"):
        code, stdout, stderr = cli("export", fmt, out, "-o", tmp_path / f"x.{fmt}")
        assert (code, stderr) == (0, ""), fmt
    assert "[[hook]]" in (tmp_path / "x.fountain").read_text("utf-8")
    with open(tmp_path / "x.csv", encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f))) == 4
    assert len(list(otio.adapters.read_from_file(str(tmp_path / "x.otio")))) == 2


def test_import_chinese_script_with_marker_option(cli, tmp_path):
    script = tmp_path / "剧本.txt"
    script.write_text("第一部分\n\n林夏：你好。\n\n第二部分\n\n陆沉：再见。\n", "utf-8")
    out = tmp_path / "zh.beatboard"
    code, _, stderr = cli("import", script, "-o", out, "--episode-marker", r"^第(?P<n>[一二三])部分$")
    assert (code, stderr) == (0, "")
    assert [(e.number, e.beats[0].dialogue) for e in load(out).episodes] == [(1, "林夏：你好。"), (2, "陆沉：再见。")]


def test_import_fdx(cli, tmp_path):
    code, _, _ = cli("import", DATA / "pilot.fdx", "-o", tmp_path / "p.beatboard")
    assert code == 0 and len(load(tmp_path / "p.beatboard").episodes) == 2


def test_import_refuses_to_replace_without_force(cli, tmp_path):
    out = tmp_path / "keep.beatboard"
    out.write_text("precious", "utf-8")
    code, _, stderr = cli("import", DATA / "ep_zh.fountain", "-o", out)
    assert code == 2 and "already exists; use --force" in stderr
    assert out.read_text("utf-8") == "precious"
    code, _, _ = cli("import", DATA / "ep_zh.fountain", "-o", out, "--force")
    assert code == 0 and load(out).series.title == "隐藏的千金"


def test_hostile_fdx_is_refused_and_nothing_is_written(cli, tmp_path):
    for i, payload in enumerate((BILLION_LAUGHS, EXTERNAL_ENTITY)):
        evil = tmp_path / f"evil{i}.fdx"
        evil.write_bytes(payload)
        out = tmp_path / f"evil{i}.beatboard"
        code, stdout, stderr = cli("import", evil, "-o", out)
        assert code == 2
        assert stderr == f"beatboard: {evil}: the file uses XML entities, which BeatBoard refuses for safety\n"
        assert "Traceback" not in stderr and not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["evil0.fdx", "evil1.fdx"]


def test_import_errors_name_the_file_and_place(cli, tmp_path):
    bad = tmp_path / "bad.fountain"
    bad.write_text("INT. ROOM - DAY\n\n[[emotion: 怒 down 9]]\n", "utf-8")
    code, _, stderr = cli("import", bad, "-o", tmp_path / "o.beatboard")
    assert code == 2 and f"{bad}: line 3: [[emotion: 怒 down 9]]: emotion intensity must be 1 to 5" in stderr
    latin1 = tmp_path / "old.fountain"
    latin1.write_bytes("Caf\xe9 scene.\n".encode("latin-1"))
    code, _, stderr = cli("import", latin1, "-o", tmp_path / "o.beatboard")
    assert code == 2 and "line 1: the script is not UTF-8 text" in stderr
    for name, problem in (("missing.fountain", "file not found"), ("notes.docx", "unknown script type")):
        code, _, stderr = cli("import", tmp_path / name, "-o", tmp_path / "o.beatboard")
        assert code == 2 and problem in stderr
    assert not (tmp_path / "o.beatboard").exists()


def test_export_errors_and_usage(cli, tmp_path):
    code, _, stderr = cli("export", "csv", tmp_path / "nope.beatboard", "-o", tmp_path / "x.csv")
    assert code == 2 and "file not found" in stderr and not (tmp_path / "x.csv").exists()
    src = tmp_path / "s.beatboard"
    save(make_series(episodes=2, beats=4, variants=0), src)
    code, _, stderr = cli("export", "otio", src, "--episode", "7", "-o", tmp_path / "x.otio")
    assert code == 2 and "no episode 7" in stderr
    code, _, _ = cli("export", "otio", src, "--episode", "2", "-o", tmp_path / "e2.otio")
    assert code == 0
    assert isinstance(otio.adapters.read_from_file(str(tmp_path / "e2.otio")), otio.schema.Timeline)


def test_export_schema_describes_the_format(cli, tmp_path):
    code, _, _ = cli("export", "schema", "-o", tmp_path / "schema.json")
    assert code == 0
    schema = json.loads((tmp_path / "schema.json").read_text("utf-8"))
    text = json.dumps(schema)
    assert "episodes" in text and "duration_s" in text and '"from"' in text


def test_bad_episode_marker_regex_is_a_usage_error(cli, tmp_path):
    code, _, stderr = cli("import", DATA / "ep_zh.fountain", "-o", tmp_path / "o.beatboard",
                          "--episode-marker", "第(")
    assert code == 2 and "--episode-marker: not a valid regular expression" in stderr
    assert not (tmp_path / "o.beatboard").exists()

"""``beatboard merge``: clean merge, conflicts (exit 1), and nothing written on exit 2."""
from __future__ import annotations

import json

from beatboard.cli import main
from beatboard.core.fileio import dumps, load, save
from beatboard.edit import AddBeat, MoveBeatInLine, SetField
from beatboard.core.model import Beat, Panel

from .scripted import sample

SERIES = "0123456789abcdef0123456789abcdef"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def three(tmp_path, ours_edits, theirs_edits):
    base = sample()
    base.series.id = SERIES
    paths = []
    for name, edits in (("base", []), ("ours", ours_edits), ("theirs", theirs_edits)):
        p = base.model_copy(deep=True)
        for e in edits:
            e.apply(p)
        save(p, tmp_path / f"{name}.beatboard")
        paths.append(tmp_path / f"{name}.beatboard")
    return paths


def test_clean_merge_keeps_a_move_and_an_edit_of_the_moved_beat(capsys, tmp_path):
    b, o, t = three(tmp_path, [MoveBeatInLine("ep04", "e04-b06", "e04-b02")],
                    [SetField.beat("ep04", "e04-b06", "title", "Receipts, later"),
                     AddBeat("ep04", Beat(id="tnew", title="New", panels=[Panel(id="tnew-p1")]),
                             after="e04-b08")])
    out = tmp_path / "out.beatboard"
    code, _, err = run(capsys, "merge", b, o, t, "-o", out)
    assert code == 0, err
    m = load(out)
    ep = m.episode("ep04")
    assert [x.id for x in ep.beats][:3] == ["e04-b01", "e04-b02", "e04-b06"]
    assert ep.beat("e04-b06").title == "Receipts, later"
    assert [x.id for x in ep.beats].index("tnew") == [x.id for x in ep.beats].index("e04-b08") + 1


def test_conflict_keeps_ours_lists_theirs_and_exits_1(capsys, tmp_path):
    b, o, t = three(tmp_path, [SetField.beat("ep01", "e01-b02", "title", "Ours")],
                    [SetField.beat("ep01", "e01-b02", "title", "Theirs")])
    code, _, err = run(capsys, "merge", b, o, t, "-o", o, "--path", "show/heiress.beatboard",
                       "--author", "Mei", "--theirs-author", "Jun")
    assert code == 1
    merged = load(o)
    assert merged.episode("ep01").beat("e01-b02").title == "Ours"
    (note,) = merged.comments  # an open conflict comment on the beat, holding both values
    assert (note.episode, note.beat, note.status, note.author) == ("ep01", "e01-b02", "open", "Mei")
    assert "Ours (Mei, kept): Ours" in note.text and "Theirs (Jun): Theirs" in note.text
    assert "Base: The other woman at the door" in note.text
    assert "show/heiress.beatboard: conflict: beat e01-b02, title" in err
    assert "ours by Mei: Ours; theirs by Jun: Theirs" in err
    code, _, err = run(capsys, "merge", b, o, t, "-o", tmp_path / "x.beatboard",
                       "--format", "json")
    data = json.loads(err)
    (c,) = data["conflicts"]
    assert (c["field"], c["base"], c["ours"], c["theirs"]) == (
        "title", "The other woman at the door", "Ours", "Theirs")


def test_different_series_exit_2_and_write_nothing(capsys, tmp_path):
    b, o, t = three(tmp_path, [], [])
    other = load(t)
    other.series.id = "f" * 32
    save(other, t)
    out = tmp_path / "out.beatboard"
    code, _, err = run(capsys, "merge", b, o, t, "-o", out)
    assert code == 2 and "different series" in err and not out.exists()


def test_a_file_without_series_id_is_compatible(capsys, tmp_path):
    b, o, t = three(tmp_path, [], [SetField.episode("ep02", "title", "T")])
    raw = json.loads(b.read_text())
    del raw["series"]["id"]
    b.write_text(json.dumps(raw))
    code, _, _ = run(capsys, "merge", b, o, t, "-o", tmp_path / "out.beatboard")
    assert code == 0


def test_future_format_and_broken_json_exit_2_and_leave_out_as_it_was(capsys, tmp_path):
    b, o, t = three(tmp_path, [], [])
    before = o.read_bytes()
    raw = json.loads(t.read_text())
    raw["format_version"] = 99
    t.write_text(json.dumps(raw))
    code, _, err = run(capsys, "merge", b, o, t, "-o", o)
    assert code == 2 and "newer than this BeatBoard" in err and "theirs.beatboard" in err
    assert o.read_bytes() == before
    t.write_text('{"format": "beatboard", ')
    code, _, err = run(capsys, "merge", b, o, t, "-o", o)
    assert code == 2 and "theirs.beatboard" in err and "Traceback" not in err
    assert o.read_bytes() == before


def test_merge_with_itself_or_the_base_changes_nothing(capsys, tmp_path):
    b, o, t = three(tmp_path, [SetField.beat("ep01", "e01-b02", "title", "Ours")], [])
    out = tmp_path / "out.beatboard"
    assert run(capsys, "merge", b, o, o, "-o", out)[0] == 0
    assert out.read_text() == o.read_text()
    assert run(capsys, "merge", b, o, t, "-o", out)[0] == 0
    assert out.read_text() == o.read_text()
    assert dumps(load(out)) == out.read_text()

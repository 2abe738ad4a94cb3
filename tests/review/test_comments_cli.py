"""``beatboard comments`` lists and adds comments for scripted review."""
from __future__ import annotations

import csv
import io
import json
import os
import socket
import time

import pytest

from beatboard.core import fileio
from beatboard.core.author import resolve_author, save_author, settings_path
from beatboard.core.lock import lock_path
from tests.cli.helpers import clean_project, run


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "series.beatboard"
    fileio.save(clean_project(3), path)
    return path


def first_ids(path):
    p = fileio.load(path)
    ep = p.ordered_episodes()[0]
    return ep.id, ep.beats[0].id, ep.beats[0].panels[0].id


def test_add_on_a_panel_point_then_list_in_text_and_csv(project_file, capsys):
    ep, beat, panel = first_ids(project_file)
    code, out, _ = run(capsys, "comments", project_file, "--add", "--on", panel,
                       "--at", "0.25,0.5", "--text", "@Wang bigger", "--author", "Li")
    assert code == 0 and "added comment c" in out
    code, _, _ = run(capsys, "comments", project_file, "--add", "--on", ep, "--time", "2-4.5",
                     "--text", "music too loud", "--author", "Chen")
    assert code == 0
    saved = fileio.load(project_file)
    c = saved.comments[0]
    assert (c.episode, c.beat, c.panel, c.at.x, c.at.y) == (ep, beat, panel, 0.25, 0.5)
    assert saved.comments[1].time.start == 2.0 and saved.comments[1].time.end == 4.5
    code, out, _ = run(capsys, "comments", project_file)
    assert code == 0
    assert f"{panel} @ 0.25,0.50" in out and "Li" in out and "@Wang bigger" in out
    assert "Ep 1 2.0-4.5s" in out and "2 comments, 2 open." in out
    code, out, _ = run(capsys, "comments", project_file, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["author"] for r in rows] == ["Chen", "Li"]  # episode comments before beats'
    assert rows[1]["panel"] == panel and rows[1]["status"] == "open"


def test_open_filter_hides_resolved_and_replies_are_listed(project_file, capsys):
    from beatboard.edit.review_edits import ReplyToComment, SetCommentStatus
    ep, beat, _ = first_ids(project_file)
    run(capsys, "comments", project_file, "--add", "--on", beat, "--text", "one")
    run(capsys, "comments", project_file, "--add", "--on", beat, "--text", "two")
    p = fileio.load(project_file)
    ReplyToComment(p.comments[0].id, "Wang", "fixed it").apply(p)
    SetCommentStatus(p.comments[0].id, True, by="Li").apply(p)
    fileio.save(p, project_file)
    _, out, _ = run(capsys, "comments", project_file)
    assert "fixed it" in out and "resolved by Li" in out
    _, out, _ = run(capsys, "comments", project_file, "--open")
    assert "two" in out and "one" not in out and "1 comments, 1 open." in out


@pytest.mark.parametrize("argv, message", [
    (["--on", "nope", "--text", "x"], "no episode, beat or panel has the id 'nope'"),
    (["--on", "E9", "--text", "x"], "no episode has that number"),
    (["--on", "{beat}", "--text", "x", "--at", "2,0"], "expected X,Y between 0 and 1"),
    (["--on", "{beat}", "--text", "x", "--time", "5-1"], "expected START-END"),
    (["--on", "{beat}", "--text", "x", "--time", "1-2", "--cut", "via-zz"], "has the cuts main"),
    (["--on", "{beat}", "--text", "   "], "needs some text"),
    (["--text", "x"], "--add needs --on ID and --text T"),
])
def test_bad_adds_exit_2_with_a_clear_message_and_write_nothing(project_file, capsys, argv,
                                                                 message):
    _, beat, _ = first_ids(project_file)
    before = project_file.read_bytes()
    code, _, err = run(capsys, "comments", project_file, "--add",
                       *[a.format(beat=beat) for a in argv])
    assert code == 2 and message in err and "Traceback" not in err
    assert project_file.read_bytes() == before


def test_add_is_refused_with_the_lock_message_while_an_editor_has_the_file(project_file,
                                                                           capsys):
    now = time.time()
    lock_path(project_file).write_text(json.dumps({
        "session": "other", "host": socket.gethostname(), "pid": os.getpid(), "user": "lin",
        "started": now, "heartbeat": now, "document": project_file.name}), encoding="utf-8")
    ep, _, _ = first_ids(project_file)
    before = project_file.read_bytes()
    code, _, err = run(capsys, "comments", project_file, "--add", "--on", ep, "--text", "x")
    assert code == 2 and "is open in BeatBoard by lin" in err and "nothing written" in err
    assert project_file.read_bytes() == before
    code, out, _ = run(capsys, "comments", project_file)  # listing still works
    assert code == 0 and "No comments." in out


def test_author_precedence_flag_env_settings_os_user(monkeypatch):
    monkeypatch.setattr("beatboard.core.author.getpass.getuser", lambda: "osuser")
    assert resolve_author() == "osuser"
    save_author("  Settings   Name ")
    assert json.loads(settings_path().read_text(encoding="utf-8")) == {"author": "Settings Name"}
    assert resolve_author() == "Settings Name"
    monkeypatch.setenv("BEATBOARD_AUTHOR", "Env Name")
    assert resolve_author() == "Env Name"
    assert resolve_author("Flag Name") == "Flag Name"


def test_a_damaged_settings_file_falls_back_to_the_os_user(monkeypatch):
    monkeypatch.setattr("beatboard.core.author.getpass.getuser", lambda: "osuser")
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text("{not json", encoding="utf-8")
    assert resolve_author() == "osuser"


def test_the_cli_signs_with_the_env_author(project_file, capsys, monkeypatch):
    monkeypatch.setenv("BEATBOARD_AUTHOR", "导演 Zhou")
    ep, _, _ = first_ids(project_file)
    run(capsys, "comments", project_file, "--add", "--on", ep, "--text", "ok")
    assert fileio.load(project_file).comments[0].author == "导演 Zhou"


def test_info_counts_the_comments(project_file, capsys):
    ep, _, _ = first_ids(project_file)
    _, out, _ = run(capsys, "info", project_file)
    assert "Comments:" not in out
    run(capsys, "comments", project_file, "--add", "--on", ep, "--text", "x")
    _, out, _ = run(capsys, "info", project_file)
    assert "Comments: 1, 1 open" in out


def test_an_episode_can_be_named_by_its_number(project_file, capsys):
    p = fileio.load(project_file)
    second = p.ordered_episodes()[1]
    for spelling in ("2", "E2", "ep02"):
        code, _, _ = run(capsys, "comments", project_file, "--add", "--on", spelling,
                         "--time", "1-3", "--text", f"via {spelling}")
        assert code == 0
    saved = fileio.load(project_file)
    assert [c.episode for c in saved.comments] == [second.id] * 3

"""A real git repository: the merge driver and the diff textconv that config-git writes."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from beatboard.core.fileio import load, save
from beatboard.edit import AddPanel, SetField

from .scripted import sample

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
COMMAND = f"{sys.executable} -m beatboard"


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True,
                          env=os.environ.copy())
    if check and done.returncode != 0:
        raise AssertionError(f"git {args}: {done.stdout}\n{done.stderr}")
    return done


@pytest.fixture
def repo(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))  # no user's global git settings
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    repo = tmp_path / "show"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.name", "Showrunner")
    git(repo, "config", "user.email", "show@example.com")
    p = sample()
    p.series.id = "0123456789abcdef0123456789abcdef"
    save(p, repo / "heiress.beatboard")
    done = subprocess.run([sys.executable, "-m", "beatboard", "config-git", "--command", COMMAND],
                          cwd=repo, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "season one")
    return repo


def branch_edit(repo: Path, branch: str, edits, start: str = "main") -> None:
    git(repo, "checkout", "-q", "-b", branch, start)
    p = load(repo / "heiress.beatboard")
    for e in edits:
        e.apply(p)
    save(p, repo / "heiress.beatboard")
    git(repo, "commit", "-q", "-am", f"{branch} edits")


def test_config_git_writes_driver_textconv_and_attributes(repo):
    assert git(repo, "config", "merge.beatboard.driver").stdout.strip() == \
        f"{COMMAND} merge %O %A %B -o %A --path %P"
    assert git(repo, "config", "diff.beatboard.textconv").stdout.strip() == \
        f"{COMMAND} diff --textconv"
    assert "*.beatboard merge=beatboard diff=beatboard" in \
        (repo / ".gitattributes").read_text().splitlines()
    attrs = git(repo, "check-attr", "merge", "diff", "--", "heiress.beatboard").stdout.splitlines()
    assert sorted(attrs) == ["heiress.beatboard: diff: beatboard",
                             "heiress.beatboard: merge: beatboard"]


def test_git_merge_of_two_branches_keeps_both(repo):
    add = AddPanel("ep02", "e02-b03")
    branch_edit(repo, "writer-a", [SetField.beat("ep01", "e01-b02", "title", "Door, white dress"),
                                   add])
    branch_edit(repo, "writer-b", [SetField.beat("ep01", "e01-b02", "notes", "Rain outside."),
                                   AddPanel("ep02", "e02-b03"),
                                   SetField.episode("ep03", "title", "Thirty Days")])
    done = git(repo, "merge", "--no-edit", "writer-a", check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    merged = load(repo / "heiress.beatboard")
    beat = merged.episode("ep01").beat("e01-b02")
    assert (beat.title, beat.notes) == ("Door, white dress", "Rain outside.")
    assert merged.episode("ep03").title == "Thirty Days"
    panels = [x.id for x in merged.episode("ep02").beat("e02-b03").panels]
    assert add.new_id in panels and len(panels) == len(sample().episode("ep02").beat("e02-b03").panels) + 2
    # git diff reads the textconv text: one field a line
    shown = git(repo, "diff", "main", "HEAD", "--", "heiress.beatboard").stdout
    assert "+    title: Door, white dress" in shown and "+    notes: Rain outside." in shown


def test_conflicting_branches_make_git_report_and_the_file_still_opens(repo):
    branch_edit(repo, "writer-a", [SetField.beat("ep01", "e01-b02", "title", "A's title")])
    branch_edit(repo, "writer-b", [SetField.beat("ep01", "e01-b02", "title", "B's title"),
                                   SetField.beat("ep01", "e01-b03", "notes", "B's note")])
    done = git(repo, "merge", "--no-edit", "writer-a", check=False)
    assert done.returncode != 0
    assert "CONFLICT" in done.stdout and "heiress.beatboard" in done.stdout
    assert "A's title" in done.stdout + done.stderr  # the driver lists theirs' value
    merged = load(repo / "heiress.beatboard")  # no conflict markers: a project
    assert merged.episode("ep01").beat("e01-b02").title == "B's title"  # ours kept
    assert merged.episode("ep01").beat("e01-b03").notes == "B's note"
    (note,) = [c for c in merged.comments if c.beat == "e01-b02"]
    assert note.status == "open" and "A's title" in note.text and "B's title" in note.text
    assert "heiress.beatboard" in git(repo, "diff", "--name-only", "--diff-filter=U").stdout


def test_config_git_global(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    done = subprocess.run([sys.executable, "-m", "beatboard", "config-git", "--global"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    config = (home / ".gitconfig").read_text()
    assert 'driver = beatboard merge %O %A %B -o %A --path %P' in config
    assert 'textconv = beatboard diff --textconv' in config
    attributes = home / ".config" / "git" / "attributes"
    assert attributes.read_text() == "*.beatboard merge=beatboard diff=beatboard\n"
    # twice: the line is not written again
    subprocess.run([sys.executable, "-m", "beatboard", "config-git", "--global"], cwd=tmp_path,
                   capture_output=True, text=True, check=True)
    assert attributes.read_text().count("merge=beatboard") == 1

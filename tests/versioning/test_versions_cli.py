"""``beatboard versions``: list and save named versions from the command line."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from beatboard.core.lock import DocumentLock
from beatboard.core.session import Owner
from beatboard.versioning.versions import versions_dir
from tests.cli.helpers import run

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "iron-heiress.beatboard"


def test_save_then_list_as_text_and_json(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BEATBOARD_AUTHOR", "Lin")
    path = tmp_path / "s.beatboard"
    shutil.copy(SAMPLE, path)
    code, out, _ = run(capsys, "versions", path)
    assert code == 0 and "no named versions" in out
    code, out, _ = run(capsys, "versions", path, "--save", "Draft 1", "-m", "for notes")
    assert code == 0 and "version 1" in out and "White" in out
    assert path.read_bytes() == SAMPLE.read_bytes()  # the project itself is untouched
    code, out, _ = run(capsys, "versions", path, "--save", "Draft 2", "--author", "Wu")
    assert "Blue" in out
    code, out, _ = run(capsys, "versions", path)
    assert "Draft 1" in out and "for notes" in out and "by Lin" in out and "by Wu" in out
    code, out, _ = run(capsys, "versions", path, "--format", "json")
    data = json.loads(out)
    assert [v["name"] for v in data["versions"]] == ["Draft 1", "Draft 2"]
    assert [v["colour"] for v in data["versions"]] == ["white", "blue"]


def test_damaged_index_is_a_warning_not_a_failure(tmp_path, capsys):
    path = tmp_path / "s.beatboard"
    shutil.copy(SAMPLE, path)
    run(capsys, "versions", path, "--save", "A")
    (versions_dir(path) / "index.json").write_text("{")
    code, out, err = run(capsys, "versions", path)
    assert code == 0 and "warning" in err and "index.json" in err and "damaged" in err
    assert "1  a" in out


def test_saving_is_refused_while_an_editor_has_the_file(tmp_path, capsys):
    path = tmp_path / "s.beatboard"
    shutil.copy(SAMPLE, path)
    lock = DocumentLock(path, Owner.current())
    assert lock.acquire().status == "acquired"
    try:
        code, _out, err = run(capsys, "versions", path, "--save", "A")
    finally:
        lock.release()
    assert code == 2 and "open in BeatBoard" in err
    assert not versions_dir(path).exists()

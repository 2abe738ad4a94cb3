"""A re-sync refuses a file that is not a script, and asks before setting most beats aside."""
from __future__ import annotations

import pytest

from beatboard.core import fileio
from tests.interchange.test_resync import ORIGINAL, directed, script


@pytest.fixture
def series(tmp_path):
    path = tmp_path / "series.beatboard"
    fileio.save(directed(), path)
    return path


@pytest.mark.parametrize("content", [b"\0" * 4096, b"Title: Nothing\n\n", b"\n \t\n\x01\x02\n"])
def test_a_file_that_parses_to_no_script_is_refused_and_the_series_untouched(
        tmp_path, cli, series, content):
    before = series.read_bytes()
    junk = tmp_path / "junk.fountain"
    junk.write_bytes(content)
    code, out, err = cli("import", junk, "--update", series, "--allow-set-aside")
    assert code != 0
    assert "junk.fountain" in err and "does not look like a script" in err
    assert "Traceback" not in err
    assert series.read_bytes() == before


def test_setting_aside_more_than_half_the_beats_needs_allow_set_aside(tmp_path, cli, series):
    before = series.read_bytes()
    revised = tmp_path / "one-scene.fountain"
    revised.write_text(script(["gala"]), encoding="utf-8")  # 5 of 6 beats would go
    code, out, err = cli("import", revised, "--update", series)
    assert code != 0
    assert "would set aside 5 of the 6 beats" in err and "--allow-set-aside" in err
    assert series.read_bytes() == before
    code, out, err = cli("import", revised, "--update", series, "--dry-run")
    assert code == 0 and "gone (set aside, not deleted): 5" in out
    assert series.read_bytes() == before
    code, out, err = cli("import", revised, "--update", series, "--allow-set-aside")
    assert code == 0, err
    assert len(fileio.load(series).unplaced) == 5


def test_setting_aside_half_or_fewer_goes_ahead_unasked(tmp_path, cli, series):
    revised = tmp_path / "first-episode.fountain"
    revised.write_text(script(["gala", "wine", "car"]), encoding="utf-8")  # 3 of 6 go
    code, out, err = cli("import", revised, "--update", series)
    assert code == 0, err
    assert len(fileio.load(series).unplaced) == 3


def test_allow_set_aside_goes_with_update(tmp_path, cli):
    source = tmp_path / "s.fountain"
    source.write_text(ORIGINAL, encoding="utf-8")
    code, _, err = cli("import", source, "-o", tmp_path / "o.beatboard", "--allow-set-aside")
    assert code != 0 and "--allow-set-aside goes with --update" in err

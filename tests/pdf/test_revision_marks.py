"""Revision marks: ``export pdf --since VERSION`` stars what changed since a version and
names the revision colour, on the boards and the shot list, in English and Chinese."""
from __future__ import annotations

import re

import pytest

from beatboard.core.fileio import load, save
from beatboard.export.pdf.revision import Revision
from tests.cli.helpers import run

from .helpers import export, have_tool, make_project, page_texts

pytestmark = pytest.mark.skipif(not have_tool("pdftotext"), reason="needs pdftotext")


def _band_lines(pages: list[str], title: str) -> list[str]:
    """The board band line printed after each occurrence of a beat's title."""
    out = []
    for text in pages:
        lines = text.splitlines()
        for i, line in enumerate(lines):
            if title in line and i + 1 < len(lines) and "●" in lines[i + 1]:
                out.append(line + " | " + lines[i + 1])
    return out


def test_changed_beats_only_carry_the_asterisk_and_colour(tmp_path):
    project = make_project(episodes=1, beats=6)
    rev = Revision(frozenset({"e1b2", "e1b5"}), "blue", "2026-12-07", "First draft")
    pages = page_texts(export(tmp_path, project, sections="boards", revision=rev))
    assert all("Revision: Blue (2026-12-07)" in page for page in pages)
    for i in range(1, 7):
        bands = _band_lines(pages, f"Beat title E1B{i}")
        assert bands, i
        starred = [b for b in bands if "* Blue" in b]
        assert (len(starred) == len(bands)) if i in (2, 5) else not starred, (i, bands)


def test_shot_list_rows_are_marked_in_chinese(tmp_path):
    project = make_project(episodes=1, beats=4)
    rev = Revision(frozenset({"e1b3"}), "pink", "2026-12-07", "v2")
    text = "\n".join(page_texts(export(tmp_path, project, sections="shotlist", lang="zh",
                                       revision=rev)))
    assert "修订: 粉色 (2026-12-07)" in text
    assert re.search(r"\* e1b3 \(\s*粉色\)", text)
    assert not re.search(r"\* e1b[124]", text)


def test_no_marks_without_since(tmp_path):
    pages = page_texts(export(tmp_path, make_project(episodes=1, beats=4)))
    assert not any("Revision" in p or "* " in p for p in pages)


def test_export_since_a_named_version_marks_the_changes(tmp_path, capsys):
    path = tmp_path / "show.beatboard"
    save(make_project(episodes=2, beats=5), path)
    assert run(capsys, "versions", path, "--save", "Table read")[0] == 0
    project = load(path)
    ep1, ep2 = project.ordered_episodes()
    ep1.beats[1].dialogue = "LIN: A new line."  # e1b2
    ep2.beats[3].title = "Beat title E2B4 rewritten"  # e2b4
    save(project, path)
    out = tmp_path / "boards.pdf"
    code, _o, err = run(capsys, "export", "pdf", path, "-o", out, "--since", "Table read",
                        "--sections", "boards,shotlist")
    assert code == 0, err
    pages = page_texts(out)
    assert "Revision: Blue" in pages[0]  # version 1 is White; what follows it is Blue
    for title, changed in (("Beat title E1B1", False), ("Beat title E1B2", True),
                           ("Beat title E1B3", False), ("Beat title E2B4 rewritten", True),
                           ("Beat title E2B5", False)):
        bands = _band_lines(pages, title)
        assert bands and all(("* Blue" in b) == changed for b in bands), (title, bands)
    # Against another project file: the saved version's snapshot as a plain file.
    other = tmp_path / "old.beatboard"
    save(load(next((tmp_path / "show.versions").glob("001-*.beatboard.json"))), other)
    code, _o, err = run(capsys, "export", "pdf", path, "-o", out, "--since", other)
    assert code == 0, err
    assert "changed since “old.beatboard”" in page_texts(out)[0]


def test_an_unknown_version_is_a_clear_error(tmp_path, capsys):
    path = tmp_path / "show.beatboard"
    save(make_project(episodes=1, beats=3), path)
    run(capsys, "versions", path, "--save", "Draft")
    code, _o, err = run(capsys, "export", "pdf", path, "-o", tmp_path / "x.pdf",
                        "--since", "Nope")
    assert code == 2 and "--since Nope" in err and "“Draft”" in err
    assert not (tmp_path / "x.pdf").exists()

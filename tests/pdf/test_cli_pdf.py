"""``beatboard export pdf``: options, messages and exit codes."""
from __future__ import annotations

import pytest

from beatboard.cli import main
from beatboard.core.errors import BeatBoardError
from beatboard.core.fileio import save
from beatboard.export.pdf.options import PdfOptions, parse_episode_spec

from .helpers import make_project, page_count, page_texts


def test_parse_episode_spec_ranges_and_lists():
    assert parse_episode_spec("1-3,7") == (1, 2, 3, 7)
    assert parse_episode_spec(" 5 , 2-3 ,3") == (2, 3, 5)
    for bad in ("", "a", "3-1", "0", "1-", "1,,2"):
        with pytest.raises(BeatBoardError, match="--episodes"):
            parse_episode_spec(bad)


def test_options_are_checked():
    assert PdfOptions(paper="letter", orientation="LANDSCAPE").paper == "Letter"
    for bad in (dict(paper="B5"), dict(panels=7), dict(variants="some"), dict(lang="fr"),
                dict(sections=("boards", "poster")), dict(sections=())):
        with pytest.raises(BeatBoardError):
            PdfOptions(**bad)


@pytest.fixture
def project_file(tmp_path):
    path = tmp_path / "series.beatboard"
    save(make_project(episodes=3, beats=7, variants=1), path)
    return path


def test_cli_writes_the_pdf_with_options(project_file, tmp_path, capsys):
    out = tmp_path / "wall.pdf"
    code = main(["export", "pdf", str(project_file), "-o", str(out), "--paper", "A3",
                 "--orientation", "landscape", "--panels", "12", "--episodes", "1,3",
                 "--variants", "main", "--bw", "--lang", "zh", "--sections", "boards"])
    assert code == 0
    assert page_count(out) == 2
    text = "\n".join(page_texts(out))
    assert "第1集" in text and "第3集" in text and "第2集" not in text
    assert "series.beatboard" in text


def test_cli_default_output_is_beside_the_file(project_file):
    assert main(["export", "pdf", str(project_file)]) == 0
    assert project_file.with_suffix(".pdf").is_file()


@pytest.mark.parametrize("args,message", [
    (["--paper", "B5"], "--paper"),
    (["--panels", "9"], "--panels"),
    (["--episodes", "x"], "--episodes"),
    (["--episodes", "40"], "no episode matches"),
    (["--sections", "boards,posters"], "--sections"),
    (["--lang", "fr"], "--lang"),
])
def test_cli_bad_options_exit_2_with_a_message(project_file, tmp_path, capsys, args, message):
    out = tmp_path / "x.pdf"
    assert main(["export", "pdf", str(project_file), "-o", str(out), *args]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_cli_unreadable_file_exits_2(tmp_path, capsys):
    bad = tmp_path / "broken.beatboard"
    bad.write_text("{ not json")
    assert main(["export", "pdf", str(bad), "-o", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "broken.beatboard" in err and "line 1" in err
    assert main(["export", "pdf", str(tmp_path / "missing.beatboard")]) == 2
    assert "file not found" in capsys.readouterr().err

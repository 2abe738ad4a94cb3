"""Progress, cancel and failures: a cancelled or failed export writes nothing."""
from __future__ import annotations

import pytest

from beatboard.core.errors import BeatBoardError, BeatBoardFileError
from beatboard.export import ExportCancelled, export_pdf
from beatboard.export.pdf import PdfOptions
from beatboard.export.pdf import picture as picture_module

from .helpers import make_project, page_count


def test_progress_is_reported_once_per_episode():
    calls = []
    project = make_project(episodes=4, beats=7)
    from beatboard.export.pdf import render_pdf
    render_pdf(project, PdfOptions(), progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_cancel_writes_nothing_and_keeps_an_existing_file(tmp_path):
    out = tmp_path / "boards.pdf"
    project = make_project(episodes=5, beats=7)
    asked = []

    def cancel():
        asked.append(1)
        return len(asked) > 3  # cancel part-way through

    with pytest.raises(ExportCancelled):
        export_pdf(project, out, PdfOptions(), cancel=cancel)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []  # no temp file left behind either

    out.write_bytes(b"old boards")
    asked.clear()
    with pytest.raises(ExportCancelled):
        export_pdf(project, out, PdfOptions(), cancel=cancel)
    assert out.read_bytes() == b"old boards"


def test_failure_mid_render_leaves_the_existing_output_unchanged(tmp_path, monkeypatch):
    out = tmp_path / "boards.pdf"
    project = make_project(episodes=2, beats=7)
    export_pdf(project, out, PdfOptions())
    before = out.read_bytes()
    pages_before = page_count(out)

    def boom(*args, **kwargs):
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(picture_module, "draw_auto_frame", boom)
    with pytest.raises(RuntimeError):
        export_pdf(make_project(episodes=1, beats=2), out, PdfOptions())
    assert out.read_bytes() == before and page_count(out) == pages_before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["boards.pdf"]


def test_unwritable_destination_gives_a_clear_error(tmp_path):
    project = make_project(episodes=1, beats=2)
    with pytest.raises(BeatBoardFileError, match="does not exist"):
        export_pdf(project, tmp_path / "no" / "such" / "x.pdf", PdfOptions())
    with pytest.raises(BeatBoardFileError, match="is a folder"):
        export_pdf(project, tmp_path, PdfOptions())


def test_episode_range_with_no_match_is_an_error(tmp_path):
    with pytest.raises(BeatBoardError, match="no episode matches"):
        export_pdf(make_project(episodes=2), tmp_path / "x.pdf", PdfOptions(episodes=(7,)))
    assert not (tmp_path / "x.pdf").exists()

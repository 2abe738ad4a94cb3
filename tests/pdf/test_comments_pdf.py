"""``export pdf --comments``: numbered pins on the frames and a notes list per episode,
read back with pdftotext (another reader than the writer)."""
from __future__ import annotations

import pytest

from beatboard.core.model import Panel
from beatboard.core.review_model import Comment
from beatboard.export.pdf import PdfOptions
from beatboard.export.pdf.document import render_pdf

from .helpers import export, have_tool, make_project, page_texts, squash

pytestmark = pytest.mark.skipif(not have_tool("pdftotext"), reason="needs poppler's pdftotext")


def reviewed():
    p = make_project(episodes=2, beats=3)
    p.episodes[0].beats[1].panels = [Panel(id="e1b2-a"), Panel(id="e1b2-b")]
    p.comments = [
        Comment(id="c1", episode="ep1", beat="e1b2", panel="e1b2-b", at={"x": 0.5, "y": 0.5},
                author="Li", created="2026-01-02T03:04:05Z", text="Bigger slap 耳光要更响",
                replies=[{"author": "Wang", "time": "2026-01-02T05:00:00Z", "text": "redrawn"}]),
        Comment(id="c2", episode="ep1", beat="e1b3", author="Chen", created="2026-01-03T00:00:00Z",
                text="Cut the pause", status="resolved", resolved_by="Zhou",
                resolved_at="2026-01-04T00:00:00Z"),
        Comment(id="c3", episode="ep1", beat="gone", author="Li", text="Orphaned note"),
        Comment(id="c4", episode="ep1", time={"start": 2.0, "end": 4.0}, author="Zhou",
                text="Music too loud"),
    ]
    return p


def test_notes_page_lists_number_author_time_status_text_and_replies(tmp_path):
    pdf = export(tmp_path, reviewed(), comments=True, sections="boards")
    texts = [squash(t) for t in page_texts(pdf)]
    notes = next(t for t in texts if squash("Ep 1 · Episode 1 — Comments") in t)
    for expected in ("[open] whole episode · main 2-4 s", "Zhou", "Music too loud",
                     "[open] Beat title E1B2 · panel 2 · at 0.50, 0.50",
                     "Li · 2026-01-02 03:04 UTC", "Bigger slap 耳光要更响",
                     "↳ reply · Wang · 2026-01-02 05:00 UTC: redrawn",
                     "[resolved by Zhou 2026-01-04 00:00 UTC] Beat title E1B3", "Cut the pause",
                     "1. [open] gone (its beat was deleted)", "Orphaned note"):
        assert squash(expected) in notes, expected
    # the notes follow their episode's boards; episode 2 has none, so no notes page
    assert not any(squash("Ep 2 · Episode 2 — Comments") in t for t in texts)
    index = texts.index(notes)
    assert "Episode2" in texts[index + 1] and "Episode1" in texts[index - 1]


def test_approvals_are_listed_with_the_notes(tmp_path):
    from beatboard.core.review_model import Approval
    project = reviewed()
    project.episodes[0].approval = Approval(state="approved", by="Chen",
                                            when="2026-01-05T09:30:00Z")
    project.episodes[1].beats[0].approval = Approval(state="changes_requested", by="Li")
    texts = [squash(t) for t in page_texts(export(tmp_path, project, comments=True,
                                                  sections="boards"))]
    text = "".join(texts)
    assert squash("Approval · whole episode: approved by Chen 2026-01-05 09:30 UTC") in text
    # episode 2 has no comments, but its approval gets it a notes page
    assert squash("Approval · Beat title E2B1: changes requested by Li") in text


def test_chinese_labels(tmp_path):
    project = reviewed()
    from beatboard.core.review_model import Approval
    project.episodes[0].approval = Approval(state="approved", by="Chen")
    pdf = export(tmp_path, project, comments=True, sections="boards", lang="zh")
    text = squash("".join(page_texts(pdf)))
    for expected in ("批注", "未解决", "Zhou 已解决", "回复", "镜头 2", "（所在节拍已删除）",
                     "审批 · 整集: Chen 已通过"):
        assert squash(expected) in text, expected


def test_pins_are_numbered_on_their_frames_and_absent_without_the_option():
    project = reviewed()
    trace: list = []
    render_pdf(project, PdfOptions(sections=("boards",), comments=True), trace=trace)
    from beatboard.core.review import comment_numbers
    n = comment_numbers(project)
    numbers = {str(v) for v in n.values()}
    pins = [e for e in trace if e.text in numbers]
    # c1 at its point, c2 in its frame's corner; the orphan and the episode's are not pinned
    assert sorted(e.text for e in pins) == sorted([str(n["c1"]), str(n["c2"])])
    for e in pins:
        assert e.container.contains(e.box), e
    plain: list = []
    render_pdf(project, PdfOptions(sections=("boards",)), trace=plain)
    assert not [e for e in plain if e.text in numbers]
    assert len(trace) > len(plain)


def test_the_cli_flag_prints_the_notes(tmp_path, capsys):
    from beatboard.cli import main
    from beatboard.core.fileio import save
    src = tmp_path / "s.beatboard"
    save(reviewed(), src)
    out = tmp_path / "s.pdf"
    assert main(["export", "pdf", str(src), "-o", str(out), "--comments",
                 "--sections", "overview"]) == 0
    text = squash("".join(page_texts(out)))
    assert squash("Bigger slap 耳光要更响") in text
    assert main(["export", "pdf", str(src), "-o", str(out), "--sections", "overview"]) == 0
    assert squash("Bigger slap") not in squash("".join(page_texts(out)))

"""The PDF prints the cue builder's captions: the cues the animatic burns in and writes
to its SRT, each under the panel on screen when it starts."""
from pathlib import Path

import pytest

from beatboard.core.fileio import load
from beatboard.export import animatic as animatic_export
from beatboard.export.animatic import AnimaticOptions, export_animatic

from .helpers import export, have_tool, page_texts, squash

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "iron-heiress.beatboard"


def sample_with_named_speakers():
    """Episode 1 of the sample with Margaret's lines under her full name as the series
    lists it ("Margaret Hale: Too salty.") and her name left out of the beats' own
    character lists, so only the series' characters tell that the words before the
    colon are a speaker."""
    project = load(SAMPLE)
    ep = project.episodes[0]
    for beat in ep.beats:
        beat.dialogue = beat.dialogue.replace("MARGARET:", "Margaret Hale:")
        beat.characters = [c for c in beat.characters if c != "Margaret Hale"]
    project.episodes = [ep]
    return project


def animatic_cues(tmp_path, project) -> list[str]:
    """The captions of the animatic export, as it burns them in (the video itself is
    not encoded: the frames are drawn from these very cues)."""
    shown = []
    real = animatic_export.write_video

    def record(frames, timeline, path, fps, progress, cancelled, cfr=False):
        shown.extend(f"{c.speaker}: {c.text}" if c.speaker else c.text
                     for c in timeline.captions)

    animatic_export.write_video = record
    try:
        export_animatic(project, tmp_path, tmp_path / "ep1.mp4",
                        AnimaticOptions(captions="srt", episodes=(1,)))
    finally:
        animatic_export.write_video = real
    return shown


@pytest.mark.skipif(not have_tool("pdftotext"), reason="needs poppler's pdftotext")
def test_the_pdf_prints_the_animatic_s_cues_in_order(tmp_path):
    project = sample_with_named_speakers()
    cues = animatic_cues(tmp_path, project)
    assert "Margaret Hale: Too salty." in cues
    assert "Margaret Hale: Three years in this house and you still cook like a servant." in cues
    srt = (tmp_path / "ep1.srt").read_text(encoding="utf-8")
    assert all(squash(c) in squash(srt) for c in cues)
    for section in ("shotlist", "boards"):
        text = squash("".join(page_texts(export(tmp_path, project, f"{section}.pdf",
                                                 sections=(section,)))))
        at = 0
        for cue in cues:
            found = text.find(squash(cue), at)
            assert found >= 0, (section, cue)
            at = found + 1

"""Cuts and the timeline: which panel, framing and caption is on screen at any time."""
from __future__ import annotations

import pytest

from beatboard.core.cuts import all_cuts, cut_for_choices
from beatboard.core.caption_cues import split_line as caption_chunks
from beatboard.core.timeline import build_timeline, frame_at, split_speaker

from .helpers import two_variant_episode


def test_two_independent_variants_give_four_named_cuts_main_first():
    cuts = all_cuts(two_variant_episode())
    assert [c.name for c in cuts] == ["main", "via-b2", "via-a2", "via-a2+b2"]
    assert [b.id for b in cuts[0].beats] == ["h", "a", "m", "b", "c"]
    assert [b.id for b in cuts[3].beats] == ["h", "a2", "m", "b2", "c"]
    assert cuts[0].seconds == pytest.approx(60.5)


def test_cut_picker_choices_pick_the_cut():
    ep = two_variant_episode()
    cut = cut_for_choices(ep, {"m": "b2"})
    assert [b.id for b in cut.beats] == ["h", "a", "m", "b2", "c"]
    assert cut.name == "via-b2"
    assert cut_for_choices(ep, {"m": "nonsense"}).name == "main"


def test_panels_hold_for_their_time_and_share_the_rest():
    tl = build_timeline([cut_for_choices(two_variant_episode())])
    spans = [(c.panel.id, round(c.start, 3), round(c.duration, 3)) for c in tl.clips]
    assert spans[:4] == [("h1", 0.0, 1.0), ("h2", 1.0, 1.5), ("a1", 2.5, 10.0), ("a2p", 12.5, 10.0)]
    assert tl.duration == pytest.approx(60.5)
    assert frame_at(tl, 0.5).clip.panel.id == "h1"
    assert frame_at(tl, 1.0).clip.panel.id == "h2"
    assert frame_at(tl, 60.49).clip.panel.id == "c1"
    assert frame_at(tl, 999).clip.panel.id == "c1"


def test_camera_framing_eases_from_start_to_end():
    tl = build_timeline([cut_for_choices(two_variant_episode())])
    m = next(c for c in tl.clips if c.panel.id == "m1")
    start, mid, end = (frame_at(tl, m.start + k * m.duration).view for k in (0.0, 0.5, 0.999))
    assert (start.x, start.w) == (0.0, 1.0)
    assert mid.x == pytest.approx(0.125) and mid.w == pytest.approx(0.75)
    assert end.w == pytest.approx(0.5, abs=1e-3)
    quarter = frame_at(tl, m.start + 0.25 * m.duration).view
    assert quarter.x < 0.25 * 0.25  # eased: slower than linear at the start


def test_captions_name_the_speaker_and_follow_their_panel():
    tl = build_timeline([cut_for_choices(two_variant_episode())])
    first = frame_at(tl, 0.2).caption
    assert (first.speaker, first.text) == ("LIN", "You dare?")
    assert frame_at(tl, 1.2).caption is None  # an empty caption shows nothing
    assert frame_at(tl, 60.0).caption.text == "The will!"


def test_long_captions_become_two_line_subtitles_without_losing_words():
    text = ("You will regret this. I swear that every one of you who laughed tonight "
            "will kneel before me by the end of the year, and I will not forgive.")
    chunks = caption_chunks(text)
    assert len(chunks) > 1 and " ".join(chunks).split() == text.split()
    zh = "我告诉你，今天你在这里羞辱我的每一句话，我都会记住，将来加倍奉还给你们每一个人！"
    zh_chunks = caption_chunks(zh)
    assert "".join(zh_chunks) == zh and all(len(c) <= 32 for c in zh_chunks)


@pytest.mark.parametrize("text, expected", [
    ("LIN: You dare?", ("LIN", "You dare?")),
    ("林夏：你敢？", ("林夏", "你敢？")),
    ("No speaker here", ("", "No speaker here")),
    ("Time: 10:30 pm", ("Time", "10:30 pm")),
])
def test_split_speaker(text, expected):
    assert split_speaker(text) == expected


def test_title_cards_and_markers():
    ep = two_variant_episode()
    tl = build_timeline([cut_for_choices(ep)], title_card_s=2.0, titles={"ep1": "The Gala"})
    assert tl.clips[0].is_title and tl.clips[0].title == "The Gala"
    assert tl.duration == pytest.approx(62.5)
    hook = [m for m in tl.markers if m.kind == "hook_zone"]
    assert hook[0].time == pytest.approx(5.0)
    cliff = [m for m in tl.markers if m.kind == "cliffhanger"]
    assert cliff[0].time == pytest.approx(2.0 + 60.5 - 6)


def test_a_panel_with_two_speakers_shows_each_line_with_its_name():
    from beatboard.core.model import Beat
    from beatboard.core.cuts import Cut
    b = Beat(id="x", duration_s=6, dialogue="LIN: You will regret this.\nCEO: I doubt it.")
    tl = build_timeline([Cut("e", 1, (b,))])
    assert [(e.speaker, e.text) for e in tl.captions] == [("LIN", "You will regret this."),
                                                         ("CEO", "I doubt it.")]
    assert tl.captions[0].end == tl.captions[1].start
    assert tl.captions[1].end == pytest.approx(6.0)

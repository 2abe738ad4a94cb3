"""Panel times and captions: pure functions of the beat."""
from __future__ import annotations

import pytest

from beatboard.core.model import Beat, Panel
from beatboard.core.panel_timing import (MIN_SHARE_S, overbooked, panel_captions, panel_times,
                                         split_speaker)


def beat(seconds=6.0, durations=(None, None, None), dialogue="", captions=None):
    captions = captions or [None] * len(durations)
    return Beat(id="b", duration_s=seconds, dialogue=dialogue,
                panels=[Panel(id=f"p{i}", duration_s=d, caption=c)
                        for i, (d, c) in enumerate(zip(durations, captions))])


def test_panels_without_durations_share_the_beat():
    assert panel_times(beat(6, (None, None, None))) == [(0, 2), (2, 2), (4, 2)]


def test_explicit_durations_are_honoured_and_the_rest_share_the_remainder():
    times = panel_times(beat(6, (1.0, None, 3.0)))
    assert times == [(0, 1.0), (1.0, 2.0), (3.0, 3.0)]


def test_all_explicit_and_short_holds_the_last_panel_to_the_beat_end():
    assert panel_times(beat(6, (1.0, 2.0))) == [(0, 1.0), (1.0, 5.0)]


def test_overbooked_strip_is_scaled_to_fit_never_negative():
    b = beat(4, (3.0, None, 3.0))
    assert overbooked(b)
    times = panel_times(b)
    durations = [d for _, d in times]
    assert all(d > 0 for d in durations)
    assert sum(durations) == pytest.approx(4.0)
    assert durations[0] == pytest.approx(durations[2])
    assert durations[1] / durations[0] == pytest.approx(MIN_SHARE_S / 3.0)
    assert [s for s, _ in times] == pytest.approx([0, durations[0], durations[0] + durations[1]])
    assert not overbooked(beat(6, (1.0, None, 3.0)))


def test_estimated_beats_use_the_dialogue_estimate():
    b = Beat(id="b", dialogue="A: One two three four five six seven eight.",
             panels=[Panel(id="p1"), Panel(id="p2")])
    times = panel_times(b)
    assert sum(d for _, d in times) == pytest.approx(b.seconds)


def test_captions_split_the_dialogue_lines_in_order():
    d = "A: one.\nB: two.\nA: three.\nB: four."
    assert panel_captions(beat(dialogue=d)) == ["A: one.\nB: two.", "A: three.", "B: four."]
    assert panel_captions(beat(dialogue=d, durations=(None,))) == [d]


def test_explicit_captions_stay_and_do_not_use_up_lines():
    d = "A: one.\nB: two."
    got = panel_captions(beat(dialogue=d, captions=["Close on the ring", None, None]))
    assert got == ["Close on the ring", "A: one.", "B: two."]


def test_fewer_lines_than_panels_split_into_sentences_keeping_the_speaker():
    d = "MARGARET: Too salty. Three years in this house and you still cook like a servant."
    assert panel_captions(beat(dialogue=d, durations=(None, None))) == [
        "MARGARET: Too salty.",
        "MARGARET: Three years in this house and you still cook like a servant."]
    zh = "林夏：你敢打我？我会让你后悔。"
    assert panel_captions(beat(dialogue=zh, durations=(None, None, None))) == [
        "林夏：你敢打我？", "林夏：我会让你后悔。", ""]


def test_split_speaker_reads_english_and_chinese_prefixes():
    assert split_speaker("MARGARET: Too salty.") == ("MARGARET", "Too salty.")
    assert split_speaker("林夏：你敢打我？") == ("林夏", "你敢打我？")
    assert split_speaker("Close on the bowl") == ("", "Close on the bowl")


def test_sentence_runs_and_ellipses_are_not_cut():
    d = "CHLOE: Where is the bag?! Who... who took it? Tell me."
    assert panel_captions(beat(dialogue=d)) == [
        "CHLOE: Where is the bag?!", "CHLOE: Who... who took it?", "CHLOE: Tell me."]

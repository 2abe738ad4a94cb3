"""Duration estimates from dialogue, and the graph helpers (main line, branches, cuts)."""
from __future__ import annotations

import pytest

from beatboard.core.duration import (EN_WORDS_PER_MIN, PAUSE_PER_LINE_S, SILENT_BEAT_S,
                                     ZH_CHARS_PER_S, estimate_duration, spoken_lines)
from beatboard.core.graph import (branch_beats, cut_count, main_line, main_line_duration,
                                  timeline)
from beatboard.core.model import Beat, Episode

from .samples import branched_episode, link

EN_S_PER_WORD = 60.0 / EN_WORDS_PER_MIN


def test_english_by_words():
    # 16 words on one line.
    line = "I never wanted you here and I will never forgive what you did to me today"
    assert estimate_duration(line) == pytest.approx(16 * EN_S_PER_WORD + PAUSE_PER_LINE_S,
                                                    abs=0.05)


def test_chinese_by_characters():
    line = "我从来就不想要你"  # 8 characters
    assert estimate_duration(line) == pytest.approx(8 / ZH_CHARS_PER_S + PAUSE_PER_LINE_S,
                                                    abs=0.05)


def test_mixed_chinese_and_english():
    line = "你签了这份contract吗"  # 6 characters and 1 word
    expected = 6 / ZH_CHARS_PER_S + EN_S_PER_WORD + PAUSE_PER_LINE_S
    assert estimate_duration(line) == pytest.approx(expected, abs=0.05)


def test_speaker_names_and_parentheticals_are_not_spoken():
    plain = estimate_duration("You will regret this")
    assert estimate_duration("LIN XIA: You will regret this") == plain
    assert estimate_duration("LIN: (whispers) You will regret this [door slams]") == plain
    zh_plain = estimate_duration("你会后悔的")
    assert estimate_duration("林夏：你会后悔的") == zh_plain
    assert estimate_duration("林夏：（冷笑）你会后悔的") == zh_plain
    assert spoken_lines("A: hi\n\n(beat)\nB: bye") == ["hi", "bye"]


def test_each_line_adds_a_pause():
    one = estimate_duration("A: yes")
    two = estimate_duration("A: yes\nB: yes")
    assert two - one == pytest.approx(EN_S_PER_WORD + PAUSE_PER_LINE_S, abs=0.1)


@pytest.mark.parametrize("dialogue", ["", "   \n ", "(silence)", "LIN: (stares)", "林夏：（沉默）"])
def test_silent_beats_get_the_floor(dialogue):
    assert estimate_duration(dialogue) == SILENT_BEAT_S


def test_main_line_branches_and_cuts():
    ep = branched_episode()
    assert [b.id for b in main_line(ep)] == ["h1", "m1", "c1"]
    assert [b.id for b in branch_beats(ep)] == ["m2"]
    assert cut_count(ep) == 2
    assert main_line_duration(ep) == 35
    times = [(t.beat.id, t.start_s, t.end_s) for t in timeline(main_line(ep))]
    assert times == [("h1", 0, 10), ("m1", 10, 30), ("c1", 30, 35)]


def test_episode_without_links_runs_in_list_order():
    ep = Episode(id="e", number=1, beats=[Beat(id=f"b{i}", duration_s=i) for i in range(1, 5)])
    assert [b.id for b in main_line(ep)] == ["b1", "b2", "b3", "b4"]
    assert branch_beats(ep) == [] and cut_count(ep) == 1
    assert main_line_duration(ep) == 10


def test_independent_variants_multiply_cuts():
    beats = [Beat(id=f"m{i}") for i in range(7)] + [Beat(id=f"v{i}") for i in range(3)]
    links = [link(f"m{i}", f"m{i + 1}") for i in range(6)]
    for k in range(3):  # v_k replaces m_{2k+1}
        links += [link(f"m{2 * k}", f"v{k}", "variant"), link(f"v{k}", f"m{2 * k + 2}")]
    ep = Episode(id="e", number=1, beats=beats, links=links)
    assert cut_count(ep) == 8
    assert len(main_line(ep)) == 7


def test_choice_endings_are_separate_cuts_and_cycles_have_none():
    beats = [Beat(id=x) for x in ("a", "b", "c", "d")]
    ep = Episode(id="e", number=1, beats=beats,
                 links=[link("a", "b"), link("b", "c"), link("b", "d", "choice")])
    assert cut_count(ep) == 2
    assert [b.id for b in main_line(ep)] == ["a", "b", "c"]
    ep.links = ep.links + [link("c", "a")]
    assert cut_count(ep) == 0
    assert [b.id for b in main_line(ep)] == ["a", "b", "c"]  # stops before revisiting


def test_empty_episode():
    ep = Episode(id="e", number=1)
    assert main_line(ep) == [] and cut_count(ep) == 0


def test_the_main_line_follows_edits_made_in_place():
    # main_line remembers each link structure's line: relinking, reordering or renaming
    # beats of the same Episode object must give the new line, with the current beats.
    beats = [Beat(id=f"b{i}", dialogue="LIN: Go.") for i in range(4)]
    ep = Episode(id="e1", number=1, beats=beats)
    assert [b.id for b in main_line(ep)] == ["b0", "b1", "b2", "b3"]
    ep.links = [link("b0", "b2"), link("b2", "b3"), link("b0", "b1", "variant")]
    assert [b.id for b in main_line(ep)] == ["b0", "b2", "b3"]
    ep.links = [link("b0", "b2"), link("b2", "b3"), link("b0", "b1")]
    assert [b.id for b in main_line(ep)] == ["b0", "b1"]  # first next link in list order
    ep.links = []
    ep.beats = [beats[3], beats[0], beats[1], beats[2]]
    assert [b.id for b in main_line(ep)] == ["b3", "b0", "b1", "b2"]
    replaced = Beat(id="b0", title="New", duration_s=9.0)
    ep.beats = [beats[3], replaced, beats[1], beats[2]]
    assert main_line(ep)[1] is replaced and main_line_duration(ep) == pytest.approx(
        sum(b.seconds for b in ep.beats))

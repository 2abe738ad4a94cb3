"""Caption cues a viewer can read: one builder, the same cues in the player and the SRT."""
import re
from pathlib import Path

from beatboard.core.caption_cues import MAX_CUE_S, MIN_CUE_S, CueLine, build_cues, split_line
from beatboard.core.cuts import cut_for_choices
from beatboard.core.fileio import load
from beatboard.core.timeline import build_timeline, cue_lines, frame_at, known_speakers
from beatboard.export.animatic import write_srt

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "iron-heiress.beatboard"


def sample_ep1():
    return build_timeline([cut_for_choices(load(SAMPLE).episodes[0])])


def read_srt(text: str) -> list[tuple[float, float, str]]:
    """A small SRT reader of its own, independent of pysubs2 that writes the file."""
    out = []
    stamp = r"(\d+):(\d\d):(\d\d),(\d{3})"
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.splitlines()
        m = re.fullmatch(stamp + r" --> " + stamp, lines[1].strip())
        h1, m1, s1, ms1, h2, m2, s2, ms2 = map(int, m.groups())
        out.append((h1 * 3600 + m1 * 60 + s1 + ms1 / 1000,
                    h2 * 3600 + m2 * 60 + s2 + ms2 / 1000, "\n".join(lines[2:])))
    return out


def test_sample_episode_1_has_no_flashing_cue():
    tl = sample_ep1()
    durations = [c.end - c.start for c in tl.captions]
    assert min(durations) >= MIN_CUE_S - 1e-6 and max(durations) <= MAX_CUE_S + 1e-6
    assert all(c.end <= tl.duration + 1e-6 for c in tl.captions)
    texts = [c.text for c in tl.captions]
    assert "servant." not in texts and "Too salty." in texts


# What a viewer reads as the end of a thought: a sentence or clause mark, or the next
# cue opening a clause or phrase of its own ("... in this house | and you still cook").
_MARK = re.compile(r"[.!?;:,…—。！？；，：][\"'”’」』)）]*$")
_OPENERS = {"and", "but", "or", "so", "because", "when", "while", "if", "until", "with",
            "without", "for", "to", "at", "in", "on", "from", "by", "into", "across"}


def test_no_cue_of_the_sample_ends_inside_a_phrase():
    project = load(SAMPLE)
    for ep in project.episodes:
        tl = build_timeline([cut_for_choices(ep)])
        breaks = 0
        for clip in tl.clips:
            for line in cue_lines(clip, known_speakers(tl.cuts[0], None)):
                chunks = split_line(line.text, line.speaker)
                assert " ".join(chunks) == " ".join(line.text.split())
                for before, after in zip(chunks, chunks[1:]):
                    breaks += 1
                    assert _MARK.search(before) or after.split()[0].lower() in _OPENERS, \
                        (ep.id, before, after)
        durations = [c.end - c.start for c in tl.captions]
        assert min(durations) >= MIN_CUE_S - 1e-6, ep.id
        assert all(c.end <= tl.duration + 1e-6 for c in tl.captions)


def test_a_long_clause_breaks_before_the_word_that_opens_the_next():
    line = "Three years in this house and you still cook like a servant, every single night."
    assert split_line(line, "MARGARET") == [
        "Three years in this house and you still cook like a servant,", "every single night."]
    assert split_line("She signs, slides off the ring and drops it into the soup, and the "
                      "whole table goes quiet at once.") == [
        "She signs, slides off the ring and drops it into the soup,",
        "and the whole table goes quiet at once."]
    # the speaker's name is shown on its own and costs the text nothing
    assert split_line("I sold my mother's bracelet to pay your hospital bill.",
                      "AVA") == ["I sold my mother's bracelet to pay your hospital bill."]


def test_a_word_before_a_colon_is_not_a_speaker():
    flash = [c for c in sample_ep1().captions if c.text.startswith("Flash:")]
    assert flash and all(c.speaker == "" for c in flash)


def test_srt_and_player_show_the_same_cues(tmp_path):
    tl = sample_ep1()
    write_srt(tl, tmp_path / "ep1.srt")
    got = read_srt((tmp_path / "ep1.srt").read_text(encoding="utf-8"))
    assert len(got) == len(tl.captions)
    for (start, end, text), cue in zip(got, tl.captions):
        assert abs(start - cue.start) < 0.002 and abs(end - cue.end) < 0.002
        mid = frame_at(tl, (start + end) / 2).caption
        assert mid == cue and text == (f"{cue.speaker}: {cue.text}" if cue.speaker else cue.text)


def test_lines_split_only_at_clause_marks_and_short_pieces_join():
    assert split_line("No. Stop, please.") == ["No. Stop, please."]
    long = ("You will regret this. Every one of you who laughed tonight will kneel, "
            "and I will not forgive.")
    chunks = split_line(long)
    assert len(chunks) > 1 and " ".join(chunks) == long
    assert all(re.search(r"[.,!?;:]$", c) for c in chunks)
    zh = "我告诉你，今天你在这里羞辱我的每一句话，我都会记住，将来加倍奉还给你们每一个人！"
    zh_chunks = split_line(zh)
    assert "".join(zh_chunks) == zh and all(c[-1] in "，！" for c in zh_chunks)


def test_a_cue_runs_on_across_a_cut_but_not_past_the_episode_end():
    cues = build_cues([CueLine("Too salty.", 0.0, 0.4, "MARGARET"),
                       CueLine("Go.", 0.4, 0.6, "AVA")], episode_end=1.2)
    assert cues[0].end - cues[0].start >= MIN_CUE_S - 1e-6
    assert cues[1].start >= cues[0].end - 1e-9 and cues[1].end == 1.2
    assert cues[1].fast


def test_simultaneous_lines_share_one_cue():
    p = load(SAMPLE)
    ep = p.episodes[0]
    beat = next(b for b in ep.beats if len([l for l in b.dialogue.splitlines() if l]) >= 2)
    beat.panels = beat.panels[:1]
    beat.panels[0].caption = None
    beat.panels[0].duration_s = None
    lines = beat.dialogue.splitlines()
    beat.simultaneous = [1]
    tl = build_timeline([cut_for_choices(ep)])
    both = [c for c in tl.captions if "\n" in c.text]
    assert both and lines[0].split(":")[-1].strip() in both[0].text
    assert lines[1].split(":")[-1].strip() in both[0].text


def test_every_cue_of_the_sample_is_drawn_whole_in_two_lines():
    from beatboard.render.animatic_frames import CAPTION_LINES, AnimaticFrames
    from beatboard.render.app import ensure_gui_app
    ensure_gui_app()
    project = load(SAMPLE)
    frames = AnimaticFrames(project, SAMPLE.parent, 1080, 1920)
    for ep in project.episodes:
        for cue in build_timeline([cut_for_choices(ep)]).captions:
            if "\n" in cue.text:
                continue  # two speakers together: a line each
            _, lines = frames.caption_lines(cue.text)
            assert len(lines) <= CAPTION_LINES
            assert " ".join(lines) == " ".join(cue.text.split()), (ep.id, lines)

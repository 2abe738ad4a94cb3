"""CAPTION_FAST: a cue the viewer cannot read in the time its panels give it."""
from beatboard.core.model import Character
from beatboard.rules import BUILTIN_PROFILES

from .factories import beat, check, clean_beats, episode, of, project

LONG = "LIN: You will regret this. Every one of you who laughed at me tonight will kneel."


def ending_on(line: str, seconds: float = 2.0):
    beats = clean_beats(1)
    beats[-1] = beat("e1b8", "cliffhanger", seconds, "level", 5, title="Vow", dialogue=line)
    return beats


def test_a_line_squeezed_by_the_episode_end_is_reported_with_the_seconds_it_needs():
    found = of(check(project(episode(1, ending_on(LONG)))), "CAPTION_FAST")
    assert found and all(f.beats == ("e1b8",) for f in found)
    first = found[0]
    assert first.severity.value == "info"
    assert first.message.startswith(
        "Beat 'Vow': caption 'LIN: Every one of you who laughed at me tonight will kneel.' "
        "is on screen 0.47 s from 63.5 s on cut main; a viewer needs 3.47 s")
    assert "at 17 characters a second" in first.message
    shown, needed = float(first.params["shown"]), float(first.params["needed"])
    assert shown < needed and needed > 1.0
    zh = first.text("zh")
    assert "节拍 “Vow”" in zh and "秒才能读完" in zh and first.title("zh") == "字幕太快，来不及读"


def test_a_line_with_time_enough_is_not_reported():
    assert not of(check(project(episode(1, ending_on("LIN: Kneel.", 10.0)))), "CAPTION_FAST")


def test_the_reading_speed_is_the_profile_s():
    slow_readers = BUILTIN_PROFILES["overseas"].model_copy(update={"caption_latin_cps": 5.0})
    line = "LIN: You will regret this, all of you."
    proj = project(episode(1, ending_on(line, 3.0)))
    assert not of(check(proj), "CAPTION_FAST")
    assert of(check(proj, slow_readers), "CAPTION_FAST")
    off = BUILTIN_PROFILES["overseas"].model_copy(update={"rules": {"CAPTION_FAST": "off"}})
    assert of(check(project(episode(1, ending_on(LONG))), off), "CAPTION_FAST") == []


def test_a_series_character_counts_as_the_speaker():
    line = "Lin: You will regret this. Every one of you who laughed at me tonight will kneel."
    proj = project(episode(1, ending_on(line)), characters=[Character(name="Lin")])
    assert "caption 'Lin: Every one of you" in of(check(proj), "CAPTION_FAST")[0].message


def test_a_beat_only_a_variant_cut_plays_is_judged_on_that_cut():
    from .factories import link
    beats = clean_beats(1)
    variant = beat("v8", "cliffhanger", 2.0, "level", 5, title="Vow (B)", dialogue=LONG)
    links = [link(a.id, b.id) for a, b in zip(beats, beats[1:])]
    links.append(link("e1b7", "v8", "variant"))
    found = of(check(project(episode(1, beats + [variant], links))), "CAPTION_FAST")
    assert [f.beats for f in found] == [("v8",)]
    assert found[0].path[-1] == "v8" and "on cut via-v8" in found[0].message


def test_an_edit_in_place_changes_the_finding_the_cached_cues_gave():
    # The cue caches are keyed by the beat's content: the same Beat object edited the
    # way the inspector edits it must be judged anew, caption, dialogue or time.
    from beatboard.rules import RuleChecker
    proj = project(episode(1, ending_on(LONG)))
    ep = proj.episodes[0]
    checker = RuleChecker(BUILTIN_PROFILES["overseas"])
    assert of(checker.check(proj), "CAPTION_FAST")
    vow = ep.beats[-1]
    vow.duration_s = 12.0
    assert not of(checker.recheck(proj, [ep.id]), "CAPTION_FAST")
    vow.duration_s = 2.0
    vow.panels[0].caption = "LIN: Kneel."
    assert not of(checker.recheck(proj, [ep.id]), "CAPTION_FAST")
    vow.panels[0].caption = "LIN: Every one of you who laughed at me tonight will kneel now."
    found = of(checker.recheck(proj, [ep.id]), "CAPTION_FAST")
    assert found and "will kneel now." in found[0].message
    vow.panels[0].caption = None
    vow.dialogue = "LIN: Kneel, all of you who laughed at me tonight, kneel before me."
    found = of(checker.recheck(proj, [ep.id]), "CAPTION_FAST")
    assert found and "kneel before me" in found[0].message


def test_the_rule_s_cues_are_the_player_s_cues():
    from pathlib import Path

    from beatboard.core.cuts import all_cuts
    from beatboard.core.fileio import load
    from beatboard.core.timeline import build_timeline, cut_captions, series_speakers
    samples = sorted(Path(__file__).resolve().parents[2].glob("samples/**/*.beatboard"))
    assert samples
    for path in samples:
        proj = load(path)
        speakers = series_speakers(proj)
        for ep in proj.episodes:
            for cut in all_cuts(ep):
                for card in (0.0, 1.5):
                    played = build_timeline([cut], title_card_s=card, speakers=speakers)
                    assert cut_captions(cut, speakers, card) == played.captions

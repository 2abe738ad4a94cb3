"""Importing Fountain scripts: episodes, beats, cast, locations, annotations, nothing lost."""
import json
import re

import pytest
from hypothesis import given, settings, strategies as st

from beatboard.core.errors import BeatBoardFileError
from beatboard.core.fileio import dumps, loads
from beatboard.core.vocab import Direction
from beatboard.interchange.annotations import parse_annotation
from beatboard.interchange.fountain_import import import_fountain

from .conftest import DATA


@pytest.fixture(scope="module")
def heiress():
    return import_fountain((DATA / "heiress_en.fountain").read_text("utf-8"))


def _all_text(project) -> str:
    """Every user-visible string in the project (values, not JSON keys)."""
    out = []

    def walk(node):
        if isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
        elif isinstance(node, str):
            out.append(node)
    walk(project.model_dump(mode="json"))
    return "\n".join(out)


def test_real_world_script_episodes_and_beats(heiress):
    assert heiress.series.title == "THE HIDDEN HEIRESS"
    assert heiress.series.language == "en"
    assert [(e.number, e.title) for e in heiress.episodes] == [(1, "The Borrowed Dress"), (2, "The Will")]
    ep1, ep2 = heiress.episodes
    assert [b.kind for b in ep1.beats] == ["hook", "escalation", "turn"]
    assert [b.kind for b in ep2.beats] == ["cliffhanger"]
    hook, slap, locket = ep1.beats
    assert (hook.emotion.tag, hook.emotion.direction, hook.emotion.intensity) == ("humiliation", Direction.DOWN, 4)
    assert hook.duration_s == 2.5 and (hook.shot.size, hook.shot.move) == ("CU", "push-in")
    assert slap.compliance == ["violence", "drinking"] and slap.location == "GALA HALL"
    assert slap.is_estimated and slap.seconds > 3  # estimated from three lines of dialogue
    assert locket.id == "locket" and locket.title == "Memory of the locket"
    assert locket.location == "FLASHBACK - ORPHANAGE" and locket.emotion.direction == Direction.UP
    assert "Scene 1" in hook.notes and "brand logo must be blurred" in hook.notes


def test_cast_and_locations_without_extensions(heiress):
    assert [c.name for c in heiress.series.characters] == ["RIVAL", "LIN", "GUEST", "McCLANE", "LAWYER"]
    assert [l.name for l in heiress.series.locations] == ["GALA HALL", "FLASHBACK - ORPHANAGE", "LU MANSION"]
    hook = heiress.episodes[0].beats[0]
    assert hook.characters == ["RIVAL", "LIN"]
    assert hook.dialogue.splitlines() == ["RIVAL (V.O.): (sneering) She is nobody. A servant in a borrowed dress.",
                                          "LIN: (under her breath) Keep smiling, Lin."]


def test_every_word_outside_the_boneyard_is_kept(heiress):
    source = (DATA / "heiress_en.fountain").read_text("utf-8")
    source = re.sub(r"/\*.*?\*/", "", source, flags=re.S)
    # Annotations are consumed into fields (checked above); title-page keys are labels.
    kept = [n for n in re.findall(r"\[\[(.*?)\]\]", source, re.S) if parse_annotation(n) is None]
    source = re.sub(r"\[\[.*?\]\]", "", source, flags=re.S) + " " + " ".join(kept)
    source = re.sub(r"^(Title|Credit|Author|Source|Draft date|Contact):", "", source, flags=re.M)
    source = re.sub(r"^# Episode", "#", source, flags=re.M)  # the marker word becomes a number
    text = _all_text(heiress)
    missing = [w for w in re.findall(r"[A-Za-z0-9']+", source) if w not in text]
    assert missing == []
    assert "old gag" not in text and "never here" not in text  # the boneyard is skipped


def test_chinese_script():
    p = import_fountain((DATA / "ep_zh.fountain").read_text("utf-8"))
    assert p.series.title == "隐藏的千金" and p.series.language == "zh-CN"
    assert [(e.number, e.title) for e in p.episodes] == [(1, "宴会耳光"), (2, "遗嘱")]
    first = p.episodes[0].beats[0]
    assert first.location == "宴会厅" and first.kind == "hook"
    assert [r for r in first.dialogue.splitlines() if r] == [
        "情敌：她算什么东西？穿着借来裙子的佣人罢了。", "林夏：（低声）忍住，林夏。"]
    assert "她攥紧拳头" in first.action
    assert first.seconds > 5  # about 4.5 characters a second
    cliff = p.episodes[0].beats[1]
    assert (cliff.kind, cliff.duration_s, cliff.characters) == ("cliffhanger", 6.0, ["陆沉"])
    assert [c.name for c in p.series.characters] == ["情敌", "林夏", "陆沉", "律师"]
    assert p.episodes[1].beats[0].location == "陆家大宅"


def test_episode_headings_in_many_spellings():
    text = "# EP 3 – Cold Open\n\nA.\n\n# 第十二集\n\nB.\n\n# Ep.7: Back\n\nC.\n"
    p = import_fountain(text)
    assert [(e.number, e.title) for e in p.episodes] == [(3, "Cold Open"), (12, ""), (7, "Back")]


def test_custom_episode_marker_and_unnumbered_episodes():
    text = "PART ONE\n\nA man walks.\n\nPART TWO\n\nHe stops.\n"
    p = import_fountain(text, episode_marker=r"^PART (?P<title>\w+)$")
    assert [(e.number, e.title, e.beats[0].action) for e in p.episodes] == [
        (1, "ONE", "A man walks."), (2, "TWO", "He stops.")]


def test_script_without_markers_is_one_episode_and_sections_are_notes():
    p = import_fountain("## Act One\n\nINT. ROOM - DAY\n\nShe waits.\n\n=== \n\nHe comes.\n")
    assert len(p.episodes) == 1
    ep = p.episodes[0]
    assert "## Act One" in ep.beats[0].notes  # a section goes with the scene it opens
    assert [b.action for b in ep.beats] == ["She waits.", "He comes."]  # === splits the scene
    assert ep.beats[1].location == "ROOM"  # the scene carries on


def test_hook_then_cliffhanger_in_one_scene_are_two_beats():
    p = import_fountain("INT. ROOF - NIGHT\n\n[[hook]]\nShe jumps.\n\n[[cliffhanger]]\nHe catches her.\n")
    beats = p.episodes[0].beats
    assert [(b.kind, b.action) for b in beats] == [("hook", "She jumps."), ("cliffhanger", "He catches her.")]


def test_link_annotations_build_variants():
    text = ("[[beat: A]] [[id: a]] [[next: b]] [[variant: b2]]\n\nOne.\n\n"
            "[[beat: B]] [[id: b]] [[next: c]]\n\nTwo.\n\n"
            "[[beat: C]] [[id: c]]\n\nThree.\n\n"
            "[[beat: B alt]] [[id: b2]] [[next: c]]\n\nTwo again.\n")
    ep = import_fountain(text).episodes[0]
    assert {(l.from_, l.to, l.kind.value) for l in ep.links} == {
        ("a", "b", "next"), ("a", "b2", "variant"), ("b", "c", "next"), ("b2", "c", "next")}


@pytest.mark.parametrize("bad, problem", [
    ("[[emotion: 怒 down 9]]", "intensity must be 1 to 5"),
    ("[[duration: soon]]", "expected seconds"),
    ("[[id: no spaces allowed]]", "an id is"),
    ("[[next: ghost]]", "names no beat"),
])
def test_bad_annotation_names_the_line(bad, problem):
    with pytest.raises(BeatBoardFileError) as err:
        import_fountain(f"Title: X\n\nINT. A - DAY\n\nShe runs.\n\n{bad}\n", source="ep.fountain")
    msg = str(err.value)
    assert msg.startswith("ep.fountain: line 7: ") and problem in msg


def test_duplicate_episode_numbers_are_refused():
    with pytest.raises(BeatBoardFileError, match="line 5: episode 1 appears twice"):
        import_fountain("# Episode 1\n\nA.\n\n# Episode 1\n\nB.\n")


def test_empty_script_gives_an_empty_project():
    p = import_fountain("")
    assert p.episodes == [] and json.loads(p.model_dump_json())["format"] == "beatboard"


_pieces = st.sampled_from(["\n", "\n\n", "  \n", "INT. ", ".", "!", "@", "#", "=", "===", ">", "<", "~",
                           "^", "[[", "]]", "/*", "*/", "(", ")", "LIN", "Lin", "林夏", "：", ":",
                           "Title:", "Episode 3", "第二集", "CUT TO:", "[[hook]]", "[[beat]]",
                           "[[id: x1]]", "[[next: x1]]", "[[emotion: 怒 9]]", " ", "word", "#1#", "\r\n"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_pieces, max_size=30).map("".join))
def test_any_text_imports_to_a_valid_project_or_a_clear_error(text):
    try:
        project = import_fountain(text, source="s.fountain")
    except BeatBoardFileError as e:
        assert str(e).startswith("s.fountain: ")
        return
    assert loads(dumps(project)) == project  # a file BeatBoard itself accepts


def test_chinese_annotation_keys():
    p = import_fountain("外景 天台 夜\n\n[[卡点]] [[情绪: 惧 5]] [[时长: 8秒]] [[镜头: CU 推]] [[合规: 暴力、吸烟]]\n\n她站在边缘。\n")
    b = p.episodes[0].beats[0]
    assert (b.kind, b.emotion.tag, b.emotion.direction, b.emotion.intensity) == ("cliffhanger", "dread", Direction.DOWN, 5)
    assert (b.duration_s, b.shot.size, b.shot.move, b.compliance) == (8.0, "CU", "推", ["violence", "smoking"])
    assert b.location == "天台"


def test_prose_mentioning_an_episode_is_not_a_heading():
    p = import_fountain("EPISODE 1\n\nShe runs.\n\nEpisode 2 of her life begins here.\n\n>EPISODE 2<\n\nHe waits.\n")
    assert [(e.number, [b.action for b in e.beats]) for e in p.episodes] == [
        (1, ["She runs.\n\nEpisode 2 of her life begins here."]), (2, ["He waits."])]

"""Every domain word has an English and a Chinese label; stored values never change."""
import pytest

from beatboard.core import vocab
from beatboard.core.vocab_labels import label, tag_label, values
from beatboard.rules import BUILTIN_PROFILES

VOCAB = {
    "kind": vocab.KNOWN_KINDS,
    "tag": tuple(vocab.EMOTION_TAGS),
    "direction": tuple(d.value for d in vocab.Direction),
    "shot": vocab.SHOT_SIZES,
    "move": vocab.CAMERA_MOVES,
    "genre": vocab.GENRES,
    "compliance": vocab.COMPLIANCE_TAGS,
    "link": tuple(k.value for k in vocab.LinkKind),
    "profile": tuple(BUILTIN_PROFILES),
}


@pytest.mark.parametrize("kind", sorted(VOCAB))
def test_every_value_the_pickers_offer_has_both_labels(kind):
    assert set(VOCAB[kind]) <= set(values(kind))
    for value in VOCAB[kind]:
        en, zh = label(kind, value, "en"), label(kind, value, "zh")
        assert en and zh and en != zh, (kind, value)
        assert any("\u4e00" <= ch <= "\u9fff" for ch in zh), (kind, value, zh)


def test_examples_a_director_would_read():
    assert tag_label("payoff", "en") == "爽 payoff"
    assert tag_label("payoff", "zh") == "爽 爽点"
    assert tag_label("爽", "zh") == "爽 爽点"  # the glyph alias reads the same
    assert label("move", "push-in", "zh") == "推镜头"
    assert label("shot", "CU", "en") == "CU" and label("shot", "CU", "zh_CN") == "特写"
    assert label("angle", "dutch", "zh") == "斜角"
    assert label("line", "branch", "zh") == "分支"


def test_free_text_is_shown_as_typed():
    assert label("move", "drone fly-over", "zh") == "drone fly-over"
    assert tag_label("nostalgia", "zh") == "nostalgia"


def test_profile_labels_match_the_profiles_english_names():
    for pid, profile in BUILTIN_PROFILES.items():
        assert label("profile", pid, "en") == profile.name

"""The model refuses wrong values when they are assigned, not only when a file loads."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from beatboard.core.model import Beat, Emotion, Episode, Link, Panel, Project, Series
from beatboard.core.vocab import Direction, LinkKind, canonical_tag, tag_label

from .samples import sample_project


@pytest.mark.parametrize("field, value", [
    ("duration_s", 0),
    ("duration_s", -3),
    ("duration_s", 601),
    ("duration_s", "long"),
    ("id", ""),
    ("id", "has space"),
    ("kind", "Not A Kind!"),
    ("compliance", ["  "]),
    ("title", "x" * 201),
])
def test_beat_rejects_wrong_value_on_assignment(field, value):
    beat = Beat(id="b1", duration_s=5)
    before = beat.model_dump()
    with pytest.raises(ValidationError):
        setattr(beat, field, value)
    assert beat.model_dump() == before


@pytest.mark.parametrize("value", [0, 6, -1, "strong"])
def test_emotion_intensity_range(value):
    emo = Emotion(intensity=3)
    with pytest.raises(ValidationError):
        emo.intensity = value
    assert emo.intensity == 3


def test_emotion_direction_must_be_known():
    emo = Emotion()
    with pytest.raises(ValidationError):
        emo.direction = "sideways"
    emo.direction = "down"
    assert emo.direction is Direction.DOWN
    assert emo.signed_intensity == -3


def test_known_tag_implies_direction_and_glyph_aliases():
    assert Emotion(tag="爽").tag == "payoff"
    assert Emotion(tag="爽").direction is Direction.UP
    assert Emotion.model_validate({"tag": "虐"}).direction is Direction.DOWN
    assert Emotion(tag="Sweet").tag == "sweet"
    # An explicit direction wins over the tag's usual one.
    assert Emotion(tag="payoff", direction="level").direction is Direction.LEVEL
    assert canonical_tag("悬") == "suspense"
    assert tag_label("悬") == "悬 suspense"
    assert tag_label("custom") == "custom"


def test_kind_and_compliance_are_normalised():
    beat = Beat(id="b1", kind=" Hook ", compliance=["Smoking", "smoking", " minors "])
    assert beat.kind == "hook"
    assert beat.compliance == ["smoking", "minors"]


@pytest.mark.parametrize("field", ["image", "sketch"])
@pytest.mark.parametrize("value", ["../outside.png", "/etc/passwd", "C:\\panels\\a.png"])
def test_a_picture_outside_the_project_is_kept_but_never_read(tmp_path, field, value):
    from beatboard.core.assets import AssetError, resolve
    panel = Panel(id="p1")
    setattr(panel, field, value)  # the document still opens ...
    with pytest.raises(AssetError):
        resolve(tmp_path, getattr(panel, field))  # ... but the file is never read


def test_image_paths_are_kept_relative():
    panel = Panel(id="p1", image="panels\\ep1\\b1.png")
    assert panel.image == "panels/ep1/b1.png"
    panel.image = ""
    assert panel.image is None


def test_every_beat_has_at_least_one_panel():
    beat = Beat(id="b1")
    assert [p.id for p in beat.panels] == ["b1-p1"]
    beat.panels = []
    assert len(beat.panels) == 1


def test_unknown_fields_are_rejected():
    with pytest.raises(ValidationError):
        Beat(id="b1", colour="red")
    with pytest.raises(ValidationError):
        Series(titel="typo")


def test_episode_and_series_ranges():
    ep = Episode(id="e1", number=1)
    with pytest.raises(ValidationError):
        ep.number = 0
    series = Series()
    with pytest.raises(ValidationError):
        series.paywall_after = "no spaces allowed"
    with pytest.raises(ValidationError):
        series.genre = "Revenge Drama"
    with pytest.raises(ValidationError):
        Project(format="other")


def test_link_kinds_and_alias():
    link = Link.model_validate({"from": "a", "to": "b", "kind": "variant"})
    assert link.from_ == "a" and link.kind is LinkKind.VARIANT
    with pytest.raises(ValidationError):
        link.kind = "maybe"


def test_seconds_uses_explicit_duration_else_estimate():
    beat = Beat(id="b1", dialogue="A: one two three four five six seven eight")
    assert beat.is_estimated
    estimated = beat.seconds
    assert estimated == pytest.approx(8 * 60 / 160 + 0.5, abs=0.05)
    beat.duration_s = 12
    assert beat.seconds == 12 and not beat.is_estimated


def test_effective_links_follow_list_order_without_links():
    ep = sample_project().episodes[0]
    pairs = [(link.from_, link.to) for link in ep.effective_links()]
    assert pairs == [("b1", "b2"), ("b2", "b3")]
    assert sample_project().episode_by_number(2).id == "ep2"
    assert sample_project().episode("nope") is None

"""Comments and approvals live in the project file: a version 5 file opens unchanged,
comments round-trip, and a comment whose beat or panel is gone stays on its episode."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from beatboard.core import fileio, model
from beatboard.core.errors import BeatBoardFileError
from beatboard.core.model import Beat, Episode, Panel, Project
from beatboard.core.review import (ORPHAN_BEAT, ORPHAN_PANEL, OpenCounts, locate, next_open,
                                   place_text)
from beatboard.core.review_model import Approval, Comment, mentions

ROOT = Path(__file__).resolve().parents[2]
V5 = ROOT / "tests" / "core" / "fixtures" / "v5" / "iron-heiress.beatboard"


def small() -> Project:
    beats = [Beat(id="b1", title="Slap", panels=[Panel(id="b1-p1"), Panel(id="b1-p2")]),
             Beat(id="b2", title="Reveal")]
    return Project(episodes=[Episode(id="e1", number=1, beats=beats),
                             Episode(id="e2", number=2, beats=[Beat(id="b3")])])


def test_version_5_file_opens_unchanged_and_saves_as_version_6(tmp_path):
    raw = json.loads(V5.read_text(encoding="utf-8"))
    assert raw["format_version"] == 5
    project = fileio.load(V5)
    assert project.format_version == model.FORMAT_VERSION
    assert project.comments == []
    assert all(ep.approval is None and all(b.approval is None for b in ep.beats)
               for ep in project.episodes)
    text = fileio.dumps(project)
    saved = json.loads(text)
    assert "comments" not in saved  # a project without comments saves as before
    raw["format_version"] = model.FORMAT_VERSION
    assert saved == raw


def test_comments_and_approvals_round_trip_through_the_file():
    p = small()
    p.comments = [Comment(id="c1", episode="e1", beat="b1", panel="b1-p2",
                          at={"x": 0.25, "y": 0.75}, author="Li", created="2026-01-02T03:04:05Z",
                          text="@Wang the slap needs a reaction", replies=[
                              {"author": "Wang", "time": "2026-01-02T04:00:00Z", "text": "ok @Li"}]),
                  Comment(id="c2", episode="e1", time={"start": 2.0, "end": 4.5, "cut": "main"},
                          text="music too loud", status="resolved", resolved_by="Li",
                          resolved_at="2026-01-03T00:00:00Z")]
    p.episodes[0].approval = Approval(state="approved", by="Chen", when="2026-01-04T00:00:00Z")
    p.episodes[0].beats[1].approval = Approval(state="changes_requested", by="Chen")
    again = fileio.loads(fileio.dumps(p))
    assert again.comments == p.comments
    assert again.episodes[0].approval.state == "approved"
    assert again.episodes[0].beats[1].approval.state == "changes_requested"
    assert again.comments[0].mentions == ["Wang", "Li"]


def test_mentions_are_parsed_once_each_without_trailing_punctuation():
    assert mentions("ask @Wang. and @li-na, also @Wang again; mail a@b.c") == ["Wang", "li-na"]
    assert mentions("@王导 看一下") == ["王导"]


@pytest.mark.parametrize("bad, problem", [
    ({"at": {"x": 1.5, "y": 0.2}, "beat": "b1", "panel": "b1-p1"}, "less than or equal to 1"),
    ({"at": {"x": 0.5, "y": 0.2}}, "a point needs the panel"),
    ({"time": {"start": 5.0, "end": 1.0}}, "ends before it starts"),
    ({"status": "done"}, "open"),
])
def test_a_wrong_comment_in_a_file_is_refused_with_its_place(bad, problem):
    data = json.loads(fileio.dumps(small()))
    data["comments"] = [{"id": "c1", "episode": "e1", "text": "x", **bad}]
    with pytest.raises(BeatBoardFileError) as info:
        fileio.loads(json.dumps(data), "bad.beatboard")
    assert "comments" in info.value.place
    assert problem in info.value.problem


def test_duplicate_comment_ids_are_refused():
    data = json.loads(fileio.dumps(small()))
    data["comments"] = [{"id": "c1", "episode": "e1"}, {"id": "c1", "episode": "e2"}]
    with pytest.raises(BeatBoardFileError) as info:
        fileio.loads(json.dumps(data), "dup.beatboard")
    assert "duplicate comment id 'c1'" in info.value.problem


def test_a_comment_on_a_deleted_beat_or_panel_stays_on_its_episode_with_a_note():
    p = small()
    p.comments = [Comment(id="c1", episode="e1", beat="gone", text="where?"),
                  Comment(id="c2", episode="e1", beat="b1", panel="gone-p", text="this one")]
    again = fileio.loads(fileio.dumps(p))  # the loader keeps them
    assert locate(again, again.comments[0]).orphan == ORPHAN_BEAT
    assert locate(again, again.comments[1]).orphan == ORPHAN_PANEL
    assert place_text(again, again.comments[0]) == "Ep 1 · gone (its beat was deleted)"
    assert OpenCounts().of(again) == {"e1": 2, "b1": 1}


def test_a_comment_on_a_set_aside_beat_says_so():
    from beatboard.core.review import ORPHAN_ASIDE
    p = small()
    aside = p.episodes[0].beats.pop(1)
    p.unplaced = [aside]
    p.comments = [Comment(id="c1", episode="e1", beat=aside.id, text="kept?")]
    assert locate(p, p.comments[0]).orphan == ORPHAN_ASIDE
    assert place_text(p, p.comments[0]).endswith("(its beat was set aside)")


def test_a_comment_follows_its_beat_into_another_episode():
    p = small()
    p.comments = [Comment(id="c1", episode="e2", beat="b2", text="moved")]
    place = locate(p, p.comments[0])
    assert place.episode.id == "e1" and place.beat.id == "b2" and not place.orphan


def test_next_open_walks_the_open_comments_in_board_order_and_wraps():
    p = small()
    p.comments = [Comment(id="z", episode="e2", text="later"),
                  Comment(id="y", episode="e1", beat="b2", text="second"),
                  Comment(id="x", episode="e1", beat="b1", text="first"),
                  Comment(id="w", episode="e1", beat="b1", text="resolved", status="resolved",
                          created="1")]
    order = []
    current = None
    for _ in range(4):
        current = next_open(p, current).id
        order.append(current)
    assert order == ["x", "y", "z", "x"]
    assert next_open(p, "w").id == "y"  # the next open one past the resolved one


def test_open_counts_are_cached_until_the_comment_list_is_replaced():
    p = small()
    cache = OpenCounts()
    assert cache.count(p, "b1") == 0
    p.comments = [Comment(id="c1", episode="e1", beat="b1", panel="b1-p1", text="a")]
    assert cache.count(p, "b1") == 1 and cache.count(p, "b1-p1") == 1
    assert cache.count(p, "e1") == 1


def test_player_pins_follow_the_camera_and_time_marks_sit_on_the_cut():
    from beatboard.core.cuts import main_cut
    from beatboard.core.model import Framing, FrameRect
    from beatboard.core.review import frame_pins, time_marks
    from beatboard.core.timeline import build_timeline, frame_at
    p = small()
    p.episodes[0].beats[0].duration_s = 4.0
    p.episodes[0].beats[1].duration_s = 6.0
    panel = p.episodes[0].beats[0].panels[0]
    # the camera holds on the top-left quarter of the picture for the whole shot
    quarter = FrameRect(x=0.0, y=0.0, w=0.5, h=0.5)
    panel.framing = Framing(start=quarter, end=quarter)
    p.comments = [Comment(id="in", episode="e1", beat="b1", panel="b1-p1",
                          at={"x": 0.25, "y": 0.1}, text="in the shot"),
                  Comment(id="out", episode="e1", beat="b1", panel="b1-p1",
                          at={"x": 0.9, "y": 0.9}, text="cropped away"),
                  Comment(id="t", episode="e1", time={"start": 1.0, "end": 3.0}, text="music"),
                  Comment(id="v", episode="e1", time={"start": 1.0, "end": 3.0, "cut": "via-x"},
                          text="another cut")]
    tl = build_timeline([main_cut(p.episodes[0])], title_card_s=2.0)
    state = frame_at(tl, 2.5)  # after the 2 s title card: the first panel
    pins = frame_pins(p, state)
    assert [(pin.comment_id, pin.x, pin.y) for pin in pins] == [("in", 0.5, 0.2)]
    marks = time_marks(p, tl)
    assert [(s, e) for s, e, _n, _r in marks] == [(3.0, 5.0)]  # the title card comes first


def test_comment_numbers_follow_a_reorder_of_the_beats():
    from beatboard.core.review import comment_numbers
    p = small()
    p.comments = [Comment(id="on1", episode="e1", beat="b1", text="a"),
                  Comment(id="on2", episode="e1", beat="b2", text="b")]
    assert comment_numbers(p) == {"on1": 1, "on2": 2}
    ep = p.episodes[0]
    ep.beats = list(reversed(ep.beats))  # edits replace the list
    assert comment_numbers(p) == {"on1": 2, "on2": 1}

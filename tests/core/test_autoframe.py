"""The automatic frame: what a director expects each shot size and move to look like."""
from __future__ import annotations

import pytest

from beatboard.core.autoframe import (Arrow, Ellipse, Label, Shape, auto_frame, effective_shot,
                                      normal_size)
from beatboard.core.model import Beat, Panel, Shot


def frame(size="", move="", angle="", chars=("Ava", "Margaret"), **kw):
    beat = Beat(id="b", characters=list(chars), shot=Shot(size=size, move=move, angle=angle),
                location=kw.pop("location", "Hale Mansion"), **kw)
    return auto_frame(beat, beat.panels[0])


def labels(f, role):
    return [i.text for i in f.items if isinstance(i, Label) and i.role == role]


def head_height(f):
    """The largest face-shaped ellipse (heads are the only big ellipses on figures)."""
    return max(i.ry for i in f.items if isinstance(i, Ellipse) and i.role == "figure")


def horizon(f):
    lines = [i for i in f.items if isinstance(i, Shape) and i.role == "set"
             and len(i.points) == 2 and i.points[0][0] <= 0 and i.points[1][0] >= 1
             and i.points[0][1] == i.points[1][1]]
    return min(l.points[0][1] for l in lines) if lines else None


def test_shot_sizes_scale_the_figures_from_close_to_wide():
    heights = [head_height(frame(s, location="Street")) for s in ("CU", "MCU", "MS", "MLS",
                                                                   "WS", "EWS")]
    assert heights == sorted(heights, reverse=True)
    assert heights[0] > 0.15 and heights[-1] < 0.01


def test_figures_are_labelled_with_the_beats_characters_and_location():
    f = frame("MS", chars=("Ava Sterling", "Margaret Hale", "Ethan", "Extra"))
    assert sorted(labels(f, "character")) == ["Ava", "Ethan", "Margaret"]  # short, as boards do
    assert f.subjects == ("Ava Sterling", "Margaret Hale", "Ethan")
    twins = frame("MS", chars=("Ava Sterling", "Ava Chen"))
    assert sorted(labels(twins, "character")) == ["Ava Chen", "Ava Sterling"]
    assert labels(f, "location") == ["Hale Mansion"]
    assert labels(f, "shot") == ["MS"]
    assert labels(frame("CU", "push-in", "low"), "shot") == ["CU · PUSH-IN · LOW"]


def test_close_up_is_on_the_speaker_of_the_panels_line():
    beat = Beat(id="b", characters=["Ava Sterling", "Margaret Hale"], shot=Shot(size="CU"),
                dialogue="MARGARET: Too salty.\nAVA: Yes, madam.",
                panels=[Panel(id="p1"), Panel(id="p2")])
    assert auto_frame(beat, beat.panels[0]).subjects[0] == "Margaret Hale"
    assert auto_frame(beat, beat.panels[1]).subjects[0] == "Ava Sterling"


def test_a_word_before_a_colon_that_names_no_character_is_not_the_speaker():
    # "Flash: ..." in the sample's captions is a cut to a flashback, not a speaker: the
    # frame follows the caption cues' speaker, so panel 1 stays on the first character.
    beat = Beat(id="b", characters=["Ava Sterling", "Flash Gordon"], shot=Shot(size="CU"),
                dialogue="Flash: the jade bracelet at a cashier's window.",
                panels=[Panel(id="p1")])
    assert auto_frame(beat, beat.panels[0]).subjects[0] == "Ava Sterling"
    beat.dialogue = "FLASH: Put the bracelet down."  # a dialogue cue as a script writes it
    assert auto_frame(beat, beat.panels[0]).subjects[0] == "Flash Gordon"


def test_wide_shots_have_a_horizon_placed_by_the_angle():
    eye, low, high = (horizon(frame("WS", angle=a, location="Street"))
                      for a in ("", "low angle", "high angle"))
    assert high < eye < low


def test_camera_moves_are_drawn_as_arrows():
    def arrows(move):
        return [i for i in frame("MS", move).items if isinstance(i, Arrow)]
    assert arrows("static") == []
    push = arrows("push-in")
    assert len(push) == 4
    # push-in converges: every arrow ends nearer the centre than it starts
    for a in push:
        (x0, y0), (x1, y1) = a.points[0], a.points[-1]
        assert abs(x1 - 0.5) < abs(x0 - 0.5)
    pull = arrows("pull-out")
    assert all(abs(a.points[-1][0] - 0.5) > abs(a.points[0][0] - 0.5) for a in pull)
    (pan,) = arrows("pan")
    assert pan.points[0][1] == pan.points[-1][1] and pan.points[-1][0] > pan.points[0][0]
    (tilt,) = arrows("tilt")
    assert tilt.points[0][0] == tilt.points[-1][0]
    assert len(arrows("handheld")[0].points) > 10


@pytest.mark.parametrize("size", ["ECU", "CU", "MCU", "MS", "MLS", "WS", "EWS", "OTS", "POV",
                                  "INSERT"])
def test_every_shot_size_draws_something_inside_the_frame(size):
    f = frame(size, props=["soup bowl"])
    assert f.size == size
    shapes = [i for i in f.items if isinstance(i, (Shape, Ellipse)) and i.role == "figure"]
    assert len(shapes) >= 3 or labels(f, "prop")
    if size == "INSERT":
        assert labels(f, "prop") == ["soup bowl"]


def test_panel_shot_overrides_the_beats_field_by_field():
    beat = Beat(id="b", shot=Shot(size="WS", move="pan", angle="low"),
                panels=[Panel(id="p1", shot=Shot(size="CU"))])
    assert effective_shot(beat, beat.panels[0]) == Shot(size="CU", move="pan", angle="low")
    assert auto_frame(beat, beat.panels[0]).size == "CU"


def test_free_text_and_chinese_shot_names():
    assert normal_size("close-up") == "CU"
    assert normal_size("特写") == "CU"
    assert normal_size("mws") == "MLS"
    assert normal_size("whatever") == ""
    assert frame("", chars=()).size == "WS" and frame("", chars=("A",)).size == "MS"


def test_dutch_angle_tilts_the_drawing_but_not_the_labels():
    straight, dutch = frame("MS"), frame("MS", angle="Dutch")
    s_shapes = [i for i in straight.items if isinstance(i, Shape)]
    d_shapes = [i for i in dutch.items if isinstance(i, Shape)]
    assert s_shapes[0].points != d_shapes[0].points
    assert labels(straight, "character") == labels(dutch, "character")


def test_insert_shows_the_prop_the_panels_caption_names():
    beat = Beat(id="b", shot=Shot(size="INSERT"), props=["wedding ring", "divorce papers"],
                panels=[Panel(id="p1", caption="Divorce papers sink into the soup."),
                        Panel(id="p2", caption="She drops the ring."), Panel(id="p3")])
    assert [labels(auto_frame(beat, p), "prop") for p in beat.panels] == [
        ["divorce papers"], ["wedding ring"], ["wedding ring"]]


def test_exterior_read_from_the_action_gets_a_horizon_not_a_room():
    inside = frame("WS", location="Hale Mansion", action="She sets the table.")
    outside = frame("WS", location="Hale Mansion", action="Rain. The suitcase bursts open.")
    assert horizon(outside) is not None
    assert horizon(inside) is None  # a room: back wall and floor lines, no open horizon

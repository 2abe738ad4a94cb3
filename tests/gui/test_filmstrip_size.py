"""The canvas filmstrips' size control: View menu steps from 64 px up to 240 px tall
thumbnails, lanes and columns make room, the size is remembered, and Fit keeps the
pictures large enough to see."""
from __future__ import annotations

from PySide6.QtCore import QRectF

from beatboard.core.model import Panel
from beatboard.gui.canvas import filmstrip
from beatboard.gui.canvas.layout import THUMB_HEIGHTS

try:
    from .canvas_fixtures import beat, make_canvas, small_project
except ImportError:
    from canvas_fixtures import beat, make_canvas, small_project


def project_with_panels():
    project = small_project()
    ep = project.episode("ep1")
    ep.beat("s1").panels = [Panel(id=f"s1-{k}") for k in "abcdef"]
    ep.beat("p1").panels = [Panel(id="p1-a"), Panel(id="p1-b")]
    return project


def strip_rect(card) -> QRectF:
    rects = filmstrip.slot_rects(len(card.panels), card.thumb_h)
    r = rects[0].united(rects[-1])
    return card.mapRectToScene(r)


def shown_thumb_height(card) -> float:
    return filmstrip.slot_rects(len(card.panels), card.thumb_h)[0].height()


def test_menu_steps_grow_thumbnails_and_the_size_is_remembered(make_window, isolated):
    win = make_window(project_with_panels())
    win.selection.set_episode("ep1")
    card = win.canvas.canvas_scene.card("h1")
    assert shown_thumb_height(card) == 64  # today's size by default
    for _ in range(len(THUMB_HEIGHTS) + 1):  # one step more than there are: stays at the top
        win.acts.larger_filmstrips.trigger()
    card = win.canvas.canvas_scene.card("h1")
    assert shown_thumb_height(card) == 240
    assert isolated.get("canvas/thumbnail_height") == 240
    win.acts.smaller_filmstrips.trigger()
    assert shown_thumb_height(win.canvas.canvas_scene.card("h1")) == THUMB_HEIGHTS[-2]

    again = make_window(project_with_panels())
    again.selection.set_episode("ep1")
    assert again.canvas.thumbnail_height() == THUMB_HEIGHTS[-2]
    assert shown_thumb_height(again.canvas.canvas_scene.card("h1")) == THUMB_HEIGHTS[-2]


def test_large_strips_never_run_under_other_cards(qtbot):
    view, *_ = make_canvas(qtbot, project_with_panels())
    for h in THUMB_HEIGHTS:
        view.set_thumbnail_height(h)
        scene = view.canvas_scene
        cards = scene.cards()
        for a in cards:
            for b in cards:
                if a is b:
                    continue
                body = b.mapRectToScene(QRectF(0, 0, 150, 110))
                assert not strip_rect(a).intersects(body), (h, a.beat_id, b.beat_id)
                assert not strip_rect(a).intersects(strip_rect(b)), (h, a.beat_id, b.beat_id)
        # A strip of six panels at the largest size still shows them large, not shrunk
        # back to today's size.
        s1 = scene.card("s1")
        assert shown_thumb_height(s1) >= 0.45 * h


def test_fit_never_shrinks_thumbnails_below_usable(qtbot):
    project = small_project()
    ep = project.episode("ep2")
    ep.beats = [beat(f"b{k}", f"Beat {k}", secs=6) for k in range(40)]
    ep.links = []
    view, _controller, selection, _ = make_canvas(qtbot, project)
    selection.set_episode("ep2")
    for h in (THUMB_HEIGHTS[0], THUMB_HEIGHTS[-1]):
        view.set_thumbnail_height(h)
        view.fit()
        assert view.zoom_level() * h >= 56 - 1e-6
        # and it opens on the episode's first beat
        first = view.canvas_scene.card("b0").sceneBoundingRect()
        assert view.mapToScene(view.viewport().rect()).boundingRect().intersects(first)

"""The curve and the strip place beats where core.timeline.EpisodeTimes does, the times
the player, the PDF, the Board view and the inspector show, after every edit."""
from __future__ import annotations

from beatboard.core.timeline import EpisodeTimes
from beatboard.edit import SetField
from beatboard.gui.curve import EpisodeCurveWidget, SeriesStripWidget

try:  # tests/gui may or may not be a package
    from .canvas_fixtures import make_editor
except ImportError:
    from canvas_fixtures import make_editor


def _views(qtbot):
    controller, selection, findings = make_editor(qtbot)
    curve = EpisodeCurveWidget(controller, selection, findings)
    strip = SeriesStripWidget(controller, selection, findings)
    for w in (curve, strip):
        qtbot.addWidget(w)
        w.resize(700, 220)
    return controller, curve, strip


def _assert_agree(controller, curve, strip) -> None:
    ep = controller.project.episode("ep1")
    times = EpisodeTimes(ep)
    main = curve._main
    assert [p.beat_id for p in main] == [b.id for b in times.main.cuts[0].beats]
    for p in main:
        assert p.start == times.beat_start(p.beat_id)
        assert p.end == p.start + ep.beat(p.beat_id).seconds
    firsts: dict[str, float] = {}
    for cut in curve._cuts:
        for p in cut:
            firsts.setdefault(p.beat_id, p.start)
    assert "v1" in firsts  # the variant is drawn, on the first cut through it
    assert firsts["v1"] == times.beat_start("v1")
    cells = strip._by_id["ep1"].cells
    assert [(c.beat_id, c.start) for c in cells] == [(p.beat_id, p.start) for p in main]
    # the x position drawn is the one of that start
    xs = dict(curve.main_points())
    for p in main:
        assert abs(xs[p.beat_id].x() - curve._x((p.start + p.end) / 2)) < 1e-6


def test_curve_and_strip_follow_a_retime_and_its_undo(qtbot):
    controller, curve, strip = _views(qtbot)
    _assert_agree(controller, curve, strip)
    controller.push(SetField.beat("ep1", "s1", "duration_s", 7.5))
    _assert_agree(controller, curve, strip)
    assert curve._main[2].start == 2.5 + 7.5  # p1 now starts after the shortened setup
    controller.stack.undo()
    _assert_agree(controller, curve, strip)
    assert curve._main[2].start == 2.5 + 12


def test_curve_draws_every_cut_times_gives(qtbot):
    """Each drawn variant cut is laid out by the same timeline as the player plays it."""
    controller, curve, _ = _views(qtbot)
    ep = controller.project.episode("ep1")
    others = EpisodeTimes(ep).other_timelines(8)
    assert [[(p.beat_id, p.start, p.end) for p in cut] for cut in curve._cuts] == \
        [[(b.id, s, e) for b, s, e in tl.beat_spans()] for tl in others]

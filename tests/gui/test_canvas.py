"""The beat canvas, driven like a user: actions, mouse gestures, undo; asserts on the model."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from beatboard.core.graph import main_line
from beatboard.core.vocab import LinkKind
from beatboard.edit import SetField
from beatboard.gui.canvas import BeatCanvas
from beatboard.gui.canvas.clipboard import MIME_TYPE, put_on_clipboard
from beatboard.gui.canvas.layout import CARD_H, CARD_W
from beatboard.rules.findings import Severity

try:  # tests/gui may or may not be a package
    from .canvas_fixtures import finding, make_canvas, make_editor, small_project
except ImportError:
    from canvas_fixtures import finding, make_canvas, make_editor, small_project


@pytest.fixture
def editor(qtbot):
    return make_canvas(qtbot)


def ep(controller, eid="ep1"):
    return controller.project.episode(eid)


def vp(view, scene_point) -> QPoint:
    return view.mapFromScene(scene_point)


def card_centre(view, beat_id) -> QPoint:
    card = view.canvas_scene.card(beat_id)
    return vp(view, card.mapToScene(QPointF(CARD_W / 2, CARD_H / 2)))


def drag(view, a: QPoint, b: QPoint, press_mods=Qt.NoModifier, release_mods=None):
    release_mods = press_mods if release_mods is None else release_mods
    port = view.viewport()
    QTest.mousePress(port, Qt.LeftButton, press_mods, a)
    for k in range(1, 6):
        QTest.mouseMove(port, a + (b - a) * (k / 5))
    QTest.mouseRelease(port, Qt.LeftButton, release_mods, b)


def test_shows_selected_episode_cards_and_links(editor):
    view, controller, selection, _ = editor
    assert {c.beat_id for c in view.canvas_scene.cards()} == {b.id for b in ep(controller).beats}
    kinds = sorted(l.kind.value for l in view.canvas_scene.link_items())
    assert kinds == ["next"] * 5 + ["variant"]
    selection.set_episode("ep2")
    assert {c.beat_id for c in view.canvas_scene.cards()} == {"a2", "b2", "c2"}


def test_add_beat_action_splices_after_selected(editor):
    view, controller, selection, _ = editor
    selection.set_beats(["p1"])
    new_id = view.add_beat()
    line = [b.id for b in main_line(ep(controller))]
    assert line[line.index("p1") + 1] == new_id
    assert selection.beat_ids == [new_id]
    assert view.canvas_scene.card(new_id) is not None
    controller.stack.undo()
    assert ep(controller).beat(new_id) is None
    assert view.canvas_scene.card(new_id) is None


def test_add_beat_without_selection_goes_to_end_of_main_line(editor):
    view, controller, selection, _ = editor
    new_id = view.add_beat()
    assert main_line(ep(controller))[-1].id == new_id


def test_double_click_on_empty_canvas_creates_beat_there(editor):
    view, controller, _, _ = editor
    spot = vp(view, QPointF(400, 420))
    assert view.itemAt(spot) is None
    before = len(ep(controller).beats)
    QTest.mouseDClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, spot)
    beats = ep(controller).beats
    assert len(beats) == before + 1
    new = beats[-1]
    where = QPointF(400, 420)
    assert abs(new.pos.x + CARD_W / 2 - where.x()) < 2 and abs(new.pos.y + CARD_H / 2 - where.y()) < 2
    assert controller.stack.count() == 1


def test_drag_from_handle_links_two_cards(editor):
    view, controller, _, _ = editor
    handle = vp(view, view.canvas_scene.card("h1").output_point())
    drag(view, handle, card_centre(view, "t1"))
    links = {(l.from_, l.to): l.kind for l in ep(controller).links}
    assert links[("h1", "t1")] == LinkKind.NEXT
    assert controller.stack.count() == 1


def test_alt_drag_from_card_makes_variant_link(editor):
    view, controller, _, _ = editor
    drag(view, card_centre(view, "h1"), card_centre(view, "c1"), Qt.AltModifier)
    links = {(l.from_, l.to): l.kind for l in ep(controller).links}
    assert links[("h1", "c1")] == LinkKind.VARIANT
    # The drag moved nothing.
    assert all(b.pos is None for b in ep(controller).beats)


def test_link_drag_into_start_is_refused_with_reason(editor, qtbot):
    view, controller, _, _ = editor
    with qtbot.waitSignal(controller.refused) as sig:
        drag(view, card_centre(view, "c1"), card_centre(view, "h1"), Qt.ShiftModifier)
    assert "start" in sig.args[0]
    assert not any(l.to == "h1" for l in ep(controller).links)


def test_drag_card_is_one_move_command_and_undo_restores(editor):
    view, controller, _, _ = editor
    card = view.canvas_scene.card("t1")
    old = card.pos()
    drag(view, card_centre(view, "t1"), card_centre(view, "t1") + QPoint(60, 200))
    assert controller.stack.count() == 1
    assert controller.stack.text(0) == "Move beats"
    beat = ep(controller).beat("t1")
    assert beat.pos is not None and beat.pos.y > old.y() + 100
    assert card.pos() == QPointF(beat.pos.x, beat.pos.y)
    controller.stack.undo()
    assert ep(controller).beat("t1").pos is None
    assert view.canvas_scene.card("t1").pos() == old


def test_multi_select_moves_together_in_one_step(editor):
    view, controller, selection, _ = editor
    selection.set_beats(["s1", "p1"])
    drag(view, card_centre(view, "p1"), card_centre(view, "p1") + QPoint(0, 120))
    assert controller.stack.count() == 1
    assert ep(controller).beat("s1").pos is not None and ep(controller).beat("p1").pos is not None


def test_rubber_band_selects_cards_and_syncs_selection(editor):
    view, controller, selection, _ = editor
    scene = view.canvas_scene
    h1, s1 = scene.card("h1"), scene.card("s1")
    a = vp(view, h1.mapToScene(QPointF(-20, -25)))
    b = vp(view, s1.mapToScene(QPointF(CARD_W - 10, CARD_H + 20)))
    drag(view, a, b)
    assert selection.beat_ids == ["h1", "s1"]
    assert controller.stack.count() == 0


def test_ctrl_click_adds_to_selection(editor):
    view, _, selection, _ = editor
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, card_centre(view, "h1"))
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.ControlModifier, card_centre(view, "c1"))
    assert selection.beat_ids == ["h1", "c1"]


def test_selection_from_outside_selects_cards(editor):
    view, _, selection, _ = editor
    selection.set_beats(["t1"])
    assert [c.beat_id for c in view.canvas_scene.cards() if c.isSelected()] == ["t1"]


def test_delete_and_undo(editor):
    view, controller, selection, _ = editor
    selection.set_beats(["t1"])
    assert view.delete_selected()
    assert ep(controller).beat("t1") is None
    assert view.canvas_scene.card("t1") is None
    assert selection.beat_ids == []
    assert ("p1", "c1") in {(l.from_, l.to) for l in ep(controller).links}  # the line healed
    controller.stack.undo()
    assert ep(controller).beat("t1") is not None
    assert view.canvas_scene.card("t1") is not None


def test_delete_selected_link(editor):
    view, controller, selection, _ = editor
    link = next(l for l in view.canvas_scene.link_items() if l.kind == LinkKind.VARIANT)
    link.setSelected(True)
    assert view.delete_selected()
    assert not any(l.kind == LinkKind.VARIANT for l in ep(controller).links)


def test_copy_paste_through_clipboard(editor):
    view, controller, selection, _ = editor
    selection.set_beats(["p1", "t1"])
    assert view.copy_selected()
    assert QGuiApplication.clipboard().mimeData().hasFormat(MIME_TYPE)
    selection.set_beats(["c1"])
    new_ids = view.paste()
    assert len(new_ids) == 2
    copies = [ep(controller).beat(i) for i in new_ids]
    assert [b.title for b in copies] == ["他出手了 He steps in", "Hidden card"]
    assert (new_ids[0], new_ids[1]) in {(l.from_, l.to) for l in ep(controller).links}
    assert selection.beat_ids == new_ids


def test_paste_damaged_clipboard_is_refused(editor, qtbot):
    view, controller, _, _ = editor
    mime = QMimeData()
    mime.setData(MIME_TYPE, b'{"beats": [{"id": "bad id!"}]}')
    put_on_clipboard(mime)
    with qtbot.waitSignal(controller.refused) as sig:
        assert view.paste() == []
    assert "clipboard" in sig.args[0] and "id" in sig.args[0]
    assert controller.stack.count() == 0


def test_duplicate_as_variant_opens_a_lane(editor):
    view, controller, selection, _ = editor
    selection.set_beats(["t1"])
    new_ids = view.duplicate_selected_as_variant()
    assert len(new_ids) == 1
    assert view.canvas_scene.layout.lanes[new_ids[0]] >= 1
    assert view.canvas_scene.card(new_ids[0]).pos().y() > view.canvas_scene.card("t1").pos().y()
    kinds = {(l.from_, l.to): l.kind for l in ep(controller).links}
    assert kinds[("p1", new_ids[0])] == LinkKind.VARIANT


def test_link_selected_action(editor):
    view, controller, selection, _ = editor
    selection.set_beats(["c1", "s1"])
    assert view.link_selected(LinkKind.CHOICE)
    kinds = {(l.from_, l.to): l.kind for l in ep(controller).links}
    assert kinds[("s1", "c1")] == LinkKind.CHOICE


def test_zoom_and_fit_change_transform(editor):
    view, _, _, _ = editor
    start = view.zoom_level()
    view.zoom_in()
    assert view.zoom_level() == pytest.approx(start * 1.25)
    view.zoom_out()
    view.zoom_out()
    assert view.zoom_level() < start
    view.fit()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.canvas_scene.itemsBoundingRect())


def test_ctrl_wheel_zooms(editor):
    from PySide6.QtCore import QPoint as P
    from PySide6.QtGui import QWheelEvent
    view, _, _, _ = editor
    start = view.zoom_level()
    centre = QPointF(view.viewport().rect().center())
    ev = QWheelEvent(centre, QPointF(view.viewport().mapToGlobal(centre.toPoint())), P(0, 0),
                     P(0, 120), Qt.NoButton, Qt.ControlModifier, Qt.NoScrollPhase, False)
    QGuiApplication.sendEvent(view.viewport(), ev)
    assert view.zoom_level() > start


def test_field_edit_updates_only_that_card(editor):
    view, controller, _, _ = editor
    cards_before = {c.beat_id: c for c in view.canvas_scene.cards()}
    controller.push(SetField.beat("ep1", "t1", "title", "反转 Twist"))
    controller.push(SetField.beat("ep1", "t1", "duration_s", None))
    card = view.canvas_scene.card("t1")
    assert card is cards_before["t1"]  # no rebuild for a field edit
    assert card._text["title_lines"] == ["反转 Twist"]
    assert card._text["duration"].startswith("≈")
    # Timing moved on the main line: the next card's start time follows.
    c1 = ep(controller).beat("c1")
    assert view.canvas_scene.layout.starts["c1"] == pytest.approx(
        sum(b.seconds for b in main_line(ep(controller))) - c1.seconds)


def test_other_episode_changes_are_ignored(editor):
    view, controller, _, _ = editor
    cards_before = set(map(id, view.canvas_scene.cards()))
    controller.push(SetField.beat("ep2", "a2", "title", "elsewhere"))
    assert set(map(id, view.canvas_scene.cards())) == cards_before


def test_finding_badges_and_tooltips(editor):
    view, _, _, findings = editor
    findings.set([finding("c1"), finding("s1", Severity.ERROR, message="Episode is 190 s long")])
    assert view.canvas_scene.card("c1").badge == (0, 1)
    assert view.canvas_scene.card("s1").badge == (1, 0)
    assert "190 s" in view.canvas_scene.card("s1").toolTip()
    assert view.canvas_scene.card("h1").badge == (0, 0)
    findings.set([])
    assert view.canvas_scene.card("c1").badge == (0, 0)


def test_dark_palette_switches_items(editor):
    view, _, _, _ = editor
    view.set_dark(True)
    assert all(c.palette.background.lightness() < 80 for c in view.canvas_scene.cards())
    view.set_dark(False)
    assert all(c.palette.background.lightness() > 200 for c in view.canvas_scene.cards())


def test_document_replaced_rebuilds(editor):
    from beatboard.edit import Document
    view, controller, selection, _ = editor
    project = small_project()
    project.episodes[0].beats[0].title = "Replaced"
    controller.set_document(Document(project))
    assert view.canvas_scene.card("h1")._text["title_lines"] == ["Replaced"]


def test_badges_from_the_real_findings_hub(qtbot):
    from beatboard.gui.findings_hub import FindingsHub
    controller, selection, _ = make_editor(qtbot)
    hub = FindingsHub(controller)
    view = BeatCanvas(controller, selection, hub)
    qtbot.addWidget(view)
    shown = lambda: sum(view.canvas_scene.card("c1").badge)  # noqa: E731
    assert shown() == len([f for f in hub.for_beat("c1") if f.severity != Severity.INFO])
    controller.push(SetField.beat("ep1", "c1", "emotion.intensity", 2))
    weak = [f for f in hub.for_beat("c1") if f.rule == "CLIFFHANGER_WEAK"]
    assert weak, "the rules flag a weak cliffhanger"
    card = view.canvas_scene.card("c1")
    assert shown() >= 1
    assert shown() == len([f for f in hub.for_beat("c1") if f.severity != Severity.INFO])
    assert weak[0].text("en") in card.toolTip()
    controller.stack.undo()
    assert not [f for f in hub.for_beat("c1") if f.rule == "CLIFFHANGER_WEAK"]


def test_middle_drag_pans(editor):
    view, controller, _, _ = editor
    view.zoom_in()
    bar = view.horizontalScrollBar()
    start = bar.value()
    port = view.viewport()
    a = QPoint(600, 500)
    QTest.mousePress(port, Qt.MiddleButton, Qt.NoModifier, a)
    QTest.mouseMove(port, a - QPoint(150, 0))
    QTest.mouseRelease(port, Qt.MiddleButton, Qt.NoModifier, a - QPoint(150, 0))
    assert bar.value() == start + 150
    assert controller.stack.count() == 0


def test_empty_episode_shows_hint_and_accepts_new_beat(qtbot):
    from beatboard.core.model import Episode, Project
    controller, selection, findings = make_editor(
        qtbot, Project(episodes=[Episode(id="e0", number=1, title="Empty")]), episode="e0")
    view = BeatCanvas(controller, selection, findings)
    qtbot.addWidget(view)
    view.grab()
    new_id = view.add_beat()
    assert [b.id for b in controller.project.episode("e0").beats] == [new_id]
    assert view.canvas_scene.card(new_id) is not None


def test_arrow_keys_walk_the_main_line(editor):
    view, _, selection, _ = editor
    selection.set_beats(["s1"])
    view.setFocus()
    QTest.keyClick(view, Qt.Key_Right)
    assert selection.beat_ids == ["p1"]  # the main line before the variant
    QTest.keyClick(view, Qt.Key_Left)
    assert selection.beat_ids == ["s1"]


def test_badge_language_follows_setting(editor):
    view, _, _, findings = editor
    from beatboard.rules.findings import Finding
    f = Finding(rule="CLIFFHANGER_WEAK", severity=Severity.WARNING, message="weak", episode="ep1",
                beats=("c1",), params={"beat": "DNA result", "intensity": 3, "limit": 4})
    findings.set([f])
    assert "at least 4" in view.canvas_scene.card("c1").toolTip()
    view.set_finding_language("zh")
    assert "至少需要 4" in view.canvas_scene.card("c1").toolTip()


def test_switching_episode_keeps_zoom_and_shows_the_start(editor):
    view, _, selection, _ = editor
    view.zoom_out()
    zoom = view.zoom_level()
    selection.set_episode("ep2")
    assert view.zoom_level() == pytest.approx(zoom)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.canvas_scene.card("a2").sceneBoundingRect())

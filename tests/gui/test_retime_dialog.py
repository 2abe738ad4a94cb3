"""File › Update Timing from Edit: the review panel by panel, one undo step, and the
findings re-checked at once (the editor's cut made the hook late)."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt

from beatboard.core import fileio

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.roundtrip.conftest import SAMPLE, SERIES_ID  # noqa: E402
from tests.roundtrip.edits import set_frames, track  # noqa: E402
from tests.roundtrip.factory import export_like, write  # noqa: E402


def _project():
    project = fileio.load(SAMPLE)
    project.series.id = SERIES_ID
    ep = project.ordered_episodes()[0]
    ep.beats[0].kind, ep.beats[0].duration_s = "setup", 2.0  # a cold open, then the hook
    ep.beats[1].kind = "hook"
    return project


def _edited(project, tmp_path, name="E001_main.fcpxml"):
    ep = project.ordered_episodes()[0]
    tl = export_like(project, ep, tmp_path / "stills")
    set_frames(track(tl)[0], 72)  # the cold open's first panel: 1 s -> 3 s
    tr = track(tl)
    tr.remove(tr[3])  # the hook's second panel is cut
    return write(tl, tmp_path / name)


def _rules(w):
    return {(f.rule, f.episode) for f in w.docks.findings_panel.model.rows}


def test_review_apply_is_one_undo_step_and_the_late_hook_shows(make_window, tmp_path):
    from beatboard.gui.retime_dialog import update_timing_from_edit
    project = _project()
    w = make_window(project)
    before = fileio.dumps(w.controller.project)
    assert ("HOOK_LATE", "ep01") not in _rules(w)
    path = _edited(project, tmp_path)
    seen = {}

    def review(dialog):
        dialog.resize(900, 360)
        dialog.grab().save("/tmp/retime_review.png")
        t = dialog.table
        seen["rows"] = [[t.item(i, j).text() for j in range(1, t.columnCount())]
                        for i in range(t.rowCount())]
        seen["notes"] = dialog.notes.text()
        return True

    assert update_timing_from_edit(w, str(path), review)
    assert seen["rows"] == [["E01-001", "e01-b01-p1", "duration", "1.00 s", "3.00 s"],
                            ["E01-004", "e01-b02-p2", "drop from the cut", "3.33 s",
                             "dropped in the edit"]]
    assert "E001_main.fcpxml: FCPXML, 21 clips at 24 fps" in seen["notes"]
    ep = w.controller.project.ordered_episodes()[0]
    assert ep.beats[0].duration_s == 4.0 and ep.beats[1].panels[1].dropped is not None
    assert w.controller.stack.count() == 1
    assert w.controller.stack.text(0) == "Update timing from edit"
    assert ("HOOK_LATE", "ep01") in _rules(w)  # the hook now starts at 4 s
    w.controller.stack.undo()
    assert fileio.dumps(w.controller.project) == before
    assert ("HOOK_LATE", "ep01") not in _rules(w)


def test_unchecked_rows_are_not_applied_and_none_disables_apply(make_window, tmp_path):
    from beatboard.gui.retime_dialog import update_timing_from_edit
    project = _project()
    w = make_window(project)
    path = _edited(project, tmp_path, "E001_main.edl")

    def review(dialog):
        dialog.none_button.click()
        assert not dialog.apply_button.isEnabled()
        dialog.all_button.click()
        dialog.table.item(0, 0).setCheckState(Qt.Unchecked)  # keep the cold open
        assert dialog.apply_button.isEnabled()
        return True

    assert update_timing_from_edit(w, str(path), review)
    ep = w.controller.project.ordered_episodes()[0]
    assert ep.beats[0].duration_s == 2.0  # not applied
    assert ep.beats[1].panels[1].dropped is not None


def test_a_timeline_of_another_series_is_refused_with_a_message(make_window, tmp_path, boxes):
    from beatboard.gui.retime_dialog import update_timing_from_edit
    project = _project()
    w = make_window(project)
    other = project.model_copy(deep=True)
    other.series.id = "b" * 32
    path = _edited(other, tmp_path, "theirs.otio")
    before = fileio.dumps(w.controller.project)
    assert not update_timing_from_edit(w, str(path), lambda d: True)
    assert boxes.errors and "theirs.otio" in boxes.errors[0]
    assert "another series" in boxes.errors[0]
    assert fileio.dumps(w.controller.project) == before and w.controller.stack.count() == 0


def test_the_file_menu_offers_update_timing(make_window):
    w = make_window(_project())
    texts = [a.text() for a in w.menuBar().actions()[0].menu().actions()]
    assert "Update &Timing from Edit…" in texts


def test_restore_in_the_inspector_is_one_undo_step(make_window, qtbot):
    from beatboard.core.model import Dropped
    project = _project()
    project.ordered_episodes()[0].beats[1].panels[1].dropped = Dropped(source="cut.xml")
    w = make_window(project)
    form = w.inspector.panel_form if hasattr(w.inspector, "panel_form") else None
    assert form is not None
    beat = w.controller.project.ordered_episodes()[0].beats[1]
    form.load("ep01", beat, beat.panels[1], None, project=w.controller.project)
    assert form.dropped_row.isVisibleTo(form) and "cut.xml" in form.dropped_label.text()
    form.restore.click()
    assert w.controller.project.ordered_episodes()[0].beats[1].panels[1].dropped is None
    assert w.controller.stack.text(0) == "Restore panel"
    w.controller.stack.undo()
    assert w.controller.project.ordered_episodes()[0].beats[1].panels[1].dropped is not None


def test_the_board_view_strikes_a_dropped_panel_through(make_window):
    from beatboard.core.model import Dropped
    project = _project()
    project.ordered_episodes()[0].beats[1].panels[1].dropped = Dropped(source="cut.xml")
    w = make_window(project)
    w.resize(1200, 800)
    w.selection.set_episode("ep01")
    w.acts.board_view.trigger()
    board = w.docks.board
    cells = {c.panel.id: c for c in board.cells}
    assert cells["e01-b02-p2"].timing == "dropped in the edit"
    assert cells["e01-b02-p3"].timing.endswith("5.0 s")  # the other two share the beat
    board.grab()  # asks for the pictures
    board.pictures.drain()
    img = board.grab().toImage()
    img.save("/tmp/retime_board.png")
    def reds(i):
        r = board.grid.picture(i)
        top = r.y - board.verticalScrollBar().value()
        n = 0
        for k in range(5, 95, 3):  # down the picture's diagonal
            c = img.pixelColor(int(r.x + r.w * k / 100), int(top + r.h * k / 100))
            n += c.red() > 150 and c.green() < 100 and c.blue() < 100
        return n
    assert reds(3) >= 10  # panel 4 (reading order b01 p1 p2, b02 p1 p2) is crossed out
    assert reds(2) == reds(4) == 0


def test_the_review_speaks_chinese(make_window, tmp_path):
    from PySide6.QtWidgets import QApplication
    from beatboard.gui.retime_dialog import RetimeReviewDialog
    from beatboard.interchange.edit_timeline import read_edit_timeline
    from beatboard.roundtrip.proposal import propose
    sys.path.insert(0, str(Path(__file__).parent))
    from pending_i18n import PendingTranslator
    project = _project()
    w = make_window(project)
    prop = propose(w.controller.project, read_edit_timeline(_edited(project, tmp_path)))
    app = QApplication.instance()
    pending = PendingTranslator(app)
    app.installTranslator(pending)
    try:
        dialog = RetimeReviewDialog(prop, w)
        dialog.resize(900, 360)
        dialog.grab().save("/tmp/retime_review_zh.png")
        assert dialog.windowTitle() == "按剪辑更新时长"
        assert dialog.table.horizontalHeaderItem(4).text() == "原来"
        assert dialog.table.item(1, 3).text() == "从剪辑中删除"
        assert dialog.table.item(1, 5).text() == "剪辑时删除"
        assert dialog.apply_button.text() == "应用"
    finally:
        app.removeTranslator(pending)


def test_the_filmstrip_strikes_a_dropped_panel_through(qtbot):
    from PySide6.QtCore import QPoint
    from beatboard.core.model import Dropped, Panel
    from beatboard.gui.canvas import filmstrip
    sys.path.insert(0, str(Path(__file__).parent))
    from canvas_fixtures import make_canvas, small_project
    project = small_project()
    beat = project.episode("ep1").beat("s1")
    beat.panels = [Panel(id="s1-a"), Panel(id="s1-b", dropped=Dropped(source="cut.xml")),
                   Panel(id="s1-c")]
    view, *_ = make_canvas(qtbot, project)
    view.canvas_scene.thumbnails.drain()
    view.viewport().grab()
    view.canvas_scene.thumbnails.drain()
    img = view.viewport().grab().toImage()
    img.save("/tmp/retime_filmstrip.png")
    card = view.canvas_scene.card("s1")

    def reds(i):
        r = filmstrip.slot_rects(3)[i]
        n = 0
        for k in range(8, 92, 4):
            p = view.mapFromScene(card.mapToScene(r.left() + r.width() * k / 100,
                                                  r.top() + r.height() * k / 100))
            c = img.pixelColor(QPoint(p.x(), p.y()))
            n += c.red() > 140 and c.green() < 110 and c.blue() < 110
        return n
    assert reds(1) >= 5 and reds(0) == reds(2) == 0

"""The inspector's panel section: shown for the current panel, each change one undo step."""
from __future__ import annotations

from PIL import Image
from PySide6.QtCore import Qt

from beatboard.core.model import Panel

from conftest import small_project


def project():
    p = small_project()
    p.episode("ep1").beat("s1").panels = [Panel(id="s1-a", duration_s=4.0), Panel(id="s1-b")]
    return p


def panel(w, pid="s1-b"):
    return w.controller.project.episode("ep1").beat("s1").panel(pid)


def test_section_follows_the_current_panel(make_window):
    w = make_window(project())
    w.selection.select("ep1", ["s1"])
    form = w.inspector.panel_form
    assert form.isHidden()
    w.selection.set_panel("s1", "s1-b")
    assert not form.isHidden()
    assert "Panel 2 of 2" in form.header.text()
    assert form.form.labelForField(form.duration).text() == "Duration (s)"
    assert form.form.labelForField(form.framing).text() == "Framing"
    assert "16.0" in form.duration.placeholderText()  # 20 s beat, 4 s taken: 16 s shared
    w.selection.set_beats(["p1"])
    assert form.isHidden()


def test_each_field_is_one_undo_step(make_window, qtbot):
    w = make_window(project())
    w.selection.select("ep1", ["s1"])
    w.selection.set_panel("s1", "s1-b")
    form = w.inspector.panel_form
    depth = w.controller.stack.count()
    form.duration.setFocus()
    qtbot.keyClicks(form.duration, "2.5")
    qtbot.keyClick(form.duration, Qt.Key_Return)
    assert panel(w).duration_s == 2.5
    form.shot_size.setEditText("ECU")
    form.shot_size.lineEdit().editingFinished.emit()
    assert panel(w).shot.size == "ECU"
    form.shot_angle.setEditText("low")
    form.shot_angle.lineEdit().editingFinished.emit()
    assert panel(w).shot.angle == "low"
    form.caption.setPlainText("你敢动我？")
    form.caption.commit()
    assert panel(w).caption == "你敢动我？"
    form.framing.setCurrentIndex(form.framing.findData("push-in"))
    form.framing.activated.emit(form.framing.currentIndex())
    assert panel(w).framing.end.w == 0.7
    assert w.controller.stack.count() == depth + 5
    form.caption.setPlainText("")
    form.caption.commit()
    assert panel(w).caption is None  # blank: back to the beat's dialogue
    form.duration.clear()
    form.duration._finish()
    assert panel(w).duration_s is None
    for _ in range(7):
        w.acts.undo.trigger()
    assert panel(w).model_dump() == Panel(id="s1-b").model_dump()


def test_bad_duration_is_refused_with_a_reason(make_window, qtbot):
    w = make_window(project())
    w.selection.select("ep1", ["s1"])
    w.selection.set_panel("s1", "s1-b")
    form = w.inspector.panel_form
    with qtbot.waitSignal(w.controller.refused) as refused:
        form.duration.setText("abc")
        form.duration._finish()
    assert "duration_s" in refused.args[0]
    assert panel(w).duration_s is None


def test_choose_and_clear_picture(make_window, tmp_path):
    w = make_window(project())
    w.controller.document.save(tmp_path / "p.beatboard")
    w.selection.select("ep1", ["s1"])
    w.selection.set_panel("s1", "s1-b")
    form = w.inspector.panel_form
    Image.new("RGB", (90, 160), (200, 10, 10)).save(tmp_path / "a.png")
    form.project_path = str(tmp_path / "p.beatboard")
    form.set_image_file(str(tmp_path / "a.png"))
    assert panel(w).image.startswith("p.assets/")
    assert form.clear.isEnabled()
    red = form.thumb.pixmap().toImage().pixelColor(30, 60)
    assert red.red() > 150 and red.green() < 60  # the thumbnail shows the picture
    form.clear.click()
    assert panel(w).image is None
    w.acts.undo.trigger()
    assert panel(w).image is not None


def test_fill_or_fit_is_one_undo_step_and_the_thumbnail_follows(make_window, tmp_path):
    w = make_window(project())
    w.controller.document.save(tmp_path / "p.beatboard")
    w.selection.select("ep1", ["s1"])
    w.selection.set_panel("s1", "s1-b")
    form = w.inspector.panel_form
    assert not form.fit.isEnabled()  # nothing to place without a picture
    Image.new("RGB", (320, 180), (200, 10, 10)).save(tmp_path / "wide.png")  # 16:9
    form.project_path = str(tmp_path / "p.beatboard")
    form.set_image_file(str(tmp_path / "wide.png"))
    assert form.fit.isEnabled() and form.fit.currentData() == "fill"
    assert form.form.labelForField(form.fit).text() == "Picture"

    def top_is_red() -> bool:
        c = form.thumb.pixmap().toImage().pixelColor(30, 8)
        return c.red() > 150 and c.green() < 60

    assert top_is_red()  # fill: the wide picture covers the whole frame, cropped
    depth = w.controller.stack.count()
    form.fit.setCurrentIndex(form.fit.findData("fit"))
    form.fit.activated.emit(form.fit.currentIndex())
    assert panel(w).fit == "fit"
    assert w.controller.stack.count() == depth + 1
    assert not top_is_red()  # fit: paper above the letterboxed picture
    w.acts.undo.trigger()
    assert panel(w).fit is None
    assert form.fit.currentData() == "fill" and top_is_red()


def test_the_framing_row_says_which_camera_the_animatic_plays(make_window):
    w = make_window(project())
    w.controller.project.episode("ep1").beat("s1").shot.move = "slow push-in"
    w.selection.select("ep1", ["s1"])
    w.selection.set_panel("s1", "s1-b")
    form = w.inspector.panel_form
    assert form.framing_source.text() == "from shot: slow push-in"
    form.framing.setCurrentIndex(form.framing.findData("hold"))
    form.framing.activated.emit(form.framing.currentIndex())
    assert panel(w).framing is not None
    assert form.framing_source.text() == "set by hand"
    w.acts.undo.trigger()
    assert form.framing_source.text() == "from shot: slow push-in"
    form.shot_move.setEditText("whip pan")
    form.shot_move.lineEdit().editingFinished.emit()
    assert form.framing_source.text() == "whip pan: not animated"

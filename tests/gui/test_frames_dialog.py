"""File › Export Frames…: the editor writes the same frames as ``beatboard export frames``,
with progress, cancel and clear messages."""
from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtWidgets import QApplication, QMessageBox

from beatboard.export import ExportCancelled
from beatboard.export.frames import frame_jobs, write_frames
from beatboard.gui import frames_dialog
from beatboard.gui.frames_dialog import ExportFramesDialog

from conftest import small_project


def _panels(project, number):
    return sum(len(b.panels) for b in project.episode_by_number(number).beats)


def test_the_file_menu_offers_frames_and_the_dialog_writes_them(make_window, tmp_path):
    w = make_window(small_project())
    file_menu = w.menuBar().actions()[0].menu()
    assert w.acts.export_frames in file_menu.actions()
    dialog = ExportFramesDialog(w.controller.project, None, w)
    out = tmp_path / "frames"
    dialog.output.setText(str(out))
    dialog.episodes.setText("2")
    dialog.accept()
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == _panels(w.controller.project, 2) and names[0].startswith("e002_0001_")
    with Image.open(out / names[0]) as im:
        assert im.size == (720, 1280)
    assert dialog.result_text == f"Exported {len(names)} frames to {out}"


def test_a_bad_range_or_an_unknown_episode_is_named_and_nothing_written(make_window, tmp_path,
                                                                        boxes):
    w = make_window(small_project())
    dialog = ExportFramesDialog(w.controller.project, None, w)
    dialog.output.setText(str(tmp_path / "f"))
    for typed, words in (("1-x", "Episodes: '1-x' is not a number"),
                         ("9", "Episodes: no episode matches; this series has episodes 1, 2")):
        boxes.errors.clear()
        dialog.episodes.setText(typed)
        dialog.accept()
        assert boxes.errors and boxes.errors[0].startswith(words), boxes.errors
    assert not (tmp_path / "f").exists()


def test_existing_frames_are_replaced_only_when_the_user_agrees(make_window, tmp_path, boxes):
    w = make_window(small_project())
    out = tmp_path / "f"
    out.mkdir()
    first = frame_jobs(w.controller.project, (2,))[0].name
    (out / first).write_bytes(b"keep")
    dialog = ExportFramesDialog(w.controller.project, None, w)
    dialog.output.setText(str(out))
    dialog.episodes.setText("2")
    boxes.answer = QMessageBox.No
    dialog.accept()
    assert boxes.prompts and "1 of these frames" in boxes.prompts[0]
    assert (out / first).read_bytes() == b"keep" and len(list(out.iterdir())) == 1


def test_cancel_stops_between_frames_and_says_how_many_were_written(make_window, tmp_path,
                                                                    boxes, monkeypatch):
    w = make_window(small_project())
    reported = []

    def run_job_cancelling_after_two(parent, title, job):
        try:
            return True, job(lambda f, text: reported.append(text), lambda: len(reported) >= 2)
        except ExportCancelled as e:
            return False, str(e)

    monkeypatch.setattr(frames_dialog, "run_job", run_job_cancelling_after_two)
    dialog = ExportFramesDialog(w.controller.project, None, w)
    out = tmp_path / "f"
    dialog.output.setText(str(out))
    dialog.accept()
    total = _panels(w.controller.project, 1) + _panels(w.controller.project, 2)
    assert reported == [f"Frame 1 of {total}", f"Frame 2 of {total}"]
    assert boxes.errors == [f"export cancelled; 2 of {total} frames were written to {out}"]
    assert len(list(out.iterdir())) == 2 and dialog.result() == 0


def test_the_runner_writes_exactly_what_the_command_line_does(qapp, tmp_path):
    project = small_project()
    jobs = frame_jobs(project, (1,), variants=False)
    seen = []
    result = write_frames(project, tmp_path, jobs, tmp_path / "f", (90, 160),
                          progress=lambda done, total, job: seen.append((done, total)))
    assert result.written == len(jobs) == len(list((tmp_path / "f").iterdir()))
    assert seen == [(i, len(jobs)) for i in range(1, len(jobs) + 1)]
    with pytest.raises(ExportCancelled, match="0 of"):
        write_frames(project, tmp_path, jobs, tmp_path / "g", (90, 160), cancel=lambda: True)


def test_the_dialog_speaks_chinese(make_window):
    from pending_i18n import install_chinese, remove_chinese
    pending = install_chinese(QApplication.instance())
    try:
        w = make_window(small_project())
        assert w.acts.export_frames.text() == "导出画格(&F)…"
        assert ExportFramesDialog(w.controller.project, None, w).windowTitle() == "导出画格"
    finally:
        remove_chinese(QApplication.instance(), pending)

"""Named versions in the editor: save, list, open read-only, restore as one undo step."""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from beatboard.core import fileio
from beatboard.edit import SetField
from beatboard.versioning.versions import list_versions, versions_dir

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _sample(tmp_path) -> Path:
    shutil.copy(SAMPLES / "iron-heiress.beatboard", tmp_path)
    shutil.copytree(SAMPLES / "iron-heiress.assets", tmp_path / "iron-heiress.assets")
    return tmp_path / "iron-heiress.beatboard"


def _open(make_window, path):
    win = make_window()
    assert win.files.open_path(str(path), ask=False)
    return win


def test_save_version_from_the_dialog_and_list_it(make_window, tmp_path, monkeypatch):
    from beatboard.gui.versions.dialogs import SaveVersionDialog, VersionListDialog
    path = _sample(tmp_path)
    win = _open(make_window, path)
    texts = [a.text() for a in win.menus["file"].actions()]
    assert "Save &Version…" in texts and "&Versions…" in texts

    def fill(dialog):
        dialog.name.setText("Draft for the platform")
        dialog.message.setPlainText("first pass")
        return QDialog.Accepted
    monkeypatch.setattr(SaveVersionDialog, "exec", fill)
    win.versions.save_action.trigger()
    listed = list_versions(path)
    assert [v.name for v in listed.versions] == ["Draft for the platform"]
    assert listed.versions[0].message == "first pass"
    assert "Saved version 1" in win.statusBar().currentMessage()
    dialog = VersionListDialog(listed.versions, [], "en")
    assert dialog.table.item(0, 1).text() == "Draft for the platform"
    assert "White" in dialog.table.item(0, 0).text()
    dialog.grab().save("/tmp/versions_list.png")


def test_open_a_version_read_only(make_window, tmp_path, qtbot):
    path = _sample(tmp_path)
    win = _open(make_window, path)
    version = win.versions.save_version("Locked boards")
    first = win.controller.project.ordered_episodes()[0]
    win.controller.push(SetField.episode(first.id, "title", "Retitled after"))
    window = win.versions.open_read_only(version)
    qtbot.waitExposed(window)
    assert "read-only" in window.windowTitle() and "Locked boards" in window.windowTitle()
    assert window.edit_actions and not any(a.isEnabled() for a in window.edit_actions)
    assert window.controller.project.ordered_episodes()[0].title != "Retitled after"
    # Every edit is refused; nothing is written anywhere.
    ep = window.controller.project.ordered_episodes()[0]
    assert window.controller.push(SetField.episode(ep.id, "title", "x")) is False
    assert window.refusals and window.controller.project.ordered_episodes()[0].title == ep.title
    assert window.board.cells  # the version's boards are shown
    window.grab()
    window.board.pictures.drain()
    qtbot.wait(50)
    window.grab().save("/tmp/versions_readonly.png")
    window.close()


def test_restore_is_one_undo_step_back_to_every_byte(make_window, tmp_path, monkeypatch):
    path = _sample(tmp_path)
    win = _open(make_window, path)
    version = win.versions.save_version("Before notes")
    first = win.controller.project.ordered_episodes()[0]
    win.controller.push(SetField.episode(first.id, "title", "After notes"))
    current = fileio.dumps(win.controller.project)
    depth = win.controller.stack.count()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    assert win.versions.restore(version)
    assert win.controller.stack.count() == depth + 1
    assert fileio.dumps(win.controller.project) == path.read_text(encoding="utf-8")
    assert "Restore Version" in win.acts.undo.text()
    win.acts.undo.trigger()
    assert fileio.dumps(win.controller.project) == current
    win.acts.redo.trigger()
    assert fileio.dumps(win.controller.project) == path.read_text(encoding="utf-8")


def test_a_damaged_versions_folder_is_reported_and_the_file_opens(make_window, tmp_path):
    path = _sample(tmp_path)
    folder = versions_dir(path)
    folder.mkdir()
    (folder / "001-a.beatboard.json").write_text(path.read_text(encoding="utf-8"))
    (folder / "index.json").write_text("{broken")
    win = _open(make_window, path)
    assert win.controller.project.episodes  # opened
    assert win.versions.bar.isVisible()
    assert "damaged" in win.versions.bar.label.text()


def test_export_dialog_marks_changes_since_a_version(make_window, tmp_path, qtbot):
    from pdf.helpers import page_texts  # tests/ is on sys.path (its conftest)
    from beatboard.gui.export_dialog import ExportPdfDialog
    path = _sample(tmp_path)
    win = _open(make_window, path)
    win.versions.save_version("Table read")
    ep = win.controller.project.ordered_episodes()[0]
    changed = ep.beats[2]
    win.controller.push(SetField.beat(ep.id, changed.id, "title", "Rewritten scene"))
    dialog = ExportPdfDialog(win.controller.project, path, "en", win)
    assert dialog.since.isEnabled() and dialog.since.itemData(1) == "Table read"
    dialog.since.setCurrentIndex(1)
    dialog.episodes.setText("1")
    for name, box in dialog.sections.items():
        box.setChecked(name == "boards")
    out = tmp_path / "marked.pdf"
    dialog.output.setText(str(out))
    dialog.accept()
    qtbot.waitUntil(out.exists, timeout=60000)
    text = "\n".join(page_texts(out))  # poppler's pdftotext, else pypdf
    assert "Revision: Blue" in text and "changed since “Table read”" in text
    assert text.count("* Blue") >= 1
    assert text.count("* Blue") == len([line for line in text.splitlines()
                                        if "Rewritten scene" in line])


def test_a_read_only_window_does_not_save_versions(make_window, tmp_path):
    path = _sample(tmp_path)
    win = _open(make_window, path)
    win.files.set_read_only(True)
    assert win.versions.save_version("Sneaky") is None
    assert "read-only" in win.statusBar().currentMessage()
    assert not versions_dir(path).exists()


def test_a_damaged_snapshot_is_a_warning_and_nothing_changes(make_window, tmp_path, boxes):
    path = _sample(tmp_path)
    win = _open(make_window, path)
    version = win.versions.save_version("Soon broken")
    (versions_dir(path) / version.file).write_text("{not json")
    before = fileio.dumps(win.controller.project)
    assert win.versions.open_read_only(version) is None
    assert win.versions.restore(version, ask=False) is False
    assert win.versions.compare(version) is None
    assert len(boxes.errors) == 3 and all(version.file in e for e in boxes.errors)
    assert fileio.dumps(win.controller.project) == before
    assert win.controller.stack.count() == 0


def test_the_read_only_window_restores_and_compares(make_window, tmp_path, monkeypatch, qtbot):
    path = _sample(tmp_path)
    win = _open(make_window, path)
    version = win.versions.save_version("Kept")
    first = win.controller.project.ordered_episodes()[0]
    win.controller.push(SetField.episode(first.id, "title", "Changed since"))
    window = win.versions.open_read_only(version)
    qtbot.waitExposed(window)
    window.compare_action.trigger()
    view = win.compare_views[-1]
    assert [c.field for c in view.changes] == ["title"]
    view.close()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    window.restore_action.trigger()
    assert fileio.dumps(win.controller.project) == path.read_text(encoding="utf-8")
    window.close()

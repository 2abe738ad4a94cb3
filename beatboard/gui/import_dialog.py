"""Import a Fountain or Final Draft script as a new project (on a worker thread)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from ..core.model import Project
from .jobs import run_job



def choose_script(parent: QWidget, start_dir: str) -> str:
    title = QCoreApplication.translate("ImportScript", "Import Script")
    filters = QCoreApplication.translate(
        "ImportScript", "Scripts (*.fountain *.spmd *.txt *.fdx);;"
                        "Fountain (*.fountain *.spmd *.txt);;Final Draft (*.fdx);;All files (*)")
    path, _ = QFileDialog.getOpenFileName(parent, title, start_dir, filters)
    return path


def ask_episode_marker(parent: QWidget) -> str | None:
    """An optional regular expression for episode headings; None when cancelled."""
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("ImportScript", "Import Script"),
        QCoreApplication.translate(
            "ImportScript",
            "Episode headings (regular expression, group 'n' is the number).\n"
            "Leave empty for the defaults: 'Episode 3', 'EP 3 - Title', '第3集'."))
    return text.strip() if ok else None


def import_in_background(parent: QWidget, path: str,
                         episode_marker: str | None = None) -> tuple[bool, Project | str]:
    from ..cli.importer import import_script
    reading = QCoreApplication.translate("ImportScript", "Reading the script…")

    def job(progress, _cancelled):
        progress(0.1, reading)
        return import_script(Path(path), episode_marker or None)

    return run_job(parent, QCoreApplication.translate("ImportScript", "Importing script…"), job)

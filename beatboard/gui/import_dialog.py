"""Import a Fountain or Final Draft script as a new project (on a worker thread)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from ..core.model import Project
from ..interchange.script_import import ScriptCancelled, parse_script
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


def ask_script_beats(parent: QWidget, last: str) -> str | None:
    """"scene" or "paragraph" (how the script is cut into beats), starting from the
    choice made last time; None when cancelled."""
    modes = {"scene": QCoreApplication.translate("ImportScript", "One beat per scene"),
             "paragraph": QCoreApplication.translate(
                 "ImportScript", "One beat per action paragraph, with the dialogue after it")}
    names = list(modes.values())
    text, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("ImportScript", "Import Script"),
        QCoreApplication.translate(
            "ImportScript", "Beats ([[beat]] marks in the script always win):"),
        names, list(modes).index(last) if last in modes else 0, False)
    if not ok:
        return None
    return next(mode for mode, name in modes.items() if name == text)


def import_in_background(parent: QWidget, path: str, episode_marker: str | None = None,
                         show_after_ms: int = 500,
                         beats: str = "scene") -> tuple[bool, Project | str | None]:
    """Read the script on a worker thread with a progress dialog whose Cancel stops the
    reading within a fraction of a second. (True, project), (False, message), or
    (True, None) when the user cancelled."""
    reading = QCoreApplication.translate("ImportScript", "Reading the script…")

    def job(progress, cancelled):
        try:
            project = parse_script(Path(path), episode_marker or None, cancel=cancelled,
                                   progress=lambda f: progress(f, reading), beats=beats)
        except ScriptCancelled:
            return None
        # Cancel pressed while the last step finished still means: no import.
        return None if cancelled() else project

    return run_job(parent, QCoreApplication.translate("ImportScript", "Importing script…"), job,
                   show_after_ms)

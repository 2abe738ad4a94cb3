"""The compare view's four uses, each with its sides named for the user."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .view import CompareView


def _keep(win, view: CompareView) -> CompareView:
    """Non-modal: kept on the window until closed, so the editor stays usable."""
    views = getattr(win, "compare_views", None)
    if views is None:
        views = win.compare_views = []
    views.append(view)
    view.finished.connect(lambda _r: views.remove(view) if view in views else None)
    view.show()
    return view


def compare_with_version(win, version_project, version_name: str) -> CompareView:
    """The open document against a named version: Accept brings the version's value of
    a change back into the document (one undo step each)."""
    left = QCoreApplication.translate("CompareView", "Current document")
    right = QCoreApplication.translate("CompareView", "Version “%1”")
    title = QCoreApplication.translate("CompareView", "Compare with Version “%1”")
    view = CompareView(win.controller.project, version_project, left,
                       right.replace("%1", version_name), win.controller,
                       title.replace("%1", version_name), win)
    return _keep(win, view)


def compare_with_disk(win, controller, theirs, modal: bool = False) -> CompareView:
    """The open document against the file a co-writer changed on disk: Accept brings
    their change into the document."""
    view = CompareView(controller.project, theirs,
                       QCoreApplication.translate("CompareView", "Your version"),
                       QCoreApplication.translate("CompareView", "File on disk"), controller,
                       QCoreApplication.translate("CompareView", "Compare with the file on disk"),
                       win)
    if modal:
        view.exec()
        return view
    return _keep(win, view)


def compare_recovery(parent, on_disk, recovered) -> CompareView:
    """The file on disk against an autosave, before choosing which to keep (nothing is
    open yet to accept into): looked at only."""
    view = CompareView(on_disk, recovered,
                       QCoreApplication.translate("CompareView", "File on disk"),
                       QCoreApplication.translate("CompareView", "Autosave"), None,
                       QCoreApplication.translate("CompareView", "Compare with the autosave"),
                       parent)
    view.exec()
    return view


def compare_recovery_entry(parent, entry) -> CompareView | None:
    """A recovery entry's autosave against its file on disk (a warning if either cannot
    be read: a damaged recovery must not stop start-up)."""
    from PySide6.QtWidgets import QMessageBox

    from ...core import fileio
    from ...core.errors import BeatBoardError
    try:
        on_disk, recovered = fileio.load(entry.original), entry.project()
    except BeatBoardError as e:
        QMessageBox.warning(parent, QCoreApplication.translate("CompareView", "Cannot compare"),
                            str(e))
        return None
    return compare_recovery(parent, on_disk, recovered)


def review_resync(win, after, script_name: str) -> CompareView:
    """The document against the document as the revised script would make it: accept
    the re-sync change by change."""
    right = QCoreApplication.translate("CompareView", "Script “%1”")
    view = CompareView(win.controller.project, after,
                       QCoreApplication.translate("CompareView", "Board"),
                       right.replace("%1", script_name), win.controller,
                       QCoreApplication.translate("CompareView", "Review the Update from Script"),
                       win)
    return _keep(win, view)

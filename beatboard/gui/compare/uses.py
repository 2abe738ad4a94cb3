"""The compare view's four uses, each with its sides named for the user."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .view import CompareView


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareView", text)


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
    view = CompareView(win.controller.project, version_project, _tr("Current document"),
                       _tr("Version “%1”").replace("%1", version_name), win.controller,
                       _tr("Compare with Version “%1”").replace("%1", version_name), win)
    return _keep(win, view)


def compare_with_disk(win, controller, theirs, modal: bool = False) -> CompareView:
    """The open document against the file a co-writer changed on disk: Accept brings
    their change into the document."""
    view = CompareView(controller.project, theirs, _tr("Your version"),
                       _tr("File on disk"), controller,
                       _tr("Compare with the file on disk"), win)
    if modal:
        view.exec()
        return view
    return _keep(win, view)


def compare_recovery(parent, on_disk, recovered) -> CompareView:
    """The file on disk against an autosave, before choosing which to keep (nothing is
    open yet to accept into): looked at only."""
    view = CompareView(on_disk, recovered, _tr("File on disk"), _tr("Autosave"), None,
                       _tr("Compare with the autosave"), parent)
    view.exec()
    return view


def review_resync(win, after, script_name: str) -> CompareView:
    """The document against the document as the revised script would make it: accept
    the re-sync change by change."""
    view = CompareView(win.controller.project, after, _tr("Board"),
                       _tr("Script “%1”").replace("%1", script_name), win.controller,
                       _tr("Review the Update from Script"), win)
    return _keep(win, view)

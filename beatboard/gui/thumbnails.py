"""The beat inspector's picture of its first panel, drawn through the picture plan on a
worker thread, so a slow disk (a network share, a sync client still downloading) never
freezes the inspector. It shows what the canvas shows: the image with the panel's fill
or fit, its sketch, the automatic frame, or the one placeholder for a picture that
cannot be read.

Only the newest request counts: selecting beats quickly shows the last one's picture
and drops the rest. The worker paints a QImage; the pixmap is made on the GUI thread.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.model import Beat, Panel, Project
from ..render import ensure_gui_app, render_panel_ex


class _Render(QRunnable):
    def __init__(self, loader: "ThumbnailLoader", token: int, args: tuple):
        super().__init__()
        self.loader, self.token, self.args = loader, token, args

    def run(self) -> None:
        result = render_panel_ex(*self.args, purpose="inspector")
        message = result.problems[0].message if result.problems else None
        try:
            self.loader._done.emit(self.token, result.image, message)  # queued to the GUI
        except RuntimeError:
            pass  # the inspector was closed meanwhile


class ThumbnailLoader(QObject):
    ready = Signal(object, object)  # QImage of the newest request, the problem's message
    _done = Signal(int, object, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        ensure_gui_app()  # fonts are registered here, on the GUI thread, not by a worker
        self._token = 0
        self._done.connect(self._deliver)

    def request(self, project: Project, project_dir: Path, beat: Beat, panel: Panel,
                size: tuple[int, int]) -> None:
        """Draw ``panel`` at ``size``; copies of the models travel to the worker, so an
        edit meanwhile cannot change what it reads."""
        self._token += 1
        project = Project.model_construct(series=project.series.model_copy(deep=True))
        args = (project, project_dir, beat.model_copy(deep=True), panel.model_copy(deep=True),
                size)
        QThreadPool.globalInstance().start(_Render(self, self._token, args))

    def cancel(self) -> None:
        """Forget pending requests (the beat has no picture any more)."""
        self._token += 1

    def _deliver(self, token: int, image, message) -> None:
        if token == self._token:
            self.ready.emit(image, message)

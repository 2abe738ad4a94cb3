"""Panel-image thumbnails loaded on a worker thread, so a slow disk (a network share, a
sync client still downloading) never freezes the inspector.

Only the newest request counts: selecting beats quickly shows the last one's image and
drops the rest. The worker makes PNG bytes; the pixmap is built on the GUI thread.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.errors import BeatBoardError


class _Load(QRunnable):
    def __init__(self, loader: "ThumbnailLoader", token: int, project_dir: Path, rel_path: str,
                 max_px: int):
        super().__init__()
        self.loader, self.token = loader, token
        self.args = (project_dir, rel_path, max_px)

    def run(self) -> None:
        from ..interchange.images import load_thumbnail
        try:
            data = load_thumbnail(*self.args)
        except (BeatBoardError, OSError):
            data = None
        try:
            self.loader._done.emit(self.token, data)  # queued to the GUI thread
        except RuntimeError:
            pass  # the inspector was closed meanwhile


class ThumbnailLoader(QObject):
    ready = Signal(object)  # PNG bytes of the newest request, or None (missing, unusable)
    _done = Signal(int, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._token = 0
        self._done.connect(self._deliver)

    def request(self, project_dir: Path, rel_path: str, max_px: int) -> None:
        self._token += 1
        QThreadPool.globalInstance().start(_Load(self, self._token, project_dir, rel_path, max_px))

    def cancel(self) -> None:
        """Forget pending requests (the beat has no image any more)."""
        self._token += 1

    def _deliver(self, token: int, data) -> None:
        if token == self._token:
            self.ready.emit(data)

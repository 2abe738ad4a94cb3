"""Long jobs (export, import) on a worker thread, with progress and cancel.

The progress dialog appears only when the job runs longer than about half a second.
"""
from __future__ import annotations

import threading
import time
import traceback
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..core.errors import BeatBoardError

PROGRESS_INTERVAL_S = 0.033
Progress = Callable[[float, str], None]  # fraction 0..1, what is happening
Job = Callable[[Progress, Callable[[], bool]], Any]


class _Worker(QThread):
    progressed = Signal(float, str)

    def __init__(self, job: Job):
        super().__init__()
        self.job = job
        self.cancel_event = threading.Event()
        self.result: Any = None
        self.error: str | None = None

    def _progress(self, fraction: float, text: str = "") -> None:
        # At most ~30 reports a second: a job that reports every line would flood the
        # GUI thread's queue and starve its timers (the dialog, Cancel) for seconds.
        now = time.monotonic()
        if now - self._last_report >= PROGRESS_INTERVAL_S or fraction >= 1.0:
            self._last_report = now
            self.progressed.emit(float(fraction), text)

    def _cancelled(self) -> bool:
        # Jobs poll this often: a moment without the GIL here lets the GUI thread paint
        # the progress dialog and hear Cancel even while a pure-Python job runs hot.
        time.sleep(0.0005)
        return self.cancel_event.is_set()

    def run(self) -> None:
        self._last_report = 0.0
        try:
            self.result = self.job(self._progress, self._cancelled)
        except (BeatBoardError, OSError) as e:
            self.error = str(e)
        except Exception as e:  # noqa: BLE001 - a bug must not kill the editor silently
            traceback.print_exc()
            self.error = f"unexpected error: {e!r}"


def run_job(parent: QWidget | None, title: str, job: Job,
            show_after_ms: int = 500) -> tuple[bool, Any]:
    """Run ``job`` off the GUI thread; (True, result) or (False, message).

    A cancelled job reports through its own exception (e.g. ExportCancelled).
    """
    worker = _Worker(job)
    dialog = QProgressDialog(title, QCoreApplication.translate("Jobs", "Cancel"), 0, 1000, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    dialog.canceled.connect(worker.cancel_event.set)

    def on_progress(fraction: float, text: str) -> None:
        dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if text:
            dialog.setLabelText(text)

    worker.progressed.connect(on_progress)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    if not worker.isFinished():
        loop.exec()
    worker.wait()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        return False, worker.error
    return True, worker.result

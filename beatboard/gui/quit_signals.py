"""SIGTERM and SIGHUP (``timeout``, a logout, a closed terminal) end the editor cleanly.

Python runs a signal handler only between bytecodes, and Qt's event loop runs none while
idle, so the signal is written to a socket (``signal.set_wakeup_fd``) whose notifier wakes
the loop. Then unsaved work is autosaved (offered for recovery at the next start, as after
a crash), the document's lock is released and the editor exits 0. Nothing is asked: no
one is there to answer.
"""
from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

QUIT_SIGNALS = tuple(getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n))


def quit_keeping_work(window) -> None:
    """Autosave unsaved work, release the lock, leave the event loop with exit code 0."""
    window.inspector.commit_pending()
    if window.files.is_modified():
        window.autosaver.autosave_now()  # kept: the next start offers it for recovery
    else:
        window.autosaver.end_session()
    window.lock_guard.release()
    # Tearing down an unclean undo stack reports "clean changed" to objects already gone.
    window.controller.stack.blockSignals(True)
    QApplication.exit(0)


class QuitOnSignals(QObject):
    """Installs the handlers for the life of ``window``'s application."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        for sig in QUIT_SIGNALS:
            signal.signal(sig, lambda *_: None)  # the wakeup byte does the work
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Read, self)
        self._notifier.activated.connect(self._woken)

    def _woken(self) -> None:
        try:
            data = self._read.recv(64)
        except BlockingIOError:
            return
        if any(b in QUIT_SIGNALS for b in data):
            self._notifier.setEnabled(False)
            quit_keeping_work(self._window)

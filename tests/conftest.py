"""Shared test setup: Qt (where a test uses it) runs offscreen, never on a real display."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import errno  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture
def make_fifo(tmp_path):
    """make_fifo(name) -> path of a named pipe. If the code under test blocks opening
    it, a writer connects after a few seconds and closes, so the test fails on its timing
    instead of hanging the whole run."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes need a POSIX system")
    stop = threading.Event()

    def unblock(path, after: float) -> None:
        if stop.wait(after):
            return
        deadline = time.monotonic() + 30
        while not stop.is_set() and time.monotonic() < deadline:
            try:  # succeeds only while a reader is waiting
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:
                time.sleep(0.05)

    def factory(name: str, after: float = 3.0):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(path)
        threading.Thread(target=unblock, args=(path, after), daemon=True).start()
        return path

    yield factory
    stop.set()


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application():
    """One QApplication for the whole run. A renderer test that ran first would otherwise
    leave a bare QGuiApplication behind, and widget tests cannot run on one."""
    from PySide6.QtWidgets import QApplication
    yield QApplication.instance() or QApplication(["beatboard-tests"])


@pytest.fixture
def lock_files_refused(monkeypatch):
    """A folder where lock files cannot be written (read-only media): even root gets the
    error, as the refusal comes from os.open itself."""
    real_open = os.open

    def refuse_locks(path, *args, **kwargs):
        if str(path).endswith(".lock"):
            raise PermissionError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse_locks)


@pytest.fixture(autouse=True)
def _own_settings_folder(tmp_path_factory, monkeypatch):
    """Comment authors come from a settings file: tests read and write their own, never
    the user's, and start without a name in the environment."""
    monkeypatch.setenv("BEATBOARD_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("BEATBOARD_AUTHOR", raising=False)

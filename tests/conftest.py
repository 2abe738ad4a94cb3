"""Shared test setup: Qt (where a test uses it) runs offscreen, never on a real display."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import errno  # noqa: E402

import pytest  # noqa: E402


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

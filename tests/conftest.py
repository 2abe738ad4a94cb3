"""Shared test setup: Qt (where a test uses it) runs offscreen, never on a real display."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application():
    """One QApplication for the whole run. A renderer test that ran first would otherwise
    leave a bare QGuiApplication behind, and widget tests cannot run on one."""
    from PySide6.QtWidgets import QApplication
    yield QApplication.instance() or QApplication(["beatboard-tests"])

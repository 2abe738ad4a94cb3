"""Shared test setup: Qt (where a test uses it) runs offscreen, never on a real display."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_APP = None


def pytest_sessionstart(session):
    """One QApplication for the whole run, made first: code under test that renders
    without widgets (``render.ensure_gui_app``) would otherwise create a plain
    QGuiApplication, and every widget test after it would crash."""
    global _APP
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError:
        return
    _APP = QApplication.instance() or QApplication(["beatboard-tests"])

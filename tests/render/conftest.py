"""Render tests share pytest-qt's QApplication: a bare QGuiApplication created here would
be the process's only application and break the widget tests that run later."""
import pytest


@pytest.fixture(autouse=True)
def _qt_app(qapp):
    return qapp

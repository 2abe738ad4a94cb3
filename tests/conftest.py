"""Shared test setup: Qt (where a test uses it) runs offscreen, never on a real display."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

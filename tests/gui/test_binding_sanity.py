"""The Qt binding must not leak references to None/True/False.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a void method;
after a few thousand calls the interpreter aborts ("none_dealloc"). pyproject.toml pins a
version without the leak; this test fails loudly if a leaking build is installed.
"""
import sys

from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsRectItem


def test_void_and_bool_calls_do_not_leak_singleton_references(qapp):
    item = QGraphicsRectItem(0, 0, 10, 10)
    pen = QPen()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        item.setPen(pen)
        item.isVisible()
    assert abs(sys.getrefcount(None) - none_before) < 100
    assert abs(sys.getrefcount(True) - true_before) < 100

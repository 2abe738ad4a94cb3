"""Qt-free core: document model, graph logic, file IO.

Nothing under ``beatboard.core`` (nor ``rules``, ``edit``, ``export``, ``interchange``)
may import Qt; ``tests/test_no_qt_in_core.py`` checks this mechanically.
"""

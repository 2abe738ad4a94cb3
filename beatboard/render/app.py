"""A QGuiApplication for rendering from the command line (offscreen when there is no screen)."""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication

from ..resources import CJK_FONT

_app = None
_families: list[str] = []


def ensure_gui_app() -> QCoreApplication:
    """The running Qt application, or a new offscreen QGuiApplication. Fonts (and so text)
    need a QGuiApplication; the bundled CJK font is registered once."""
    global _app
    app = QCoreApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM") and \
                not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _app = app = QGuiApplication(["beatboard-render"])
    elif not isinstance(app, QGuiApplication):
        raise RuntimeError("a QCoreApplication is running; rendering needs a QGuiApplication")
    label_families()
    return app


def label_families() -> list[str]:
    """Font families for labels: the default sans plus the bundled CJK fallback."""
    global _families
    if not _families:
        font_id = QFontDatabase.addApplicationFont(str(CJK_FONT))
        cjk = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _families = ["DejaVu Sans", "Helvetica", "Arial"] + list(cjk)
    return _families

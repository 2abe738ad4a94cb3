"""Bundled CJK font: registered at start-up so Chinese text never shows as boxes."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ..resources import CJK_FONT

_families: list[str] | None = None


def install_fonts() -> list[str]:
    """Register the bundled font once and add it as a fallback to the application font."""
    global _families
    if _families is None:
        font_id = QFontDatabase.addApplicationFont(str(CJK_FONT))
        _families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if _families and QApplication.instance() is not None:
            QApplication.setFont(ui_font())
    return list(_families)


def ui_font(point_size: float | None = None) -> QFont:
    """The application font with the bundled CJK family as fallback."""
    base = QApplication.font() if QApplication.instance() is not None else QFont()
    font = QFont(base)
    families = [f for f in font.families() if f not in (_families or [])] or [font.family()]
    font.setFamilies(families + list(_families or []))
    if point_size is not None:
        font.setPointSizeF(point_size)
    return font

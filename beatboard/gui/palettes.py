"""Light and dark palettes on the Fusion style."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("light", "dark")

# Status colours readable on both palettes; always shown beside a glyph, never alone.
STATUS_COLOURS = {
    "clean": {"light": "#2E7D32", "dark": "#81C784"},
    "warnings": {"light": "#B26A00", "dark": "#FFB74D"},
    "errors": {"light": "#C62828", "dark": "#EF5350"},
    "info": {"light": "#1565C0", "dark": "#64B5F6"},
}


def status_colour(status: str, dark: bool) -> QColor:
    return QColor(STATUS_COLOURS[status]["dark" if dark else "light"])


def _light() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.Window: "#F3F3F5", QPalette.WindowText: "#1E1E22",
        QPalette.Base: "#FFFFFF", QPalette.AlternateBase: "#F6F6F8",
        QPalette.Text: "#1E1E22", QPalette.Button: "#ECECEF",
        QPalette.ButtonText: "#1E1E22", QPalette.Highlight: "#2F6FDE",
        QPalette.HighlightedText: "#FFFFFF", QPalette.ToolTipBase: "#FFFFE8",
        QPalette.ToolTipText: "#1E1E22", QPalette.PlaceholderText: "#8A8A92",
        QPalette.Link: "#2F6FDE", QPalette.Mid: "#C8C8CE", QPalette.Dark: "#A0A0A8",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.Disabled, QPalette.Text, QColor("#A0A0A8"))
    p.setColor(QPalette.Disabled, QPalette.WindowText, QColor("#A0A0A8"))
    p.setColor(QPalette.Disabled, QPalette.ButtonText, QColor("#A0A0A8"))
    return p


def _dark() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.Window: "#25262B", QPalette.WindowText: "#E4E4E8",
        QPalette.Base: "#1B1C20", QPalette.AlternateBase: "#222328",
        QPalette.Text: "#E4E4E8", QPalette.Button: "#2E3036",
        QPalette.ButtonText: "#E4E4E8", QPalette.Highlight: "#3D7BE6",
        QPalette.HighlightedText: "#FFFFFF", QPalette.ToolTipBase: "#2E3036",
        QPalette.ToolTipText: "#E4E4E8", QPalette.PlaceholderText: "#7C7D85",
        QPalette.Link: "#6EA2FF", QPalette.Mid: "#3A3C43", QPalette.Dark: "#151619",
        QPalette.Light: "#3F4149", QPalette.BrightText: "#FF6B6B",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.Text, QPalette.WindowText, QPalette.ButtonText):
        p.setColor(QPalette.Disabled, role, QColor("#6A6B72"))
    return p


def apply_theme(app: QApplication, theme: str) -> None:
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(_dark() if theme == "dark" else _light())
    app.setProperty("beatboardTheme", "dark" if theme == "dark" else "light")


def is_dark() -> bool:
    app = QApplication.instance()
    return bool(app is not None and app.property("beatboardTheme") == "dark")

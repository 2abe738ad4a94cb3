"""Application set-up: identity, fonts, theme and language, shared by the launcher,
screenshots and tests."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from .fonts import install_fonts
from .i18n import effective_language, install_language
from .palettes import apply_theme
from .settings import APPLICATION, ORGANIZATION, Settings


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QApplication.setOrganizationName(ORGANIZATION)
        QApplication.setApplicationName(APPLICATION)
        app = QApplication([sys.argv[0] if sys.argv else "beatboard"] + list(argv or []))
    setup_app(app)
    return app


def setup_app(app: QApplication, settings: Settings | None = None) -> str:
    """Fonts, theme and translations from the settings; returns the UI language."""
    settings = settings or Settings()
    install_fonts()
    apply_theme(app, settings.get("ui/theme"))
    language = effective_language(settings.get("ui/language"))
    install_language(app, language)
    return language

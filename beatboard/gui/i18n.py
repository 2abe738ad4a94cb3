"""UI language: Qt translators for BeatBoard's own strings and Qt's standard dialogs."""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..resources import resource_path

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
_installed: list[QTranslator] = []


def system_language() -> str:
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def effective_language(setting: str) -> str:
    return setting if setting in LANGUAGES else system_language()


def install_language(app: QApplication, language: str) -> bool:
    """Switch the UI strings; True when a translation was loaded (False for English)."""
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if language == "en":
        return False
    ours = QTranslator(app)
    loaded = ours.load(f"beatboard_{language}", str(resource_path("i18n")))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded


def finding_language(language: str) -> str:
    """The language code Finding.text() takes."""
    return "zh" if language.startswith("zh") else "en"

"""UI language: Qt translators for BeatBoard's own strings and Qt's standard dialogs."""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..resources import resource_path

LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
_installed: list[QTranslator] = []
_current = {"language": "en"}


def system_language() -> str:
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def effective_language(setting: str) -> str:
    return setting if setting in LANGUAGES else system_language()


def install_language(app: QApplication, language: str) -> bool:
    """Switch the UI strings; True when a translation was loaded (False for English)."""
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    _current["language"] = language
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


def current_language() -> str:
    """The installed UI language code ("en" or "zh_CN")."""
    return _current["language"]


def ui_language() -> str:
    """"zh" or "en": the language the UI speaks now, for domain words (core.vocab_labels)."""
    return finding_language(_current["language"])


def finding_language(language: str) -> str:
    """The language code Finding.text() takes."""
    return "zh" if language.startswith("zh") else "en"

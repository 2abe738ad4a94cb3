"""Chinese strings still waiting in resources/i18n/pending/*.json (merged into the .ts by
the integrator), served by a translator so tests see them as users will after the merge."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QTranslator

PENDING = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "pending"


def pending_strings() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for path in sorted(PENDING.glob("*.json")):
        for context, pairs in json.loads(path.read_text(encoding="utf-8")).items():
            merged.setdefault(context, {}).update(pairs)
    return merged


class PendingTranslator(QTranslator):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = pending_strings()
        self.shipped = QTranslator(self)
        self.shipped.load(str(PENDING.parent / "beatboard_zh_CN.qm"))

    def translate(self, context, source, disambiguation=None, n=-1):
        found = self.table.get(context, {}).get(source)
        if found is None:  # folded into the shipped catalogue already
            found = self.shipped.translate(context, source, disambiguation, n) or None
        return found  # None: ask the next translator

    def isEmpty(self):
        return False


def install_chinese(app) -> PendingTranslator:
    """The shipped zh_CN translation plus the pending strings; undo with remove_chinese."""
    from beatboard.gui.i18n import install_language
    install_language(app, "zh_CN")
    pending = PendingTranslator(app)
    app.installTranslator(pending)
    return pending


def remove_chinese(app, pending: PendingTranslator) -> None:
    from beatboard.gui.i18n import install_language
    app.removeTranslator(pending)
    install_language(app, "en")

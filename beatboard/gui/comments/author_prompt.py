"""The name comments are signed with: asked once, then kept in the settings file the
command line reads too (core/author)."""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ...core.author import clean_name, os_user, resolve_author, save_author, saved_author


def known_author() -> str:
    """The name without asking: $BEATBOARD_AUTHOR or the saved one, else ""."""
    env = os.environ.get("BEATBOARD_AUTHOR")
    return clean_name(env) if env and clean_name(env) else saved_author()


def ensure_author(parent: QWidget | None) -> str | None:
    """The author's name, asking (and keeping the answer) the first time; None when the
    user cancels."""
    name = known_author()
    if name:
        return name
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("Comments", "Your Name"),
        QCoreApplication.translate("Comments", "Sign your comments and approvals as:"),
        QLineEdit.Normal, os_user())
    if not ok or not clean_name(text):
        return None
    try:
        save_author(text)
    except OSError:
        pass  # kept for this session only: resolve_author below still answers
    return clean_name(text) or resolve_author()


def current_author() -> str:
    """For filters (mine, mentions me): the name comments would be signed with."""
    return resolve_author()

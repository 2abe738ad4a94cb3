"""Beats on the clipboard: our own JSON mime type (beats + the links among them).

A plain-text copy (titles and dialogue) rides along for pasting into other programs.
"""
from __future__ import annotations

import atexit
import json

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication
from pydantic import ValidationError

from ...core.errors import BeatBoardError
from ...core.model import Beat, Episode, Link

MIME_TYPE = "application/x-beatboard-beats+json"


def beats_to_mime(ep: Episode, beat_ids: list[str]) -> QMimeData:
    chosen = set(beat_ids)
    beats = [b for b in ep.beats if b.id in chosen]
    links = [l for l in ep.effective_links() if l.from_ in chosen and l.to in chosen]
    payload = {"format": "beatboard-beats", "version": 1,
               "beats": [b.model_dump(mode="json", by_alias=True, exclude_none=True) for b in beats],
               "links": [l.model_dump(mode="json", by_alias=True) for l in links]}
    mime = QMimeData()
    mime.setData(MIME_TYPE, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n\n".join(_plain(b) for b in beats))
    return mime


def put_on_clipboard(mime: QMimeData) -> None:
    """Set the clipboard, and release our data before Qt shuts down.

    PySide6 (6.11) crashes at interpreter exit when the clipboard still holds a
    QMimeData it was given; clearing it first (while the application exists) avoids it.
    """
    global _exit_hook_installed
    QGuiApplication.clipboard().setMimeData(mime)
    if not _exit_hook_installed:
        atexit.register(_release_clipboard)
        _exit_hook_installed = True


_exit_hook_installed = False


def _release_clipboard() -> None:
    app = QGuiApplication.instance()
    if app is not None:
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        if mime is not None and mime.hasFormat(MIME_TYPE):  # ours: never clear another app's
            clipboard.clear()


def _plain(b: Beat) -> str:
    parts = [b.title or "(untitled)"]
    if b.dialogue:
        parts.append(b.dialogue)
    return "\n".join(parts)


def beats_from_mime(mime: QMimeData | None) -> tuple[list[Beat], list[Link]] | None:
    """The beats and links on the clipboard; None when it holds no beats.

    Raises BeatBoardError naming the problem when the data is ours but damaged.
    """
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    raw = bytes(mime.data(MIME_TYPE))
    try:
        payload = json.loads(raw.decode("utf-8"))
        beats = [Beat.model_validate(b) for b in payload["beats"]]
        links = [Link.model_validate(l) for l in payload.get("links", [])]
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError) as e:
        raise BeatBoardError(f"clipboard: the copied beats are damaged ({e})") from None
    except ValidationError as e:
        err = e.errors(include_url=False)[0]
        where = ".".join(str(p) for p in err["loc"])
        raise BeatBoardError(f"clipboard: copied beat field {where}: {err['msg']}") from None
    return beats, links

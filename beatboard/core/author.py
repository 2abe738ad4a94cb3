"""Who is writing a comment: ``--author``, else ``BEATBOARD_AUTHOR``, else the settings
file, else the operating system's user name.

The settings file is a small JSON object in the config folder (``BEATBOARD_CONFIG_DIR``,
else the platform's: ``~/.config/beatboard`` on Linux, ``~/Library/Application
Support/BeatBoard`` on macOS, ``%APPDATA%\\BeatBoard`` on Windows). The editor asks for the
name once and writes it here; the command line reads it too, so both sign the same.
"""
from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path

SETTINGS_NAME = "settings.json"
MAX_SETTINGS_BYTES = 64 * 1024
MAX_AUTHOR = 80


def config_dir() -> Path:
    explicit = os.environ.get("BEATBOARD_CONFIG_DIR")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming") / "BeatBoard"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "BeatBoard"
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "beatboard"


def settings_path() -> Path:
    return config_dir() / SETTINGS_NAME


def read_settings() -> dict:
    """The settings, or {} when the file is missing, too big or not a JSON object (a
    damaged settings file never stops a comment from being written)."""
    try:
        path = settings_path()
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def saved_author() -> str:
    name = read_settings().get("author")
    return clean_name(name) if isinstance(name, str) else ""


def save_author(name: str) -> Path:
    """Keep ``name`` in the settings file (other keys kept), atomically."""
    from .atomic import atomic_write_bytes
    data = read_settings()
    data["author"] = clean_name(name)
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode())
    return path


def os_user() -> str:
    try:
        return clean_name(getpass.getuser())
    except Exception:  # no user name in the environment or the password database
        return ""


def clean_name(name: str) -> str:
    return " ".join(name.split())[:MAX_AUTHOR]


def resolve_author(explicit: str | None = None) -> str:
    """The first of ``explicit``, $BEATBOARD_AUTHOR, the settings file and the OS user."""
    for candidate in (explicit, os.environ.get("BEATBOARD_AUTHOR")):
        if candidate and clean_name(candidate):
            return clean_name(candidate)
    return saved_author() or os_user() or "anonymous"

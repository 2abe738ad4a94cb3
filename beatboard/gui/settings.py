"""Every persisted preference in one table of key, type and default, over QSettings."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any


SETTINGS: dict[str, Setting] = {s.key: s for s in (
    Setting("ui/language", str, ""),  # "" = follow the system locale
    Setting("ui/theme", str, "light"),  # light | dark
    Setting("autosave/interval_s", int, 60),
    Setting("files/recent", list, []),
    Setting("files/last_dir", str, ""),
    Setting("import/beats", str, "scene"),  # scene | paragraph: how scripts become beats
    Setting("window/geometry", QByteArray, QByteArray()),
    Setting("window/state", QByteArray, QByteArray()),
    Setting("canvas/thumbnail_height", int, 64),  # filmstrip pictures, 64..240 px tall
)}

ORGANIZATION = "BeatBoard"
APPLICATION = "BeatBoard"


class Settings:
    """Typed access to the table; unknown keys are a programming error."""

    def __init__(self, qsettings: QSettings | None = None):
        self._q = qsettings or QSettings(ORGANIZATION, APPLICATION)

    def get(self, key: str) -> Any:
        spec = SETTINGS[key]
        raw = self._q.value(key, None)
        if raw is None:
            return spec.default
        try:
            if spec.type is list:
                if isinstance(raw, str):
                    return [raw] if raw else []
                return [str(x) for x in raw]
            if spec.type is int:
                return int(raw)
            if spec.type is bool:
                return raw in (True, "true", "1", 1)
            if spec.type is QByteArray:
                return raw if isinstance(raw, QByteArray) else QByteArray(raw)
            return spec.type(raw)
        except (TypeError, ValueError):
            return spec.default  # a hand-edited or stale value must not break start-up

    def set(self, key: str, value: Any) -> None:
        SETTINGS[key]  # noqa: B018 - refuse unknown keys
        self._q.setValue(key, value)

    def sync(self) -> None:
        self._q.sync()

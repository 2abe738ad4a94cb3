"""Paths to bundled resources (fonts, translations, icons) in the top-level resources/."""
from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
CJK_FONT = RESOURCES / "fonts" / "wqy-microhei.ttc"


def resource_path(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)

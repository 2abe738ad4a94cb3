"""The automatic frame for a panel with no picture, drawn from ``core.autoframe``.

Until the geometry module lands the frame shows its safe-area guides and subtitle zone.
"""
from __future__ import annotations

from .draw import Painter
from .frame import empty_frame
from .layout import Rect


def draw_auto_frame(p: Painter, f: Rect, shot, size: float, ctx) -> None:
    empty_frame(p, f, ctx.lang, size)

"""Helpers shared by the curve and the strip: signed-intensity colours, guides."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from ...core.vocab import Direction

MAX_CUTS = 8  # variant cuts drawn besides the main line; more would be noise


_UP = (QColor("#FFF1C1"), QColor("#E85D04"))
_DOWN = (QColor("#DCE7F5"), QColor("#1D3C78"))
_LEVEL = (QColor("#D5F2F4"), QColor("#0B7A85"))


_colour_cache: dict[tuple[Direction, int], QColor] = {}
_pattern_cache: dict[Direction, QBrush | None] = {}


def signed_colour(direction: Direction, intensity: int) -> QColor:
    """Diverging scale: warm for release, cool for pressure, teal for suspense; darker = stronger."""
    key = (direction, intensity)
    if key not in _colour_cache:
        _colour_cache[key] = _blend(direction, intensity)
    return _colour_cache[key]


def _blend(direction: Direction, intensity: int) -> QColor:
    lo, hi = {Direction.UP: _UP, Direction.DOWN: _DOWN, Direction.LEVEL: _LEVEL}[direction]
    k = (max(1, min(5, intensity)) - 1) / 4
    return QColor(round(lo.red() + (hi.red() - lo.red()) * k),
                  round(lo.green() + (hi.green() - lo.green()) * k),
                  round(lo.blue() + (hi.blue() - lo.blue()) * k))


def direction_pattern(direction: Direction) -> QBrush | None:
    """A texture over the colour so direction survives a greyscale print."""
    if direction not in _pattern_cache:
        _pattern_cache[direction] = _pattern(direction)
    return _pattern_cache[direction]


def _pattern(direction: Direction) -> QBrush | None:
    if direction == Direction.DOWN:
        return QBrush(QColor(0, 0, 0, 90), Qt.BDiagPattern)
    if direction == Direction.LEVEL:
        return QBrush(QColor(0, 0, 0, 70), Qt.Dense6Pattern)
    return None


def guides_of(findings) -> tuple[float, float, float]:
    """(hook, min, max) seconds: the hub's rule profile when it has one, else the defaults."""
    p = getattr(findings, "profile", None)
    if p is not None and hasattr(p, "hook_max_start_s"):
        return p.hook_max_start_s, p.episode_min_s, p.episode_warn_s
    return 3.0, 60.0, 120.0

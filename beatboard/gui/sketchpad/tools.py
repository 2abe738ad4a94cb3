"""Drawing tools as small classes on one interface (press, move, release, cursor).

Input points arrive in canvas units with pressure 0..1 and tilt in degrees. A stroke tool
collects them and asks the canvas to paint each new segment at once; on release it hands
the raw points to the canvas, which stores the stroke (one undo step). The hand tool pans.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt


@dataclass
class InputPoint:
    x: float
    y: float
    pressure: float = 0.5
    tilt: tuple[int, int] = (0, 0)


class BaseTool:
    name = "tool"
    shortcut = ""

    def press(self, canvas, pt: InputPoint) -> None: ...

    def move(self, canvas, pt: InputPoint) -> None: ...

    def release(self, canvas, pt: InputPoint) -> None: ...

    def cursor(self):
        return Qt.CrossCursor


class StrokeTool(BaseTool):
    """Pencil, pen, marker and eraser differ only in how the core draws them."""

    tool = "pen"
    default_width = 8.0
    fixed_colour: str | None = None

    def __init__(self):
        self.width = self.default_width

    def press(self, canvas, pt: InputPoint) -> None:
        canvas.begin_stroke(self, pt)

    def move(self, canvas, pt: InputPoint) -> None:
        canvas.extend_stroke(pt)

    def release(self, canvas, pt: InputPoint) -> None:
        canvas.end_stroke()


class PencilTool(StrokeTool):
    name, tool, shortcut, default_width = "Pencil", "pencil", "P", 6.0


class PenTool(StrokeTool):
    name, tool, shortcut, default_width = "Pen", "pen", "B", 10.0


class MarkerTool(StrokeTool):
    name, tool, shortcut, default_width = "Marker", "marker", "M", 40.0


class EraserTool(StrokeTool):
    name, tool, shortcut, default_width = "Eraser", "eraser", "E", 40.0
    fixed_colour = "black"


class HandTool(BaseTool):
    """Pans the view (Space-drag and middle-drag use it too)."""

    name, shortcut = "Hand", "H"

    def __init__(self):
        self._last = None

    def press(self, canvas, pt: InputPoint) -> None:
        self._last = canvas.last_widget_pos

    def move(self, canvas, pt: InputPoint) -> None:
        if self._last is not None:
            now = canvas.last_widget_pos
            canvas.pan_by(now - self._last)
            self._last = now

    def release(self, canvas, pt: InputPoint) -> None:
        self._last = None

    def cursor(self):
        return Qt.OpenHandCursor


def standard_tools() -> dict[str, BaseTool]:
    return {t.tool: t for t in (PencilTool(), PenTool(), MarkerTool(), EraserTool())}


MIN_WIDTH, MAX_WIDTH = 1.0, 300.0
SIZE_STEP = 1.25


def step_size(width: float, up: bool) -> float:
    """[ and ]: sizes in even steps to the eye (a factor, not a fixed amount)."""
    w = width * SIZE_STEP if up else width / SIZE_STEP
    return round(min(MAX_WIDTH, max(MIN_WIDTH, w)), 1)

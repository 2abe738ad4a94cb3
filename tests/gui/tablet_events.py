"""Synthetic tablet and mouse input for the sketch pad tests and benchmark."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication

_DEVICES: dict = {}


def pen_device(eraser: bool = False) -> QPointingDevice:
    key = "eraser" if eraser else "pen"
    if key not in _DEVICES:
        caps = (QInputDevice.Capability.Position | QInputDevice.Capability.Pressure
                | QInputDevice.Capability.XTilt | QInputDevice.Capability.YTilt)
        _DEVICES[key] = QPointingDevice(
            f"test {key}", 4242 + (1 if eraser else 0), QInputDevice.DeviceType.Stylus,
            QPointingDevice.PointerType.Eraser if eraser else QPointingDevice.PointerType.Pen,
            caps, 1, 3)
    return _DEVICES[key]


def tablet(widget, kind, pos: QPointF, pressure: float, tilt=(0.0, 0.0), eraser=False):
    etype = {"press": QEvent.TabletPress, "move": QEvent.TabletMove,
             "release": QEvent.TabletRelease}[kind]
    button = Qt.LeftButton if kind != "move" else Qt.NoButton
    buttons = Qt.NoButton if kind == "release" else Qt.LeftButton
    ev = QTabletEvent(etype, pen_device(eraser), QPointF(pos), widget.mapToGlobal(QPointF(pos)),
                      pressure, tilt[0], tilt[1], 0.0, 0.0, 0.0, Qt.NoModifier, button, buttons)
    QApplication.sendEvent(widget, ev)
    return ev


def tablet_stroke(widget, points, pressures, tilt=(0.0, 0.0), eraser=False) -> None:
    """A pen-down .. pen-up through widget points with the given pressures."""
    tablet(widget, "press", points[0], pressures[0], tilt, eraser)
    for pt, pr in zip(points[1:], pressures[1:]):
        tablet(widget, "move", pt, pr, tilt, eraser)
    tablet(widget, "release", points[-1], pressures[-1], tilt, eraser)

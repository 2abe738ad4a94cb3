"""The drawing surface: a 9:16 frame under a movable view (zoom, pan, rotate).

Input comes from QTabletEvent (pressure, tilt; the pen's eraser end erases), else the
mouse or a touch screen (synthesised mouse events), with a constant or speed-based
pressure. Each new segment is painted into a scratch image and only its rectangle is
repainted; finished strokes go into their layer's cached image (``LayerStack``), so a
mouse move never re-renders the picture.
"""
from __future__ import annotations

import math
import time

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QTransform
from PySide6.QtWidgets import QWidget

from ...core import sketch as sk
from ..comments.paint import paint_pin
from .guides import draw_guides
from .layers import LayerStack
from .stroke_paint import clear_rect, paint_live_segment
from .tools import BaseTool, HandTool, InputPoint, StrokeTool, standard_tools

FRAME = QRectF(0, 0, sk.CANVAS_W, sk.CANVAS_H)
BACKDROP = QColor("#5a5f66")
MIN_ZOOM, MAX_ZOOM = 0.05, 8.0
MOUSE_PRESSURE = 0.6


class SketchCanvas(QWidget):
    strokeFinished = Signal(object, object)  # the new Sketch, the Stroke just added
    viewChanged = Signal()
    refused = Signal(str)
    layerShown = Signal(str, bool)  # layer id, shown in the pad (the eye)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WA_AcceptTouchEvents, False)  # touch arrives as mouse events
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMouseTracking(False)
        self.setMinimumSize(300, 400)
        self.layers = LayerStack()
        self.tools = standard_tools()
        self.tool: BaseTool = self.tools["pen"]
        self.hand = HandTool()
        self.colour = "black"
        self.active_layer = "rough"  # a layer id
        self.zoom, self.rotation = 0.3, 0.0
        self.offset = QPointF(0, 0)  # frame centre relative to the widget centre
        self.show_safe, self.show_zones, self.show_onion = True, False, True
        self.speed_pressure = False  # mouse: pressure from speed instead of constant
        self.read_only_reason = ""
        self.picture: QImage | None = None  # the panel's raster image, under the layers
        self.layer_pictures: dict[str, QImage] = {}  # layer id -> its reference picture
        self.opacity_preview: tuple[str, float] | None = None  # a slider being dragged
        self.onion: tuple[QImage | None, QImage | None] = (None, None)
        self._scratch = self.layers.blank()
        self._stroke: dict | None = None
        self._panning: BaseTool | None = None
        self._space = False
        self.last_widget_pos = QPointF()
        self._last_mouse = (QPointF(), 0.0)
        self._fitted = False
        self.segments_painted = 0
        self.pins: list = []  # review comments at points of the picture (core.review.Pin)

    # -- view ---------------------------------------------------------------------------
    def view_transform(self) -> QTransform:
        t = QTransform()
        t.translate(self.width() / 2 + self.offset.x(), self.height() / 2 + self.offset.y())
        t.rotate(self.rotation)
        t.scale(self.zoom, self.zoom)
        t.translate(-sk.CANVAS_W / 2, -sk.CANVAS_H / 2)
        return t

    def to_canvas(self, pos: QPointF) -> QPointF:
        inv, _ok = self.view_transform().inverted()
        return inv.map(pos)

    def fit(self) -> None:
        self.zoom = min(self.width() / sk.CANVAS_W, self.height() / sk.CANVAS_H) * 0.94
        self.offset = QPointF(0, 0)
        self.rotation = 0.0
        self._changed_view()

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        before = self.to_canvas(anchor) if anchor is not None else None
        self.zoom = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom * factor))
        if before is not None:  # keep the point under the cursor where it is
            self.offset += anchor - self.view_transform().map(before)
        self._changed_view()

    def set_rotation(self, degrees: float) -> None:
        self.rotation = ((degrees + 180) % 360) - 180
        self._changed_view()

    def pan_by(self, delta: QPointF) -> None:
        self.offset += delta
        self._changed_view()

    def _changed_view(self) -> None:
        self.update()
        self.viewChanged.emit()

    def resizeEvent(self, event) -> None:
        if not self._fitted:
            self._fitted = True
            self.fit()
        super().resizeEvent(event)

    # -- content ------------------------------------------------------------------------
    def set_sketch(self, sketch: sk.Sketch, key: str | None = None) -> None:
        self.cancel_stroke()
        self.layers.reload(sketch)
        self.layers.key = key
        self.update()

    def recall(self, key: str | None) -> bool:
        """Show a remembered state of this panel's sketch (undo, redo of a stroke)."""
        self.cancel_stroke()
        if not self.layers.recall(key):
            return False
        self.update()
        return True

    def set_tool(self, name: str) -> None:
        self.tool = self.tools[name]
        self.setCursor(self.tool.cursor())

    def adopt(self, sketch: sk.Sketch) -> None:
        """Show an edit of the current sketch (a layer edit), keeping untouched layers."""
        self.cancel_stroke()
        self.layers.adopt(sketch)
        self.update()

    def set_layer_visible(self, layer_id: str, visible: bool) -> None:
        """The eye: a view setting of the pad, never saved (``Layer.visible`` is)."""
        (self.layers.hidden.discard if visible else self.layers.hidden.add)(layer_id)
        self.layerShown.emit(layer_id, visible)
        self.update()

    def preview_opacity(self, layer_id: str | None, opacity: float = 1.0) -> None:
        self.opacity_preview = (layer_id, opacity) if layer_id is not None else None
        self.update()

    # -- strokes ------------------------------------------------------------------------
    def begin_stroke(self, tool: StrokeTool, pt: InputPoint) -> None:
        if self.read_only_reason:
            self.refused.emit(self.read_only_reason)
            return
        if not self.layers.visible(self.active_layer):
            self.set_layer_visible(self.active_layer, True)
        colour = tool.fixed_colour or self.colour
        proto = sk.Stroke(tool.tool, colour, tool.width, [])
        target = self._scratch
        backup = None
        if proto.erases:  # erase the cached layer itself; restored before the final fill
            target = self.layers.image(self.active_layer)
            backup = target.copy()
        self._stroke = dict(proto=proto, raw=[], tilts=[], target=target, backup=backup,
                            bounds=QRectF())
        self.extend_stroke(pt)

    def extend_stroke(self, pt: InputPoint) -> None:
        s = self._stroke
        if s is None:
            return
        raw = s["raw"]
        if raw and abs(raw[-1][0] - pt.x) < 0.5 and abs(raw[-1][1] - pt.y) < 0.5:
            return
        raw.append((pt.x, pt.y, pt.pressure))
        s["tilts"].append(pt.tilt)
        p = QPainter(s["target"])
        p.setRenderHint(QPainter.Antialiasing, True)
        if s["proto"].erases:
            p.setCompositionMode(QPainter.CompositionMode_DestinationOut)
        rect = paint_live_segment(p, s["proto"], raw, s["tilts"], len(raw) - 1)
        p.end()
        s["bounds"] = s["bounds"].united(rect)
        self.segments_painted += 1
        self.update(self._widget_rect(rect))

    def end_stroke(self) -> None:
        s, self._stroke = self._stroke, None
        if s is None or not s["raw"]:
            return
        proto = s["proto"]
        if s["backup"] is not None:
            self._restore(s["target"], s["backup"], s["bounds"])
        else:
            clear_rect(self._scratch, s["bounds"])
        tilt = s["tilts"] if any(t != (0, 0) for t in s["tilts"]) else None
        stroke = sk.make_stroke(proto.tool, proto.colour, proto.width, s["raw"], tilt)
        self.layers.remember()  # the state before the stroke, for a fast undo
        new = self.layers.add_stroke(self.active_layer, stroke)
        self.update(self._widget_rect(s["bounds"].adjusted(-4, -4, 4, 4)))
        self.strokeFinished.emit(new, stroke)

    def cancel_stroke(self) -> None:
        s, self._stroke = self._stroke, None
        if s is None:
            return
        if s["backup"] is not None:
            self._restore(s["target"], s["backup"], s["bounds"])
        else:
            clear_rect(self._scratch, s["bounds"])
        self.update()

    @staticmethod
    def _restore(target: QImage, backup: QImage, rect: QRectF) -> None:
        p = QPainter(target)
        p.setCompositionMode(QPainter.CompositionMode_Source)
        r = rect.toAlignedRect().adjusted(-2, -2, 2, 2).intersected(target.rect())
        p.drawImage(r.topLeft(), backup, r)
        p.end()

    def _widget_rect(self, canvas_rect: QRectF):
        return self.view_transform().mapRect(canvas_rect).toAlignedRect().adjusted(-2, -2, 2, 2)

    # -- input --------------------------------------------------------------------------
    def _point(self, pos: QPointF, pressure: float, tilt=(0, 0)) -> InputPoint:
        self.last_widget_pos = QPointF(pos)
        c = self.to_canvas(pos)
        return InputPoint(c.x(), c.y(), max(0.0, min(1.0, pressure)),
                          (int(round(tilt[0])), int(round(tilt[1]))))

    def _active_tool(self) -> BaseTool:
        return self.hand if self._space else self.tool

    def tabletEvent(self, ev) -> None:
        pos = ev.position()
        pt = self._point(pos, ev.pressure(), (ev.xTilt(), ev.yTilt()))
        kind = ev.type()
        if kind == QEvent.TabletPress:
            tool = self._active_tool()
            if ev.pointerType() == ev.pointerType().Eraser and isinstance(tool, StrokeTool):
                tool = self.tools["eraser"]  # the pen's other end
            self._pen_tool = tool
            tool.press(self, pt)
        elif kind == QEvent.TabletMove and ev.buttons() & Qt.LeftButton:
            getattr(self, "_pen_tool", self.tool).move(self, pt)
        elif kind == QEvent.TabletRelease:
            getattr(self, "_pen_tool", self.tool).release(self, pt)
            self._pen_tool = self.tool
        ev.accept()  # no synthesised mouse events follow

    def _mouse_pressure(self, pos: QPointF) -> float:
        if not self.speed_pressure:
            return MOUSE_PRESSURE
        last, t0 = self._last_mouse
        now = time.perf_counter()
        self._last_mouse = (QPointF(pos), now)
        dt = max(1e-3, now - t0)
        speed = math.hypot(pos.x() - last.x(), pos.y() - last.y()) / dt  # px/s
        return max(0.15, min(1.0, 1.0 - speed / 4000.0))  # fast flicks draw thinner

    def mousePressEvent(self, ev) -> None:
        pos = ev.position()
        self._last_mouse = (QPointF(pos), time.perf_counter())
        if ev.button() == Qt.MiddleButton or (ev.button() == Qt.LeftButton and self._space):
            self._panning = self.hand
            self.hand.press(self, self._point(pos, 0))
            self.setCursor(Qt.ClosedHandCursor)
            return
        if ev.button() == Qt.LeftButton:
            self._active_tool().press(self, self._point(pos, self._mouse_pressure(pos)))

    def mouseMoveEvent(self, ev) -> None:
        pos = ev.position()
        if self._panning is not None:
            self._panning.move(self, self._point(pos, 0))
            return
        if ev.buttons() & Qt.LeftButton:
            self._active_tool().move(self, self._point(pos, self._mouse_pressure(pos)))

    def mouseReleaseEvent(self, ev) -> None:
        pos = ev.position()
        if self._panning is not None:
            self._panning.release(self, self._point(pos, 0))
            self._panning = None
            self.setCursor(self._active_tool().cursor())
            return
        if ev.button() == Qt.LeftButton:
            self._active_tool().release(self, self._point(pos, MOUSE_PRESSURE))

    def wheelEvent(self, ev) -> None:
        steps = ev.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.15 ** steps, ev.position())

    def keyPressEvent(self, ev) -> None:
        if ev.key() == Qt.Key_Space and not ev.isAutoRepeat():
            self._space = True
            self.setCursor(Qt.OpenHandCursor)
            return
        super().keyPressEvent(ev)

    def keyReleaseEvent(self, ev) -> None:
        if ev.key() == Qt.Key_Space and not ev.isAutoRepeat():
            self._space = False
            self.setCursor(self.tool.cursor())
            return
        super().keyReleaseEvent(ev)

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, ev) -> None:
        p = QPainter(self)
        p.fillRect(ev.rect(), BACKDROP)
        p.setTransform(self.view_transform())
        p.setRenderHint(QPainter.SmoothPixmapTransform, self.zoom < 1.0)
        p.fillRect(FRAME, Qt.white)
        if self.picture is not None:
            p.drawImage(FRAME, self.picture)
        prev_img, next_img = self.onion
        if self.show_onion:
            for img, alpha in ((prev_img, 0.22), (next_img, 0.12)):
                if img is not None:
                    p.setOpacity(alpha)
                    p.drawImage(FRAME, img)
            p.setOpacity(1.0)
        s = self._stroke
        # Layers hidden in output still show here: the artist draws on them.
        for layer in self.layers.sketch.layers:
            if not self.layers.visible(layer.id):
                continue
            opacity = layer.opacity
            if self.opacity_preview is not None and self.opacity_preview[0] == layer.id:
                opacity = self.opacity_preview[1]
            p.setOpacity(opacity)
            picture = self.layer_pictures.get(layer.id)
            if picture is not None:
                p.drawImage(FRAME, picture)
            p.drawImage(0, 0, self.layers.images[layer.id])
            if s is not None and not s["proto"].erases and layer.id == self.active_layer:
                p.setOpacity(opacity * sk.stroke_paint(s["proto"])[1])
                p.drawImage(0, 0, self._scratch)
        p.setOpacity(1.0)
        draw_guides(p, self.show_safe, self.show_zones)
        pen = QPen(QColor("#222"), 0)
        p.setPen(pen)
        p.setBrush(Qt.NoBrush)
        p.drawRect(FRAME)
        if self.pins:  # drawn at screen size, whatever the zoom
            t = p.transform()
            p.resetTransform()
            for pin in self.pins:
                at = t.map(QPointF(pin.x * FRAME.width(), pin.y * FRAME.height()))
                paint_pin(p, at, pin.number, resolved=pin.resolved)
        p.end()

    def set_pins(self, pins: list) -> None:
        if pins != self.pins:
            self.pins = pins
            self.update()

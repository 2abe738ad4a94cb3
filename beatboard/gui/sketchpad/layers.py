"""The pad's layers: the panel's sketch plus one cached full-resolution image per layer.

A finished stroke is painted into its layer's image once; the widget only composites
the cached images, so drawing never re-renders the picture. The last few states are
remembered by their sketch file (QImage copies share pixels until written), so undo and
redo of strokes swap images instead of repainting hundreds of strokes.
"""
from __future__ import annotations

import copy
from collections import OrderedDict

from PySide6.QtGui import QImage

from ...core import sketch as sk
from .stroke_paint import new_layer_image, paint_finished, paint_layer


def ensure_standard_layers(sketch: sk.Sketch) -> sk.Sketch:
    """The reference, rough and ink layers exist (a sketch from elsewhere may lack some)."""
    for i, kind in enumerate(sk.LAYER_KINDS):
        if sketch.layer(kind) is None:
            fresh = sk.new_sketch().layer(kind)
            sketch.layers.insert(min(i, len(sketch.layers)), fresh)
    return sketch


STATES_KEPT = 8


class LayerStack:
    def __init__(self):
        self.sketch = sk.new_sketch()
        self.images: dict[int, QImage] = {}  # layer index -> cached image
        self.hidden: set[str] = set()  # layer kinds switched off in the view
        self.key: str | None = None  # the sketch file the current state was loaded from
        self._states: OrderedDict[str, tuple] = OrderedDict()
        self.reload(self.sketch)

    def remember(self) -> None:
        if self.key is None:
            return
        self._states[self.key] = (self.sketch, {i: QImage(img) for i, img in self.images.items()})
        self._states.move_to_end(self.key)
        while len(self._states) > STATES_KEPT:
            self._states.popitem(last=False)

    def recall(self, key: str | None) -> bool:
        """Back to a remembered state (undo, redo); False when it is not remembered."""
        state = self._states.get(key) if key else None
        if state is None:
            return False
        self.sketch = state[0]
        self.images = {i: QImage(img) for i, img in state[1].items()}
        self.key = key
        return True

    def forget(self) -> None:
        self._states.clear()

    def reload(self, sketch: sk.Sketch) -> None:
        self.sketch = ensure_standard_layers(sketch)
        self.images = {i: paint_layer(layer, sk.CANVAS_W, sk.CANVAS_H)
                       for i, layer in enumerate(self.sketch.layers)}

    def index(self, kind: str) -> int:
        for i, layer in enumerate(self.sketch.layers):
            if layer.kind == kind:
                return i
        raise KeyError(kind)

    def image(self, kind: str) -> QImage:
        return self.images[self.index(kind)]

    def add_stroke(self, kind: str, stroke: sk.Stroke) -> sk.Sketch:
        """A new sketch with the stroke on top of layer ``kind`` (the old one is left
        untouched: it may be what the undo history holds), painted into the cache."""
        new = copy.copy(self.sketch)
        new.layers = list(self.sketch.layers)
        i = self.index(kind)
        layer = copy.copy(new.layers[i])
        layer.strokes = layer.strokes + [stroke]
        new.layers[i] = layer
        self.sketch = new
        paint_finished(self.images[i], stroke)
        return new

    def visible(self, kind: str) -> bool:
        return kind not in self.hidden

    def blank(self) -> QImage:
        return new_layer_image(sk.CANVAS_W, sk.CANVAS_H)

"""The pad's layers: the panel's sketch plus one cached full-resolution image per layer,
keyed by the layer's id.

A finished stroke is painted into its layer's image once; the widget only composites
the cached images, so drawing never re-renders the picture. A layer edit (rename,
reorder, opacity) keeps the images of layers whose strokes it did not touch. The last
few states are remembered by their sketch file (QImage copies share pixels until
written), so undo and redo swap images instead of repainting hundreds of strokes.
"""
from __future__ import annotations

import copy
from collections import OrderedDict

from PySide6.QtGui import QImage

from ...core import sketch as sk
from .stroke_paint import new_layer_image, paint_finished, paint_layer


STATES_KEPT = 8


class LayerStack:
    def __init__(self):
        self.sketch = sk.new_sketch()
        self.images: dict[str, QImage] = {}  # layer id -> cached image
        self.hidden: set[str] = set()  # layer ids switched off in the view (not saved)
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
        self.sketch = sketch if sketch.layers else sk.new_sketch()  # always a layer to draw on
        self.images = {layer.id: paint_layer(layer, sk.CANVAS_W, sk.CANVAS_H)
                       for layer in self.sketch.layers}

    def adopt(self, sketch: sk.Sketch) -> None:
        """Show ``sketch``, an edit of the current one: a layer whose strokes are the same
        list keeps its image, any other is painted."""
        before = {layer.id: layer.strokes for layer in self.sketch.layers}
        self.images = {layer.id: (self.images[layer.id] if before.get(layer.id) is layer.strokes
                                  else paint_layer(layer, sk.CANVAS_W, sk.CANVAS_H))
                       for layer in sketch.layers}
        self.sketch = sketch
        self.hidden &= set(self.images)

    def image(self, layer_id: str) -> QImage:
        return self.images[layer_id]

    def add_stroke(self, layer_id: str, stroke: sk.Stroke) -> sk.Sketch:
        """A new sketch with the stroke on top of layer ``layer_id`` (the old one is left
        untouched: it may be what the undo history holds), painted into the cache."""
        new = copy.copy(self.sketch)
        new.layers = list(self.sketch.layers)
        i = self.sketch.index_of(layer_id)
        layer = copy.copy(new.layers[i])
        layer.strokes = layer.strokes + [stroke]
        new.layers[i] = layer
        self.sketch = new
        paint_finished(self.images[layer_id], stroke)
        return new

    def visible(self, layer_id: str) -> bool:
        return layer_id not in self.hidden

    def blank(self) -> QImage:
        return new_layer_image(sk.CANVAS_W, sk.CANVAS_H)

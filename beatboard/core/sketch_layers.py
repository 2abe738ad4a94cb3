"""Edits of a sketch's layer list: add, rename, reorder, fade, hide in output, delete.

Each returns a new Sketch and leaves the one it was given untouched (the undo history
may hold it); layers that do not change are shared. The sketch pad stores the result as
a new sketch file and sets it on the panel, one undo step per edit. Qt-free.
"""
from __future__ import annotations

import copy
from typing import Optional

from .sketch_model import MAX_LAYERS, MAX_NAME, Layer, Sketch, free_layer_id

ADDED_KIND = {"reference": "ink"}  # a layer added above the reference is for drawing


def _with(sketch: Sketch, layers: list[Layer]) -> Sketch:
    out = copy.copy(sketch)
    out.layers = layers
    return out


def _changed(sketch: Sketch, layer_id: str, **fields) -> Sketch:
    i = sketch.index_of(layer_id)
    layers = list(sketch.layers)
    new = copy.copy(layers[i])
    for name, value in fields.items():
        setattr(new, name, value)
    layers[i] = new
    return _with(sketch, layers)


def can_add(sketch: Sketch) -> bool:
    return len(sketch.layers) < MAX_LAYERS


def can_delete(sketch: Sketch) -> bool:
    return len(sketch.layers) > 1  # the pad always has a layer to draw on


def add_layer(sketch: Sketch, above: Optional[str], name: str) -> tuple[Sketch, str]:
    """A new empty layer just above the layer ``above`` (on top when None), of the same
    kind (a reference layer's gets ``ink``); returns the sketch and the new layer's id."""
    if not can_add(sketch):
        raise ValueError(f"a sketch holds at most {MAX_LAYERS} layers")
    at = sketch.index_of(above) + 1 if above is not None else len(sketch.layers)
    below = sketch.layers[at - 1] if at > 0 else None
    kind = ADDED_KIND.get(below.kind, below.kind) if below is not None else "ink"
    layer_id = free_layer_id({l.id for l in sketch.layers}, kind)
    layers = list(sketch.layers)
    layers.insert(at, Layer(kind, clean_name(name), id=layer_id))
    return _with(sketch, layers), layer_id


def clean_name(name: str) -> str:
    """A layer name as stored: one line, trimmed, at most ``MAX_NAME`` characters."""
    text = " ".join(name.split())[:MAX_NAME]
    if not text:
        raise ValueError("a layer needs a name")
    return text


def rename_layer(sketch: Sketch, layer_id: str, name: str) -> Sketch:
    return _changed(sketch, layer_id, name=clean_name(name))


def set_opacity(sketch: Sketch, layer_id: str, opacity: float) -> Sketch:
    return _changed(sketch, layer_id, opacity=round(min(1.0, max(0.0, float(opacity))), 2))


def set_in_output(sketch: Sketch, layer_id: str, shown: bool) -> Sketch:
    """The saved ``visible`` flag: False leaves the layer out of every picture of the panel
    (thumbnails, PDF, animatic); the pad still shows it."""
    return _changed(sketch, layer_id, visible=bool(shown))


def move_layer(sketch: Sketch, layer_id: str, steps: int) -> Sketch:
    """Up (positive ``steps``: drawn later, over more) or down the list, within its ends."""
    i = sketch.index_of(layer_id)
    j = min(len(sketch.layers) - 1, max(0, i + steps))
    layers = list(sketch.layers)
    layers.insert(j, layers.pop(i))
    return _with(sketch, layers)


def delete_layer(sketch: Sketch, layer_id: str) -> Sketch:
    if not can_delete(sketch):
        raise ValueError("a sketch keeps at least one layer")
    i = sketch.index_of(layer_id)
    return _with(sketch, sketch.layers[:i] + sketch.layers[i + 1:])

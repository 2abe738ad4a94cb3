"""Vector sketches: layers of pressure strokes, their file format and their outline geometry.

This module is the public face of three: ``sketch_model`` (strokes, layers, input
smoothing), ``sketch_outline`` (geometry) and ``sketch_file`` (the file codec).

A sketch is drawn on a fixed canvas of ``CANVAS_W`` x ``CANVAS_H`` units (1080 x 1920, the
9:16 frame at full HD); renderers scale it to any size, so it prints crisp. A sketch's
layers are a free list the artist adds to, renames, reorders and fades, painted bottom to
top with their opacity; a layer whose ``visible`` is false is left out of every output
("hidden in output"). A new sketch starts with ``reference`` (an optional picture plus
strokes, shown dimmed), ``rough`` and ``ink``; a layer's ``kind`` is its role, its ``id``
names it within the sketch. Inside a layer strokes paint in order and an ``eraser``
stroke clears what is under it *in that layer only*.

Geometry stays here, Qt-free: ``stroke_outline`` turns a stroke into one filled polygon
(variable width from pressure, round caps, light smoothing) and ``stroke_paint`` says
how to fill it. Qt (beatboard.render) and reportlab only fill those polygons, using the
non-zero winding rule (the outline of a sharp turn overlaps itself).

File format (``FILE_FORMAT``, version ``FILE_VERSION``): UTF-8 JSON written one stroke per
line so a git diff of an edited panel shows only the strokes that changed::

    {"format": "beatboard-sketch", "version": 2, "canvas": [1080, 1920], "layers": [
    {"kind": "rough", "id": "rough", "name": "Rough", "opacity": 1, "visible": true,
    "strokes": [
    {"tool":"pencil","colour":"nonphoto","width":6,"points":"oGwMkDGBE"}
    ]}
    ]}

``points`` holds integers: the first point ``x, y, p`` in canvas units with the pressure
``p`` in hundredths (0-100), then every further point as the *difference* from the
previous one. BeatBoard writes them as a short text (``encode_ints``: zigzag, 5 bits a
character, about 3-4 characters a point) and reads either that text or a plain JSON list
of integers, which other tools may write. An optional ``tilt`` list holds ``tx, ty`` per
point in whole degrees (-90..90), absolute. A reference layer may carry
``"image"``: a picture path relative to the project folder. Version 1 files (no layer
``id``: each layer is named by its kind, or ``kind-N`` for a repeated kind) read unchanged.

Loading is capped (``MAX_*`` below) and every problem raises ``BeatBoardFileError`` naming
the file and the place (layer and stroke number).
"""
from __future__ import annotations

from .sketch_file import (decode_ints, dumps, encode_ints, flat_points, json_schema, load,
                          loads, save)
from .sketch_model import (CANVAS_H, CANVAS_W, COLOURS, DEFAULT_REFERENCE_OPACITY,
                           FILE_FORMAT, FILE_SUFFIX, FILE_VERSION, LAYER_KINDS,
                           MAX_COORD, MAX_FILE_BYTES, MAX_LAYERS, MAX_NAME, MAX_POINTS,
                           MAX_POINTS_PER_STROKE, MAX_STROKES, MAX_WIDTH, MIN_WIDTH, PRINT_COLOURS,
                           TOOL_ALPHA, TOOLS, Layer, Sketch, Stroke, colour_hex,
                           default_colour, free_layer_id, make_stroke, new_sketch)
from .sketch_outline import stroke_centerline, stroke_outline, stroke_paint, stroke_radius

__all__ = [
    "CANVAS_H", "CANVAS_W", "COLOURS", "DEFAULT_REFERENCE_OPACITY", "FILE_FORMAT",
    "FILE_SUFFIX", "FILE_VERSION", "LAYER_KINDS", "MAX_COORD", "MAX_FILE_BYTES",
    "MAX_LAYERS", "MAX_NAME", "MAX_POINTS", "MAX_POINTS_PER_STROKE", "MAX_STROKES",
    "MAX_WIDTH", "MIN_WIDTH", "PRINT_COLOURS", "TOOL_ALPHA", "TOOLS", "Layer", "Sketch",
    "Stroke", "colour_hex", "decode_ints", "default_colour", "dumps", "encode_ints",
    "flat_points", "free_layer_id", "json_schema", "load", "loads", "make_stroke",
    "new_sketch", "save", "stroke_centerline", "stroke_outline", "stroke_paint",
    "stroke_radius",
]

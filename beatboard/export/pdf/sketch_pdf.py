"""A panel's vector sketch as PDF paths: every stroke a filled outline polygon.

The outlines come from ``core.sketch.stroke_outline`` (the geometry the editor fills
too). Each stroke becomes PDF path operators in sketch canvas units (1080 x 1920, y down),
cached per stroke, and one transform places the whole sketch in any frame, so the
strings are built once per sketch whatever the frame size.

Erasers: an eraser clears what is under it *in its own layer only*. On paper we clip:
the strokes drawn before an eraser are painted inside a clip that is the whole frame
minus the eraser's outline (even-odd rule), nested for every later eraser of the layer.
Lower layers and the reference picture stay visible through the erased area, as in the
editor. (Painting paper colour over it would also hide the layers beneath.) A very sharp
turn in an eraser's outline may overlap itself; with the even-odd clip that small overlap
is left unerased, a sliver no one reads on a printed board.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...core import assets
from ...core import sketch as sk
from .layout import Rect
from .style import Style, hex_rgb

FAR = 20000  # the clip's outer rectangle: beyond any stroke (MAX_COORD is 10,000)


def _poly_code(poly) -> str:
    # Whole canvas units: at 600 pt frame height one unit is 0.3 pt.
    it = iter(poly)
    x, y = next(it)
    parts = [f"{x:.0f} {y:.0f} m"]
    parts += [f"{x:.0f} {y:.0f} l" for x, y in it]
    parts.append("h")
    return " ".join(parts)


def stroke_code(stroke: sk.Stroke) -> str:
    poly = sk.stroke_outline(stroke)
    return _poly_code(poly) if len(poly) >= 3 else ""


@lru_cache(maxsize=256)
def _load(path: str, stamp) -> "sk.Sketch":
    return sk.load(path)


def load_sketch(rel: str, base_dir: str | Path | None):
    """(sketch, None) or (None, problem message); never raises for a bad file."""
    base = Path(base_dir) if base_dir is not None else Path.cwd()
    try:
        path = assets.resolve(base, rel)
        st = path.stat()
        return _load(str(path), (st.st_mtime_ns, st.st_size)), None
    except Exception as e:  # noqa: BLE001 - any bad file becomes a placeholder, not a crash
        kind = getattr(e, "kind", "unreadable")
        return None, ("sketch_missing" if kind == "missing" else "sketch_unreadable", str(e))


class SketchPainter:
    """Writes sketches into a reportlab canvas; stroke code is cached per sketch object."""

    def __init__(self):
        self._codes: dict[int, tuple[object, list[list[tuple[str, sk.Stroke]]]]] = {}

    def _layer_codes(self, sketch: sk.Sketch):
        hit = self._codes.get(id(sketch))
        if hit is not None and hit[0] is sketch:
            return hit[1]
        codes = [[(stroke_code(s), s) for s in layer.strokes] for layer in sketch.layers]
        if len(self._codes) > 256:
            self._codes.clear()
        self._codes[id(sketch)] = (sketch, codes)
        return codes

    def draw(self, canvas, sketch: sk.Sketch, f: Rect, style: Style, draw_image=None) -> None:
        """Paint ``sketch`` into frame ``f`` (clipped to it). ``draw_image(rel, opacity)``
        places a reference layer's picture."""
        k = f.w / sk.CANVAS_W
        # saveState/restoreState (q/Q) keep reportlab's idea of colour and alpha in step.
        code = canvas._code
        canvas.saveState()
        code.append(f"{f.x:.2f} {f.y:.2f} {f.w:.2f} {f.h:.2f} re W n")
        for layer, strokes in zip(sketch.layers, self._layer_codes(sketch)):
            if not layer.visible or layer.opacity <= 0:
                continue
            if layer.image and draw_image is not None:
                draw_image(layer.image, layer.opacity)
            if not strokes:
                continue
            canvas.saveState()
            code.append(f"{k:.5f} 0 0 {-k:.5f} {f.x:.2f} {f.top:.2f} cm")
            self._layer(canvas, strokes, layer.opacity, style)
            canvas.restoreState()
        canvas.restoreState()

    def _layer(self, canvas, strokes, opacity: float, style: Style) -> None:
        code = canvas._code
        erasers = [i for i, (c, s) in enumerate(strokes) if s.erases and c]
        # Open one clip per eraser, last first, so each run of strokes before an eraser
        # sits inside the clips of every eraser that follows it.
        for i in reversed(erasers):
            canvas.saveState()
            code.append(f"-{FAR} -{FAR} {2 * FAR} {2 * FAR} re {strokes[i][0]} W* n")
        current = None
        for c, s in strokes:
            if s.erases:
                if c:
                    canvas.restoreState()  # leave this eraser's clip: later strokes are whole
                    current = None  # Q restored the colour and alpha too
                continue
            if not c:
                continue
            hexc, alpha, _ = sk.stroke_paint(s)
            paint = (style.colour(hex_rgb(hexc)), round(alpha * opacity, 3))
            if paint != current:
                r, g, b = paint[0]
                canvas.setFillAlpha(paint[1])
                code.append(f"{r:.3f} {g:.3f} {b:.3f} rg")
                current = paint
            code.append(c + " f")

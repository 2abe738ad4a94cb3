"""A thin painter over a reportlab canvas: fitted text in boxes, shapes, and a trace.

Every text line drawn through ``text_box``/``line`` is checked against its box; with a
``trace`` list the painter also records (container, line box, text) so tests can prove
no text leaves its panel.
"""
from __future__ import annotations

from dataclasses import dataclass

from .fonts import FONT, Fitted, fit, fit_line, text_width
from .layout import Rect
from .style import INK, RGB


@dataclass(frozen=True)
class TraceEntry:
    container: Rect
    box: Rect
    text: str
    size: float


_COLOUR_OPS: dict[tuple, str] = {}


def colour_op(rgb: RGB, op: str) -> str:
    """``"r g b rg"`` (or ``RG``), cached: a page sets the same few colours many times."""
    key = (rgb, op)
    text = _COLOUR_OPS.get(key)
    if text is None:
        text = _COLOUR_OPS[key] = "%s %s %s %s" % (*(_num(v) for v in rgb), op)
    return text


def _num(v: float) -> str:
    text = f"{v:.4f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


class Painter:
    """Draws on a reportlab canvas, batching consecutive strings into one text object.

    Reportlab's per-call overhead dominates export time, so strings are collected into an
    open text object; any other drawing goes through ``self.c``, which closes the batch
    first and so keeps the drawing order.
    """

    def __init__(self, canvas, trace: list[TraceEntry] | None = None):
        self._canvas = canvas
        self.trace = trace
        self.container: Rect | None = None  # the panel or region text must stay inside
        self._text = None  # the open text object
        self._font_size = None
        self._fill: RGB | None = None
        self._mode = None  # text render mode: 0 fill, 2 fill + stroke (bold)
        self.forms: set[str] = set()

    @property
    def c(self):
        """The canvas, for anything but text: closes the open text batch first."""
        if self._text is not None:
            self.flush()
        return self._canvas

    def flush(self) -> None:
        if self._text is not None:
            t, self._text = self._text, None
            self._canvas.drawText(t)

    # -- state (cached: repeated font and colour changes bloat the page stream)
    # Colours and widths are written as raw operators, with the state reportlab's own
    # setters keep (its generic number formatting was a tenth of an export).
    def fill(self, rgb: RGB) -> None:
        if self._fill != rgb:
            target = self._text if self._text is not None else self._canvas
            target._fillColorObj = rgb
            target._code.append(colour_op(rgb, "rg"))
            self._fill = rgb

    def stroke(self, rgb: RGB, width: float = 0.5) -> None:
        c = self.c
        c._strokeColorObj, c._lineWidth = rgb, width
        c._code.append(f"{colour_op(rgb, 'RG')} {width:.3f} w")

    def new_page(self) -> None:
        self.c.showPage()
        self.reset_cache()

    def reset_cache(self) -> None:
        self.flush()
        self._font_size = None
        self._fill = None
        self._mode = None

    # -- forms: drawn once, placed many times (curves, empty frames)
    def define_form(self, name: str, draw, container: Rect | None = None) -> None:
        """Define form ``name`` from ``draw()``; traced in ``container`` when the form is
        placed at the origin (its coordinates are the page's)."""
        outer, self.container = self.container, container
        self.c.beginForm(name)
        self.reset_cache()
        draw()
        self.c.endForm()
        self.reset_cache()
        self.container = outer
        self.forms.add(name)

    def use_form(self, name: str, x: float = 0.0, y: float = 0.0) -> None:
        if x or y:
            self.c.saveState()
            self.c.translate(x, y)
            self.c.doForm(name)
            self.c.restoreState()
            self.reset_cache()
        else:
            self.c.doForm(name)

    # -- text
    def _record(self, x: float, y: float, text: str, size: float, bold: bool = False) -> None:
        if self.trace is not None and self.container is not None:
            w = text_width(text, size) + (0.3 if bold else 0.0)
            box = Rect(x, y - 0.22 * size, w, size * 1.08)
            self.trace.append(TraceEntry(self.container, box, text, size))

    def string(self, x: float, y: float, text: str, size: float, colour: RGB = INK,
               bold: bool = False, align: str = "left") -> float:
        """Draw one line at baseline ``y``; returns its width. Callers fit it first."""
        if not text:
            return 0.0
        w = 0.0
        if align != "left" or self.trace is not None:
            w = text_width(text, size)
        if align == "right":
            x -= w
        elif align == "center":
            x -= w / 2
        t = self._text
        if t is None:
            # A new text object starts from the canvas's idea of font and render mode,
            # which our batches bypass: state both again.
            t = self._text = self._canvas.beginText()
            self._font_size = self._mode = None
        # Raw operators: reportlab's generic number formatting and cursor tracking
        # (a width measurement per string) are the slowest part of drawing text.
        t._code.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        if self._font_size != size:
            t.setFont(FONT, size)
            self._font_size = size
        self.fill(colour)
        mode = 2 if bold else 0
        if bold:
            # Fill + stroke in the text colour: a bold look from the one embedded font.
            t._strokeColorObj = colour
            t._code.append(colour_op(colour, "RG"))
            t._code.append(f"{size * 0.045:.3f} w")  # line width is legal inside BT/ET
        if self._mode != mode:
            t._code.append(f"{mode} Tr")  # raw: setTextRenderMode skips "no change"
            self._mode = mode
        t._code.append(t._formatText(text))
        self._record(x, y, text, size, bold)
        return w

    def line(self, box: Rect, text: str, size: float, colour: RGB = INK, bold: bool = False,
             align: str = "left") -> float:
        """One line fitted to ``box`` width (shrunk, then ellipsised), baseline in the box."""
        text, s = fit_line(text, box.w, size)
        baseline = box.y + max((box.h - s) / 2, 0) + 0.22 * s
        x = {"left": box.x, "right": box.right, "center": box.x + box.w / 2}[align]
        self.string(x, baseline, text, s, colour, bold, align)
        return s

    def text_box(self, box: Rect, text: str, size: float, colour: RGB = INK,
                 prefix: str = "", max_lines: int | None = None) -> Fitted:
        """Wrapped text in ``box`` from its top; shrinks to the floor, then cuts with a mark."""
        fitted = fit(prefix + text, box.w, box.h, size, max_lines=max_lines)
        self.lines_at(box.x, box.top - fitted.size, fitted, colour)
        return fitted

    def lines_at(self, x: float, y: float, fitted: Fitted, colour: RGB = INK) -> None:
        """Draw fitted lines from baseline ``y`` down."""
        for ln in fitted.lines:
            self.string(x, y, ln, fitted.size, colour)
            y -= fitted.leading

    # -- shapes
    def rect(self, r: Rect, fill: RGB | None = None, stroke: RGB | None = None,
             width: float = 0.5, dash: tuple[float, ...] | None = None) -> None:
        self.flush()
        if fill is not None:
            self.fill(fill)
        if stroke is not None:
            self.stroke(stroke, width)
        if dash:
            self.c.setDash(*dash) if len(dash) > 1 else self.c.setDash(dash[0])
        # Raw operators: reportlab's generic number formatting is a hot spot here.
        op = "B" if fill is not None and stroke is not None else "f" if fill is not None \
            else "S" if stroke is not None else "n"
        self._canvas._code.append(f"{r.x:.2f} {r.y:.2f} {r.w:.2f} {r.h:.2f} re {op}")
        if dash:
            self.c.setDash()

    def hatch(self, r: Rect, colour: RGB, step: float = 3.0, width: float = 0.4) -> None:
        """Diagonal hatching clipped to ``r``: pressure (down) is hatched, release is solid."""
        if r.w <= 0 or r.h <= 0:
            return
        c = self.c
        c.saveState()
        p = c.beginPath()
        p.rect(r.x, r.y, r.w, r.h)
        c.clipPath(p, stroke=0, fill=0)
        self.stroke(colour, width)
        d = -r.h
        code = c._code  # what canvas.lines writes, formatted in one pass
        code.append("n")
        while d < r.w:
            code.append(f"{r.x + d:.2f} {r.y:.2f} m {r.x + d + r.h:.2f} {r.top:.2f} l")
            d += step
        code.append("S")
        c.restoreState()
        self.reset_cache()

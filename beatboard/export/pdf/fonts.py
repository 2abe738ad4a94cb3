"""The one embedded font (bundled WenQuanYi Micro Hei: CJK and Latin), metrics and fitting.

Only this TrueType font is used, so every font in the PDF is embedded (no standard-14
Helvetica). Widths come from a per-character cache: measuring is the hot path of layout.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ...core.errors import BeatBoardError
from ...resources import CJK_FONT

FONT = "BeatBoardSans"
FLOOR_PT = 6.0  # text shrinks to this size before it is cut
ELLIPSIS = "…"
CUT_MARK = "… [cut]"
# Glyphs the boards print; checked once so a font swap cannot silently drop them.
REQUIRED_GLYPHS = "↑↓→…≈▲↳·—–"

class _Widths(dict):
    """Advance widths at 1 pt; characters the font lacks count as 1 em."""

    def __missing__(self, ch: str) -> float:
        return 1.0


_widths: _Widths = _Widths()
_missing: set[str] = set()


@lru_cache(maxsize=1)
def register_font() -> str:
    """Register the bundled font with reportlab (once) and return its name."""
    try:
        font = TTFont(FONT, str(CJK_FONT), subfontIndex=0)
    except Exception as e:  # reportlab raises several kinds for unreadable fonts
        raise BeatBoardError(f"cannot load the bundled font {CJK_FONT}: {e}") from None
    pdfmetrics.registerFont(font)
    cmap = font.face.charToGlyph
    _missing.update(ch for ch in REQUIRED_GLYPHS if ord(ch) not in cmap)
    widths = font.face.charWidths
    default = font.face.defaultWidth
    for code, glyph in cmap.items():
        _widths[chr(code)] = widths.get(code, default) / 1000.0 if code in widths else \
            font.stringWidth(chr(code), 1.0)
    return FONT


def has_glyph(ch: str) -> bool:
    register_font()
    return ch not in _missing and ch in _widths


def text_width(text: str, size: float) -> float:
    return sum(map(_widths.__getitem__, text)) * size


# Latin words stay whole; each CJK character (and punctuation) may break on its own.
_TOKEN = re.compile(r"[A-Za-z0-9_'’\-.,;:!?\"()\[\]/@#%&*+=<>]+|\s+|.", re.S)


_NO_LINE_START = set("，。！？、；：）」』》〉】,.!?;:)]…")


@lru_cache(maxsize=4096)
def _paragraphs(text: str) -> tuple[tuple[tuple[str, float], ...], ...]:
    """Tokens of each paragraph with their widths at 1 pt (wrapping is linear in size)."""
    return tuple(tuple((tok, text_width(tok, 1.0)) for tok in _TOKEN.findall(para))
                 for para in text.replace("\r", "").split("\n"))


def wrap(text: str, size: float, width: float) -> list[str]:
    """Greedy line wrapping on word boundaries (Latin) or characters (CJK)."""
    return list(_wrap(text, size, width))


@lru_cache(maxsize=16384)
def _wrap(text: str, size: float, width: float) -> tuple[str, ...]:
    # The board's layout search flows the same texts into the same boxes many times.
    lines: list[str] = []
    limit = width / size  # compare widths at 1 pt
    space_w = _widths[" "]
    for para in _paragraphs(text):
        line, line_w = "", 0.0
        for tok, tok_w in para:
            if tok.isspace():
                if line:
                    line += " "
                    line_w += space_w
                continue
            if line_w + tok_w <= limit:
                line += tok
                line_w += tok_w
                continue
            if tok in _NO_LINE_START and len(line) > 1 and not line[-1].isspace():
                tok = line[-1] + tok  # keep closing punctuation off the start of a line
                line = line[:-1]
                tok_w = text_width(tok, 1.0)
            if line.strip():
                lines.append(line.rstrip())
            line, line_w = "", 0.0
            while tok_w > limit and len(tok) > 1:  # a word wider than the box: split it
                head = _prefix_fitting(tok, 1.0, limit)
                lines.append(head)
                tok = tok[len(head):]
                tok_w = text_width(tok, 1.0)
            line, line_w = tok, tok_w
        lines.append(line.rstrip())
    while lines and not lines[-1]:
        lines.pop()
    return tuple(lines)


def _prefix_fitting(text: str, size: float, width: float) -> str:
    out, w = "", 0.0
    for ch in text:
        cw = _widths.get(ch, 1.0) * size
        if w + cw > width and out:
            break
        out += ch
        w += cw
    return out


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float
    leading: float
    cut: bool  # text was cut; the last line ends with the cut mark

    @property
    def height(self) -> float:
        return len(self.lines) * self.leading


def fit(text: str, width: float, height: float, size: float, floor: float = FLOOR_PT,
        max_lines: int | None = None) -> Fitted:
    """Shrink ``text`` until it fits the box, down to ``floor``; then cut it with a mark."""
    register_font()
    text = text.strip()
    if not text or width <= 0 or height <= 0:
        return Fitted((), size, size * 1.18, bool(text))
    s = size
    while True:
        leading = s * 1.18
        lines = wrap(text, s, width)
        room = max(int((height + 0.01) // leading), 0)
        if max_lines is not None:
            room = min(room, max_lines)
        if len(lines) <= room:
            return Fitted(tuple(lines), s, leading, False)
        if s <= floor:
            break
        s = max(floor, s - 0.5)
    if room == 0:
        return Fitted((), s, leading, True)
    kept = lines[:room]
    kept[-1] = _with_mark(kept[-1], s, width)
    return Fitted(tuple(kept), s, leading, True)


def _with_mark(line: str, size: float, width: float) -> str:
    mark_w = text_width(CUT_MARK, size)
    if mark_w > width:
        return _prefix_fitting(ELLIPSIS, size, width)
    while line and text_width(line, size) + mark_w > width:
        line = line[:-1]
    return line.rstrip() + CUT_MARK


def fit_line(text: str, width: float, size: float, floor: float = FLOOR_PT) -> tuple[str, float]:
    """One line: shrink to ``floor``, then end it with an ellipsis."""
    register_font()
    text = " ".join(text.split())
    s = size
    while text_width(text, s) > width and s > floor:
        s = max(floor, s - 0.5)
    if text_width(text, s) <= width:
        return text, s
    ell = text_width(ELLIPSIS, s)
    while text and text_width(text, s) + ell > width:
        text = text[:-1]
    return text + ELLIPSIS, s

"""Paragraphs flowed through a chain of boxes (beside the frame, then under it).

A paragraph that reaches the end of the last box is not cut: its last placed line ends
with a reference mark (``→#12``) and the rest of the text goes into the overflow list,
printed in full on the episode's "continued text" page.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .fonts import FLOOR_PT, text_width, wrap
from .layout import Rect
from .style import INK, RGB

LEADING = 1.18
COLUMN_GAP = 1.2  # between the two columns of dual dialogue, in type sizes


@dataclass(frozen=True)
class Para:
    text: str
    ref: str  # what the overflow note is called: "#12" (a shot) or a beat id
    label: str = ""  # "Action" in the overflow note
    colour: RGB = INK
    bold: bool = False
    scale: float = 1.0  # relative to the flow's type size
    # two speeches spoken at once (dual dialogue), printed side by side; ``text`` holds
    # both, one a line, for the continued-text page
    columns: tuple[str, str] | None = None


@dataclass(frozen=True)
class Placed:
    x: float
    y: float  # baseline
    text: str
    size: float
    colour: RGB
    bold: bool


@dataclass
class Flowed:
    lines: list[Placed] = field(default_factory=list)
    overflow: list[tuple[Para, str]] = field(default_factory=list)  # (paragraph, rest)
    bottom: float = 0.0  # lowest point used (top of the first box when nothing was placed)

    @property
    def fits(self) -> bool:
        return not self.overflow


def _join(a: str, b: str) -> str:
    """Rejoin wrapped lines: Latin words take a space, CJK characters do not."""
    if not a or not b:
        return a + b
    return a + (" " if a[-1].isascii() and b[0].isascii() else "") + b


def mark_for(ref: str) -> str:
    return f" →{ref}"


def flow(paras: list[Para], boxes: list[Rect], size: float, gap: float = 0.0,
         dry: bool = False) -> Flowed:
    """Place ``paras`` top-down through ``boxes``; ``gap`` is extra space between paragraphs.

    ``dry`` only measures (no lines kept): layout search calls it many times.
    """
    out = Flowed(bottom=boxes[0].top if boxes else 0.0)
    bi = 0
    y = boxes[0].top if boxes else 0.0
    last: int | None = None  # index in out.lines of the last line placed
    last_para: Para | None = None
    pending: list[Para] = []
    for pi, para in enumerate(paras):
        text = para.text.strip()
        if not text:
            continue
        s = max(size * para.scale, min(size, FLOOR_PT))
        lead = s * LEADING
        if last is not None or out.lines:
            y -= gap
        if para.columns is not None:
            bi, y, placed = _flow_columns(out, para, boxes, bi, y, s, dry)
            if placed:
                last, last_para, text = len(out.lines) - 1, para, ""
        while text and para.columns is None:
            if bi >= len(boxes):
                break
            box = boxes[bi]
            room = int((y - box.y + 0.01) // lead)
            if room <= 0:
                bi += 1
                if bi < len(boxes):
                    y = min(y, boxes[bi].top)
                continue
            lines = wrap(text, s, box.w)
            take = lines[:room]
            for ln in take:
                y -= lead
                out.bottom = min(out.bottom, y)
                if not dry:
                    out.lines.append(Placed(box.x, y + lead - s, ln, s, para.colour, para.bold))
                last = len(out.lines) - 1
                last_para = para
            rest = lines[room:]
            text = ""
            for ln in rest:
                text = _join(text, ln)
            if text:
                bi += 1
                if bi < len(boxes):
                    y = min(y, boxes[bi].top)
        if text:
            out.overflow.append((para, text))
            pending = [p for p in paras[pi + 1:] if p.text.strip()]
            break
    for para in pending:
        out.overflow.append((para, para.text.strip()))
    if out.overflow and not dry:
        _mark_last(out, last, last_para, boxes)
    return out


def _flow_columns(out: Flowed, para: Para, boxes: list[Rect], bi: int, y: float, s: float,
                  dry: bool) -> tuple[int, float, bool]:
    """Place a dual-dialogue pair side by side, line beside line, in the first box from
    ``bi`` with room for all its rows (a pair is never cut). Returns (box, y, placed)."""
    lead = s * LEADING
    while bi < len(boxes):
        box = boxes[bi]
        half = (box.w - COLUMN_GAP * s) / 2
        left, right = (wrap(c, s, half) for c in para.columns)
        rows = max(len(left), len(right))
        if rows <= int((y - box.y + 0.01) // lead):
            for k in range(rows):
                y -= lead
                out.bottom = min(out.bottom, y)
                if dry:
                    continue
                for dx, col in ((0.0, left), (half + COLUMN_GAP * s, right)):
                    if k < len(col):
                        out.lines.append(Placed(box.x + dx, y + lead - s, col[k], s,
                                                para.colour, para.bold))
            return bi, y, True
        bi += 1
        if bi < len(boxes):
            y = min(y, boxes[bi].top)
    return bi, y, False


def _mark_last(out: Flowed, last: int | None, last_para: Para | None,
               boxes: list[Rect]) -> None:
    """End the last placed line with the reference of the text that continues in the notes,
    moving the words the mark displaces to the front of that text."""
    if last is None or last_para is None:
        return  # nothing placed: the text is in the notes list only
    ln = out.lines[last]
    width = next((b.w for b in boxes if b.x <= ln.x + 0.01 and b.y - 0.01 <= ln.y <= b.top),
                 boxes[-1].w)
    para, rest = out.overflow[0]
    mark = mark_for(para.ref)
    if text_width(ln.text + mark, ln.size) > width and para is not last_para:
        mark = mark_for(last_para.ref)
    text, moved = ln.text, ""
    while text and text_width(text + mark, ln.size) > width:
        moved = text[-1] + moved
        text = text[:-1]
    out.lines[last] = Placed(ln.x, ln.y, text.rstrip() + mark, ln.size, ln.colour, ln.bold)
    if moved.strip():
        if para is last_para:
            out.overflow[0] = (para, _join(moved.strip(), rest))
        else:
            out.overflow.insert(0, (last_para, moved.strip()))

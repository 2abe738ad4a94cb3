"""Drawing the Board view: beat bands over runs of panels, pictures, text under each."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPen

from ..canvas.beat_card import wrap_two_lines
from ..canvas.palette import CanvasPalette, font
from .grid import GAP, Grid, Rect

_fonts: dict[str, object] = {}


def _f(name: str):
    if not _fonts:
        _fonts.update(band=font(12, True), timing=font(12, True), text=font(12),
                      number=font(11, True), hint=font(15))
    return _fonts[name]


def paint_board(p: QPainter, view, pal: CanvasPalette, visible: QRectF) -> None:
    """``visible``: the part of the board on screen, in board coordinates."""
    p.fillRect(visible, pal.background)
    cells, grid = view.cells, view.grid
    if not cells:
        p.setPen(pal.muted)
        p.setFont(_f("hint"))
        p.drawText(visible, Qt.AlignCenter, view.empty_text())
        return
    p.setRenderHint(QPainter.Antialiasing, True)
    current = view.current_key()
    n = len(cells)
    for i in range(n):
        cell = grid.cell(i)
        if cell.y + cell.h < visible.top() or cell.y > visible.bottom():
            continue
        c = cells[i]
        if _run_starts(cells, grid, i):
            _paint_band(p, cells, grid, i, pal)
        _paint_picture(p, view, grid, i, pal, (c.beat.id, c.panel.id) == current)
        _paint_text(p, c, grid.text(i), pal)
    if view.drop_at is not None:
        _paint_drop_marker(p, grid, view.drop_at, n, pal)


def _run_starts(cells, grid: Grid, i: int) -> bool:
    return i % grid.columns == 0 or cells[i - 1].beat.id != cells[i].beat.id


def _paint_band(p: QPainter, cells, grid: Grid, i: int, pal: CanvasPalette) -> None:
    """The beat's colour and emotion over its panels in this row (repeated when the beat
    continues on the next row, so every row says whose panels it shows)."""
    end = i
    row_end = (i // grid.columns + 1) * grid.columns
    while end + 1 < min(len(cells), row_end) and cells[end + 1].beat.id == cells[i].beat.id:
        end += 1
    first, last = grid.header(i), grid.header(end)
    r = QRectF(first.x, first.y, last.x + last.w - first.x, first.h)
    c = cells[i]
    p.setPen(Qt.NoPen)
    bar = QRectF(r.left(), r.bottom() - 6, r.width(), 6)
    p.setBrush(c.colour)
    p.drawRoundedRect(bar, 2, 2)
    if c.pressure:  # hatched as on the canvas cards, so a grey screenshot still tells
        p.setBrush(QBrush(QColor(0, 0, 0, 110), Qt.BDiagPattern))
        p.drawRect(bar)
    p.setBrush(c.colour)
    p.drawEllipse(QRectF(r.left(), r.top() + 2, 11, 11))
    fm = QFontMetrics(_f("band"))
    p.setFont(_f("band"))
    p.setPen(pal.text)
    text_r = r.adjusted(16, -2, 0, -6)
    line = "  ·  ".join(x for x in (c.banner, c.mark, c.title) if x)
    p.drawText(text_r, Qt.AlignLeft | Qt.AlignVCenter,
               fm.elidedText(line, Qt.ElideRight, int(text_r.width())))


def _paint_picture(p: QPainter, view, grid: Grid, i: int, pal: CanvasPalette,
                   current: bool) -> None:
    r = grid.picture(i)
    rect = QRectF(r.x, r.y, r.w, r.h)
    img = view.picture(i, int(r.w), int(r.h))
    if img is not None:
        p.drawImage(rect, img)
    else:
        p.setPen(Qt.NoPen)
        p.setBrush(pal.card)
        p.drawRect(rect)
    p.setBrush(Qt.NoBrush)
    if current:
        p.setPen(QPen(pal.accent, 4))
        p.drawRect(rect.adjusted(-2, -2, 2, 2))
    else:
        p.setPen(QPen(pal.card_border, 1))
        p.drawRect(rect)
    # The panel's number in the episode, as the PDF boards number them.
    label = str(view.cells[i].item.number)
    fm = QFontMetrics(_f("number"))
    badge = QRectF(rect.left() + 6, rect.top() + 6, fm.horizontalAdvance(label) + 12, 19)
    p.setPen(Qt.NoPen)
    p.setBrush(QColor(20, 22, 26, 190))
    p.drawRoundedRect(badge, 4, 4)
    p.setPen(QColor("#FFFFFF"))
    p.setFont(_f("number"))
    p.drawText(badge, Qt.AlignCenter, label)


def _paint_text(p: QPainter, c, r: Rect, pal: CanvasPalette) -> None:
    """Timing, then the shot (size and move), then up to two lines of caption."""
    text_fm = QFontMetrics(_f("text"))
    p.setFont(_f("timing"))
    p.setPen(pal.text)
    p.drawText(QRectF(r.x, r.y, r.w, 16), Qt.AlignLeft | Qt.AlignVCenter,
               QFontMetrics(_f("timing")).elidedText(c.timing, Qt.ElideRight, int(r.w)))
    p.setFont(_f("text"))
    y = r.y + 17
    if c.shot:
        p.setPen(pal.text)
        p.drawText(QRectF(r.x, y, r.w, 15), Qt.AlignLeft | Qt.AlignVCenter,
                   text_fm.elidedText(c.shot, Qt.ElideRight, int(r.w)))
        y += 16
    if c.caption:
        p.setPen(pal.muted)
        # cue after cue on the two lines (two speeches at once: one after the other)
        for k, line in enumerate(wrap_two_lines(c.caption.replace("\n", " · "), text_fm, r.w)):
            p.drawText(QRectF(r.x, y + k * 15, r.w, 15), Qt.AlignLeft | Qt.AlignVCenter, line)


def _paint_drop_marker(p: QPainter, grid: Grid, drop, n: int, pal: CanvasPalette) -> None:
    i, after = drop
    r = grid.picture(i)
    x = r.x + r.w + GAP / 2 if after else r.x - GAP / 2
    p.setPen(QPen(pal.accent, 4, Qt.SolidLine, Qt.RoundCap))
    p.drawLine(QPointF(x, r.y - 8), QPointF(x, r.y + r.h + 8))

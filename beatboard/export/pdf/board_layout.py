"""Board page layout: the grid of panel cells and the size of every frame.

A page holds N panel cells (N = 1, 6, 8 or 12). The grid (columns x rows) is the one that
gives the largest 9:16 frames for the paper with a typical amount of text. On each page,
the frame size and the type size are then searched together: frames grow as long as the
page's text still fits beside and under them; text shrinks toward the floor before frames
drop below a fair share of the cell. Text that cannot fit even then continues on the
episode's "continued text" page, marked with a reference, never cut.

Each cell: a beat band on top (one band spans every cell of the beat in the row), the
frame, a text column beside the frame when the cell is wide enough, and text under it.
The beat's own text (action, sound, props, notes) runs under its panels' text.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from .board_text import beat_paras, rule_paras, shot_paras
from .flowtext import LEADING, Flowed, Para, Placed, flow
from .fonts import FLOOR_PT
from .layout import GUTTER, PageGeometry, Rect, page_geometry
from .plan import BeatPlan, ShotPlan

PAD = 3.0
GAP = 3.0  # between band, frame and text
SIDE_MIN_EM = 6.5  # a text column beside the frame needs this many ems of width
FRAME_TARGET = 0.62  # frames should take this share of the cell height under the band...
FRAME_MIN = 0.42  # ...and never less than this, whatever the text
NOMINAL_LINES = 7  # typical text under a frame, for choosing the grid


@dataclass(frozen=True)
class BoardRegions:
    geometry: PageGeometry
    header: Rect
    curve: Rect
    grid: Rect
    cols: int
    rows: int
    base_size: float

    @property
    def per_page(self) -> int:
        return self.cols * self.rows

    def cell(self, i: int) -> Rect:
        g = self.grid
        r, c = divmod(i, self.cols)
        w = (g.w - GUTTER * (self.cols - 1)) / self.cols
        h = (g.h - GUTTER * (self.rows - 1)) / self.rows
        return Rect(g.x + c * (w + GUTTER), g.top - (r + 1) * h - r * GUTTER, w, h)


def band_height(size: float) -> float:
    return 2 * size * 1.3 + 3


def base_size(cell_w: float, single: bool, scale: float) -> float:
    cap = (11.0 if single else 9.0) * scale
    return max(6.5, min(cap, cell_w / 16.0))


def board_regions(paper: str, orientation: str, panels: int) -> BoardRegions:
    geo = page_geometry(paper, orientation)
    body, s = geo.body, geo.scale
    header_h = 34.0 * s
    curve_h = (40.0 if panels == 1 else 54.0 if orientation == "portrait" else 44.0) * s
    header = Rect(body.x, body.top - header_h, body.w, header_h)
    curve = Rect(body.x, header.y - 4 - curve_h, body.w, curve_h)
    grid = Rect(body.x, body.y, body.w, curve.y - GUTTER - body.y)
    cols, rows = choose_grid(grid, panels, s)
    cw = (grid.w - GUTTER * (cols - 1)) / cols
    return BoardRegions(geo, header, curve, grid, cols, rows, base_size(cw, panels == 1, s))


def choose_grid(grid: Rect, n: int, scale: float) -> tuple[int, int]:
    """The columns x rows giving the tallest frames with a nominal amount of text."""
    best, best_score = (n, 1), None
    for rows in range(1, n + 1):
        cols = math.ceil(n / rows)
        if cols * (rows - 1) >= n:
            continue  # a whole empty row
        cw = (grid.w - GUTTER * (cols - 1)) / cols
        ch = (grid.h - GUTTER * (rows - 1)) / rows
        s = base_size(cw, n == 1, scale)
        under = ch - band_height(s) - 2 * GAP - PAD
        fw_max = (cw - 2 * PAD) * 16 / 9
        f = min(fw_max, under - NOMINAL_LINES * s * LEADING)
        score = (round(f / 8), cw)
        if best_score is None or score > best_score:
            best, best_score = (cols, rows), score
    return best


@dataclass
class CellPlan:
    shot: ShotPlan
    rect: Rect
    frame: Rect = Rect(0, 0, 0, 0)


@dataclass
class RunPlan:
    """The cells of one beat in one row: a band over them and a box around them."""

    beat: BeatPlan
    cells: list[CellPlan]
    continued: bool  # the beat began earlier (previous row or page)
    continues: bool  # the beat goes on after this run
    beat_text: bool  # the beat's own text is printed under this run
    lines: list[Placed] = field(default_factory=list)

    @property
    def rect(self) -> Rect:
        a, b = self.cells[0].rect, self.cells[-1].rect
        return Rect(a.x, a.y, b.right - a.x, a.h)

    def band(self, size: float) -> Rect:
        r = self.rect
        h = band_height(size)
        return Rect(r.x, r.top - h, r.w, h)


@dataclass
class PageLayout:
    runs: list[RunPlan]
    size: float
    frame_h: float
    overflow: list[tuple[Para, str]] = field(default_factory=list)


def make_runs(regions: BoardRegions, shots: list[ShotPlan], texts_done: set[str]
              ) -> list[RunPlan]:
    """Group the page's cells into beat runs; the beat's text goes under its widest run
    on the first page it appears on (``texts_done`` carries that across pages)."""
    runs: list[RunPlan] = []
    last_row = (len(shots) - 1) // regions.cols
    for i, shot in enumerate(shots):
        rect = regions.cell(i)
        if i // regions.cols == last_row and last_row < regions.rows - 1:
            # The page's last row takes the height of the empty rows below it: its
            # text gets the room instead of leaving it blank.
            rect = Rect(rect.x, regions.grid.y, rect.w, rect.top - regions.grid.y)
        cell = CellPlan(shot, rect)
        row = i // regions.cols
        prev = runs[-1] if runs else None
        if prev is not None and prev.beat is shot.beat and \
                (i - 1) // regions.cols == row:
            prev.cells.append(cell)
        else:
            runs.append(RunPlan(shot.beat, [cell], continued=not shot.first,
                                continues=False, beat_text=False))
        runs[-1].continues = not shot.last
    by_beat: dict[int, list[RunPlan]] = {}
    for run in runs:
        by_beat.setdefault(id(run.beat), []).append(run)
    for group in by_beat.values():
        beat_id = group[0].beat.beat.id
        if beat_id in texts_done:
            continue
        max(group, key=lambda r: len(r.cells)).beat_text = True
        texts_done.add(beat_id)
    return runs


def _frame_rect(cell: Rect, size: float, frame_h: float) -> Rect:
    top = cell.top - band_height(size) - GAP
    fw = min(frame_h * 9 / 16, cell.w - 2 * PAD)
    fh = fw * 16 / 9
    side = cell.w - 2 * PAD - fw - GAP
    if side >= SIDE_MIN_EM * size:
        x = cell.x + PAD
    else:
        x = cell.x + (cell.w - fw) / 2
    return Rect(x, top - fh, fw, fh)


def _text_boxes(cell: Rect, frame: Rect, size: float) -> list[Rect]:
    boxes = []
    side_x = frame.right + GAP
    side_w = cell.right - PAD - side_x
    if side_w >= SIDE_MIN_EM * size:
        boxes.append(Rect(side_x, frame.y, side_w, frame.h))
    below_top = frame.y - GAP
    boxes.append(Rect(cell.x + PAD, cell.y + PAD, cell.w - 2 * PAD,
                      max(below_top - cell.y - PAD, 0)))
    return boxes


def _place(runs: list[RunPlan], size: float, frame_h: float, lang: str, dry: bool,
           texts: dict) -> PageLayout:
    out = PageLayout(runs, size, frame_h)
    for run in runs:
        run.lines = []
        bottom = math.inf
        # A beat shown in one cell runs its own text on in that cell's boxes (beside the
        # frame first); a wider run puts it under all its panels, across the run.
        alone = run.beat_text and len(run.cells) == 1
        for cell in run.cells:
            cell.frame = _frame_rect(cell.rect, size, frame_h)
            paras = texts[id(cell.shot)] + (texts[id(run.beat)] if alone else [])
            f = flow(paras, _text_boxes(cell.rect, cell.frame, size), size,
                     gap=size * 0.25, dry=dry)
            _collect(out, run, f)
            if dry and f.overflow:
                return out
            bottom = min(bottom, f.bottom, cell.frame.y)
        if run.beat_text and not alone:
            r = run.rect
            box = Rect(r.x + PAD, r.y + PAD, r.w - 2 * PAD, bottom - GAP - r.y - PAD)
            if box.h > 0:
                f = flow(texts[id(run.beat)], [box], size, gap=size * 0.15, dry=dry)
            else:
                f = Flowed(overflow=[(p, p.text) for p in texts[id(run.beat)]])
            _collect(out, run, f)
            if dry and f.overflow:
                return out
    return out


def _collect(out: PageLayout, run: RunPlan, f: Flowed) -> None:
    run.lines += f.lines
    out.overflow += f.overflow


def layout_page(regions: BoardRegions, runs: list[RunPlan], lang: str,
                findings=None) -> PageLayout:
    """Choose the type size and frame height for the page, then place every line."""
    texts: dict = {}
    full = regions.per_page == 1
    for run in runs:
        for cell in run.cells:
            texts[id(cell.shot)] = shot_paras(cell.shot, lang)
        if run.beat_text:
            texts[id(run.beat)] = beat_paras(run.beat, lang, full) + \
                (rule_paras(run.beat, findings, lang) if full else [])
    # Each beat group finds its own frame size: a wordy beat never shrinks the frames of
    # the others on the page. The type size is one for the whole page.
    rows = {id(run): [run] for run in runs}
    found = [_search(row, row[0].cells[0].rect, regions.base_size, lang, texts)
             for row in rows.values()]
    size = min(s for _, s in found)  # one type size on the page
    out = PageLayout(runs, size, 0.0)
    for row, (frame_h, row_size) in zip(rows.values(), found):
        if row_size != size:
            frame_h = _largest_frame(row, row[0].cells[0].rect, size, lang, texts) or frame_h
        placed = _place(row, size, frame_h, lang, False, texts)
        out.overflow += placed.overflow
        out.frame_h = max(out.frame_h, frame_h)
    return out


def _limits(cell: Rect, size: float) -> tuple[float, float, float]:
    """(smallest fair, target, largest) frame height for a cell at a type size."""
    under = cell.h - band_height(size) - GAP - PAD
    f_max = min((cell.w - 2 * PAD) * 16 / 9, under - 2 * size * LEADING)
    return min(f_max, FRAME_MIN * under), min(f_max, FRAME_TARGET * under), f_max


def _largest_frame(runs: list[RunPlan], cell: Rect, size: float, lang: str,
                   texts: dict) -> float | None:
    """The tallest frame at which every text of ``runs`` fits at ``size`` (None: none)."""
    f_min, _, f_max = _limits(cell, size)

    def fits(fh: float) -> bool:
        return not _place(runs, size, fh, lang, True, texts).overflow

    if fits(f_max):
        return f_max
    if not fits(f_min):
        return None
    lo, hi = f_min, f_max  # lo fits, hi does not
    while hi - lo > 2.0:
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if fits(mid) else (lo, mid)
    return lo


def _search(runs: list[RunPlan], cell: Rect, size: float, lang: str,
            texts: dict) -> tuple[float, float]:
    """(frame height, type size): the largest size whose frame reaches the target share,
    else the size giving the tallest frame; at worst the floor and the smallest frame
    (the text that still does not fit continues on the notes page)."""
    best: tuple[float, float] | None = None
    while True:
        found = _largest_frame(runs, cell, size, lang, texts)
        if found is not None and (best is None or found > best[0] + 1.0):
            best = (found, size)
        if found is not None and found >= _limits(cell, size)[1] - 0.5:
            break
        if size <= FLOOR_PT:
            break
        size = max(FLOOR_PT, size - 0.5)
    return best if best is not None else (_limits(cell, size)[0], size)

"""The shot list's caption cell: the shot's cues in order, two speeches spoken at once
(dual dialogue) side by side in two half-width columns, as the boards print them."""
from __future__ import annotations

from dataclasses import dataclass, replace

from .draw import Painter
from .fonts import Fitted, _with_mark, fit
from .flowtext import COLUMN_GAP


@dataclass(frozen=True)
class Block:
    left: Fitted
    right: Fitted | None = None  # the second speech of a pair

    @property
    def height(self) -> float:
        return max(self.left.height, self.right.height if self.right else 0.0)


def caption_blocks(cues: tuple[str, ...], fallback: str, width: float, fs: float,
                   max_lines: int) -> list[Block]:
    """Runs of single cues as one block, each pair as a block of two columns, within
    ``max_lines`` lines in all (the last block that fits is cut with the cut mark)."""
    groups: list[tuple[str, ...]] = []
    run: list[str] = []
    for cue in cues:
        pair = cue.split("\n")
        if len(pair) == 2:
            if run:
                groups.append(("\n".join(run),))
                run = []
            groups.append((pair[0], pair[1]))
        else:
            run.append(cue)
    if run:
        groups.append(("\n".join(run),))
    if not groups:
        groups = [(fallback,)]
    blocks: list[Block] = []
    left_lines = max_lines
    half = (width - COLUMN_GAP * fs) / 2
    for group in groups:
        if left_lines <= 0:
            _mark_cut(blocks, width, half)
            break
        if len(group) == 1:
            block = Block(fit(group[0], width, 1e6, fs, max_lines=left_lines))
            used = len(block.left.lines)
        else:
            a, b = (fit(t, half, 1e6, fs, max_lines=left_lines) for t in group)
            block = Block(a, b)
            used = max(len(a.lines), len(b.lines))
        blocks.append(block)
        left_lines -= max(used, 1)
    return blocks


def _mark_cut(blocks: list[Block], width: float, half: float) -> None:
    """End the last block with the cut mark: there were more cues than lines."""
    last = blocks[-1]
    side = last.right if last.right is not None else last.left
    if not side.lines or side.cut:
        return
    lines = side.lines[:-1] + (_with_mark(side.lines[-1], side.size,
                                          half if last.right is not None else width),)
    side = replace(side, lines=lines, cut=True)
    blocks[-1] = replace(last, right=side) if last.right is not None else replace(last, left=side)


def blocks_height(blocks: list[Block]) -> float:
    return sum(b.height for b in blocks)


def draw_blocks(p: Painter, x: float, top: float, blocks: list[Block], width: float,
                fs: float) -> None:
    """Draw the blocks from ``top`` down (``x``: the cell's left edge inside its padding)."""
    half = (width - COLUMN_GAP * fs) / 2
    y = top
    for block in blocks:
        p.lines_at(x, y - block.left.size, block.left)
        if block.right is not None:
            p.lines_at(x + half + COLUMN_GAP * fs, y - block.right.size, block.right)
        y -= block.height

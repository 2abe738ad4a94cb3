"""What each Board view cell says, worked out once per model change (not per paint)."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ...core.graph import main_line
from ...core.model import Beat, Episode, Panel
from ...core.panel_timing import is_out_of_cut, panel_captions, panel_times
from ...core.vocab_labels import label, tag_label
from ..canvas.beat_card import BANNER_KINDS, kind_caption
from ..canvas.palette import beat_colour
from ..i18n import ui_language
from .grid import BoardItem, reading_order


@dataclass
class Cell:
    item: BoardItem
    beat: Beat
    panel: Panel
    timing: str  # "@12.4s · 2.5 s" (start on the main line, own duration)
    shot: str
    caption: str
    colour: QColor
    mark: str  # the beat's emotion: direction glyph and tag or direction word
    pressure: bool  # a falling beat (hatched band)
    title: str
    banner: str  # "⚑ HOOK" / "◆ CLIFF" for the beats the canvas marks with a banner


def board_cells(ep: Episode | None) -> list[Cell]:
    if ep is None:
        return []
    lang = ui_language()
    starts: dict[str, float] = {}
    t = 0.0
    for b in main_line(ep):
        starts[b.id] = t
        t += b.seconds
    times = {b.id: panel_times(b) for b in ep.beats}
    captions = {b.id: panel_captions(b) for b in ep.beats}
    cells = []
    for item in reading_order(ep):
        beat = ep.beat(item.beat_id)
        panel = beat.panels[item.index]
        start, dur = times[beat.id][item.index]
        when = (f"@{starts[beat.id] + start:.1f}s · " if beat.id in starts
                else f"{label('line', 'branch', lang)} · ")
        size = panel.shot.size or beat.shot.size
        move = panel.shot.move or beat.shot.move
        shot = " · ".join(x for x in (label("shot", size, lang) if size else "",
                                      label("move", move, lang) if move else "") if x)
        emotion = beat.emotion
        mark = f"{emotion.direction.glyph} " + (
            tag_label(emotion.tag, lang) if emotion.tag
            else label("direction", emotion.direction.value, lang))
        timing = (f"{when}{dur:.1f} s" if not is_out_of_cut(beat, panel)
                  else QCoreApplication.translate("Dropped", "dropped in the edit"))
        cells.append(Cell(item, beat, panel, timing, shot,
                          captions[beat.id][item.index], beat_colour(emotion.tag, emotion.direction),
                          mark, emotion.direction.glyph == "↓", beat.title,
                          _banner(beat.kind)))
    return cells


def _banner(kind: str) -> str:
    if kind not in BANNER_KINDS:
        return ""
    return ("⚑ " if kind == "hook" else "◆ ") + kind_caption(kind)

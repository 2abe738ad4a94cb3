"""What each Board view cell says, worked out once per model change (not per paint)."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from ...core.model import Beat, Episode, Panel
from ...core.panel_cues import episode_cues
from ...core.panel_timing import is_out_of_cut, panel_times
from ...core.timeline import EpisodeTimes
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


def board_cells(ep: Episode | None, speakers: frozenset[str] = frozenset()) -> list[Cell]:
    """The cells in reading order; each caption is the cues that start under the panel
    (the player's, the animatic's and the PDF's, ``speakers`` being the series')."""
    if ep is None:
        return []
    lang = ui_language()
    times = EpisodeTimes(ep)  # the timeline the player, the PDF and the exports ask
    captions = episode_cues(ep, speakers)
    cells = []
    for item in reading_order(ep):
        beat = ep.beat(item.beat_id)
        panel = beat.panels[item.index]
        start, dur = _span(times, beat, item.index)
        when = (f"@{start:.1f}s · " if times.main.beat_start(beat.id) is not None
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
                          "\n".join(captions.get(panel.id, ())),
                          beat_colour(emotion.tag, emotion.direction),
                          mark, emotion.direction.glyph == "↓", beat.title,
                          _banner(beat.kind)))
    return cells


def _span(times: EpisodeTimes, beat: Beat, index: int) -> tuple[float, float]:
    """(start on its cut's clock, seconds on screen) of the beat's panel ``index``; a beat
    no cut plays shows its panels' own times within it."""
    tl = times.timeline_for(beat.id)
    spans = tl.panel_spans(beat) if tl is not None else []
    if spans:
        a, b = spans[index]
        return a, b - a
    return panel_times(beat)[index]


def _banner(kind: str) -> str:
    if kind not in BANNER_KINDS:
        return ""
    return ("⚑ " if kind == "hook" else "◆ ") + kind_caption(kind)

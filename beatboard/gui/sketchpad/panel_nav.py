"""Which panel comes before and after another (play order), and what "copy from the
previous panel" makes. Qt-free."""
from __future__ import annotations

import copy

from ...core import sketch as sk
from ...core.graph import main_line
from ...core.model import Episode


def play_order(ep: Episode) -> list[tuple[str, str]]:
    """(beat id, panel id) in play order: the main line, then other beats in list order."""
    main = [b.id for b in main_line(ep)]
    order = main + [b.id for b in ep.beats if b.id not in main]
    return [(bid, p.id) for bid in order for p in ep.beat(bid).panels]


def neighbours(ep: Episode, beat_id: str, panel_id: str):
    """(previous, next) as (beat id, panel id) or None."""
    flat = play_order(ep)
    try:
        i = flat.index((beat_id, panel_id))
    except ValueError:
        return None, None
    return (flat[i - 1] if i > 0 else None), (flat[i + 1] if i + 1 < len(flat) else None)


def with_previous(current: sk.Sketch, previous: sk.Sketch) -> sk.Sketch:
    """The current sketch with the previous panel's drawing under it, layer by layer
    (a persistent background: the set, the furniture), and its reference picture when
    the current panel has none. A layer takes the previous panel's layer of the same id,
    else the first unused one of its kind; each previous layer is used once."""
    out = copy.copy(current)
    out.layers = []
    unused = list(previous.layers)
    for layer in current.layers:
        src = next((l for l in unused if l.id == layer.id), None) or \
            next((l for l in unused if l.kind == layer.kind), None)
        if src is not None:
            unused.remove(src)
        merged = copy.copy(layer)
        if src is not None:
            merged.strokes = list(src.strokes) + list(layer.strokes)
            if layer.kind == "reference" and not layer.image and src.image:
                merged.image = src.image
        out.layers.append(merged)
    return out

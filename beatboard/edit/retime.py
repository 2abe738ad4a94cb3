"""Retime by hand: drag the end of a panel on the animatic's timeline strip.

Inside a beat, the boundary moves time between the panel and the next one: the beat's
length, and so what the rules see, stays. At the end of a beat the boundary changes the
beat's length; the beats after it move. Either way it is one undo step.
"""
from __future__ import annotations

from ..core.model import MAX_BEAT_SECONDS, Beat, Project
from ..core.panel_timing import panel_times
from .base import Compound, Edit, EditError
from .field_edits import SetField

MIN_PANEL_S = 0.2


def _round(x: float) -> float:
    return round(x, 2)


def retime_panel_end(project: Project, episode_id: str, beat_id: str, panel_id: str,
                     new_duration: float) -> Edit:
    """The edit that makes ``panel_id`` last ``new_duration`` seconds."""
    ep = project.episode(episode_id)
    beat: Beat | None = ep.beat(beat_id) if ep is not None else None
    if beat is None:
        raise EditError(f"beat {beat_id!r} is not in episode {episode_id!r}")
    ids = [p.id for p in beat.panels]
    if panel_id not in ids:
        raise EditError(f"panel {panel_id!r} is not in beat {beat_id!r}")
    i = ids.index(panel_id)
    times = panel_times(beat)
    old = times[i][1]
    new = _round(max(MIN_PANEL_S, new_duration))
    panel = beat.panels[i]
    edits: list[Edit] = []
    if i == len(ids) - 1:
        # The beat's end: the beat grows or shrinks by the difference.
        total = _round(min(MAX_BEAT_SECONDS, max(MIN_PANEL_S, beat.seconds + new - old)))
        new = _round(old + total - beat.seconds)
        if new < MIN_PANEL_S:
            raise EditError("the panel cannot be shorter than 0.2 s")
        edits.append(SetField.beat(episode_id, beat_id, "duration_s", total))
        if panel.duration_s is not None or len(ids) > 1:
            edits.append(SetField.panel(episode_id, beat_id, panel_id, "duration_s", new))
            # Shared panels before it keep their share only if they become explicit.
            edits.extend(SetField.panel(episode_id, beat_id, p.id, "duration_s", _round(d))
                         for p, (_, d) in zip(beat.panels[:i], times[:i]) if p.duration_s is None)
    else:
        # Between two panels of one beat: the next panel gives or takes the time.
        nxt = beat.panels[i + 1]
        room = old + times[i + 1][1] - MIN_PANEL_S
        new = _round(min(new, room))
        delta = new - old
        edits.append(SetField.panel(episode_id, beat_id, panel_id, "duration_s", new))
        edits.append(SetField.panel(episode_id, beat_id, nxt.id, "duration_s",
                                    _round(times[i + 1][1] - delta)))
        edits.extend(SetField.panel(episode_id, beat_id, p.id, "duration_s", _round(d))
                     for j, (p, (_, d)) in enumerate(zip(beat.panels, times))
                     if j not in (i, i + 1) and p.duration_s is None)
    return Compound("Retime panel", edits)

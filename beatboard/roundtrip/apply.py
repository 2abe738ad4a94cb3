"""The accepted rows of a proposal as one undoable edit.

Per touched beat the strip is rebuilt once (order, drop marks, added panels) and every
panel that plays gets an explicit duration: the editor's for the rows accepted, the one
it has on screen now for the others, so an untouched panel keeps its duration; the
beat's length becomes the sum of its panels.
"""
from __future__ import annotations

from ..core.model import MAX_BEAT_SECONDS, MIN_BEAT_SECONDS, Dropped, Panel, Project
from ..core.panel_timing import panel_times
from ..edit.base import Compound, Edit
from ..edit.dropped import ReplaceStrip, dropped_mark
from ..edit.field_edits import SetField
from ..edit.panel_edits import all_panel_ids, new_panel_id
from .proposal import Proposal, Row

LABEL = "Update timing from edit"


def proposal_edit(project: Project, prop: Proposal, mark: Dropped | None = None) -> Edit | None:
    """None when nothing is accepted."""
    rows = [r for r in prop.changes if r.accepted]
    if not rows:
        return None
    mark = mark or dropped_mark(prop.timeline.name)
    by_beat: dict[str, list[Row]] = {}
    for r in rows:
        by_beat.setdefault(r.beat_id, []).append(r)
    taken = all_panel_ids(project)
    edits: list[Edit] = []
    ep = prop.episode
    for beat in ep.beats:  # the file's order, so the edit reads the same every time
        if beat.id not in by_beat:
            continue
        panels, total = _strip(beat, by_beat[beat.id], mark, taken)
        edits.append(ReplaceStrip(ep.id, beat.id, panels))
        if total != beat.duration_s:
            edits.append(SetField.beat(ep.id, beat.id, "duration_s", total))
    return Compound(LABEL, edits)


def _strip(beat, rows: list[Row], mark: Dropped, taken: set[str]) -> tuple[list[Panel], float]:
    current = {p.id: d for p, (_, d) in zip(beat.panels, panel_times(beat))}
    panels = [p.model_copy(deep=True) for p in beat.panels]
    order = next((r.order for r in rows if r.kind == "order"), None)
    if order:
        slots = [i for i, p in enumerate(panels) if p.id in set(order)]
        by_id = {p.id: p for p in panels}
        for i, pid in zip(slots, order):
            panels[i] = by_id[pid]
    new_s = {r.panel_id: r.new_s for r in rows if r.kind in ("duration", "restore")}
    for p in panels:
        if any(r.kind == "drop" and r.panel_id == p.id for r in rows):
            p.dropped = mark.model_copy()
        if any(r.kind == "restore" and r.panel_id == p.id for r in rows):
            p.dropped = None
    firsts = 0
    for r in rows:
        if r.kind != "add":
            continue
        new = Panel(id=new_panel_id(beat.id, taken), duration_s=r.new_s,
                    notes=f"Added from the edit: {r.shot}")
        new_s[new.id] = r.new_s
        if r.after is None:
            panels.insert(firsts, new)
            firsts += 1
        else:
            at = next((i for i, p in enumerate(panels) if p.id == r.after), len(panels) - 1)
            while at + 1 < len(panels) and panels[at + 1].notes.startswith("Added from the edit") \
                    and panels[at + 1].id not in current:
                at += 1  # several new clips in a row keep their order
            panels.insert(at + 1, new)
    playing = [p for p in panels if p.dropped is None] or panels
    for p in playing:
        d = new_s.get(p.id, current.get(p.id))
        if d is not None and d > 0:
            p.duration_s = min(float(d), MAX_BEAT_SECONDS)
    total = sum(p.duration_s for p in playing if p.duration_s is not None)
    return panels, min(max(total, MIN_BEAT_SECONDS), MAX_BEAT_SECONDS)

"""Each panel's time and caption within its beat, from ``core.panel_timing``.

The board, the shot list and the frame all ask this one module, so a printed timecode
never disagrees with the editor. Until ``core.panel_timing`` lands, panels share the beat's
time evenly and the first panel carries the beat's dialogue.
"""
from __future__ import annotations

from ...core.model import Beat

try:  # the panel timing model lives in core (branch ``panels``)
    from ...core import panel_timing as _timing
except ImportError:  # pragma: no cover - transitional
    _timing = None


def panel_spans(beat: Beat) -> list[tuple[float, float]]:
    """(start, end) of each panel in seconds from the start of the beat."""
    if _timing is not None:
        return [(float(a), float(b)) for a, b in _timing.panel_times(beat)]
    n = len(beat.panels)
    fixed = sum(p.duration_s or 0.0 for p in beat.panels)
    free = [p for p in beat.panels if p.duration_s is None]
    share = max(beat.seconds - fixed, 0.0) / len(free) if free else 0.0
    out, t = [], 0.0
    for p in beat.panels[:n]:
        d = p.duration_s if p.duration_s is not None else share
        out.append((t, t + d))
        t += d
    return out


def panel_captions(beat: Beat) -> list[str]:
    if _timing is not None:
        return [c or "" for c in _timing.panel_captions(beat)]
    out = []
    for i, p in enumerate(beat.panels):
        if p.caption is not None:
            out.append(p.caption)
        else:
            out.append(beat.dialogue if i == 0 else "")
    return out

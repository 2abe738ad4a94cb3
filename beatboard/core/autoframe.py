"""The automatic frame: a storyboard drawing of a panel that has no picture yet.

Built from what the board knows: the panel's effective shot (its own, else the beat's)
frames schematic figures (eyes for ECU, head and shoulders for CU, chest up for MCU,
waist up for MS, knees up for MLS, small full bodies and a horizon for WS/EWS, a
shoulder in the foreground for OTS...), labelled with the beat's characters; the
location is captioned and the camera move drawn as arrows. The angle places the horizon
(low: low, high: high) and a Dutch angle tilts the drawing.

Everything is geometry in *frame units*: x from 0 (left) to 1 (right) across the frame's
width, y from 0 (top) to 1 (bottom) down its height; line widths and arrow heads are in
frame widths, label sizes in frame heights. Renderers (Qt in beatboard.render, reportlab
for the PDF) only stroke and fill, clipped to the frame, in list order, so it reads the
same on screen and on paper, in black and white. Tones: ``ink`` (lines), ``mid``
(silhouettes, irises), ``light`` (background set lines), ``paper`` (the page).
"""
from __future__ import annotations

from .autoframe_items import Arrow, AutoFrame, Drawing, Ellipse, Label, Shape
from .autoframe_moves import draw_move, draw_tags
from .autoframe_shots import SHOT_DRAWERS
from .autoframe_vocab import angle_kind, effective_shot, move_kind, normal_size
from .model import Beat, Panel
from .panel_cues import panel_speaker

__all__ = ["Arrow", "AutoFrame", "Ellipse", "Label", "Shape", "auto_frame", "effective_shot",
           "normal_size"]


def auto_frame(beat: Beat, panel: Panel) -> AutoFrame:
    """The drawing for ``panel`` of ``beat`` (a panel not in the beat counts as its first)."""
    shot = effective_shot(beat, panel)
    index = next((i for i, p in enumerate(beat.panels) if p.id == panel.id), 0)
    chars = [c for c in beat.characters if c.strip()][:3]
    size = normal_size(shot.size) or ("MS" if chars else "WS")
    # who speaks the panel's first line, as its caption cue names them
    focus = _focus_order(chars, panel_speaker(beat, panel), index)
    move, angle = move_kind(shot.move), angle_kind(shot.angle)
    d = Drawing(angle, chars)
    draw_tags(d, beat, size, shot)  # first: the figures' labels make way for them
    subjects = SHOT_DRAWERS[size](d, focus, beat, index)
    draw_move(d, move, size)
    items = d.finish()
    return AutoFrame(tuple(items), size, move, angle, tuple(subjects))


def _focus_order(chars: list[str], speaker: str, index: int) -> list[str]:
    """Characters with the one the shot is about first: the speaker of the panel's line,
    else alternating with the panel's position (shot / reverse shot)."""
    if not chars:
        return []
    first = None
    if speaker:
        s = speaker.lower()
        for c in chars:
            low = c.lower()
            if s == low or s in low.split() or (not s.isascii() and s in low) or low.startswith(s):
                first = c
                break
    if first is None:
        first = chars[index % len(chars)]
    return [first] + [c for c in chars if c != first]

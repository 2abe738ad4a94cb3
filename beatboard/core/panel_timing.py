"""When each panel of a beat is on screen, and which lines of the beat it carries.

Time is a pure function of the beat, so the canvas, the boards, frames export and the
animatic can never disagree.

``panel_times(beat)`` always spans exactly ``beat.seconds`` (what the rules see):

* Explicit panel durations are honoured when they fit; panels without one share the
  rest of the beat equally.
* When every panel is explicit and they add up to less than the beat, the last panel
  holds for the rest (the picture stays on screen until the beat ends).
* When explicit durations leave less than ``MIN_SHARE_S`` for each panel without one
  (or exceed the beat), the strip is *over-booked*: each panel without a duration is
  given ``MIN_SHARE_S`` and every panel is scaled by the same factor so the strip fits the
  beat. ``overbooked(beat)`` says so, for a warning in the inspector.
* A panel the editor dropped (``Panel.dropped``) is out of the cut: it gets no time (a
  zero-length span where it stands) and the others share the beat as if it were not
  there, so the player, the video, the boards' timecodes, the rules and every export
  follow. A beat whose panels are *all* dropped keeps its length and plays them as
  before: a beat leaves the cut only by the director's hand on the board (setting it
  aside or relinking), not by a mark on its panels.
"""
from __future__ import annotations

import re

from .model import Beat, Panel

MIN_SHARE_S = 0.5


def in_cut(beat: Beat) -> list[Panel]:
    """The panels that play: all but the dropped ones (all of them when every one is)."""
    playing = [p for p in beat.panels if p.dropped is None]
    return playing or list(beat.panels)


def is_out_of_cut(beat: Beat, panel: Panel) -> bool:
    """True for a dropped panel that gets no time (see ``in_cut``)."""
    return panel.dropped is not None and any(p.dropped is None for p in beat.panels)


def overbooked(beat: Beat) -> bool:
    panels = in_cut(beat)
    explicit = sum(p.duration_s for p in panels if p.duration_s is not None)
    implicit = sum(1 for p in panels if p.duration_s is None)
    return explicit + implicit * MIN_SHARE_S > beat.seconds + 1e-9


def panel_times(beat: Beat) -> list[tuple[float, float]]:
    """``(start, duration)`` in seconds from the beat's start, one per panel, in order;
    a dropped panel gets ``(its place, 0.0)``."""
    playing = in_cut(beat)
    times = _times(beat, playing)
    if len(playing) == len(beat.panels):
        return times
    by_id = {p.id: t for p, t in zip(playing, times)}
    out: list[tuple[float, float]] = []
    t = 0.0
    for p in beat.panels:
        start, d = by_id.get(p.id, (t, 0.0))
        out.append((start, d))
        t = start + d
    return out


def _times(beat: Beat, panels: list[Panel]) -> list[tuple[float, float]]:
    total = max(beat.seconds, 0.0)
    explicit = sum(p.duration_s for p in panels if p.duration_s is not None)
    implicit = sum(1 for p in panels if p.duration_s is None)
    if explicit + implicit * MIN_SHARE_S > total + 1e-9:  # overbooked
        wanted = [p.duration_s if p.duration_s is not None else MIN_SHARE_S for p in panels]
        scale = total / sum(wanted) if sum(wanted) > 0 else 0.0
        durations = [w * scale for w in wanted]
    else:
        share = (total - explicit) / implicit if implicit else 0.0
        durations = [p.duration_s if p.duration_s is not None else share for p in panels]
        if not implicit and durations:
            durations[-1] += total - explicit  # hold the last picture to the end of the beat
    out: list[tuple[float, float]] = []
    t = 0.0
    for d in durations:
        d = max(d, 0.0)
        out.append((t, d))
        t += d
    return out


_SPEAKER = re.compile(r"^\s*([^:：\n]{1,24})[:：]\s*")
# A sentence ends at a run of 。！？ (?! too), or at ! ? or a single full stop followed by
# a space ("Who... who is that?" stays whole); closing quotes stay with it.
_SENTENCE_END = re.compile(r"[。！？]+[!?]*[”’」』\"']?|(?:[!?]+|(?<!\.)\.(?!\.))[\"'”’]?(?=\s)")


def split_speaker(line: str) -> tuple[str, str]:
    """``('LIN', 'You will regret this.')`` for ``LIN: You will regret this.``;
    ``('', line)`` when the line names no speaker."""
    m = _SPEAKER.match(line or "")
    if m is None:
        return "", (line or "").strip()
    return m.group(1).strip(), line[m.end():].strip()


def _sentences(line: str) -> list[str]:
    m = _SPEAKER.match(line)
    prefix, body = (line[: m.end()].strip(), line[m.end():]) if m else ("", line)
    if prefix and not prefix.endswith("："):
        prefix += " "  # a full-width colon takes no space after it
    parts: list[str] = []
    start = 0
    for cut in _SENTENCE_END.finditer(body):
        piece = body[start:cut.end()].strip()
        if piece:
            parts.append(piece)
        start = cut.end()
    tail = body[start:].strip()
    if tail:
        parts.append(tail)
    if len(parts) <= 1:
        return [line.strip()]
    # the speaker's name goes with every piece: a caption must say who speaks
    return [(prefix + p).strip() for p in parts]


def _pieces(dialogue: str, wanted: int) -> list[str]:
    lines = [l.strip() for l in dialogue.splitlines() if l.strip()]
    if len(lines) >= wanted:
        return lines
    # Fewer lines than panels: split lines into sentences, longest lines first.
    pieces = [[l] for l in lines]
    for i in sorted(range(len(lines)), key=lambda k: -len(lines[k])):
        if sum(len(p) for p in pieces) >= wanted:
            break
        pieces[i] = _sentences(lines[i])
    return [s for group in pieces for s in group]


def panel_captions(beat: Beat) -> list[str]:
    """The lines each panel carries, the cue builder's input (``core.timeline``): no view
    prints these; what a viewer reads is the cues (``core.panel_cues``). Its own caption
    when set, else the beat's
    dialogue split across the panels without one, in order. More lines than panels are
    grouped (earlier panels take the extra lines); fewer are split into sentences, and
    panels still left over get an empty caption."""
    # a dropped panel takes no line of the beat's dialogue: the panels that play say it
    open_slots = [i for i, p in enumerate(beat.panels)
                  if p.caption is None and not is_out_of_cut(beat, p)]
    out = [p.caption or "" for p in beat.panels]
    if not open_slots:
        return out
    pieces = _pieces(beat.dialogue or "", len(open_slots))
    n = len(open_slots)
    base, extra = divmod(len(pieces), n)
    k = 0
    for j, slot in enumerate(open_slots):
        take = base + (1 if j < extra else 0)
        out[slot] = "\n".join(pieces[k:k + take])
        k += take
    return out

"""Script marks that version 0.2 kept inside a beat's text, moved to their own fields.

0.2 imported the second voice of dual dialogue as ``BUTLER ^: words`` and a transition
(``CUT TO:``) as the last paragraph of the action. Version 3 keeps them in
``Beat.simultaneous`` and ``Beat.transition``; ``_v2_to_v3`` calls ``move_script_marks``.
"""
from __future__ import annotations

import re

# 'BUTLER ^: words', 'LIN (V.O.) ^: words', '林夏 ^：台词': the caret right before the colon.
_DUAL_ROW = re.compile(r"^([^:：\n]{1,40}?)\s*\^\s*([:：])")
# The transitions the 0.2 importer read (fountain_parse._TRANSITION): only these moved.
_TRANSITION = re.compile(r"^[A-Z0-9 .'\-]+TO:$|^(?:FADE (?:IN|OUT)|CUT TO BLACK|FADE TO BLACK)[.:]?$")
MAX_TRANSITION = 48


def move_script_marks(beat: dict) -> None:
    """Strip dual-dialogue carets from a beat's dialogue rows, marking the rows
    simultaneous, and move a closing transition paragraph out of its action."""
    dialogue = beat.get("dialogue")
    if isinstance(dialogue, str) and "^" in dialogue and "simultaneous" not in beat:
        lines = dialogue.splitlines()
        marked: list[int] = []
        for k, line in enumerate(lines):
            m = _DUAL_ROW.match(line)
            if m and k > 0:
                lines[k] = m.group(1) + m.group(2) + line[m.end():]
                marked.append(k)
        if marked:
            beat["dialogue"] = "\n".join(lines)
            beat["simultaneous"] = marked
    action = beat.get("action")
    if isinstance(action, str) and not beat.get("transition"):
        head, sep, last = action.rstrip().rpartition("\n\n")
        last = last.strip()
        if len(last) <= MAX_TRANSITION and _TRANSITION.match(last):
            beat["action"] = head.rstrip() if sep else ""
            beat["transition"] = last

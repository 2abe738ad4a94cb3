"""A shot list as CSV: one row per beat, UTF-8 with a BOM so Excel and WPS read Chinese.

Rows follow each episode's main line, then the beats off it; shot numbers run on across
the series. Cells that a spreadsheet would run as a formula get a leading apostrophe.
"""
from __future__ import annotations

import csv
import io

from ...core.graph import main_line
from ...core.model import Project
from ...core.vocab import tag_label
from ...interchange.timing import beat_starts

COLUMNS = ("episode", "shot #", "beat id", "title", "kind", "start", "duration", "estimated?",
           "shot size", "move", "location", "characters", "props", "emotion", "direction",
           "intensity", "compliance", "dialogue")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def export_csv(project: Project) -> str:
    """The CSV text, starting with a BOM; write it with encoding='utf-8'."""
    buf = io.StringIO()
    buf.write("\ufeff")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    shot = 0
    for ep in project.ordered_episodes():
        starts = beat_starts(ep)
        line = main_line(ep)
        on_line = {b.id for b in line}
        for beat in line + [b for b in ep.beats if b.id not in on_line]:
            shot += 1
            start = starts.get(beat.id)
            writer.writerow([
                ep.number, shot, beat.id, _text(beat.title), beat.kind,
                "" if start is None else f"{start:.1f}", f"{beat.seconds:.1f}",
                "yes" if beat.is_estimated else "no",
                _text(beat.shot.size), _text(beat.shot.move), _text(beat.location),
                _text("; ".join(beat.characters)), _text("; ".join(beat.props)),
                _text(tag_label(beat.emotion.tag)) if beat.emotion.tag else "",
                beat.emotion.direction.value, beat.emotion.intensity,
                "; ".join(beat.compliance), _text(beat.dialogue)])
    return buf.getvalue()


def _text(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value

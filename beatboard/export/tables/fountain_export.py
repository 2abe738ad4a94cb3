"""A BeatBoard project as a Fountain screenplay with BeatBoard annotations.

Reading the result back with ``import_fountain`` gives the same episodes (number, title,
notes) and beats (id, title, kind, emotion, duration, shot, location, characters, props,
compliance, sound, notes, action, dialogue) and the same links. Each episode lists its
main line first, then the beats off it (variants, choices) carrying ``[[next: ...]]``
style link annotations. Action and dialogue come out in the order the beat keeps
(drafts.script_order); emphasis characters in the text are escaped so they read back as
typed. See resources/docs/fountain.md.
"""
from __future__ import annotations

import re

from ...core.graph import main_line
from ...core.model import Beat, Episode, Project
from ...core.vocab import LinkKind
from ...interchange import annotations as ann
from ...interchange.drafts import dialogue_row, location_of, row_lines, script_order
from ...interchange.episode_marker import EpisodeMarker
from ...interchange.introductions import may_introduce
from ...interchange.fountain_parse import _CJK, _SCENE_NUMBER, _is_cue, is_forced_heading, \
    is_plain_action, read_paragraph, split_cue
from ...interchange.fountain_scan import escape_emphasis, strip_emphasis

_SPEAKER = re.compile(r"^([^:：\n]{1,40}?)[:：]\s*(.*)$")


def export_fountain(project: Project) -> str:
    out: list[str] = []
    if project.series.title:
        out += [f"Title: {escape_emphasis(project.series.title)}", ""]
    marker = EpisodeMarker()
    for ep in project.ordered_episodes():
        heading = f"# Episode {ep.number}" + (f": {ep.title}" if ep.title else "")
        out += [heading, ""]
        if ep.notes:
            out += ["= " + line for line in ep.notes.split("\n")] + [""]
        location = ""
        for beat in _export_order(ep):
            location = _beat_lines(ep, beat, location, marker, out)
    return "\n".join(out).rstrip("\n") + "\n"


def _export_order(ep: Episode) -> list[Beat]:
    if not ep.links:
        return list(ep.beats)
    line = main_line(ep)
    on_line = {b.id for b in line}
    return line + [b for b in ep.beats if b.id not in on_line]


def _safe_heading(location: str) -> bool:
    """Whether ``.LOCATION`` reads back as a scene heading naming exactly this location."""
    return (is_forced_heading("." + location) and "\n" not in location
            and not any(m in location for m in ("[[", "]]", "/*", "*/"))
            and location_of(location) == location and strip_emphasis(location) == location
            and not _SCENE_NUMBER.search(location) and location == location.strip())


def _beat_lines(ep: Episode, b: Beat, location: str, marker, out: list[str]) -> str:
    if b.location != location and _safe_heading(b.location):
        out += ["." + b.location, ""]
        location = b.location
    notes = [ann.note("beat", b.title), ann.note("id", b.id)]
    if b.kind in ("hook", "cliffhanger"):
        notes.append(ann.note(b.kind))
    elif b.kind != "other":
        notes.append(ann.note("kind", b.kind))
    e = b.emotion
    if e.tag or e.direction.value != "level" or e.intensity != 3:
        notes.append(ann.note("emotion", ann.format_emotion(e.tag, e.direction, e.intensity)))
    if b.duration_s is not None:
        notes.append(ann.note("duration", ann.format_duration(b.duration_s)))
    if b.shot.size or b.shot.move:
        notes.append(ann.note("shot", ann.format_shot(b.shot.size, b.shot.move)))
    if b.location != location:
        notes.append(ann.note("location", b.location) if b.location else "[[location:]]")
        location = b.location
    if b.characters or b.dialogue.strip() or may_introduce(b.action):
        names = ", ".join(b.characters)
        notes.append(ann.note("characters", names) if names else "[[characters:]]")
    for key in ("props", "compliance"):
        values = getattr(b, key)
        if values:
            notes.append(ann.note(key, ", ".join(values)))
    if b.sound:
        notes.append(ann.note("sound", b.sound))
    known = {x.id for x in ep.beats}
    for kind in LinkKind:
        targets = [l.to for l in ep.links if l.from_ == b.id and l.kind == kind and l.to in known]
        if targets:
            notes.append(ann.note(kind.value, ", ".join(targets)))
    if b.notes:
        notes.append(ann.note("note", b.notes))
    out += notes + [""]
    dual = {row for row, line in enumerate(row_lines(b.dialogue)) if line in b.simultaneous}
    rows = 0
    for kind, text in script_order(b.action, b.dialogue):
        if kind == "a":
            out += _action_lines(text, marker) + [""]
        else:
            out += _dialogue_lines(text, rows in dual) + [""]
            rows += 1
    if b.transition:
        out += [_transition_line(b.transition), ""]
    return location


def _transition_line(text: str) -> str:
    """``CUT TO:`` as written when it reads back as a transition, else forced with '>'."""
    els = read_paragraph([text])
    if len(els) == 1 and els[0].kind == "transition" and els[0].text == text:
        return text
    return "> " + text


def _action_lines(para: str, marker) -> list[str]:
    # Blank lines would end the paragraph; two spaces keep it going.
    para = "\n".join(l if l.strip() else "  " for l in para.strip("\n").split("\n"))
    para = escape_emphasis(para)
    single = "\n" not in para.strip()
    plain = is_plain_action(para) and not (single and marker.match(para))
    return [para if plain else "!" + para]


def _dialogue_lines(row: str, dual: bool = False) -> list[str]:
    """One 'NAME: words' row as a cue and dialogue (or '名字：台词' for Chinese names;
    ``NAME ^`` when ``dual``: spoken with the row before), checked by reading it back;
    otherwise a [[dialogue: ...]] annotation."""
    m = _SPEAKER.match(row)
    if m and m.group(2) and not any(t in row for t in ("[[", "]]", "/*", "*/")):
        cue, words = m.group(1).strip(), m.group(2)
        name, ext, marked = split_cue(cue)
        if marked:  # a caret typed into the text is the writer's, not a dual mark
            return [ann.note("dialogue", row)]
        candidates = [[escape_emphasis(row)]] if _CJK.search(name) and not dual else []
        cue_line = escape_emphasis(f"{name} {ext}".strip()) + (" ^" if dual else "")
        candidates.append([cue_line if _is_cue(cue_line) else "@" + cue_line, escape_emphasis(words)])
        for lines in candidates:
            els = read_paragraph(lines)
            if len(els) == 1 and els[0].kind == "dialogue" and els[0].dual == dual \
                    and row == dialogue_row(els[0].name, els[0].extension, els[0].text):
                return lines
    return [ann.note("dialogue", row)]

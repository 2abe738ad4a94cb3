"""A BeatBoard project as a Fountain screenplay with BeatBoard annotations.

Reading the result back with ``import_fountain`` gives the same episodes (number, title,
notes) and beats (id, title, kind, emotion, duration, shot, location, characters, props,
compliance, sound, notes, action, dialogue) and the same links. Each episode lists its
main line first, then the beats off it (variants, choices) carrying ``[[next: ...]]``
style link annotations. See resources/docs/fountain.md.
"""
from __future__ import annotations

import re

from ..core.graph import main_line
from ..core.model import Beat, Episode, Project
from ..core.vocab import LinkKind
from . import annotations as ann
from .episode_marker import EpisodeMarker
from .fountain_parse import _CJK, _SCENE_NUMBER, _ZH_CUE, _is_cue, is_plain_action
from .drafts import location_of

_SPEAKER = re.compile(r"^([^:：\n]{1,40}?)[:：]\s*(.*)$")
_EXTENSION = re.compile(r"\s*((?:\([^)]*\)|（[^）]*）)\s*)+$")


def export_fountain(project: Project) -> str:
    out: list[str] = []
    if project.series.title:
        out += [f"Title: {project.series.title}", ""]
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
    return (bool(location) and not location.startswith((".", "!", "@", "#", "~", "=", ">"))
            and "\n" not in location and not any(m in location for m in ("[[", "]]", "/*", "*/")) and location_of(location) == location
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
        notes.append(f"[[location: {b.location}]]")
        location = b.location
    if b.characters or b.dialogue.strip():
        names = ", ".join(b.characters).replace("]]", "] ]")
        notes.append(f"[[characters: {names}]]" if names else "[[characters:]]")
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
    if b.action:
        for para in b.action.split("\n\n"):
            # Blank lines would end the paragraph; two spaces keep it going.
            para = "\n".join(l if l.strip() else "  " for l in para.strip("\n").split("\n"))
            if not para.strip():
                continue
            single = "\n" not in para.strip()
            plain = is_plain_action(para) and not (single and marker.match(para))
            out += [para if plain else "!" + para, ""]
    for line in b.dialogue.split("\n"):
        if line.strip():
            out += _dialogue_lines(line) + [""]
    return location


def _dialogue_lines(line: str) -> list[str]:
    """One 'NAME: words' row as a cue and dialogue (or '名字：台词' for Chinese names)."""
    m = _SPEAKER.match(line)
    if m and m.group(2):
        cue, words = m.group(1).strip(), m.group(2)
        ext_m = _EXTENSION.search(cue)
        name = cue[:ext_m.start()].strip() if ext_m else cue
        ext = ext_m.group(0).strip() if ext_m else ""
        if _CJK.search(name):
            zh = _ZH_CUE.match(line)
            if zh and zh.group(1) == name and f"{name}{zh.group(2)}：{zh.group(3)}" == line:
                return [line]
        elif f"{name}{' ' + ext if ext else ''}: {words}" == line and not words.startswith(("~", "[[")):
            cue_line = f"{name} {ext}".strip()
            if not _is_cue(cue_line) or cue_line.endswith("^"):
                cue_line = "@" + cue_line
            return [cue_line, words]
    return [f"[[dialogue: {line.replace(']]', '] ]')}]]"]

"""Drafts of beats and episodes while a script is read, and turning them into models."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import ValidationError

from ..core.model import Beat, Emotion, Panel, Shot, default_panel_id

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Words that say when a scene happens, not where: "- (PRESENT) DAY", "- MOMENTS LATER",
# "（日）". A trailing part is dropped when it holds one of these and only filler words.
_TIME_WORDS = {
    "DAY", "NIGHT", "MORNING", "EVENING", "AFTERNOON", "DUSK", "DAWN", "LATER", "CONTINUOUS",
    "CONT'D", "SAME", "NOON", "MIDNIGHT", "SUNSET", "SUNRISE", "PRESENT", "FLASHBACK",
    "NIGHTTIME", "DAYTIME", "TWILIGHT", "SIMULTANEOUS",
    "日", "夜", "晨", "晚", "白天", "夜晚", "黄昏", "清晨", "傍晚", "深夜", "凌晨", "午后", "中午",
    "下午", "上午", "早晨", "日景", "夜景", "同时", "稍后", "片刻后", "闪回", "回忆", "现在",
}
_TIME_FILLERS = {"A", "FEW", "MINUTES", "HOURS", "DAYS", "WEEKS", "YEARS", "AGO", "BACK", "TO",
                 "END", "OF", "MOMENTS", "MOMENT", "TIME", "LATE", "EARLY", "NEXT", "PAST",
                 "MAGIC", "HOUR", "PRE", "THE", "IN"}
_SEPARATOR = re.compile(r"\s+[-–—/]+\s*|\s*[-–—/]+\s+|\s*[·•、，,]\s*")
_BRACKETED = re.compile(r"[(（\[【]([^()（）\[\]【】]*)[)）\]】]")
_SCENE_PREFIX = re.compile(
    r"^(INT\.?/EXT|INT\./EXT|I/E|E/I|INT|EXT|EST)[.\s]\s*|^(内外景|内/外景|内景|外景)[\s.：:、·-]*", re.I)


@dataclass(slots=True)
class BeatDraft:
    line: int
    id: str = ""
    title: str | None = None
    kind: str = ""
    heading: str = ""
    scene_number: str = ""
    fields: dict = field(default_factory=dict)
    emotion: dict = field(default_factory=dict)
    action: list[str] = field(default_factory=list)
    dialogue: list[str] = field(default_factory=list)
    cue_names: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    links: list[tuple[str, str, int]] = field(default_factory=list)
    order: list[str] = field(default_factory=list)  # 'a' paragraph / 'd' row, as read
    dual_rows: list[int] = field(default_factory=list)  # rows spoken with the one before
    transition: str = ""
    fresh: bool = True  # nothing but a scene heading yet
    panel_per_row: bool = False  # a panel per action paragraph and per speech


@dataclass(slots=True)
class EpisodeDraft:
    number: int | None
    title: str
    line: int
    beats: list[BeatDraft] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def location_of(heading: str) -> str:
    """The place a heading names, the same for every scene there:
    'INT. GALA HALL - NIGHT' and 'INT. GALA HALL - (PRESENT) DAY' -> 'GALA HALL';
    '内景 客厅 夜' and '客厅（日）' -> '客厅'. Trailing parts that only say when are dropped."""
    m = _SCENE_PREFIX.match(heading)
    rest = heading[m.end():].strip() if m else heading.strip()
    while True:
        cut = _when_suffix(rest)
        if cut is None:
            break
        rest = rest[:cut].rstrip(" -–—/·•、，,")
    return rest.strip() or heading.strip()


def _is_time(part: str) -> bool:
    words = _BRACKETED.sub(lambda m: " " + m.group(1) + " ", part).replace(".", " ").split()
    words = [w.upper() for w in words]
    return (any(w in _TIME_WORDS for w in words)
            and all(w in _TIME_WORDS or w in _TIME_FILLERS or w.isdigit() for w in words))


def _when_suffix(rest: str) -> int | None:
    """Where a trailing part of a location that only says when starts, or None."""
    last = None
    for last in _BRACKETED.finditer(rest):
        pass
    if last is not None and last.start() > 0 and not rest[last.end():].strip() \
            and _is_time(last.group(1)):
        return last.start()
    last = None
    for last in _SEPARATOR.finditer(rest):
        pass
    if last is not None and last.start() > 0 and _is_time(rest[last.end():]):
        return last.start()
    # Chinese headings often separate the time with a space only: '客厅 夜'.
    head, _, tail = rest.rpartition(" ")
    if head.strip() and _CJK.search(tail) and _is_time(tail):
        return len(head)
    return None


def dialogue_row(name: str, extension: str, text: str) -> str:
    """One dialogue row as the beat keeps it: 'LIN (V.O.): words', '林夏（低声）：台词' for
    a Chinese name. The second voice of dual dialogue is marked in Beat.simultaneous, never
    in the text."""
    zh = bool(_CJK.search(name))
    sep = "：" if zh else ": "
    ext = extension
    if ext and not (ext.startswith("（") and zh):
        ext = " " + ext
    cue = f"{name}{ext}"
    return f"{cue}{sep}{text}" if text else f"{cue}{sep}".rstrip()


def row_lines(dialogue: str) -> list[int]:
    """For each dialogue row in order, its line number (0-based) in the dialogue text."""
    return [k for k, line in enumerate(dialogue.splitlines()) if line.strip()]


def action_paragraphs(action: str) -> list[str]:
    return [p for p in action.split("\n\n") if p.strip()]


def dialogue_in_order(rows: list[str], order: list[str]) -> str:
    """The dialogue field for rows read in ``order`` ('a' an action paragraph, 'd' a row).

    When all dialogue follows all action, the rows one per line. Otherwise the rows are
    grouped by blank lines, each group placed after an action paragraph, so the Fountain
    export gives the script's order back (script_order reads it): group k follows
    paragraph k; when the beat opens with dialogue, an extra first group comes before
    paragraph 1 and every paragraph has its group."""
    first_d = order.index("d") if "d" in order else len(order)
    if "a" not in order[first_d:]:
        return "\n".join(rows)
    groups: list[list[str]] = [[]]
    it = iter(rows)
    for item in order:
        if item == "a":
            groups.append([])
        else:
            groups[-1].append(next(it))
    if not groups[0]:
        groups.pop(0)
        while len(groups) > 2 and not groups[-1]:
            groups.pop()
    return "\n\n".join("\n".join(g) for g in groups)


def script_order(action: str, dialogue: str) -> list[tuple[str, str]]:
    """A beat's action paragraphs and dialogue rows in script order: ('a', paragraph) and
    ('d', row). Inverse of dialogue_in_order; without blank lines in the dialogue, all
    action comes first."""
    paras = action_paragraphs(action)
    groups = dialogue.split("\n\n")
    if len(groups) < 2 or len(groups) > len(paras) + 1:
        return [("a", p) for p in paras] + [("d", r) for r in dialogue.split("\n") if r.strip()]
    if len(groups) <= len(paras):
        groups.insert(0, "")  # nothing before the first paragraph
    out: list[tuple[str, str]] = [("d", r) for r in groups[0].split("\n") if r.strip()]
    for k, para in enumerate(paras, 1):
        out.append(("a", para))
        if k < len(groups):
            out += [("d", r) for r in groups[k].split("\n") if r.strip()]
    return out


def beat_from_draft(d: BeatDraft) -> Beat:
    """The beat a draft describes; pydantic's ValidationError when a value is wrong."""
    notes = list(d.notes)
    title = d.title
    if title is None:
        title = d.heading or _first_line(d.action) or _first_line(d.dialogue)
        title = title if len(title) <= 60 else title[:59] + "…"
    elif d.heading and d.heading != d.fields.get("location"):
        notes.insert(0, d.heading)  # the heading's words are kept, beside the title
    if d.scene_number:
        notes.insert(0, f"Scene {d.scene_number}")
    # [[characters]] is the whole list when given (the export writes it); else the cues.
    chars = list(d.fields.get("characters", d.cue_names))
    size, move = d.fields.get("shot", ("", ""))
    dialogue = dialogue_in_order(d.dialogue, d.order)
    lines = row_lines(dialogue)
    extra = {"panels": _row_panels(d)} if d.panel_per_row and d.order else {}
    return Beat(
        id=d.id, title=title, kind=d.kind or "other", duration_s=d.fields.get("duration_s"),
        emotion=Emotion(**d.emotion), action="\n\n".join(d.action),
        dialogue=dialogue, simultaneous=[lines[k] for k in d.dual_rows if k < len(lines)],
        transition=d.transition, sound=d.fields.get("sound", ""),
        shot=Shot(size=size, move=move), characters=chars,
        location=d.fields.get("location", ""), props=d.fields.get("props", []),
        compliance=d.fields.get("compliance", []), notes="\n".join(notes), **extra)


def _row_panels(d: BeatDraft) -> list[Panel]:
    """A panel per action paragraph (no caption: action is not spoken) and per speech
    (its caption comes from the dialogue); the second voice of dual dialogue shares the
    panel of the first."""
    panels, row = [], 0
    for item in d.order:
        if item == "d":
            row += 1
            if row - 1 in d.dual_rows:
                continue
        panels.append(Panel(id=default_panel_id(d.id, len(panels) + 1),
                            caption="" if item == "a" else None))
    return panels


def _first_line(parts: list[str]) -> str:
    for p in parts:
        for line in p.split("\n"):
            if line.strip():
                return line.strip()
    return ""


def free_id(candidate: str, taken: set[str]) -> str:
    base, n = candidate, 2
    while candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    taken.add(candidate)
    return candidate


def pydantic_problem(e: ValidationError) -> str:
    err = e.errors(include_url=False)[0]
    where = ".".join(str(p) for p in err["loc"])
    msg = err["msg"].removeprefix("Value error, ")
    return f"{where}: {msg}" if where else msg

"""Fountain screenplay text to a flat list of script elements.

Follows the published Fountain syntax (fountain.io/syntax): title page, scene headings
(incl. forced ``.`` and ``#12#`` numbers), character cues (incl. forced ``@``, dual ``^``,
extensions), parentheticals, dialogue, lyrics ``~``, transitions (incl. forced ``>``),
centred ``>text<``, notes ``[[ ]]`` (multi-line too), boneyard ``/* */``, page breaks
``===``, sections ``#`` and synopses ``=``. Emphasis markup is kept as text. Anything
unrecognised becomes action, so no text is lost. Chinese-style cues (``林晚：台词``) are
read as dialogue when the name holds a Chinese character.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_NOTE_OR_BONEYARD = re.compile(r"/\*.*?\*/|\[\[.*?\]\]", re.S)
_TOKEN = re.compile("\ue000(\\d+)\ue001")
_TITLE_KEY = re.compile(
    r"^([A-Za-z][A-Za-z0-9 _\-]{0,40}|标题|剧名|片名|作者|编剧|日期|版本|联系方式)\s*[:：](.*)$")
# A title page must open with a well-known key, so "CUT TO:" never reads as one.
_TITLE_PAGE_OPENERS = {"title", "credit", "author", "authors", "source", "draft date", "date",
                       "contact", "copyright", "notes", "revision", "标题", "剧名", "片名",
                       "作者", "编剧"}
_SCENE = re.compile(
    r"^(?:(?:INT|EXT|EST|INT\.?/EXT|INT\./EXT|I/E|E/I)[.\s]|(?:内外景|内景|外景|内/外景)[\s.：:、·-]?)",
    re.I)
_SCENE_NUMBER = re.compile(r"\s*#([A-Za-z0-9.\-]+)#\s*$")
_TRANSITION = re.compile(r"^[A-Z0-9 .'\-]+TO:$|^(?:FADE (?:IN|OUT)|CUT TO BLACK|FADE TO BLACK)[.:]?$")
_CUE_EXTENSION = re.compile(r"\s*((?:\([^)]*\)|（[^）]*）)\s*)+$")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ZH_CUE = re.compile(r"^([^\s:：()（）\[\]]{1,10}?)((?:（[^）]*）|\([^)]*\))*)：\s*(\S.*)$")


@dataclass
class Note:
    text: str
    line: int


@dataclass
class Element:
    """One script element. ``kind`` is one of: title_page, scene_heading, action,
    dialogue, transition, centered, lyrics, section, synopsis, page_break, note."""

    kind: str
    text: str
    line: int
    name: str = ""  # dialogue: the cue without extension
    extension: str = ""  # dialogue: "(V.O.)", "(CONT'D)"...
    dual: bool = False
    depth: int = 0  # section level
    forced: bool = False  # action forced with '!': never read as anything else
    scene_number: str = ""
    meta: list[tuple[str, str]] = field(default_factory=list)  # title page pairs
    notes: list[Note] = field(default_factory=list)  # inline [[notes]] of this element


def parse_fountain(text: str) -> list[Element]:
    lines, origins, notes = _strip_notes_and_boneyard(text.replace("\r\n", "\n").replace("\r", "\n"))
    elements: list[Element] = []
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    first = _TITLE_KEY.match(lines[start]) if start < len(lines) else None
    if first and first.group(1).strip().lower() in _TITLE_PAGE_OPENERS:
        start = _parse_title_page(lines, origins, notes, elements, start)
    for block, first in _blocks(lines, origins, start):
        _parse_block(block, first, notes, elements)
    return elements


def _strip_notes_and_boneyard(text: str) -> tuple[list[str], list[int], list[Note]]:
    """Replace notes with one-line tokens, drop boneyard; keep a line-number map."""
    out: list[str] = []
    notes: list[Note] = []
    line = 1
    pos = 0
    for m in _NOTE_OR_BONEYARD.finditer(text):
        out.append(text[pos:m.start()])
        line += text.count("\n", pos, m.start())
        body = m.group()
        if body.startswith("[["):
            notes.append(Note(body[2:-2].strip(), line))
            out.append(f"\ue000{len(notes) - 1}\ue001")
        pos = m.end()
        # Lines swallowed by the match still count for line numbers below.
        out.append("\ue002" * body.count("\n"))
        line += body.count("\n")
    out.append(text[pos:])
    joined = "".join(out)
    lines: list[str] = []
    origins: list[int] = []
    n = 1
    for raw in joined.split("\n"):
        origins.append(n)
        n += 1 + raw.count("\ue002")
        lines.append(raw.replace("\ue002", ""))
    return lines, origins, notes


def _parse_title_page(lines, origins, notes, elements, i) -> int:
    meta: list[tuple[str, str]] = []
    while i < len(lines) and lines[i].strip():
        m = _TITLE_KEY.match(lines[i].strip())
        if m and not lines[i][:1].isspace():
            meta.append((m.group(1).strip(), m.group(2).strip()))
        elif meta:  # indented continuation of a multi-line value
            key, value = meta[-1]
            meta[-1] = (key, (value + "\n" + lines[i].strip()).strip())
        i += 1
    el = Element("title_page", "", origins[0], meta=meta)
    for k, (key, value) in enumerate(meta):
        value, inline = _take_notes(value, notes)
        meta[k] = (key, value)
        el.notes.extend(inline)
    elements.append(el)
    return i


def _blocks(lines, origins, start):
    """Paragraphs separated by blank lines; a line of two spaces keeps a block going."""
    block: list[tuple[str, int]] = []
    for i in range(start, len(lines)):
        line = lines[i]
        if line.strip() == "" and line != "  ":
            if block:
                yield block, block[0][1]
                block = []
            continue
        block.append((line.rstrip() if line != "  " else "", origins[i]))
    if block:
        yield block, block[0][1]


def _take_notes(text: str, notes: list[Note]) -> tuple[str, list[Note]]:
    found = [notes[int(m.group(1))] for m in _TOKEN.finditer(text)]
    if not found:
        return text, []
    cleaned = _TOKEN.sub("", text)
    return re.sub(r"[ \t]{2,}", " ", cleaned).strip(), found


def _parse_block(block, first_line, notes, elements) -> None:
    # Lines holding only notes before the content are elements of their own, in order.
    while block and _TOKEN.sub("", block[0][0]).strip() == "":
        for m in _TOKEN.finditer(block[0][0]):
            elements.append(Element("note", notes[int(m.group(1))].text, block[0][1]))
        block = block[1:]
    if not block:
        return
    inline: list[Note] = []
    texts: list[str] = []
    for raw, ln in block:
        text, found = _take_notes(raw, notes)
        inline.extend(found)
        texts.append(text)
    line = block[0][1]
    el = _classify(texts, line, elements)
    for e in el:
        e.notes = inline if e is el[0] else []
    elements.extend(el)


def _classify(texts: list[str], line: int, elements: list[Element]) -> list[Element]:
    head = texts[0].strip()
    single = len(texts) == 1
    if re.fullmatch(r"={3,}", head) and single:
        return [Element("page_break", "", line)]
    if head.startswith("#") and single:
        depth = len(head) - len(head.lstrip("#"))
        return [Element("section", head[depth:].strip(), line, depth=depth)]
    if head.startswith("=") and not head.startswith("==="):
        return [Element("synopsis", "\n".join(t.strip().lstrip("=").strip() for t in texts), line)]
    if head.startswith("!"):
        return [Element("action", "\n".join([texts[0].lstrip()[1:]] + texts[1:]), line, forced=True)]
    if (head.startswith(".") and not head.startswith("..")) or _SCENE.match(head):
        heading = head[1:].strip() if head.startswith(".") and not _SCENE.match(head) else head
        number = ""
        m = _SCENE_NUMBER.search(heading)
        if m:
            number, heading = m.group(1), heading[:m.start()].strip()
        out = [Element("scene_heading", heading, line, scene_number=number)]
        if not single:  # no blank line after the heading: the rest is action
            out.extend(_classify(texts[1:], line + 1, elements))
        return out
    if head.startswith(">") and head.endswith("<") and len(head) > 1:
        return [Element("centered", "\n".join(t.strip().lstrip(">").rstrip("<").strip()
                                              for t in texts), line)]
    if head.startswith(">") and single:
        return [Element("transition", head[1:].strip(), line)]
    if single and _TRANSITION.match(head):
        return [Element("transition", head, line)]
    if head.startswith("~"):
        return [Element("lyrics", "\n".join(t.strip().lstrip("~").strip() for t in texts), line)]
    if not single and any(t.strip() for t in texts[1:]) and _is_cue(head) \
            and not _TRANSITION.match(head):
        return [_dialogue(texts, line, elements)]
    if any(_ZH_CUE.match(t.strip()) and _CJK.search(_ZH_CUE.match(t.strip()).group(1))
           for t in texts):
        return _chinese_block(texts, line)
    return [Element("action", "\n".join(texts), line)]


def _is_cue(head: str) -> bool:
    if head.startswith("@"):
        return len(head) > 1
    name = _CUE_EXTENSION.sub("", head.rstrip("^").strip())
    return bool(re.search(r"[A-Z]", name)) and name == name.upper() and not name.startswith("(")


def _dialogue(texts: list[str], line: int, elements: list[Element]) -> Element:
    cue = texts[0].strip()
    dual = cue.endswith("^")
    cue = cue.rstrip("^").strip().lstrip("@").strip()
    m = _CUE_EXTENSION.search(cue)
    extension = m.group(0).strip() if m else ""
    name = cue[:m.start()].strip() if m else cue
    parts = []
    for t in texts[1:]:
        s = t.strip()
        parts.append(s[1:].strip() if s.startswith("~") else s)  # sung lines are still heard
    return Element("dialogue", " ".join(p for p in parts if p), line, name=name,
                   extension=extension, dual=dual)


def _chinese_block(texts: list[str], line: int) -> list[Element]:
    """``林晚：台词`` lines are dialogue; other lines stay action, in order."""
    out: list[Element] = []
    for k, t in enumerate(texts):
        m = _ZH_CUE.match(t.strip())
        if m and _CJK.search(m.group(1)):
            out.append(Element("dialogue", m.group(3).strip(), line + k, name=m.group(1),
                               extension=m.group(2) or ""))
        elif out and out[-1].kind == "action":
            out[-1].text += "\n" + t
        else:
            out.append(Element("action", t, line + k))
    return out


def is_plain_action(paragraph: str) -> bool:
    """Whether a paragraph would read back as action without a forcing ``!``."""
    texts = paragraph.split("\n")
    els = _classify(texts, 1, [])
    return (len(els) == 1 and els[0].kind == "action" and not els[0].forced
            and not _TOKEN.search(paragraph))

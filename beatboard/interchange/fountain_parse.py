"""Fountain screenplay text to a flat list of script elements.

Follows the published Fountain syntax (fountain.io/syntax): title page, scene headings
(incl. forced ``.`` and ``#12#`` numbers), character cues (incl. forced ``@``, dual ``^``,
extensions), parentheticals, dialogue, lyrics ``~``, transitions (incl. forced ``>``),
centred ``>text<``, notes ``[[ ]]`` (multi-line too), boneyard ``/* */``, page breaks
``===``, sections ``#`` and synopses ``=``. Emphasis markers are removed from the text.
Anything unrecognised becomes action, so no text is lost.

Elements are recognised line by line inside each paragraph, so a paragraph of several
section lines, page breaks or lyrics gives one element per line. A character cue is known
by its place and form: a line of its own after a blank line, followed by dialogue, in
capitals for scripts with letter case (Latin, Cyrillic, Greek...) or a short name without
sentence punctuation for scripts without case (Chinese, Japanese, Arabic...).
Chinese-style cues (``林晚：台词``) are read as dialogue when the name holds a Chinese
character. The whole reader is linear in the size of the script (see fountain_scan).
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Callable, Iterator, Optional

from .fountain_scan import TOKEN as _TOKEN, Cancel, Note, check_cancel, scan_lines, \
    strip_emphasis

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
_PAGE_BREAK = re.compile(r"={3,}")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ZH_CUE = re.compile(r"^([^\s:：()（）\[\]]{1,10}?)((?:（[^）]*）|\([^)]*\))*)：\s*(\S.*)$")
# A name in a script without letter case holds no sentence punctuation and is short.
_NOT_IN_NAMES = set("。，、！？；：,!?;:…—\"“”「」『』《》【】|/\\*=#~<>[]{}")
MAX_CASELESS_CUE = 16
_CHECK_EVERY_BLOCKS = 2048
_CHECK_EVERY_LINES = 4096
Progress = Optional[Callable[[float], None]]


@dataclass(slots=True)
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
    # Empty tuples by default: a script has hundreds of thousands of elements, and empty
    # lists would each be a separate object for the garbage collector to walk.
    meta: list[tuple[str, str]] | tuple = ()  # title page pairs
    notes: list[Note] | tuple = ()  # inline [[notes]] of this element


def parse_fountain(text: str, cancel: Cancel = None, progress: Progress = None) -> list[Element]:
    """The script's elements in order (see iter_fountain)."""
    return list(iter_fountain(text, cancel, progress))


def iter_fountain(text: str, cancel: Cancel = None, progress: Progress = None) -> Iterator[Element]:
    """The script's elements in order, made as they are read. ``cancel()`` is polled
    regularly (ScriptCancelled is raised when it answers True); ``progress(fraction)``
    hears how far the reading is."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    total = text.count("\n") + 1
    notes: list[Note] = []
    lines = scan_lines(text, notes, cancel)
    first: tuple[str, int] | None = None
    # Blank lines and notes may come before the title page; the notes stay notes.
    for line, origin in lines:
        if _TOKEN.sub("", line).strip():
            first = (line, origin)
            break
        for m in _TOKEN.finditer(line):
            yield Element("note", notes[int(m.group(1))].text, origin)
    if first is None:
        return
    key = _TITLE_KEY.match(first[0])
    if key and key.group(1).strip().lower() in _TITLE_PAGE_OPENERS:
        yield _title_page(first, lines, notes)
        first = None
    elements: list[Element] = []
    for count, (block, end) in enumerate(_blocks(first, lines)):
        if count % _CHECK_EVERY_BLOCKS == 0:
            check_cancel(cancel)
            if progress is not None:
                progress(min(1.0, end / total))
        _parse_block(block, notes, elements, cancel)
        yield from elements
        elements.clear()


def _title_page(first, lines, notes) -> Element:
    """Key: value lines up to the first blank line; indented lines continue a value."""
    meta: list[tuple[str, str]] = []
    for raw, _ in itertools.chain([first], lines):
        if not raw.strip():
            break
        m = _TITLE_KEY.match(raw.strip())
        if m and not raw[:1].isspace():
            meta.append((m.group(1).strip(), strip_emphasis(m.group(2).strip())))
        elif meta:  # indented continuation of a multi-line value
            key, value = meta[-1]
            meta[-1] = (key, (value + "\n" + strip_emphasis(raw.strip())).strip())
    el = Element("title_page", "", first[1], meta=meta, notes=[])
    for k, (key, value) in enumerate(meta):
        value, inline = _take_notes(value, notes)
        meta[k] = (key, value)
        el.notes.extend(inline)
    return el


def _blocks(first, lines):
    """Paragraphs separated by blank lines (a line of two spaces keeps one going), each
    with the line number where it ends."""
    block: list[tuple[str, int]] = []
    origin = 0
    for line, origin in itertools.chain([first] if first else [], lines):
        if line.strip() == "" and line != "  ":
            if block:
                yield block, origin
                block = []
            continue
        block.append((line.rstrip() if line != "  " else "", origin))
    if block:
        yield block, origin


def _take_notes(text: str, notes: list[Note]) -> tuple[str, list[Note]]:
    if "\ue000" not in text:
        return text, []
    found = [notes[int(m.group(1))] for m in _TOKEN.finditer(text)]
    cleaned = _TOKEN.sub("", text)
    return re.sub(r"[ \t]{2,}", " ", cleaned).strip(), found


def _parse_block(block, notes, elements, cancel: Cancel = None) -> None:
    # Lines holding only notes before the content are elements of their own, in order.
    while block and _TOKEN.sub("", block[0][0]).strip() == "":
        for m in _TOKEN.finditer(block[0][0]):
            elements.append(Element("note", notes[int(m.group(1))].text, block[0][1]))
        block = block[1:]
    if not block:
        return
    inline: list[Note] = []
    items: list[tuple[str, int]] = []
    for k, (raw, ln) in enumerate(block):
        if k % _CHECK_EVERY_LINES == _CHECK_EVERY_LINES - 1:  # a paragraph may be huge
            check_cancel(cancel)
        text, found = _take_notes(raw, notes)
        inline.extend(found)
        items.append((text, ln))
    start = len(elements)
    _classify(items, elements, cancel)
    if len(elements) > start and inline:
        elements[start].notes = inline


def _classify(items: list[tuple[str, int]], out: list[Element], cancel: Cancel = None) -> None:
    """Elements of one paragraph, line by line. ``opening`` says whether the line comes
    right after a blank line (or after structure lines only), where headings and cues sit."""
    k, n, opening = 0, len(items), True
    while k < n:
        raw, line = items[k]
        head = raw.strip()
        last = k == n - 1
        if _PAGE_BREAK.fullmatch(head):
            out.append(Element("page_break", "", line))
            k += 1
            continue
        if head.startswith("#"):
            depth = len(head) - len(head.lstrip("#"))
            out.append(Element("section", head[depth:].strip(), line, depth=depth))
            k += 1
            continue
        if head.startswith("="):
            j = _run(items, k, lambda t: t.startswith("=") and not _PAGE_BREAK.fullmatch(t))
            out.append(Element("synopsis", "\n".join(t.strip()[1:].strip() for t, _ in items[k:j]), line))
            k = j
            continue
        if head.startswith("!"):
            texts = [raw.lstrip()[1:]] + [t for t, _ in items[k + 1:]]
            out.append(Element("action", _plain("\n".join(texts), cancel), line, forced=True))
            return
        if opening and is_scene_heading(head):
            out.append(_scene_heading(head, line))
            k += 1
            opening = False  # no blank line after the heading: what follows is action
            continue
        if head.startswith(">") and head.endswith("<") and len(head) > 1:
            j = _run(items, k, lambda t: t.startswith(">") and t.endswith("<") and len(t) > 1)
            out.append(Element("centered", "\n".join(
                _plain(t.strip()[1:-1].strip()) for t, _ in items[k:j]), line))
            k = j
            continue
        if last and opening and (head.startswith(">") or _TRANSITION.match(head)):
            out.append(Element("transition", _plain(head.removeprefix(">").strip()), line))
            return
        if head.startswith("~"):
            j = _run(items, k, lambda t: t.startswith("~"))
            out.append(Element("lyrics", "\n".join(_plain(t.strip()[1:].strip())
                                                   for t, _ in items[k:j]), line))
            k = j
            continue
        if opening and not last and _is_cue(head) and not _TRANSITION.match(head):
            out.append(_dialogue(items[k:], cancel))
            return
        texts = [t for t, _ in items[k:]]
        if any(_zh_cue(t) for t in texts):
            out.extend(_chinese_block(texts, line, cancel))
        else:
            out.append(Element("action", _plain("\n".join(texts), cancel), line))
        return


def _run(items, k: int, test) -> int:
    j = k
    while j < len(items) and test(items[j][0].strip()):
        j += 1
    return j


def _plain(text: str, cancel: Cancel = None) -> str:
    """Text as it reads, without emphasis markers (line by line)."""
    if "*" not in text and "_" not in text:
        return text
    out = []
    for k, t in enumerate(text.split("\n")):
        if k % _CHECK_EVERY_LINES == _CHECK_EVERY_LINES - 1:
            check_cancel(cancel)
        out.append(strip_emphasis(t))
    return "\n".join(out)


def is_transition(head: str) -> bool:
    """``CUT TO:``, ``SMASH CUT TO:``, ``FADE OUT.``: a transition without the forcing '>'."""
    return bool(_TRANSITION.match(head))


def is_scene_heading(head: str) -> bool:
    """``INT.``/``EXT.``/``内景``..., or forced: a single dot then a letter or digit."""
    return is_forced_heading(head) or bool(_SCENE.match(head))


def is_forced_heading(head: str) -> bool:
    return len(head) > 1 and head[0] == "." and head[1].isalnum()


def _scene_heading(head: str, line: int) -> Element:
    heading = head[1:].strip() if is_forced_heading(head) and not _SCENE.match(head) else head
    number = ""
    m = _SCENE_NUMBER.search(heading)
    if m:
        number, heading = m.group(1), heading[:m.start()].strip()
    return Element("scene_heading", _plain(heading), line, scene_number=number)


def split_cue(cue: str) -> tuple[str, str, bool]:
    """'STEEL (V.O.) ^' -> ('STEEL', '(V.O.)', True); also 'AND ^ (Dual)', '林夏（低声）'."""
    cue = cue.strip().lstrip("@").strip()
    dual = cue.endswith("^")
    cue = cue.rstrip("^").rstrip()
    end = len(cue)
    while end and cue[end - 1] in ")）":  # trailing extensions, right to left
        opener = "(" if cue[end - 1] == ")" else "（"
        k = cue.rfind(opener, 0, end - 1)
        if k <= 0:
            break
        end = k
        while end and cue[end - 1].isspace():
            end -= 1
    name, extension = cue[:end], cue[end:].strip()
    if name.endswith("^"):
        dual, name = True, name[:-1].rstrip()
    return name, extension, dual


def _is_cue(head: str) -> bool:
    if head.startswith("@"):
        return len(head.strip()) > 1
    name, _, _ = split_cue(head)
    if not name or name[0] in "(（" or any(c.islower() for c in name):
        return False
    if any(c.isupper() for c in name):
        return True  # capitals in a script with letter case
    if len(name) > MAX_CASELESS_CUE or not any(c.isalpha() for c in name):
        return False
    return not any(c in _NOT_IN_NAMES for c in name)


def _dialogue(items: list[tuple[str, int]], cancel: Cancel = None) -> Element:
    name, extension, dual = split_cue(items[0][0])
    parts = []
    for t, _ in items[1:]:
        s = t.strip()
        parts.append(s[1:].strip() if s.startswith("~") else s)  # sung lines are still heard
    return Element("dialogue", _plain(_join_words(p for p in parts if p), cancel), items[0][1],
                   name=_plain(name), extension=extension, dual=dual)


def _join_words(parts) -> str:
    """Lines of one speech as one line: a space between words, none between CJK text."""
    out: list[str] = []
    for part in parts:
        if out and not (_wide(out[-1][-1]) and _wide(part[0])):
            out.append(" ")
        out.append(part)
    return "".join(out)


def _wide(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\uffef"


def _zh_cue(text: str):
    m = _ZH_CUE.match(text.strip())
    return m if m and _CJK.search(m.group(1)) else None


def _chinese_block(texts: list[str], line: int, cancel: Cancel = None) -> list[Element]:
    """``林晚：台词`` lines are dialogue; other lines stay action, in order."""
    out: list[Element] = []
    action: list[str] = []  # lines of the action element being gathered

    def close_action():
        if action:
            out[-1].text = _plain("\n".join(action), cancel)
            action.clear()

    for k, t in enumerate(texts):
        if k % _CHECK_EVERY_LINES == _CHECK_EVERY_LINES - 1:
            check_cancel(cancel)
        m = _zh_cue(t)
        if m:
            close_action()
            out.append(Element("dialogue", _plain(m.group(3).strip()), line + k, name=m.group(1),
                               extension=m.group(2) or ""))
        else:
            if not action:
                out.append(Element("action", "", line + k))
            action.append(t)
    close_action()
    return out


def read_paragraph(lines: list[str]) -> list[Element]:
    """The elements one paragraph (lines without notes or boneyard) reads as."""
    els: list[Element] = []
    _classify([(t, 1) for t in lines], els)
    return els


def is_plain_action(paragraph: str) -> bool:
    """Whether a paragraph would read back as action without a forcing ``!``."""
    els = read_paragraph(paragraph.split("\n"))
    return (len(els) == 1 and els[0].kind == "action" and not els[0].forced
            and not _TOKEN.search(paragraph) and els[0].text == _plain(paragraph))

"""Import a Final Draft ``.fdx`` screenplay as a BeatBoard project.

The XML is read with defusedxml: entity declarations (billion laughs), external entities
and DTD retrieval are refused. Paragraphs map to the same script elements the Fountain
reader makes, so beats, episodes and ``[[annotations]]`` typed into the script behave
the same way (see resources/docs/fountain.md). Episodes start at a ``New Act`` paragraph, or at
any Action/General/Shot paragraph matching the episode marker ("EPISODE 3", "第3集").
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from ..core.errors import BeatBoardFileError
from ..core.model import Project
from .fountain_parse import Element, is_transition, split_cue
from .fountain_scan import Cancel, check_cancel, split_notes
from .script_build import ScriptBuilder, source_name

MAX_FDX_BYTES = 64 * 1024 * 1024
EPISODE_PARAGRAPH_TYPES = ("New Act", "Act Break")
ENTITY_REFUSAL = "the file uses XML entities, which BeatBoard refuses for safety"


def import_fdx(data: bytes, source=None, episode_marker: str | None = None,
               cancel: Cancel = None, progress=None, beats: str = "scene") -> Project:
    """``cancel``/``progress``/``beats`` as in script_import.parse_script."""
    name = source_name(source)
    root = _parse_xml(data, name)
    if root.tag != "FinalDraft":
        raise BeatBoardFileError(name, "top level",
                                 f"not a Final Draft file (root element <{root.tag}>)")
    content = root.find("Content")
    if content is None:
        raise BeatBoardFileError(name, "<FinalDraft>", "has no <Content> element")
    elements = _title_page(root) + _content_elements(content)
    check_cancel(cancel)
    builder = ScriptBuilder(name, episode_marker, unit="paragraph", cancel=cancel,
                            progress=progress, beats=beats)
    builder.feed(elements)
    return builder.project()


def _parse_xml(data: bytes, name):
    if len(data) > MAX_FDX_BYTES:
        raise BeatBoardFileError(name, "", f"file is too large ({len(data)} bytes)")
    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise BeatBoardFileError(name, "", ENTITY_REFUSAL) from None
    except ET.ParseError as e:
        line, col = e.position
        raise BeatBoardFileError(name, f"line {line}, column {col + 1}",
                                 f"not valid XML ({str(e).split(':')[0]})") from None


def _text(paragraph) -> str:
    # Styled runs are separate <Text> elements; their words join without separators.
    return "".join("".join(t.itertext()) for t in paragraph.findall("Text"))


def _title_page(root) -> list[Element]:
    lines = [_text(p).strip() for p in root.findall("./TitlePage/Content/Paragraph")]
    lines = [line for line in lines if line]
    if not lines:
        return []
    meta = [("Title", lines[0])] + [("Title page", line) for line in lines[1:]]
    return [Element("title_page", "", 1, meta=meta)]


def _paragraphs(content):
    """Paragraphs in reading order, with DualDialogue blocks opened up."""
    for p in content.findall("Paragraph"):
        dual = p.find("DualDialogue")
        if dual is not None:  # the second voice is the one marked, as Fountain's '^'
            voices = 0
            for inner in dual.findall("Paragraph"):
                voices += inner.get("Type") == "Character"
                yield inner, voices > 1
            rest = _text(p).strip()
            if rest:
                yield p, False
        else:
            yield p, False


def _content_elements(content) -> list[Element]:
    elements: list[Element] = []
    speech: Element | None = None
    for index, (p, dual) in enumerate(_paragraphs(content), 1):
        kind = p.get("Type", "Action")
        raw = _text(p)
        text, notes = split_notes(raw, index)
        if kind == "Character":
            name, extension, marked_dual = split_cue(text)
            speech = Element("dialogue", "", index, name=name, extension=extension,
                             dual=dual or marked_dual, notes=notes)
            elements.append(speech)
            continue
        if kind in ("Dialogue", "Parenthetical") and speech is not None:
            speech.text = (speech.text + " " + text.strip()).strip()
            speech.notes = [*speech.notes, *notes]
            continue
        speech = None
        if kind == "Scene Heading":
            el = Element("scene_heading", text.strip(), index, scene_number=p.get("Number", ""))
        elif kind in EPISODE_PARAGRAPH_TYPES:
            el = Element("episode", text.strip(), index)
        elif kind == "Transition" or (kind == "Action" and is_transition(text.strip())):
            # FADE OUT. typed as action reads as a transition, as it does in Fountain.
            el = Element("transition", text.strip(), index)
        elif not text.strip():
            if notes:
                elements.extend(Element("note", n.text, index) for n in notes)
            continue
        else:  # Action, General, Shot, Cast List, and anything unknown: kept as action
            el = Element("action", text.strip("\n"), index)
        el.notes = notes
        elements.append(el)
    return elements


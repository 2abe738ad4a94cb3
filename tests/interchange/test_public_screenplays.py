"""Public screenplays (Fountain and Final Draft) come in whole.

The expected counts are read here with a small reader of their own, written from the
Fountain syntax page and the FDX paragraph types, not with BeatBoard's parser: every scene
heading starts a beat, every character cue gives one dialogue row whose words are the
speech, and no caret, transition or parenthetical is left inside a name or the action.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from beatboard.interchange.script_import import parse_script

FIXTURES = Path(__file__).parent / "fixtures"
FOUNTAIN = ["Brick-and-Steel.fountain", "The-Last-Birthday-Card.fountain", "Big-Fish.fountain",
            "my_living_memory.fountain", "printing_trouble.fountain"]
FDX = ["Brick-and-Steel.fdx", "The-Last-Birthday-Card.fdx", "Big-Fish.fdx"]

_HEADING = re.compile(r"^(INT|EXT|EST|INT\./EXT|INT/EXT|I/E)[. ]", re.I)
_TRANSITION_LINE = re.compile(r"^(?:[A-Z0-9 .'\-]+ TO:|FADE OUT\.|FADE TO BLACK\.|CUT TO BLACK\.)$")
_ROW = re.compile(r"^([^:：]+?)[:：] ?(.*)$")


def _words(text: str) -> str:
    return " ".join(re.sub(r"[*_]", "", text).split())


def _spoken(text: str) -> str:
    """The words of a speech without its parentheticals (kept inline in a row)."""
    return _words(re.sub(r"\([^)]*\)", " ", text))


def _fountain_reference(text: str) -> tuple[int, list[tuple[str, str]]]:
    """(beats, [(cue name, speech)]) of a Fountain script: paragraphs between blank
    lines; a beat starts at each scene heading (a one-line paragraph starting INT/EXT/...
    or a forced '.') and after a transition (``CUT TO:``) inside a scene;
    a cue is a line in capitals (or forced '@') opening a paragraph with more lines
    (not '!' forced action nor '>centred<' text)."""
    text = re.sub(r"/\*.*?\*/", "", text.replace("\r\n", "\n"), flags=re.S)
    text = re.sub(r"\[\[.*?\]\]", "", text, flags=re.S)
    paragraphs = [p.strip("\n").split("\n") for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    if paragraphs and re.match(r"^Title\s*:", paragraphs[0][0].strip()):
        paragraphs = paragraphs[1:]
    beats, speeches, cut = 0, [], False
    for lines in paragraphs:
        first = lines[0].strip()
        if len(lines) == 1 and (_HEADING.match(first) or re.match(r"^\.[A-Za-z0-9]", first)):
            beats, cut = beats + 1, False
            continue
        if len(lines) == 1 and (_TRANSITION_LINE.match(first) or (
                first.startswith(">") and not first.endswith("<"))):
            cut = beats > 0
            continue
        if cut and not first.startswith(("#", "=")):
            beats, cut = beats + 1, False  # a cut inside a scene: what follows is a beat
        name = re.sub(r"\s*\^$", "", re.sub(r"(\s*\([^)]*\))+\s*$", "", first.rstrip("^ ")))
        cue = first.startswith("@") or (
            any(c.isalpha() for c in name) and name == name.upper() and first[0] not in "!>")
        if len(lines) > 1 and cue and not _HEADING.match(first) and not first.endswith("TO:"):
            speech = [l.strip() for l in lines[1:] if not re.fullmatch(r"\(.*\)", l.strip())]
            speeches.append((name.lstrip("@").strip(), _words(" ".join(speech))))
    return beats, speeches


def _fdx_reference(raw: bytes) -> tuple[int, list[tuple[str, str]]]:
    root = ET.fromstring(raw)
    beats, speeches, cut = 0, [], False
    for p in root.find("Content").iter("Paragraph"):
        kind = p.get("Type")
        text = "".join(t.text or "" for t in p.findall("Text"))
        if kind == "Scene Heading":
            beats, cut = beats + 1, False
            continue
        if kind == "Transition" or _TRANSITION_LINE.match(text.strip()):
            cut = beats > 0
            continue
        if cut and text.strip():
            beats, cut = beats + 1, False
        if kind == "Character":
            name = re.sub(r"(\s*\([^)]*\))+\s*$", "", text.strip().rstrip("^ "))
            speeches.append((name.strip(), ""))
        elif kind == "Dialogue" and speeches:
            name, said = speeches[-1]
            speeches[-1] = (name, _words(said + " " + text))
    return beats, speeches


def _rows(project):
    for ep in project.episodes:
        for beat in ep.beats:
            for line in beat.dialogue.splitlines():
                if line.strip():
                    yield beat, line


@pytest.mark.parametrize("name", FOUNTAIN + FDX)
def test_public_screenplay_comes_in_whole(name):
    path = FIXTURES / name
    if name.endswith(".fdx"):
        expected_beats, speeches = _fdx_reference(path.read_bytes())
    else:
        expected_beats, speeches = _fountain_reference(path.read_text(encoding="utf-8"))
    project = parse_script(path)
    beats = [b for ep in project.episodes for b in ep.beats]
    assert expected_beats > 0 and len(beats) == expected_beats
    rows = list(_rows(project))
    assert len(rows) == len(speeches)
    # Every speech arrives under its speaker, in order, with all its words.
    for (beat, row), (cue, speech) in zip(rows, speeches):
        m = _ROW.match(row)
        assert m, row
        name = re.sub(r"(\s*\([^)]*\))+\s*$", "", m.group(1))
        assert (name, _spoken(m.group(2))) == (cue, _spoken(speech))
        assert name in beat.characters
    names = {c.name for c in project.series.characters} | {c for b in beats for c in b.characters}
    for n in names:
        assert "^" not in n and "(" not in n and ")" not in n and not n.endswith("TO:"), n
    for beat in beats:
        assert "^" not in beat.action
        for line in beat.action.splitlines():
            assert not _TRANSITION_LINE.match(line.strip()), (beat.id, line)
            assert not re.fullmatch(r"\((?:beat|pause|[a-z ,']+)\)", line.strip()), (beat.id, line)

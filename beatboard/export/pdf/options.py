"""What to print: paper, grid, episodes, variants, colour, language and sections."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...core.errors import BeatBoardError

PAPERS = ("A4", "Letter", "A3", "Tabloid")
ORIENTATIONS = ("portrait", "landscape")
PANEL_COUNTS = (1, 6, 8, 12)  # 1: the large one-panel-per-page layout for the set
VARIANT_MODES = ("main", "all")
LANGS = ("en", "zh")
SECTIONS = ("boards", "overview", "shotlist", "audience")
DEFAULT_SECTIONS = ("boards", "overview", "shotlist")  # audience pages when asked for
MAX_EPISODE_NUMBER = 10000


class OptionError(BeatBoardError):
    """A bad print option, said without naming where it was typed.

    ``str(err)`` is the command line's wording (``--episodes: no episode matches...``);
    the export dialog words it with its own field names from ``option``, ``code`` and
    ``params`` instead, in the UI's language."""

    PROBLEMS = {
        "empty": "empty; use e.g. '1-10' or '1-3,7'",
        "not_a_range": "{part} is not a number or a range like '1-3'",
        "bad_range": "{part} is not a valid range (1 to {max}, low to high)",
        "no_match": "no episode matches; the file has episodes {have}",
        "one_of": "must be one of {allowed}, not {value}",
        "none_chosen": "needs at least one of {allowed}",
    }

    def __init__(self, option: str, code: str, **params):
        self.option, self.code, self.params = option, code, params
        super().__init__(f"--{option}: {self.problem}")

    @property
    def problem(self) -> str:
        """The problem in English, without the place."""
        return self.PROBLEMS[self.code].format(**self.params)


@dataclass(frozen=True)
class PdfOptions:
    paper: str = "A4"
    orientation: str = "portrait"
    panels: int = 6  # panels per board page
    episodes: tuple[int, ...] | None = None  # episode numbers; None means all
    variants: str = "all"  # "main": only the main line
    bw: bool = False  # grey-scale for black-and-white printers
    lang: str = "en"  # language of the labels on the page
    sections: tuple[str, ...] = field(default=DEFAULT_SECTIONS)
    # Marks what changed since a version (export.pdf.revision.Revision); None: no marks.
    revision: object = None

    def __post_init__(self):
        paper = _pick(self.paper, PAPERS, "paper")
        object.__setattr__(self, "paper", paper)
        object.__setattr__(self, "orientation", _pick(self.orientation, ORIENTATIONS,
                                                      "orientation"))
        if self.panels not in PANEL_COUNTS:
            raise OptionError("panels", "one_of", allowed=", ".join(map(str, PANEL_COUNTS)),
                              value=repr(self.panels))
        object.__setattr__(self, "variants", _pick(self.variants, VARIANT_MODES, "variants"))
        object.__setattr__(self, "lang", _pick(self.lang, LANGS, "lang"))
        sections = self.sections
        if isinstance(sections, str):
            sections = parse_sections(sections)
        if not sections:
            raise OptionError("sections", "none_chosen", allowed=", ".join(SECTIONS))
        for s in sections:
            _pick(s, SECTIONS, "sections")
        object.__setattr__(self, "sections", tuple(dict.fromkeys(s.lower() for s in sections)))
        if self.episodes is not None:
            object.__setattr__(self, "episodes", tuple(sorted(set(self.episodes))))


def _pick(value: str, allowed: tuple[str, ...], name: str) -> str:
    for a in allowed:
        if isinstance(value, str) and value.strip().lower() == a.lower():
            return a
    raise OptionError(name, "one_of", allowed=", ".join(allowed), value=repr(value))


def parse_sections(text: str) -> tuple[str, ...]:
    return tuple(p.strip().lower() for p in text.split(",") if p.strip())


_RANGE = re.compile(r"^\s*(\d+)\s*(?:[-–]\s*(\d+))?\s*$")


def parse_episode_spec(text: str) -> tuple[int, ...]:
    """'1-3,7' -> (1, 2, 3, 7). Raises OptionError naming the bad part."""
    numbers: set[int] = set()
    parts = [p for p in text.split(",")]
    if not text.strip():
        raise OptionError("episodes", "empty")
    for part in parts:
        m = _RANGE.match(part)
        if not m:
            raise OptionError("episodes", "not_a_range", part=repr(part.strip()))
        lo = int(m.group(1))
        hi = int(m.group(2)) if m.group(2) else lo
        if lo < 1 or hi < lo or hi > MAX_EPISODE_NUMBER:
            raise OptionError("episodes", "bad_range", part=repr(part.strip()),
                              max=MAX_EPISODE_NUMBER)
        numbers.update(range(lo, hi + 1))
    return tuple(sorted(numbers))

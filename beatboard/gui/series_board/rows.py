"""What the series board shows, as plain data: one row per episode, one card per beat
on its main line, and which cards a highlight/filter matches. No Qt here."""
from __future__ import annotations

from dataclasses import dataclass, field

from ...core.model import Beat, Episode, Project
from ...core.vocab import tag_info
from ...edit.move_edits import main_line
from ...rules import Finding, Severity

ASIDE = ""  # the episode id of the set-aside row (beats out of every episode)
FILTER_KINDS = ("character", "location", "emotion", "kind", "compliance", "finding")


@dataclass
class BoardCard:
    beat_id: str
    kind: str
    title: str
    tag: str  # canonical emotion tag ("" when none)
    glyph: str  # 虐 for a known tag, else the direction arrow
    direction: str
    intensity: int


@dataclass
class BoardRow:
    episode_id: str
    number: int
    title: str
    seconds: float
    cards: list[BoardCard]
    off_line: int  # variant/choice beats not shown as cards
    status: str = "clean"  # clean | warnings | errors
    paywall_after: bool = False  # the last free episode: the paywall line follows the row
    continuation: float | None = None  # share of its viewers who start the next episode


def card_of(beat: Beat) -> BoardCard:
    info = tag_info(beat.emotion.tag)
    glyph = info.glyph if info else beat.emotion.direction.glyph
    return BoardCard(beat.id, beat.kind, beat.title or beat.id, info.id if info else "",
                     glyph, beat.emotion.direction.value, beat.emotion.intensity)


def row_of(ep: Episode) -> BoardRow:
    line = main_line(ep)
    by_id = {b.id: b for b in ep.beats}
    beats = [by_id[bid] for bid in line]
    return BoardRow(ep.id, ep.number, ep.title, sum(b.seconds for b in beats),
                    [card_of(b) for b in beats], len(ep.beats) - len(beats))


def aside_row(project: Project, title: str) -> BoardRow | None:
    if not project.unplaced and not project.episodes:
        return None
    return BoardRow(ASIDE, 0, title, sum(b.seconds for b in project.unplaced),
                    [card_of(b) for b in project.unplaced], 0)


def badges_of(findings: list[Finding]) -> dict[str, str]:
    """beat id -> "errors" | "warnings", for the card badges."""
    badges: dict[str, str] = {}
    for f in findings:
        sev = f.severity.value
        if sev == "info":
            continue
        for bid in f.beats:
            if badges.get(bid) != "errors":
                badges[bid] = "errors" if sev == "error" else "warnings"
    return badges


def status_of(findings: list[Finding]) -> str:
    if any(f.severity == Severity.ERROR for f in findings):
        return "errors"
    if any(f.severity == Severity.WARNING for f in findings):
        return "warnings"
    return "clean"


@dataclass
class BeatFilter:
    """Highlight (or, with ``only``, show only) beats matching one criterion."""

    kind: str = ""  # one of FILTER_KINDS; "" for none
    value: str = ""
    min_intensity: int = 1
    only: bool = False
    _rules: dict = field(default_factory=dict)  # beat id -> rule ids (for "finding")

    @property
    def active(self) -> bool:
        return bool(self.kind and (self.value or self.kind == "finding"))

    def matches(self, beat: Beat) -> bool:
        if not self.active:
            return True
        v = self.value.strip().casefold()
        if self.kind == "character":
            return any(c.strip().casefold() == v for c in beat.characters)
        if self.kind == "location":
            return v != "" and v in beat.location.casefold()
        if self.kind == "emotion":
            info = tag_info(self.value)
            tag = info.id if info else v
            return beat.emotion.tag == tag and beat.emotion.intensity >= self.min_intensity
        if self.kind == "kind":
            return beat.kind == v
        if self.kind == "compliance":
            return v in beat.compliance
        if self.kind == "finding":
            rules = self._rules.get(beat.id, ())
            return bool(rules) and (not v or v.upper() in rules)
        return True


def filter_choices(project: Project, findings: list[Finding]) -> dict[str, list[str]]:
    """The values each filter kind can take in this series, for the pickers."""
    chars, locs, tags, kinds, comp = set(), set(), set(), set(), set()
    for c in project.series.characters:
        chars.add(c.name)
    for ep in project.episodes:
        for b in ep.beats:
            chars.update(b.characters)
            if b.location:
                locs.add(b.location)
            if b.emotion.tag:
                tags.add(b.emotion.tag)
            kinds.add(b.kind)
            comp.update(b.compliance)
    rules = {f.rule for f in findings if f.beats}
    return {"character": sorted(chars), "location": sorted(locs), "emotion": sorted(tags),
            "kind": sorted(kinds), "compliance": sorted(comp), "finding": [""] + sorted(rules)}


def beat_rules(findings: list[Finding]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in findings:
        for bid in f.beats:
            out.setdefault(bid, set()).add(f.rule)
    return out

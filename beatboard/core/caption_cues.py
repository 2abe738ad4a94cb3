"""Caption cues a viewer can read: one builder for the player, the burnt-in captions,
the SRT and the PDF.

Conventions (Netflix timed-text guidance, see the domain brief): a cue is on screen at
least 5/6 s and at most 7 s, holds at most two lines, and is read at about 17 characters
a second in English and 9 in Chinese. A line is split only at a sentence or clause
boundary, never between two words of a phrase; a short remainder joins its neighbour;
a cue may run on across panel cuts and beat boundaries rather than flash, but never past
the end of its episode.

The input is a list of ``CueLine``: the text, who speaks it, and the stretch of the
episode it belongs to (from the panel times). The output is ``Cue`` s in time order.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MIN_CUE_S = 5 / 6
MAX_CUE_S = 7.0
LATIN_CPS = 17.0
CJK_CPS = 9.0
# A 9:16 frame fits 16 Chinese characters a line at a size a phone can read, and about
# 32 Latin ones in the renderer's bold face at that size (measured; Netflix's 42 is for
# 16:9). The speaker's name is drawn as a tag of its own above the text, so it does not
# count against the lines.
LINE_BUDGET = 32.0
CJK_WIDTH = LINE_BUDGET / 16
CUE_LINES = 2

def is_cjk(ch: str) -> bool:
    return ord(ch) >= 0x2E80


@lru_cache(maxsize=8192)
def text_width(text: str) -> float:
    return sum(CJK_WIDTH if is_cjk(ch) else 1.0 for ch in text)


@lru_cache(maxsize=8192)
def reading_seconds(text: str, latin_cps: float = LATIN_CPS, cjk_cps: float = CJK_CPS) -> float:
    """How long a viewer needs to read ``text`` (speaker tag included)."""
    cjk = sum(1 for ch in text if is_cjk(ch))
    latin = sum(1 for ch in text if not is_cjk(ch) and not ch.isspace())
    latin += text.count(" ")  # spaces count as characters in reading speed
    return cjk / cjk_cps + latin / latin_cps


@dataclass(frozen=True)
class CueLine:
    """One line of dialogue placed in time: it may start at ``start`` and should be
    done by ``end`` (the end of the panels it belongs to)."""

    text: str
    start: float
    end: float
    speaker: str = ""
    anchor: str = ""  # the panel id the line belongs to (where the PDF prints it)


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: str
    speaker: str = ""
    anchor: str = ""
    needed: float = 0.0  # seconds a viewer needs to read it

    @property
    def fast(self) -> bool:
        """True when the cue is shorter than its reading time or the 5/6 s minimum."""
        return self.end - self.start + 1e-6 < min(max(self.needed, MIN_CUE_S), MAX_CUE_S)


def _join(a: str, b: str) -> str:
    if not a or not b:
        return a or b
    return a + ("" if is_cjk(a[-1]) or is_cjk(b[0]) else " ") + b


# Words that open a clause, and prepositions that open a phrase: a line too long for
# one cue may break before them (as subtitlers do), never inside the phrase they open.
CONJUNCTIONS = frozenset(
    "and but or nor so yet because when while if until unless before after though "
    "although since whereas then".split())
PREPOSITIONS = frozenset(
    "with without for to at in on from by into onto over under through across "
    "against toward towards behind beside between".split())
_TOKEN = re.compile(r"[\u2e80-\uffff]|[^\s\u2e80-\uffff]+")
_CLOSE = "[\"'”’」』)）]*$"
_SENTENCE_END = re.compile(r"(?:[.!?…]+|[。！？…]+)" + _CLOSE)
_CLAUSE_END = re.compile(r"(?:[.!?;:,…—]+|[。！？；，：…—]+)" + _CLOSE)
# What a break costs: nothing after a sentence, little after a clause mark, more before
# a conjunction or preposition, a lot between two words of a phrase (the last resort).
# Each cue costs more than any break but the last, and a very short cue costs extra.
_BREAK_COSTS = {"sentence": 0.0, "clause": 10.0, "conjunction": 30.0, "phrase": 60.0,
                "word": 1000.0}
_CUE_COST, _SHORT_COST = 100.0, 25.0


def break_kind(before: str, after: str) -> str:
    """What a viewer reads at a cue break between ``before`` and ``after``: the end of a
    sentence or clause, the start of a clause or phrase, or a break inside a phrase."""
    before = before.strip()
    if _SENTENCE_END.search(before):
        return "sentence"
    if _CLAUSE_END.search(before):
        return "clause"
    first = after.split(maxsplit=1)[0].strip("\"'“‘(").lower() if after.strip() else ""
    if first in CONJUNCTIONS:
        return "conjunction"
    if first in PREPOSITIONS:
        return "phrase"
    return "word"


def split_line(text: str, speaker: str = "") -> list[str]:
    """A line as the texts of its cues, at most two lines of text each and as few cues
    as the line allows, broken at sentence or clause marks, else before a word that
    opens a clause or phrase, and only as a last resort inside a phrase; a very short
    piece joins its neighbour when they fit. Two lines spoken together (dual dialogue, one line each) stay one
    cue. The speaker is shown apart and does not count against the lines."""
    if "\n" in text:
        return ["\n".join(" ".join(l.split()) for l in text.splitlines() if l.strip())]
    text = " ".join(text.split())
    tokens = _TOKEN.findall(text)
    if not tokens:
        return []
    return list(_cut(tuple(tokens)))


@lru_cache(maxsize=4096)
def _cut(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The cheapest cut of a line's tokens into cues (dynamic programming over the break
    points; the same lines come back for every cut of an episode and every re-check)."""
    budget = LINE_BUDGET * CUE_LINES
    n = len(tokens)
    # width of tokens[i:j] = widths[j] - widths[i] + gaps[j - 1] - gaps[i]
    widths, gaps = [0.0], [0.0]
    for k, token in enumerate(tokens):
        widths.append(widths[-1] + text_width(token))
        if k + 1 < n:
            gaps.append(gaps[-1] + (0.0 if is_cjk(token[-1]) or is_cjk(tokens[k + 1][0]) else 1.0))
    gaps.append(gaps[-1])
    breaks = [_BREAK_COSTS[break_kind(_join(tokens[j - 2] if j > 1 else "", tokens[j - 1]),
                                      tokens[j])] for j in range(1, n)] + [0.0]
    # best[j]: the cheapest cut of tokens[:j] into cues, and where its last cue starts
    best: list[tuple[float, int]] = [(0.0, 0)] + [(float("inf"), 0)] * n
    for j in range(1, n + 1):
        for i in range(j - 1, -1, -1):
            width = widths[j] - widths[i] + gaps[j - 1] - gaps[i]
            if width > budget and j - i > 1:
                break
            cost = (best[i][0] + _CUE_COST + (_SHORT_COST if width < budget / 4 else 0.0)
                    + breaks[j - 1])
            if cost < best[j][0]:
                best[j] = (cost, i)
    chunks, j = [], n
    while j > 0:
        i = best[j][1]
        chunk = ""
        for token in tokens[i:j]:
            chunk = _join(chunk, token)
        chunks.append(chunk)
        j = i
    return tuple(chunks[::-1])


@lru_cache(maxsize=8192)
def _chunks(text: str, speaker: str) -> tuple[tuple[tuple[str, float, float], ...], float]:
    """A line's cue texts with their width weights and reading times, and the weights'
    sum (the same line comes back for every cut and every re-check)."""
    chunks = split_line(text, speaker)
    weights = [max(1.0, text_width(c)) for c in chunks]
    return (tuple((chunk, weight, reading_seconds(f"{speaker}: {chunk}" if speaker else chunk))
                  for chunk, weight in zip(chunks, weights)), sum(weights))


def build_cues(lines: list[CueLine], episode_end: float) -> list[Cue]:
    """The cues of one episode, in time order.

    Each cue starts when its line does (or when the cue before it ends) and stays for
    its reading time, at least 5/6 s, at most 7 s, or longer within 7 s when the line's
    own stretch of panels leaves it more time. Nothing runs past
    ``episode_end``; a cue that then has less than it needs reports ``fast``.
    """
    return [Cue(*c) for c in cue_tuples(
        [(l.text, l.start, l.end, l.speaker, l.anchor) for l in lines], episode_end)]


def cue_tuples(lines, episode_end: float) -> list[tuple[float, float, str, str, str, float]]:
    """``build_cues`` on (text, start, end, speaker, anchor) tuples, giving (start, end,
    text, speaker, anchor, needed) tuples: the timeline builds no objects it drops."""
    drafts: list[tuple[float, float, str, str, str, float]] = []
    for text, line_start, line_end, speaker, anchor in lines:
        chunks, total = _chunks(text, speaker)
        span = max(line_end - line_start, 0.0)
        t = line_start
        for chunk, weight, needed in chunks:
            share = span * weight / total
            drafts.append((t, t + share, chunk, speaker, anchor, needed))
            t += share
    cues: list[tuple[float, float, str, str, str, float]] = []
    prev_end = float("-inf")
    for due, share_end, text, speaker, anchor, needed in drafts:
        start = min(max(due, prev_end), episode_end)
        # hold for its reading time, or on to the end of its share of the line's panels
        # (a cue pushed late by the one before it does not push its share on too)
        length = min(max(needed, MIN_CUE_S, share_end - start), MAX_CUE_S)
        end = min(start + length, episode_end)
        if end <= start:
            continue
        cues.append((start, end, text, speaker, anchor, needed))
        prev_end = end
    return cues

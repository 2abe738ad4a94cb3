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

MIN_CUE_S = 5 / 6
MAX_CUE_S = 7.0
LATIN_CPS = 17.0
CJK_CPS = 9.0
# A 9:16 frame fits about 28 Latin or 16 Chinese characters a line at a size a phone can
# read (Netflix's 42 is for 16:9); the renderer's font size is chosen to match.
LINE_BUDGET = 28.0
CJK_WIDTH = LINE_BUDGET / 16
CUE_LINES = 2

# A clause ends after one of these (with closing quotes); "..." counts as one mark.
_CLAUSE = re.compile(r"(?:\.{3}|[.!?;:,…—]+)[\"'”’」』)]*(?=\s)|[。！？；，：…—]+[”’」』）]*")


def is_cjk(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def text_width(text: str) -> float:
    return sum(CJK_WIDTH if is_cjk(ch) else 1.0 for ch in text)


def reading_seconds(text: str) -> float:
    """How long a viewer needs to read ``text`` (speaker tag included)."""
    cjk = sum(1 for ch in text if is_cjk(ch))
    latin = sum(1 for ch in text if not is_cjk(ch) and not ch.isspace())
    latin += text.count(" ")  # spaces count as characters in reading speed
    return cjk / CJK_CPS + latin / LATIN_CPS


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


def clauses(text: str) -> list[str]:
    """``text`` cut after each sentence or clause mark; the pieces rejoin to ``text``."""
    text = " ".join(text.split())
    out, start = [], 0
    for m in _CLAUSE.finditer(text):
        piece = text[start:m.end()].strip()
        if piece:
            out.append(piece)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def _join(a: str, b: str) -> str:
    if not a:
        return b
    return a + ("" if is_cjk(a[-1]) or is_cjk(b[0]) else " ") + b


def _words(piece: str, budget: float) -> list[str]:
    """Last resort for one clause longer than a whole cue: break it at spaces (or
    between Chinese characters)."""
    out, cur = [], ""
    for token in re.findall(r"[\u2e80-\uffff]|[^\s\u2e80-\uffff]+", piece):
        if cur and text_width(_join(cur, token)) > budget:
            out.append(cur)
            cur = ""
        cur = _join(cur, token)
    if cur:
        out.append(cur)
    return out


def split_line(text: str, speaker: str = "") -> list[str]:
    """A line as the texts of its cues: whole clauses, at most two lines of text each,
    as few cues as the line allows; a short last piece joins the cue before it when
    they fit together. Two lines spoken together (dual dialogue, one line each) stay
    one cue."""
    if "\n" in text:
        return ["\n".join(" ".join(l.split()) for l in text.splitlines() if l.strip())]
    budget = LINE_BUDGET * CUE_LINES - (text_width(speaker) + 2 if speaker else 0)
    pieces: list[str] = []
    for c in clauses(text):
        pieces += [c] if text_width(c) <= budget else _words(c, budget)
    chunks: list[str] = []
    for piece in pieces:
        if chunks and text_width(_join(chunks[-1], piece)) <= budget:
            chunks[-1] = _join(chunks[-1], piece)
        else:
            chunks.append(piece)
    return chunks


def build_cues(lines: list[CueLine], episode_end: float) -> list[Cue]:
    """The cues of one episode, in time order.

    Each cue starts when its line does (or when the cue before it ends) and stays for
    its reading time, at least 5/6 s, at most 7 s, or longer within 7 s when the line's
    own stretch of panels leaves it more time. Nothing runs past
    ``episode_end``; a cue that then has less than it needs reports ``fast``.
    """
    drafts: list[tuple[float, float, str, str, str, float]] = []
    for line in lines:
        chunks = split_line(line.text, line.speaker)
        if not chunks:
            continue
        span = max(line.end - line.start, 0.0)
        weights = [max(1.0, text_width(c)) for c in chunks]
        t = line.start
        for chunk, weight in zip(chunks, weights):
            share = span * weight / sum(weights)
            tagged = f"{line.speaker}: {chunk}" if line.speaker else chunk
            drafts.append((t, t + share, chunk, line.speaker, line.anchor,
                           reading_seconds(tagged)))
            t += share
    cues: list[Cue] = []
    prev_end = float("-inf")
    for due, share_end, text, speaker, anchor, needed in drafts:
        start = min(max(due, prev_end), episode_end)
        length = min(max(needed, MIN_CUE_S, share_end - due), MAX_CUE_S)
        end = min(start + length, episode_end)
        if end <= start:
            continue
        cues.append(Cue(start, end, text, speaker, anchor, needed))
        prev_end = end
    return cues

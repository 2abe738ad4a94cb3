"""Questions about the review comments: where each one is, what it is on, how many are open.

``OpenCounts`` is what badges read: a map from episode, beat and panel ids to their open
comments, kept between paints.
"""
from __future__ import annotations

from dataclasses import dataclass

from .model import Beat, Episode, Panel, Project
from .review_model import Comment

ORPHAN_BEAT = "(its beat was deleted)"
ORPHAN_PANEL = "(its panel was deleted)"
ORPHAN_EPISODE = "(its episode was deleted)"
ORPHAN_ASIDE = "(its beat was set aside)"


@dataclass(frozen=True)
class Place:
    """Where a comment is, as found in the project now."""

    episode: Episode | None
    beat: Beat | None
    panel: Panel | None
    orphan: str  # "" when everything it names is still there, else ORPHAN_*

    @property
    def episode_id(self) -> str | None:
        return self.episode.id if self.episode is not None else None


def locate(project: Project, comment: Comment) -> Place:
    """The comment's episode, beat and panel; a beat moved to another episode is followed
    there, one deleted leaves the comment on its episode with a note."""
    ep = project.episode(comment.episode)
    beat = panel = None
    orphan = ""
    if comment.beat is not None:
        found = ep.beat(comment.beat) if ep is not None else None
        if found is None:
            hit = project.find_beat(comment.beat)
            if hit is not None:
                ep, found = hit
        beat = found
        if beat is None:
            aside = any(b.id == comment.beat for b in project.unplaced)
            orphan = ORPHAN_ASIDE if aside else ORPHAN_BEAT
        elif comment.panel is not None:
            panel = beat.panel(comment.panel)
            if panel is None:
                orphan = ORPHAN_PANEL
    if ep is None:
        orphan = ORPHAN_EPISODE
    return Place(ep, beat, panel, orphan)


def place_text(project: Project, comment: Comment) -> str:
    """A short place a reader recognises: ``Ep 3 · b2 Title · p1 @ 0.40,0.60``."""
    place = locate(project, comment)
    bits = [f"Ep {place.episode.number}" if place.episode else f"episode {comment.episode}"]
    if comment.beat is not None:
        if place.beat is not None:
            bits.append(f"{place.beat.id} {place.beat.title}".strip())
        else:
            bits.append(comment.beat)
    if comment.panel is not None:
        bits.append(comment.panel)
    text = " · ".join(bits)
    if comment.at is not None:
        text += f" @ {comment.at.x:.2f},{comment.at.y:.2f}"
    if comment.time is not None:
        t = comment.time
        text += f" {t.start:.1f}-{t.end:.1f}s" + ("" if t.cut == "main" else f" ({t.cut})")
    if place.orphan:
        text += " " + place.orphan
    return text


def review_order(project: Project) -> list[Comment]:
    """Comments by episode number, then beat order along the episode, then creation."""
    ep_rank = {ep.id: ep.number for ep in project.episodes}
    beat_rank: dict[str, int] = {}
    for ep in project.episodes:
        for i, b in enumerate(ep.beats):
            beat_rank[b.id] = i
    def key(c: Comment):
        return (ep_rank.get(c.episode, 1 << 30), beat_rank.get(c.beat or "", -1), c.created, c.id)
    return sorted(project.comments, key=key)


def next_open(project: Project, after: str | None) -> Comment | None:
    """The open comment after ``after`` in review order, wrapping round."""
    ordered = [c for c in review_order(project) if c.is_open]
    if not ordered:
        return None
    ids = [c.id for c in ordered]
    if after in ids:
        return ordered[(ids.index(after) + 1) % len(ordered)]
    if after is not None:  # ``after`` is resolved or gone: the next one past its place
        everything = [c.id for c in review_order(project)]
        if after in everything:
            pos = everything.index(after)
            for c in review_order(project)[pos + 1:]:
                if c.is_open:
                    return c
    return ordered[0]


def find_comment(project: Project, comment_id: str) -> Comment | None:
    return next((c for c in project.comments if c.id == comment_id), None)


def open_counts(project: Project) -> dict[str, int]:
    """Open comments per episode id (all of it), beat id (with its panels) and panel id."""
    counts: dict[str, int] = {}
    opened = [c for c in project.comments if c.is_open]
    if not opened:
        return counts
    beat_home: dict[str, tuple[str, Beat]] = {}  # one pass, not a search per comment
    for ep in project.episodes:
        for b in ep.beats:
            beat_home[b.id] = (ep.id, b)
    for c in opened:
        ep_id = c.episode
        home = beat_home.get(c.beat) if c.beat is not None else None
        if home is not None:
            ep_id, beat = home
            counts[beat.id] = counts.get(beat.id, 0) + 1
            if c.panel is not None and beat.panel(c.panel) is not None:
                counts[c.panel] = counts.get(c.panel, 0) + 1
        counts[ep_id] = counts.get(ep_id, 0) + 1
    return counts


class OpenCounts:
    """``open_counts`` kept between paints: recomputed when the comment list is another
    object (comment edits replace it, never mutate it) or after ``invalidate`` (the views
    call it on every edit, since a beat moved or deleted changes where comments count)."""

    def __init__(self):
        self._comments: list | None = None
        self._counts: dict[str, int] = {}

    def invalidate(self) -> None:
        self._comments = None

    def of(self, project: Project) -> dict[str, int]:
        if self._comments is not project.comments:
            self._counts = open_counts(project) if project.comments else {}
            self._comments = project.comments
        return self._counts

    def count(self, project: Project, target_id: str) -> int:
        return self.of(project).get(target_id, 0)


_numbers_memo: tuple = ()  # (comments, episodes, their beat lists, numbers, result)


def comment_numbers(project: Project) -> dict[str, int]:
    """Each comment's number within its episode (1, 2, ...) in review order: the number
    its pin shows on the sketch pad, the player and the printed board. Remembered for
    the last comment list and episode structure (edits replace lists, never mutate
    them): the player asks on every frame."""
    global _numbers_memo
    beats = [ep.beats for ep in project.episodes]
    numbers = [ep.number for ep in project.episodes]
    memo = _numbers_memo
    if (memo and memo[0] is project.comments and memo[1] is project.episodes
            and len(memo[2]) == len(beats) and all(a is b for a, b in zip(memo[2], beats))
            and memo[3] == numbers):
        return memo[4]
    out: dict[str, int] = {}
    seen: dict[str, int] = {}
    for c in review_order(project):
        seen[c.episode] = seen.get(c.episode, 0) + 1
        out[c.id] = seen[c.episode]
    _numbers_memo = (project.comments, project.episodes, beats, numbers, out)
    return out


def comments_on_panel(project: Project, panel_id: str) -> list[Comment]:
    return [c for c in project.comments if c.panel == panel_id]


@dataclass(frozen=True)
class Pin:
    """A comment pinned to a point of a panel's picture, numbered as in its episode."""

    comment_id: str
    x: float  # frame units, 0..1 across
    y: float  # 0..1 down
    number: int
    resolved: bool


def panel_pins(project: Project, panel_id: str) -> list[Pin]:
    on_panel = [c for c in project.comments if c.panel == panel_id and c.at is not None]
    if not on_panel:
        return []
    numbers = comment_numbers(project)
    return [Pin(c.id, c.at.x, c.at.y, numbers[c.id], not c.is_open) for c in on_panel]


def time_marks(project: Project, timeline) -> list[tuple[float, float, int, bool]]:
    """(start, end, number, resolved) on ``timeline`` for comments on a time range of a
    cut it shows: the range is seconds into the cut's story (after any title card)."""
    timed = [c for c in project.comments if c.time is not None]
    if not timed:
        return []
    out = []
    for cut in getattr(timeline, "cuts", []) or []:
        start = next((c.start for c in timeline.clips
                      if c.episode_id == cut.episode_id and not c.is_title), None)
        if start is None:
            continue
        for c in timed:
            if c.episode == cut.episode_id and c.time.cut == cut.name:
                end = min(c.time.end, cut.seconds)
                out.append((start + c.time.start, start + max(end, c.time.start), c.id,
                            not c.is_open))
    if out:
        numbers = comment_numbers(project)
        out = [(a, b, numbers[cid], r) for a, b, cid, r in out]
    return out


def frame_pins(project: Project, state) -> list[Pin]:
    """The pins of the panel on screen (``timeline.FrameState``), in the screen's frame
    units: the camera's view of the picture moves and scales them; pins it leaves out of
    the shot are not shown."""
    panel = getattr(state.clip, "panel", None) if state is not None else None
    if panel is None:
        return []
    v = state.view
    out = []
    for pin in panel_pins(project, panel.id):
        x, y = (pin.x - v.x) / v.w, (pin.y - v.y) / v.h
        if 0 <= x <= 1 and 0 <= y <= 1:
            out.append(Pin(pin.comment_id, x, y, pin.number, pin.resolved))
    return out

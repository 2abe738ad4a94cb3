"""Structural edits inside one episode: beats and links."""
from __future__ import annotations

from ..core.model import Beat, Episode, Link, Point, Project, default_panel_id
from ..core.vocab import LinkKind
from . import linkops
from .base import EditError, find_beat
from .ids import all_beat_ids, new_id
from .structure import EpisodeContentEdit


class AddBeat(EpisodeContentEdit):
    """Add a beat; with ``after`` it is spliced into the main line right after that beat.

    In an episode without explicit links the beat simply joins the list order.
    """

    label = "Add beat"

    def __init__(self, episode_id: str, beat: Beat, after: str | None = None,
                 index: int | None = None):
        super().__init__(episode_id)
        self.beat = beat
        self.after = after
        self.index = index

    def build(self, project: Project, ep: Episode):
        if self.beat.id in all_beat_ids(project):
            raise EditError(f"a beat with id {self.beat.id!r} already exists")
        beats = list(ep.beats)
        if self.after is not None:
            find_beat(ep, self.after)
            idx = next(i for i, b in enumerate(beats) if b.id == self.after) + 1
        else:
            idx = len(beats) if self.index is None else max(0, min(self.index, len(beats)))
        beats.insert(idx, self.beat)
        links = list(ep.links)
        if links and self.after is not None:
            links = linkops.splice_after(links, self.after, [self.beat.id])
        return beats, links, {self.beat.id}


class RemoveBeats(EpisodeContentEdit):
    """Delete beats and their links; the main line closes over the gap."""

    label = "Delete beats"

    def __init__(self, episode_id: str, beat_ids: list[str]):
        super().__init__(episode_id)
        self.beat_ids = list(dict.fromkeys(beat_ids))

    def build(self, project: Project, ep: Episode):
        for bid in self.beat_ids:
            find_beat(ep, bid)
        gone = set(self.beat_ids)
        links = list(ep.links)
        if links:
            for bid in self.beat_ids:
                links = linkops.remove_and_heal(links, bid)
        beats = [b for b in ep.beats if b.id not in gone]
        if links and ep.beats[0].id in gone and beats:
            # The start went: the first surviving beat on the old main line starts now.
            line = linkops.main_line_ids(ep.beats, ep.links)
            new_start = next((bid for bid in line if bid not in gone), beats[0].id)
            beats.sort(key=lambda b: b.id != new_start)
        return beats, links, gone


class MoveBeatInLine(EpisodeContentEdit):
    """Move a beat to another place on the main line (``after`` None: to the start)."""

    label = "Move beat"

    def __init__(self, episode_id: str, beat_id: str, after: str | None):
        super().__init__(episode_id)
        self.beat_id = beat_id
        self.after = after

    def build(self, project: Project, ep: Episode):
        beat = find_beat(ep, self.beat_id)
        if self.after == self.beat_id:
            raise EditError("a beat cannot move after itself")
        if self.after is not None:
            find_beat(ep, self.after)
        rest = [b for b in ep.beats if b.id != self.beat_id]
        if not ep.links:
            idx = 0 if self.after is None else next(
                i for i, b in enumerate(rest) if b.id == self.after) + 1
            rest.insert(idx, beat)
            return rest, [], {self.beat_id}
        links = linkops.remove_and_heal(list(ep.links), self.beat_id)
        if self.after is None:
            links = linkops.splice_before_start(links, rest[0].id, [self.beat_id]) if rest else links
            return [beat] + rest, links, {self.beat_id}
        links = linkops.splice_after(links, self.after, [self.beat_id])
        idx = next(i for i, b in enumerate(rest) if b.id == self.after) + 1
        if ep.beats[0].id == self.beat_id:
            line = linkops.main_line_ids(ep.beats, ep.links)
            new_start = line[1] if len(line) > 1 else rest[0].id
            rest.sort(key=lambda b: b.id != new_start)
            idx = next(i for i, b in enumerate(rest) if b.id == self.after) + 1
        rest.insert(idx, beat)
        return rest, links, {self.beat_id}


class AddLink(EpisodeContentEdit):
    label = "Link beats"

    def __init__(self, episode_id: str, from_id: str, to_id: str,
                 kind: LinkKind = LinkKind.NEXT):
        super().__init__(episode_id)
        self.from_id, self.to_id, self.kind = from_id, to_id, LinkKind(kind)

    def build(self, project: Project, ep: Episode):
        find_beat(ep, self.from_id)
        find_beat(ep, self.to_id)
        if self.from_id == self.to_id:
            raise EditError("a beat cannot link to itself")
        links = linkops.explicit_links(ep)
        if any(l.from_ == self.from_id and l.to == self.to_id for l in links):
            raise EditError("these beats are already linked")
        if self.to_id == ep.beats[0].id:
            raise EditError("nothing can link into the episode's first beat (the start)")
        links.append(linkops.link(self.from_id, self.to_id, self.kind))
        return list(ep.beats), links, {self.from_id, self.to_id}


class RemoveLink(EpisodeContentEdit):
    label = "Remove link"

    def __init__(self, episode_id: str, from_id: str, to_id: str):
        super().__init__(episode_id)
        self.from_id, self.to_id = from_id, to_id

    def build(self, project: Project, ep: Episode):
        links = linkops.explicit_links(ep)
        kept = [l for l in links if not (l.from_ == self.from_id and l.to == self.to_id)]
        if len(kept) == len(links):
            raise EditError("there is no such link")
        return list(ep.beats), kept, {self.from_id, self.to_id}


class SetLinkKind(EpisodeContentEdit):
    label = "Change link kind"

    def __init__(self, episode_id: str, from_id: str, to_id: str, kind: LinkKind):
        super().__init__(episode_id)
        self.from_id, self.to_id, self.kind = from_id, to_id, LinkKind(kind)

    def build(self, project: Project, ep: Episode):
        links, found = [], False
        for l in linkops.explicit_links(ep):
            if l.from_ == self.from_id and l.to == self.to_id:
                l = linkops.link(l.from_, l.to, self.kind)
                found = True
            links.append(l)
        if not found:
            raise EditError("there is no such link")
        return list(ep.beats), links, {self.from_id, self.to_id}


def copy_beats(beats: list[Beat], taken: set[str], title_suffix: str = "",
               offset: tuple[float, float] = (0.0, 0.0)) -> tuple[list[Beat], dict[str, str]]:
    """Deep copies with fresh ids; returns the copies and old id -> new id."""
    mapping: dict[str, str] = {}
    copies = []
    for b in beats:
        c = b.model_copy(deep=True)
        c.id = new_id("b", taken)
        # Panel ids are series-unique: derive them from the fresh beat id.
        c.panels = [p.model_copy(update={"id": default_panel_id(c.id, i + 1)})
                    for i, p in enumerate(c.panels)]
        if title_suffix:
            c.title = (c.title + title_suffix)[:200]
        if c.pos is not None:
            c.pos = Point.clamped(c.pos.x + offset[0], c.pos.y + offset[1])
        mapping[b.id] = c.id
        copies.append(c)
    return copies, mapping


class DuplicateAsVariant(EpisodeContentEdit):
    """Copy a stretch of the main line as an A/B variant that rejoins after it."""

    label = "Duplicate as variant"

    def __init__(self, episode_id: str, beat_ids: list[str]):
        super().__init__(episode_id)
        self.beat_ids = list(beat_ids)
        self.new_ids: list[str] = []

    def build(self, project: Project, ep: Episode):
        links = linkops.explicit_links(ep)
        line = linkops.main_line_ids(ep.beats, links)
        try:
            positions = sorted(line.index(bid) for bid in self.beat_ids)
        except ValueError:
            raise EditError("only beats on the main line can be duplicated as a variant") from None
        if not positions or positions != list(range(positions[0], positions[-1] + 1)):
            raise EditError("select one unbroken stretch of the main line")
        if positions[0] == 0:
            raise EditError("the opening beat cannot have a variant: an episode has one start")
        stretch = [ep.beat(line[i]) for i in positions]
        copies, mapping = copy_beats(stretch, all_beat_ids(project), " (B)", (0.0, 160.0))
        self.new_ids = [c.id for c in copies]
        pred = line[positions[0] - 1]
        links.append(linkops.link(pred, copies[0].id, LinkKind.VARIANT))
        links.extend(linkops.link(a.id, b.id) for a, b in zip(copies, copies[1:]))
        if positions[-1] + 1 < len(line):
            links.append(linkops.link(copies[-1].id, line[positions[-1] + 1]))
        last_index = max(i for i, b in enumerate(ep.beats) if b.id in self.beat_ids)
        beats = list(ep.beats)
        beats[last_index + 1:last_index + 1] = copies
        return beats, links, set(self.new_ids)


class PasteBeats(EpisodeContentEdit):
    """Paste copies of beats (with the links among them), spliced after ``after``."""

    label = "Paste beats"

    def __init__(self, episode_id: str, beats: list[Beat], links: list[Link],
                 after: str | None = None):
        super().__init__(episode_id)
        self.source_beats = [b.model_copy(deep=True) for b in beats]
        self.source_links = list(links)
        self.after = after
        self.new_ids: list[str] = []

    def build(self, project: Project, ep: Episode):
        if not self.source_beats:
            raise EditError("the clipboard holds no beats")
        copies, mapping = copy_beats(self.source_beats, all_beat_ids(project), "", (40.0, 40.0))
        self.new_ids = [c.id for c in copies]
        inner = [linkops.link(mapping[l.from_], mapping[l.to], l.kind) for l in self.source_links
                 if l.from_ in mapping and l.to in mapping]
        beats = list(ep.beats)
        if not ep.links and not inner and self.after is None:
            return beats + copies, [], set(self.new_ids)
        links = linkops.explicit_links(ep) + inner
        if self.after is not None:
            find_beat(ep, self.after)
            heads = [c.id for c in copies if not any(l.to == c.id for l in inner)]
            tails = [c.id for c in copies if not any(l.from_ == c.id for l in inner)]
            if len(heads) == 1 and len(tails) == 1:
                nxt = next((l for l in links if l.from_ == self.after and l.kind == LinkKind.NEXT), None)
                if nxt is not None:
                    links.remove(nxt)
                    links.append(linkops.link(tails[0], nxt.to))
                links.append(linkops.link(self.after, heads[0]))
            idx = next(i for i, b in enumerate(beats) if b.id == self.after) + 1
            beats[idx:idx] = copies
        else:
            beats.extend(copies)
        return beats, links, set(self.new_ids)

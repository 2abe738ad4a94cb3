"""The scene for one episode: a private map beat id -> card, and the link arrows.

It draws the model and nothing else. Field edits update only the named cards; a
structural change (beats or links added, removed, reordered) rebuilds the episode.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsScene

from ...core.model import Episode, Project
from ...core.review import OpenCounts
from .beat_card import BeatCardItem
from .layout import CARD_H, CARD_W, EpisodeLayout, StripMetrics, layout_episode
from .link_item import LinkItem
from .palette import LIGHT, CanvasPalette
from .ruler import Guides, draw_background
from .thumbnails import ThumbnailCache


def structure_of(ep: Episode) -> tuple:
    """What decides which items exist: beat ids in order and the links."""
    return (tuple(b.id for b in ep.beats),
            tuple((l.from_, l.to, l.kind) for l in ep.effective_links()))


class BeatScene(QGraphicsScene):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.episode_id = ""
        self.layout: EpisodeLayout | None = None
        self.palette: CanvasPalette = LIGHT
        self.guides = Guides()
        self._cards: dict[str, BeatCardItem] = {}
        self._links: list[LinkItem] = []
        self._links_of: dict[str, list[LinkItem]] = {}
        self._structure: tuple = ()
        self.thumbnails = ThumbnailCache(self)
        self.review_counts = OpenCounts()  # the comment badges read it, never a scan a paint
        self.base_dir = None  # the project folder: where panel pictures are found
        self.project = None  # what the thumbnails are drawn from (series language)
        self.strip = StripMetrics()  # filmstrip size (View menu); lanes make room for it
        self.setItemIndexMethod(QGraphicsScene.BspTreeIndex)

    # -- queries ----------------------------------------------------------------------
    def card(self, beat_id: str) -> BeatCardItem | None:
        return self._cards.get(beat_id)

    def cards(self) -> list[BeatCardItem]:
        return list(self._cards.values())

    def link_items(self) -> list[LinkItem]:
        return list(self._links)

    def selected_beat_ids(self, ep: Episode | None) -> list[str]:
        chosen = {i.beat_id for i in self.selectedItems() if isinstance(i, BeatCardItem)}
        order = [b.id for b in ep.beats] if ep is not None else list(self._cards)
        return [bid for bid in order if bid in chosen]

    def selected_links(self) -> list[LinkItem]:
        return [i for i in self.selectedItems() if isinstance(i, LinkItem)]

    # -- building -----------------------------------------------------------------------
    def show_episode(self, project: Project, episode_id: str) -> None:
        """Rebuild every item for the episode (or clear, when it does not exist)."""
        for item in list(self._links) + list(self._cards.values()):
            self.removeItem(item)
        self._cards.clear()
        self._links.clear()
        self._links_of.clear()
        self.project = project
        self.review_counts.invalidate()
        ep = project.episode(episode_id) if episode_id else None
        self.episode_id = episode_id if ep is not None else ""
        self.layout = None
        self._structure = ()
        if ep is None:
            self.setSceneRect(QRectF(-100, -100, 800, 500))
            self.update()
            return
        self.layout = layout_episode(ep, self.strip)
        self._structure = structure_of(ep)
        main = set(self.layout.main_ids)
        for b in ep.beats:
            card = BeatCardItem(b.id, self)
            card.set_palette(self.palette)
            card.set_beat(b, self.layout.starts.get(b.id), b.id in main)
            x, y = self.layout.positions[b.id]
            card.setPos(x, y)
            self.addItem(card)
            self._cards[b.id] = card
        for l in ep.effective_links():
            if l.from_ in self._cards and l.to in self._cards and l.from_ != l.to:
                item = LinkItem(l.from_, l.to, l.kind)
                item.loop_drop = self.strip.full_h * 0.6
                item.set_palette(self.palette)
                self.addItem(item)
                self._links.append(item)
                self._links_of.setdefault(l.from_, []).append(item)
                self._links_of.setdefault(l.to, []).append(item)
                self._place_link(item)
        self._update_rect()
        self.update()

    def refresh(self, project: Project, beat_ids: frozenset[str] | set[str]) -> bool:
        """Bring the shown episode up to date; True when it was rebuilt."""
        self.project = project
        self.review_counts.invalidate()
        ep = project.episode(self.episode_id) if self.episode_id else None
        if ep is None or structure_of(ep) != self._structure:
            self.show_episode(project, self.episode_id)
            return True
        old_layout = self.layout
        self.layout = layout_episode(ep, self.strip)
        main = set(self.layout.main_ids)
        timing_moved = old_layout is None or old_layout.starts != self.layout.starts
        for b in ep.beats:
            card = self._cards[b.id]
            if b.id in beat_ids or timing_moved:
                card.set_beat(b, self.layout.starts.get(b.id), b.id in main)
            x, y = self.layout.positions[b.id]
            if card.pos() != QPointF(x, y):
                card.setPos(x, y)  # card_moved re-routes its links
        self._update_rect()
        self.update()  # zones and ruler follow durations
        return False

    def set_palette(self, palette: CanvasPalette) -> None:
        self.palette = palette
        for item in list(self._cards.values()) + self._links:
            item.set_palette(palette)
        self.update()

    def card_moved(self, card: BeatCardItem) -> None:
        for link in self._links_of.get(card.beat_id, ()):
            self._place_link(link)

    def _place_link(self, link: LinkItem) -> None:
        link.set_ends(self._cards[link.from_id].output_point(), self._cards[link.to_id].input_point())

    def _update_rect(self) -> None:
        lay = self.layout
        if not self._cards:
            self.setSceneRect(QRectF(-100, -100, 800, 500))  # room for the hint text
            return
        rect = self.itemsBoundingRect()
        if lay is not None and lay.main_ids:
            tm = lay.time_map
            end = max(lay.total_s, self.guides.max_s) + 5
            rect = rect.united(QRectF(tm.x_at(0), 0, tm.x_at(end) - tm.x_at(0), CARD_H))
        self.setSceneRect(rect.adjusted(-CARD_W, -120, CARD_W * 2, CARD_H * 2))

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        draw_background(painter, rect, self.layout, self.palette, self.guides)

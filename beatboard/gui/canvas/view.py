"""BeatCanvas: the beat-graph editor for the selected episode.

It follows Selection both ways, refreshes from the controller's Change reports, and
turns gestures into edits: a drag is one MoveCards on release, a handle drag (or
Shift/Alt-drag from a card) is one AddLink, a double-click on empty canvas adds a beat.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsView

from ...core.vocab import LinkKind
from .beat_card import BeatCardItem
from .commands import CanvasCommands
from .image_drop import ImageDrops
from .interactions import ZOOM_STEP, CanvasGestures
from .keyboard import CanvasKeyboard
from .panel_commands import PanelCommands
from .layout import CARD_H, THUMB_HEIGHTS, StripMetrics, nearest_thumb_height
from .palette import DARK, LIGHT
from .reorder import MainLineReorder
from .ruler import Guides, draw_ruler
from .scene import BeatScene

MIN_SCALE, MAX_SCALE = 0.08, 3.0
FIT_MIN_THUMB_PX = 56  # Fit never shows filmstrip pictures smaller than this on screen


class BeatCanvas(ImageDrops, CanvasKeyboard, CanvasGestures, PanelCommands, CanvasCommands,
                 QGraphicsView):
    beatActivated = Signal(str)  # double-click or Return on a card: the shell focuses the title
    panelActivated = Signal(str, str)  # double-click or Enter on a panel: open the sketch pad
    thumbnailHeightChanged = Signal(int)  # the filmstrip size changed (remembered by the shell)

    def __init__(self, controller, selection, findings, parent=None):
        super().__init__(parent)
        self.controller, self.selection, self.findings = controller, selection, findings
        self.canvas_scene = BeatScene(self)
        self.setScene(self.canvas_scene)
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.setDragMode(QGraphicsView.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.SmartViewportUpdate)
        self.setOptimizationFlags(QGraphicsView.DontSavePainterState)
        self.setViewportMargins(0, 0, 0, 0)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setAcceptDrops(True)  # image files dropped on cards
        self._syncing = False
        self._dark = False
        self._pan_from: QPointF | None = None
        self._space = False
        self._link_from: BeatCardItem | None = None
        self._link_kind = LinkKind.NEXT
        self._link_preview: QGraphicsPathItem | None = None
        self._reorder = MainLineReorder(self)
        self.finding_lang = "zh" if QLocale().name().startswith("zh") else "en"
        self.canvas_scene.selectionChanged.connect(self._scene_selection_changed)
        controller.changed.connect(self._on_changed)
        controller.documentReplaced.connect(self._rebuild)
        selection.episodeChanged.connect(self._on_episode)
        selection.beatsChanged.connect(self._on_beats)
        selection.panelChanged.connect(self._on_panel)
        self._panel_press = None  # (card, panel id, view pos) of a thumbnail press
        self._panel_drag_over = None  # card showing the drop marker
        if findings is not None and hasattr(findings, "updated"):
            findings.updated.connect(self._apply_findings)
        self._rebuild()

    # -- model -> view ----------------------------------------------------------------------
    def _rebuild(self) -> None:
        self._syncing = True
        try:
            self._read_guides()
            self.canvas_scene.base_dir = self.controller.document.base_dir
            self.canvas_scene.show_episode(self.controller.project, self.selection.episode_id)
        finally:
            self._syncing = False
        self._apply_findings()
        self._on_beats(self.selection.beat_ids, reveal=False)
        self._on_panel(reveal=False)

    def _on_episode(self, episode_id: str) -> None:
        self._rebuild()
        # Keep the user's zoom; show the episode's opening beats with the main lane in view.
        lay = self.canvas_scene.layout
        left = lay.time_map.x_at(0) if lay and lay.main_ids else 0.0
        half_width = self.viewport().width() / 2 / self.zoom_level()
        self.centerOn(left - 40 + half_width, CARD_H * 1.2)

    def _on_changed(self, change) -> None:
        eid = self.canvas_scene.episode_id or self.selection.episode_id
        if not eid or (eid not in change.episodes and not change.episode_list):
            return
        self._syncing = True
        try:
            self.canvas_scene.episode_id = eid
            self.canvas_scene.refresh(self.controller.project, change.beats)
        finally:
            self._syncing = False
        self._apply_findings()
        live = [b for b in self.selection.beat_ids if self.canvas_scene.card(b) is not None]
        if live != self.selection.beat_ids:
            self.selection.set_beats(live)
        cur = self.selection.current_panel
        if cur is not None:
            ep = self._episode()
            beat = ep.beat(cur[0]) if ep is not None else None
            if beat is None or beat.panel(cur[1]) is None:
                self.selection.clear_panel()  # undone or moved away
        self._on_beats(live, reveal=False)
        self._on_panel(reveal=False)

    def _on_beats(self, beat_ids: list, reveal: bool = True) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            wanted = set(beat_ids)
            for card in self.canvas_scene.cards():
                card.setSelected(card.beat_id in wanted)
            if reveal and len(beat_ids) == 1 and self.canvas_scene.card(beat_ids[0]):
                self.ensureVisible(self.canvas_scene.card(beat_ids[0]), 60, 60)
        finally:
            self._syncing = False

    def _on_panel(self, *_, reveal: bool = True):
        cur = self.selection.current_panel
        for card in self.canvas_scene.cards():
            card.set_current_panel(cur[1] if cur and cur[0] == card.beat_id else None)
        if reveal and cur and self.canvas_scene.card(cur[0]) is not None:
            self.ensureVisible(self.canvas_scene.card(cur[0]), 40, 40)

    def _scene_selection_changed(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self.selection.set_beats(self.canvas_scene.selected_beat_ids(self._episode()))
        finally:
            self._syncing = False

    def _apply_findings(self, *_):
        if self.findings is None:
            return
        for card in self.canvas_scene.cards():
            card.set_findings(list(self.findings.for_beat(card.beat_id)), self.finding_lang)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self._rebuild()  # cards hold display strings: kind, emotion, branch
            self.viewport().update()
        super().changeEvent(event)

    def set_finding_language(self, lang: str) -> None:
        """"en" or "zh": the language of finding messages in badge tooltips."""
        self.finding_lang = "zh" if lang.startswith("zh") else "en"
        self._apply_findings()

    def _read_guides(self) -> None:
        profile = getattr(self.findings, "profile", None)
        if profile is not None and hasattr(profile, "hook_max_start_s"):
            self.canvas_scene.guides = Guides(profile.hook_max_start_s, profile.episode_min_s,
                                              profile.episode_warn_s)

    # -- view actions -------------------------------------------------------------------------
    def select_all(self) -> None:
        self.selection.set_beats([c.beat_id for c in self.canvas_scene.cards()])

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def zoom_level(self) -> float:
        return self.transform().m11()

    def _zoom(self, factor: float, under_mouse: bool = False) -> None:
        target = min(MAX_SCALE, max(MIN_SCALE, self.zoom_level() * factor))
        f = target / self.zoom_level()
        if abs(f - 1) > 1e-9:
            self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse if under_mouse
                                         else QGraphicsView.AnchorViewCenter)
            self.scale(f, f)

    def fit(self) -> None:
        rect = self.canvas_scene.itemsBoundingRect()
        if rect.isEmpty():
            return
        lay = self.canvas_scene.layout
        if lay is not None and lay.main_ids:  # keep the END marker in view
            rect = rect.united(QRectF(rect.left(), rect.top(), lay.time_map.x_at(lay.total_s) + 40 - rect.left(), 1))
        self.fitInView(rect.adjusted(-30, -60, 30, 30), Qt.KeepAspectRatio)
        floor = max(MIN_SCALE, FIT_MIN_THUMB_PX / self.thumbnail_height())
        if self.zoom_level() > 1.2:
            self._zoom(1.2 / self.zoom_level())
        elif self.zoom_level() < floor:
            # Too long to fit with pictures still worth looking at: open on its start.
            self._zoom(floor / self.zoom_level())
            self.centerOn(rect.left() + self.viewport().width() / (2 * self.zoom_level()) - 30,
                          rect.center().y() - 15)
            return
        self.centerOn(rect.center() + QPointF(0, -15))

    def show_start(self, readable_scale: float = 0.9) -> None:
        """Fit the episode, but never below a scale where card text stays readable;
        a long episode then opens on its first beats."""
        self.fit()
        if self.zoom_level() < readable_scale:
            self._zoom(readable_scale / self.zoom_level())
            rect = self.canvas_scene.itemsBoundingRect()
            if not rect.isEmpty():
                self.centerOn(rect.left() + self.viewport().width() / (2 * self.zoom_level()) - 30,
                              rect.center().y() - 15)

    # -- filmstrip size ---------------------------------------------------------------------
    def thumbnail_height(self) -> int:
        return self.canvas_scene.strip.thumb_h

    def set_thumbnail_height(self, height: int) -> None:
        """Filmstrip pictures this tall (snapped to a menu step); lanes re-laid out."""
        height = nearest_thumb_height(int(height))
        if height == self.thumbnail_height():
            return
        anchor = self.mapToScene(self.viewport().rect().topLeft())
        old = self.canvas_scene.layout
        self.canvas_scene.strip = StripMetrics(height)
        self._rebuild()
        new = self.canvas_scene.layout
        if old is not None and new is not None and old.main_ids:
            # Keep the same moment of the episode at the left edge.
            x = new.time_map.x_at(old.time_map.t_at(anchor.x()))
            self.horizontalScrollBar().setValue(int(self.mapFromScene(QPointF(x, 0)).x()
                                                    + self.horizontalScrollBar().value()))
        self.thumbnailHeightChanged.emit(height)

    def larger_filmstrips(self) -> None:
        self._step_thumbnails(+1)

    def smaller_filmstrips(self) -> None:
        self._step_thumbnails(-1)

    def _step_thumbnails(self, step: int) -> None:
        i = THUMB_HEIGHTS.index(self.thumbnail_height()) + step
        self.set_thumbnail_height(THUMB_HEIGHTS[max(0, min(len(THUMB_HEIGHTS) - 1, i))])

    def set_dark(self, dark: bool) -> None:
        self._dark = bool(dark)
        self.canvas_scene.set_palette(DARK if self._dark else LIGHT)
        self.viewport().update()

    # -- painting -------------------------------------------------------------------------
    def set_playing_beat(self, beat_id: str) -> None:
        """Outline the card the animatic is playing ("" for none)."""
        if beat_id != getattr(self, "_playing_beat", ""):
            self._playing_beat = beat_id
            self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        card = self.canvas_scene.card(getattr(self, "_playing_beat", ""))
        if card is not None:
            painter.save()
            painter.setPen(QPen(QColor("#0FA3B1"), 4))
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(card.sceneBoundingRect().adjusted(-5, -5, 5, 5), 8, 8)
            painter.restore()
        painter.save()
        painter.resetTransform()
        draw_ruler(painter, QRectF(self.viewport().rect()), self.viewportTransform(),
                   self.canvas_scene.layout, self.canvas_scene.palette, self.canvas_scene.guides)
        painter.restore()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dy:
            self.viewport().update(0, 0, self.viewport().width(), 40)

"""A beat card: draws one beat of the model; holds only display strings derived from it.

Kind banner (HOOK / CLIFF filled, other kinds as a caption), elided title, emotion label
with a direction glyph, five intensity pips, duration (≈ when estimated) and a findings
badge. Colour is a band and the pips; every fact is also text or shape.
"""
from __future__ import annotations

import shiboken6

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from ...core.model import Beat
from ...core.vocab_labels import label, tag_label
from ...rules.findings import Finding, Severity
from ..i18n import ui_language
from ..comments.paint import approval_mark, paint_count_bubble
from . import filmstrip
from .layout import CARD_H, CARD_W, StripMetrics
from .palette import LIGHT, CanvasPalette, beat_colour, font

HANDLE_R = 6.0
HANDLE_CENTRE = QPointF(CARD_W, CARD_H / 2)
BANNER_KINDS = {"hook": "HOOK", "cliffhanger": "CLIFF"}
# Kind captions as the UI language says them; unknown kinds show as written.
# (Translated when drawn, so a live language switch shows on the next refresh.)
KIND_CAPTIONS = {
    "hook": QT_TRANSLATE_NOOP("BeatCard", "HOOK"),
    "cliffhanger": QT_TRANSLATE_NOOP("BeatCard", "CLIFF"),
    "setup": QT_TRANSLATE_NOOP("BeatCard", "SETUP"),
    "escalation": QT_TRANSLATE_NOOP("BeatCard", "ESCALATION"),
    "turn": QT_TRANSLATE_NOOP("BeatCard", "TURN"),
    "payoff": QT_TRANSLATE_NOOP("BeatCard", "PAYOFF"),
    "other": QT_TRANSLATE_NOOP("BeatCard", "OTHER"),
}


def untitled() -> str:
    return QCoreApplication.translate("BeatCard", "(untitled)")


def kind_caption(kind: str) -> str:
    return QCoreApplication.translate("BeatCard", KIND_CAPTIONS[kind]) if kind in KIND_CAPTIONS \
        else kind.upper()

_fonts: dict[str, object] = {}


def _f(name: str):
    if not _fonts:
        _fonts.update(title=font(13, True), small=font(10), caption=font(10, True),
                      banner=font(11, True), glyph=font(18, True), badge=font(10, True))
    return _fonts[name]


class BeatCardItem(QGraphicsItem):
    TYPE = QGraphicsItem.UserType + 1

    def __init__(self, beat_id: str, canvas_scene):
        super().__init__()
        self.beat_id = beat_id
        self._scene_ref = canvas_scene
        self.palette: CanvasPalette = LIGHT
        self.setFlags(QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemIsMovable
                      | QGraphicsItem.ItemSendsGeometryChanges)
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        self._hover = False
        self._text: dict[str, object] = {}
        self._badge: tuple[int, int, str] = (0, 0, "")
        self.beat_ref: Beat | None = None  # the model beat whose panels the strip draws
        self.panels: list = []
        self.current_panel: str | None = None
        self.drop_index: int | None = None  # insertion marker while a panel is dragged

    def type(self) -> int:
        return self.TYPE

    # -- model -> display strings -------------------------------------------------------
    def set_beat(self, beat: Beat, start_s: float | None, on_main: bool) -> None:
        kind = beat.kind
        secs = beat.seconds
        duration = f"{'≈' if beat.is_estimated else ''}{secs:.1f} s"
        title_fm = QFontMetrics(_f("title"))
        lang = ui_language()
        title = beat.title or untitled()
        lines = wrap_two_lines(title, title_fm, CARD_W - 20)
        emotion = (tag_label(beat.emotion.tag, lang) if beat.emotion.tag
                   else label("direction", beat.emotion.direction.value, lang))
        emotion = QFontMetrics(_f("small")).elidedText(emotion, Qt.ElideRight, CARD_W - 44)
        shot = label("shot", beat.shot.size, lang) if beat.shot.size else ""
        self.beat_ref = beat
        if len(beat.panels) != len(self.panels):
            self.prepareGeometryChange()  # a large strip's width follows its panels
        self.panels = list(beat.panels)
        self._thumb_keys: tuple | None = None  # recomputed when the beat changes
        self._text = dict(
            kind=kind, banner=kind_caption(kind) if kind in BANNER_KINDS else None,
            caption=kind_caption(kind) if kind not in BANNER_KINDS else "",
            title_lines=lines, duration=duration,
            start=(f"@{start_s:.1f}s" if start_s is not None
                   else (label("line", "branch", lang) if not on_main else "")),
            emotion=emotion, glyph=beat.emotion.direction.glyph,
            intensity=beat.emotion.intensity,
            colour=beat_colour(beat.emotion.tag, beat.emotion.direction), shot=shot,
            on_main=on_main, approval=beat.approval.state if beat.approval else "")
        self.setToolTip(self._tooltip_base(beat) + self._badge[2])
        self._base_tip = self._tooltip_base(beat)
        self.update()

    @staticmethod
    def _tooltip_base(beat: Beat) -> str:
        tip = (f"{beat.title or untitled()}\n{label('kind', beat.kind, ui_language())}"
               f" · {beat.seconds:.1f} s")
        if beat.dialogue:
            tip += "\n" + beat.dialogue[:300]
        return tip

    def set_findings(self, findings: list[Finding], lang: str = "en") -> bool:
        errors = sum(1 for f in findings if f.severity == Severity.ERROR)
        warnings = sum(1 for f in findings if f.severity == Severity.WARNING)
        tip = "".join(f"\n{'✕' if f.severity == Severity.ERROR else '⚠'} {f.text(lang)}"
                      for f in findings if f.severity != Severity.INFO)
        badge = (errors, warnings, ("\n" + tip) if tip else "")
        if badge == self._badge:
            return False
        self._badge = badge
        self.setToolTip(getattr(self, "_base_tip", "") + badge[2])
        self.update()
        return True

    @property
    def badge(self) -> tuple[int, int]:
        return self._badge[0], self._badge[1]

    # -- filmstrip ----------------------------------------------------------------------
    def thumbnail_cache(self):
        """The live scene's cache, or None: a card can still be painted (a pending paint,
        a drag image) after the scene that made it, and its cache, were deleted."""
        cache = getattr(self.scene(), "thumbnails", None)
        return cache if cache is not None and shiboken6.isValid(cache) else None

    def base_dir(self):
        return getattr(self._scene_ref, "base_dir", None)

    def thumbnail_request(self, panel, w: int, h: int) -> tuple:
        return (getattr(self._scene_ref, "project", None), self.base_dir(), self.beat_ref,
                panel, w, h)

    def thumbnail_keys(self, w: int, h: int) -> list[str]:
        """Cache keys of the shown panels (hashing the picture's inputs once per refresh)."""
        if self._thumb_keys is None or self._thumb_keys[0] != (w, h):
            cache = self.thumbnail_cache()
            project = getattr(self._scene_ref, "project", None)
            self._thumb_keys = ((w, h), [cache.key(project, self.base_dir(), self.beat_ref, p,
                                                   w, h) for p in self.panels])
        return self._thumb_keys[1]

    def panel_at(self, scene_pos: QPointF) -> str | None:
        """The id of the panel whose thumbnail is under a scene point."""
        p = self.mapFromScene(scene_pos)
        i = filmstrip.slot_at(len(self.panels), p.x(), p.y(), self.thumb_h)
        return self.panels[i].id if i is not None and i < len(self.panels) else None

    def insertion_at(self, scene_pos: QPointF) -> int:
        return filmstrip.insertion_at(len(self.panels), self.mapFromScene(scene_pos).x(),
                                      self.thumb_h)

    def set_current_panel(self, panel_id: str | None) -> None:
        if panel_id != self.current_panel:
            self.current_panel = panel_id
            self.update()

    def set_drop_index(self, index: int | None) -> None:
        if index != self.drop_index:
            self.drop_index = index
            self.update()

    def set_palette(self, palette: CanvasPalette) -> None:
        self.palette = palette
        self.update()

    # -- geometry ---------------------------------------------------------------------
    @property
    def thumb_h(self) -> int:
        """The filmstrip's thumbnail height, a setting of the scene."""
        return getattr(self._scene_ref, "strip", StripMetrics()).thumb_h

    def boundingRect(self) -> QRectF:
        m = StripMetrics(self.thumb_h)
        return QRectF(-3, -10, max(CARD_W + HANDLE_R, m.width(len(self.panels))) + 6,
                      m.full_h + 14)

    def shape(self) -> QPainterPath:
        p = QPainterPath()
        p.addRoundedRect(QRectF(0, 0, CARD_W, CARD_H), 7, 7)
        p.addRect(filmstrip.strip_rect(len(self.panels), self.thumb_h))
        p.addEllipse(HANDLE_CENTRE, HANDLE_R + 3, HANDLE_R + 3)
        return p

    def on_handle(self, scene_pos: QPointF) -> bool:
        d = self.mapFromScene(scene_pos) - HANDLE_CENTRE
        return d.x() * d.x() + d.y() * d.y() <= (HANDLE_R + 4) ** 2

    def input_point(self) -> QPointF:
        return self.mapToScene(QPointF(0, CARD_H / 2))

    def output_point(self) -> QPointF:
        return self.mapToScene(HANDLE_CENTRE)

    def itemChange(self, change, value):
        if change == QGraphicsItem.ItemPositionHasChanged and self._scene_ref is not None:
            self._scene_ref.card_moved(self)
        elif change == QGraphicsItem.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)

    def hoverEnterEvent(self, event):
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event):
        self._hover = False
        self.update()

    # -- drawing ----------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        t = self._text
        if not t:
            return
        pal = self.palette
        colour: QColor = t["colour"]
        rect = QRectF(0, 0, CARD_W, CARD_H)
        selected = self.isSelected()
        painter.setRenderHint(QPainter.Antialiasing, True)
        painter.setPen(QPen(pal.accent if selected else pal.card_border, 3 if selected else 1))
        painter.setBrush(pal.card)
        painter.drawRoundedRect(rect, 7, 7)

        # Emotion band on the left edge; hatched for pressure so greyscale prints differ.
        band = QPainterPath()
        band.addRoundedRect(QRectF(1, 1, 9, CARD_H - 2), 5, 5)
        painter.setPen(Qt.NoPen)
        painter.setBrush(colour)
        painter.drawPath(band)
        if t["glyph"] == "↓":
            painter.setBrush(QBrush(QColor(0, 0, 0, 110), Qt.BDiagPattern))
            painter.drawPath(band)

        x0 = 16.0
        y = 4.0
        if t["banner"]:
            painter.setBrush(pal.text)
            painter.drawRoundedRect(QRectF(x0 - 2, y, 62, 17), 3, 3)
            painter.setPen(pal.card)
            painter.setFont(_f("banner"))
            marker = "⚑ " if t["kind"] == "hook" else "◆ "
            painter.drawText(QRectF(x0 - 2, y, 62, 17), Qt.AlignCenter, marker + t["banner"])
        else:
            painter.setPen(pal.muted)
            painter.setFont(_f("caption"))
            painter.drawText(QRectF(x0, y, 90, 17), Qt.AlignLeft | Qt.AlignVCenter, t["caption"])
        painter.setPen(pal.muted)
        painter.setFont(_f("small"))
        painter.drawText(QRectF(CARD_W - 62, y, 54, 17), Qt.AlignRight | Qt.AlignVCenter, t["start"])

        painter.setPen(pal.text)
        painter.setFont(_f("title"))
        for i, line in enumerate(t["title_lines"]):
            painter.drawText(QRectF(x0, 24 + i * 16, CARD_W - 20, 16), Qt.AlignLeft | Qt.AlignVCenter, line)

        painter.setFont(_f("small"))
        painter.drawText(QRectF(x0, 60, CARD_W - 44, 16), Qt.AlignLeft | Qt.AlignVCenter, t["emotion"])
        painter.setFont(_f("glyph"))
        painter.drawText(QRectF(CARD_W - 30, 54, 24, 26), Qt.AlignCenter, t["glyph"])

        # Intensity pips: filled vs hollow squares carry the number without colour.
        painter.setPen(QPen(pal.text, 1))
        for i in range(5):
            painter.setBrush(colour if i < t["intensity"] else Qt.NoBrush)
            painter.drawRect(QRectF(x0 + i * 13, 80, 10, 8))

        painter.setPen(pal.muted)
        painter.setFont(_f("small"))
        painter.drawText(QRectF(x0, 92, 70, 14), Qt.AlignLeft | Qt.AlignVCenter, t["duration"])
        painter.drawText(QRectF(CARD_W - 60, 92, 52, 14), Qt.AlignRight | Qt.AlignVCenter, t["shot"])

        # Output handle: the place to start a link drag.
        painter.setPen(QPen(pal.accent if (self._hover or selected) else pal.card_border, 1.5))
        painter.setBrush(pal.card)
        painter.drawEllipse(HANDLE_CENTRE, HANDLE_R, HANDLE_R)
        self._paint_badge(painter, pal)
        self._paint_review(painter, pal)
        filmstrip.paint_strip(painter, self, pal)

    def open_comments(self, target_id: str | None = None) -> int:
        """Open comments on the beat (with its panels), or on one of its panels."""
        scene = self._scene_ref
        project = getattr(scene, "project", None)
        counts = getattr(scene, "review_counts", None)
        if project is None or counts is None or not project.comments:
            return 0
        return counts.count(project, target_id or self.beat_id)

    def _paint_review(self, painter: QPainter, pal: CanvasPalette) -> None:
        paint_count_bubble(painter, QPointF(82, -9), self.open_comments())
        mark = approval_mark(self._text.get("approval"))
        if mark:  # approved or changes requested: a boxed glyph beside the duration
            r = QRectF(68, 91, 17, 15)
            painter.setPen(QPen(pal.text, 1.2))
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(r, 3, 3)
            painter.setFont(_f("small"))
            painter.drawText(r, Qt.AlignCenter, mark)

    def _paint_badge(self, painter: QPainter, pal: CanvasPalette) -> None:
        errors, warnings = self._badge[0], self._badge[1]
        if not (errors or warnings):
            return
        text = f"✕{errors}" if errors else f"⚠{warnings}"
        if errors and warnings:
            text += f" ⚠{warnings}"
        w = 16 + 8 * len(text)
        r = QRectF(CARD_W - w + 4, -9, w, 17)
        painter.setPen(QPen(pal.card, 1.5))
        painter.setBrush(pal.error if errors else pal.warning)
        painter.drawRoundedRect(r, 8, 8)
        painter.setPen(pal.banner_text)
        painter.setFont(_f("badge"))
        painter.drawText(r, Qt.AlignCenter, text)


def wrap_two_lines(text: str, fm: QFontMetrics, width: float) -> list[str]:
    """Up to two lines; works for CJK (no spaces) by breaking at any character."""
    if fm.horizontalAdvance(text) <= width:
        return [text]
    cut = len(text)
    while cut > 1 and fm.horizontalAdvance(text[:cut]) > width:
        cut -= 1
    space = text.rfind(" ", 0, cut + 1)
    if space > cut // 2:
        cut = space
    first, rest = text[:cut].rstrip(), text[cut:].lstrip()
    return [first, fm.elidedText(rest, Qt.ElideRight, int(width))]

"""Animatic frames: a panel's picture through the camera's framing, with its caption.

The picture comes from the one panel renderer; this module only crops it to the
framing of the moment, adds the caption inside the caption-safe band (just above the
platform's bottom UI zone) and draws title cards. The player and the video export both
ask it for the frame of a ``FrameState``, so what plays is what exports.
"""
from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QTextLayout

from ..core.model import FrameRect, Project
from ..core.timeline import CaptionEvent, Clip, FrameState
from .app import label_families
from .panel import render_panel

BOTTOM_ZONE = 0.20  # the app's title, progress bar and buttons cover this much
CAPTION_LINES = 2
CAPTION_WIDTH = 0.80  # of the frame width: inside title-safe
CAPTION_PX = 0.025  # of the frame height: 16 Chinese or ~32 Latin characters a line
CAPTION_SCALES = (1.0, 0.92, 0.85)  # smaller sizes tried when a cue needs a third line
PICTURE_CACHE_BYTES = 256 * 1024 * 1024


class AnimaticFrames:
    def __init__(self, project: Project, base_dir: str | Path | None, width: int, height: int,
                 captions: bool = True, series_title: str = ""):
        self.project = project
        self.base_dir = Path(base_dir) if base_dir is not None else None
        self.width, self.height = width, height
        self.captions = captions
        self.series_title = series_title or project.series.title
        self._pictures: dict[tuple[str, float], QImage] = {}
        self._captions: dict[CaptionEvent, QImage] = {}
        self._families = label_families()

    # --- the frame of a moment ------------------------------------------------------

    def frame(self, state: FrameState) -> QImage:
        image = QImage(self.width, self.height, QImage.Format_RGB32)
        if state.view.w < 1 or state.view.h < 1 or state.view.x or state.view.y:
            image.fill(QColor("white"))  # a framing may show beyond the picture's edge
        p = QPainter(image)
        p.setRenderHints(QPainter.Antialiasing | QPainter.SmoothPixmapTransform
                         | QPainter.TextAntialiasing)
        try:
            if state.clip.is_title:
                self._title_card(p, state.clip)
            else:
                self._picture(p, state)
                if self.captions and state.caption is not None:
                    p.drawImage(self.caption_band().topLeft(), self.caption_layer(state.caption))
        finally:
            p.end()
        return image

    def _picture(self, p: QPainter, state: FrameState) -> None:
        picture = self.picture(state.clip, picture_scale(state.view))
        v = state.view
        src = QRectF(v.x * picture.width(), v.y * picture.height(),
                     v.w * picture.width(), v.h * picture.height())
        p.drawImage(QRectF(0, 0, self.width, self.height), picture, src)

    def picture_size(self, scale: float) -> tuple[int, int]:
        """The size of a panel picture drawn at ``scale`` times the frame."""
        return round(self.width * scale), round(self.height * scale)

    def picture(self, clip: Clip, scale: float = 1.0) -> QImage:
        """The panel's picture at ``scale`` times the frame size (cached)."""
        key = (clip.panel.id, scale)
        picture = self._pictures.pop(key, None)
        if picture is None:
            # Opaque pixels: every frame of a camera move then scales without blending.
            picture = render_panel(self.project, self.base_dir, clip.beat, clip.panel,
                                   self.picture_size(scale), opaque=True, purpose="animatic")
            while self._pictures and sum(p.sizeInBytes() for p in self._pictures.values()) \
                    + picture.sizeInBytes() > PICTURE_CACHE_BYTES:
                del self._pictures[next(iter(self._pictures))]  # a long export stays flat
        self._pictures[key] = picture  # most recently used last
        return picture

    # --- captions and cards ------------------------------------------------------------

    def _font(self, px: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(["DejaVu Sans", *self._families])
        font.setPixelSize(max(8, int(px)))
        font.setBold(bold)
        return font

    def caption_rect(self) -> QRectF:
        """The band captions sit in: above the bottom UI zone, inside title-safe."""
        h = self.height
        line = h * CAPTION_PX
        band_h = line * 1.35 * (CAPTION_LINES + 1) + line
        bottom = h * (1 - BOTTOM_ZONE)
        return QRectF(0, bottom - band_h, self.width, band_h)

    def _caption_width(self) -> float:
        return self.width * CAPTION_WIDTH

    def caption_band(self) -> QRect:
        """The caption band in whole pixels, on even rows (4:2:0 video halves them)."""
        band = self.caption_rect()
        top = int(band.top()) // 2 * 2
        bottom = -(-math.ceil(band.bottom()) // 2) * 2
        return QRect(0, top, self.width, min(self.height, bottom) - top)

    def caption_layer(self, caption: CaptionEvent) -> QImage:
        """The caption drawn once on a transparent layer the size of ``caption_band()``,
        reused for every frame it shows."""
        layer = self._captions.get(caption)
        if layer is None:
            if len(self._captions) > 64:
                self._captions.clear()
            band = self.caption_band()
            layer = QImage(band.size(), QImage.Format_ARGB32_Premultiplied)
            layer.fill(Qt.transparent)
            p = QPainter(layer)
            p.translate(-band.topLeft())
            p.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
            self._caption(p, caption)
            p.end()
            self._captions[caption] = layer
        return layer

    def caption_lines(self, text: str) -> tuple[QFont, list[str]]:
        """The font and lines a caption is drawn with. A cue the builder made fits two
        lines of about 32 characters; the face's real widths may need a little less size
        for that, never a cut-off third line."""
        px = self.height * CAPTION_PX
        for scale in CAPTION_SCALES:
            font = self._font(px * scale, bold=True)
            lines = wrap_lines(text, font, self._caption_width(), CAPTION_LINES + 1)
            if len(lines) <= CAPTION_LINES:
                return font, lines
        return font, wrap_lines(text, font, self._caption_width(), CAPTION_LINES)

    def _caption(self, p: QPainter, caption: CaptionEvent) -> None:
        band = self.caption_rect()
        px = self.height * CAPTION_PX
        font, lines = self.caption_lines(caption.text)
        speaker = caption.speaker
        fm = QFontMetricsF(font)
        line_h = fm.height() * 1.15
        small = self._font(px * 0.72, bold=True)
        sfm = QFontMetricsF(small)
        block_h = line_h * len(lines) + (sfm.height() * 1.1 if speaker else 0)
        y = band.bottom() - block_h
        if speaker:
            p.setFont(small)
            sw = sfm.horizontalAdvance(speaker) + px * 0.6
            tag = QRectF(self.width / 2 - sw / 2, y, sw, sfm.height())
            p.fillRect(tag, QColor(0, 0, 0, 215))
            p.setPen(QColor("#FFD54F"))
            p.drawText(tag, Qt.AlignCenter, speaker)
            y += sfm.height() * 1.1
        p.setFont(font)
        for text in lines:
            w = fm.horizontalAdvance(text) + px * 0.8
            box = QRectF(self.width / 2 - w / 2, y, w, line_h)
            p.fillRect(box, QColor(0, 0, 0, 200))
            p.setPen(QColor("white"))
            p.drawText(box, Qt.AlignCenter, text)
            y += line_h

    def _title_card(self, p: QPainter, clip: Clip) -> None:
        p.fillRect(QRectF(0, 0, self.width, self.height), QColor("#111111"))
        p.setPen(QColor("white"))
        h = self.height
        p.setFont(self._font(h * 0.028))
        p.drawText(QRectF(0, h * 0.34, self.width, h * 0.05), Qt.AlignCenter, self.series_title)
        p.setFont(self._font(h * 0.06, bold=True))
        p.drawText(QRectF(0, h * 0.40, self.width, h * 0.08), Qt.AlignCenter,
                   f"E{clip.episode_number}")
        p.setFont(self._font(h * 0.03))
        for i, text in enumerate(wrap_lines(clip.title, self._font(h * 0.03), self.width * 0.8, 2)):
            p.drawText(QRectF(0, h * (0.50 + 0.045 * i), self.width, h * 0.045), Qt.AlignCenter,
                       text)


def picture_scale(view: FrameRect) -> float:
    """Like mipmaps: the panel picture at about the camera's own zoom (1x, 1.5x or 2x the
    frame), so every frame of a push-in samples it near 1:1, sharp and cheap."""
    zoom = 1 / max(1e-6, min(view.w, view.h))
    return 1.0 if zoom <= 1.25 else 1.5 if zoom <= 1.75 else 2.0


def wrap_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Wrap ``text`` to ``width`` (Chinese breaks between characters, English between
    words); a caption that needs more lines keeps the first ones and ends them with '…'."""
    text = " ".join(text.split())
    if not text:
        return []
    layout = QTextLayout(text, font)
    layout.beginLayout()
    lines: list[str] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()].strip())
    layout.endLayout()
    if len(lines) > max_lines:
        fm = QFontMetricsF(font)
        last = fm.elidedText(lines[max_lines - 1] + " " + lines[max_lines], Qt.ElideRight, width)
        lines = lines[:max_lines - 1] + [last]
    return lines

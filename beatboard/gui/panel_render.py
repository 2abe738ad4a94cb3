"""Adapter: a panel's picture as a QImage (sketch, image, or a stand-in frame).

Stand-in for ``beatboard.render`` (the one panel renderer, written on another branch):
the canvas thumbnails, the inspector and the sketch pad's onion skins call only
``render_panel``, so swapping in the real renderer touches this file alone.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPen

from ..core import assets
from ..core import sketch as sk
from ..core.errors import BeatBoardError
from ..core.model import Beat, Panel
from .sketchpad.stroke_paint import paint_layer

MAX_IMAGE_PIXELS = 40_000_000
# Head height as a share of frame height per shot size: the stand-in frame's figure.
HEAD_SHARE = {"ECU": 0.9, "CU": 0.42, "MCU": 0.3, "MS": 0.2, "MLS": 0.13, "WS": 0.07,
              "EWS": 0.035, "OTS": 0.25, "POV": 0.12, "INSERT": 0.0}


def read_image(path, w: int, h: int) -> QImage:
    """An image file scaled to cover w x h, decoded at that size (never the full bomb)."""
    reader = QImageReader(str(path))
    size = reader.size()
    if not size.isValid():
        raise BeatBoardError(f"{path}: not a readable image ({reader.errorString()})")
    if size.width() * size.height() > MAX_IMAGE_PIXELS:
        raise BeatBoardError(f"{path}: the image is too large ({size.width()}x{size.height()})")
    k = max(w / size.width(), h / size.height())
    reader.setScaledSize(QSize(max(1, round(size.width() * k)), max(1, round(size.height() * k))))
    img = reader.read()
    if img.isNull():
        raise BeatBoardError(f"{path}: the image is damaged ({reader.errorString()})")
    return img


def _draw_cover(p: QPainter, img: QImage, w: int, h: int) -> None:
    x = (img.width() - w) / 2
    y = (img.height() - h) / 2
    p.drawImage(QRectF(0, 0, w, h), img, QRectF(x, y, w, h))


def draw_standin(p: QPainter, beat: Beat | None, panel: Panel, w: int, h: int) -> None:
    """No picture yet: a schematic figure sized by the shot, and the shot label."""
    size = (panel.shot.size or (beat.shot.size if beat else "") or "").upper()
    p.fillRect(QRectF(0, 0, w, h), QColor("#eef0f3"))
    share = HEAD_SHARE.get(size, 0.2)
    ink = QColor("#9aa3ad")
    p.setRenderHint(QPainter.Antialiasing, True)
    p.setPen(QPen(ink, max(1.0, w / 60)))
    p.setBrush(QColor("#d9dde2"))
    if share >= 0.1:
        r = share * h / 2
        cx, cy = w / 2, h * 0.42
        p.drawEllipse(QRectF(cx - r * 0.8, cy - r, r * 1.6, r * 2))
        p.drawRoundedRect(QRectF(cx - r * 2.2, cy + r * 1.05, r * 4.4, r * 4), r, r)
    elif share > 0:
        p.drawLine(0, int(h * 0.62), w, int(h * 0.62))  # a horizon
        r = share * h / 2
        for dx in (-0.12, 0.12):
            cx = w * (0.5 + dx)
            p.drawEllipse(QRectF(cx - r, h * 0.62 - r * 9, 2 * r, 2 * r))
            p.drawRoundedRect(QRectF(cx - r * 1.3, h * 0.62 - r * 7, r * 2.6, r * 7), r, r)
    if size:
        f = QFont()
        f.setBold(True)
        f.setPixelSize(max(7, int(w / 6)))
        p.setFont(f)
        p.setPen(QColor("#5f6b78"))
        p.drawText(QRectF(0, h * 0.86, w, h * 0.12), Qt.AlignCenter, size)


def draw_sketch(p: QPainter, base_dir, sketch: sk.Sketch, w: int, h: int,
                hidden: set[str] = frozenset()) -> None:
    """Layers bottom to top at w x h; the reference layer (picture and strokes) dimmed."""
    scale = w / sk.CANVAS_W
    for layer in sketch.layers:
        if not layer.visible or layer.kind in hidden:
            continue
        p.save()
        p.setOpacity(layer.opacity)
        if layer.image and base_dir is not None:
            try:
                _draw_cover(p, read_image(assets.resolve(base_dir, layer.image), w, h), w, h)
            except BeatBoardError:
                pass  # a missing reference only loses the tracing aid
        if layer.strokes:
            p.drawImage(0, 0, paint_layer(layer, w, h, scale))
        p.restore()


def render_panel(base_dir, beat: Beat | None, panel: Panel, w: int, h: int,
                 background: bool = True) -> tuple[QImage, str | None]:
    """The panel's picture at w x h and a warning (missing or broken asset) or None."""
    img = QImage(w, h, QImage.Format_ARGB32_Premultiplied)
    img.fill(QColor("white") if background else Qt.transparent)
    warning = None
    p = QPainter(img)
    p.setRenderHint(QPainter.SmoothPixmapTransform, True)
    drawn = False
    try:
        if (panel.image or panel.sketch) and base_dir is None:
            raise BeatBoardError(QCoreApplication.translate(
                "PanelRender", "the project is not saved: its pictures cannot be found"))
        if panel.image:
            _draw_cover(p, read_image(assets.resolve(base_dir, panel.image), w, h), w, h)
            drawn = True
        if panel.sketch:
            sketch, problem = assets.try_load_sketch(base_dir, panel.sketch)
            if problem is not None:
                raise BeatBoardError(problem.message)
            draw_sketch(p, base_dir, sketch, w, h)
            drawn = True
    except (BeatBoardError, ValueError) as e:
        warning = str(e)
    if not drawn and background:
        draw_standin(p, beat, panel, w, h)
    if warning:
        p.setPen(QPen(QColor("#c0392b"), max(2.0, w / 30)))
        p.setBrush(Qt.NoBrush)
        p.drawRect(QRectF(1, 1, w - 2, h - 2))
        p.setPen(QColor("#c0392b"))
        f = QFont()
        f.setBold(True)
        f.setPixelSize(max(9, int(w / 3)))
        p.setFont(f)
        p.drawText(QRectF(0, 0, w, h * 0.3), Qt.AlignCenter, "⚠")
    p.end()
    return img, warning


def picture_key(panel: Panel, beat: Beat | None) -> tuple:
    """What a panel's picture depends on (for caches)."""
    return (panel.image, panel.sketch, panel.shot.size or (beat.shot.size if beat else ""))

"""Guides drawn over the sketch pad's 9:16 frame in canvas units, never stored in the
sketch: the one ``core.picture_plan.GuideSpec`` (as on the board, in frames and in print)
painted by the render backend, plus the pad's own names for the apps' UI zones."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from ...core import sketch as sk
from ...core.picture_plan import GuideSpec
from ...render.guides import paint_guides

CANVAS = QRectF(0, 0, sk.CANVAS_W, sk.CANVAS_H)


def zone_rects(spec: GuideSpec = GuideSpec()) -> dict[str, QRectF]:
    return {name: QRectF(b.x * sk.CANVAS_W, b.y * sk.CANVAS_H, b.w * sk.CANVAS_W,
                         b.h * sk.CANVAS_H) for name, b in spec.zone_boxes().items()}


def draw_guides(p: QPainter, safe: bool, zones: bool) -> None:
    paint_guides(p, CANVAS, GuideSpec(safe_areas=safe, ui_zones=zones))
    if not zones:
        return
    p.save()
    f = QFont()
    f.setPixelSize(34)
    p.setFont(f)
    p.setPen(QColor(160, 30, 30))
    rects = zone_rects()
    p.drawText(rects["top"], Qt.AlignCenter, QCoreApplication.translate("SketchGuides", "app tabs / status bar"))
    p.drawText(rects["bottom"], Qt.AlignCenter,
               QCoreApplication.translate("SketchGuides", "title · caption · buttons"))
    c = rects["right"].center()
    p.translate(c)
    p.rotate(90)
    p.drawText(QRectF(-400, -30, 800, 60), Qt.AlignCenter,
               QCoreApplication.translate("SketchGuides", "like · comment · share"))
    p.restore()

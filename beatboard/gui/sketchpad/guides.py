"""Guides drawn over the 9:16 frame: action-safe 90 %, title-safe 80 %, and the zones
vertical apps cover with their own interface (defaults from the domain brief: top 10 %,
bottom 20 %, right 14 %, left 5 %). Drawn in canvas units, never stored in the sketch."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

from ...core import sketch as sk

UI_ZONES = {"top": 0.10, "bottom": 0.20, "right": 0.14, "left": 0.05}


def safe_rect(share: float) -> QRectF:
    w, h = sk.CANVAS_W, sk.CANVAS_H
    mx, my = w * (1 - share) / 2, h * (1 - share) / 2
    return QRectF(mx, my, w - 2 * mx, h - 2 * my)


def zone_rects() -> dict[str, QRectF]:
    w, h = sk.CANVAS_W, sk.CANVAS_H
    z = UI_ZONES
    return {"top": QRectF(0, 0, w, h * z["top"]),
            "bottom": QRectF(0, h * (1 - z["bottom"]), w, h * z["bottom"]),
            "right": QRectF(w * (1 - z["right"]), h * z["top"], w * z["right"],
                            h * (1 - z["top"] - z["bottom"])),
            "left": QRectF(0, h * z["top"], w * z["left"], h * (1 - z["top"] - z["bottom"]))}


def draw_guides(p: QPainter, safe: bool, zones: bool) -> None:
    p.save()
    if zones:
        brush = QBrush(QColor(214, 40, 40, 40))
        hatch = QBrush(QColor(214, 40, 40, 70), Qt.BDiagPattern)
        p.setPen(Qt.NoPen)
        for r in zone_rects().values():
            p.fillRect(r, brush)
            p.fillRect(r, hatch)
        f = QFont()
        f.setPixelSize(34)
        p.setFont(f)
        p.setPen(QColor(160, 30, 30))
        rects = zone_rects()
        p.drawText(rects["top"], Qt.AlignCenter, QCoreApplication.translate("SketchGuides", "app tabs / status bar"))
        p.drawText(rects["bottom"], Qt.AlignCenter,
                   QCoreApplication.translate("SketchGuides", "title · caption · buttons"))
        p.save()
        c = rects["right"].center()
        p.translate(c)
        p.rotate(90)
        p.drawText(QRectF(-400, -30, 800, 60), Qt.AlignCenter,
                   QCoreApplication.translate("SketchGuides", "like · comment · share"))
        p.restore()
    if safe:
        for share, style in ((0.9, Qt.DashLine), (0.8, Qt.DotLine)):
            pen = QPen(QColor(47, 109, 181, 170), 3, style)
            pen.setCosmetic(False)
            p.setPen(pen)
            p.setBrush(Qt.NoBrush)
            p.drawRect(safe_rect(share))
    p.restore()

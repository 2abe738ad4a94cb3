"""Frame guides a director toggles, painted from the one ``core.picture_plan.GuideSpec``
(safe areas and the vertical apps' UI zones)."""
from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from ..core.picture_plan import GuideSpec, PicturePlan, guide_items
from .plan_paint import paint_plan

GuideOptions = GuideSpec  # the name the views and the CLI use


def paint_guides(p: QPainter, frame: QRectF, options: GuideSpec = GuideSpec()) -> None:
    paint_plan(p, frame, PicturePlan("canvas", guide_items(options), paper=None), None)

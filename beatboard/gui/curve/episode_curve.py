"""The shown episode's emotion curve: signed intensity over screen time.

Up beats plot above the zero line, down beats below, level (suspense) beats on it with a
diamond marker. The main line is a solid step line with one point per beat; variant
cuts are thin dashed lines. Clicking a point selects its beat.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...core.model import Beat
from ...core.timeline import EpisodeTimes
from ...core.vocab import Direction
from ...core.vocab_labels import label, tag_label
from ..canvas.beat_card import untitled
from ..canvas.palette import beat_colour, font
from ..i18n import ui_language
from .shared import MAX_CUTS, guides_of

LEFT, RIGHT, TOP, BOTTOM = 44, 14, 14, 22
HIT_RADIUS = 12


@dataclass(frozen=True)
class CurvePoint:
    beat_id: str
    start: float
    end: float
    value: int
    direction: Direction
    colour: QColor
    on_main: bool
    label: str


class EpisodeCurveWidget(QWidget):
    seekRequested = Signal(float)  # episode time clicked, for the animatic player

    def __init__(self, controller, selection, findings=None, parent=None):
        super().__init__(parent)
        self.playhead: float | None = None  # the animatic's position, when it plays here
        self.controller, self.selection, self.findings = controller, selection, findings
        self.setMouseTracking(True)
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self._main: list[CurvePoint] = []
        self._cuts: list[list[CurvePoint]] = []
        self._total = 0.0
        self._geom: tuple[float, float, float, float] | None = None  # fixed during a paint
        self.retention_overlay = None  # audience data drawn on a second axis, when set
        controller.changed.connect(self._on_changed)
        controller.documentReplaced.connect(self.reload)
        selection.episodeChanged.connect(lambda _id: self.reload())
        selection.beatsChanged.connect(lambda _ids: self.update())
        self.reload()

    def set_dark(self, dark: bool) -> None:
        """Colours follow the application palette; just repaint."""
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 180)

    def set_playhead(self, t: float | None) -> None:
        if t != self.playhead:
            self.playhead = t
            self.update()

    # -- data ------------------------------------------------------------------------------
    def _on_changed(self, change) -> None:
        if self.selection.episode_id in change.episodes or change.episode_list:
            self.reload()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.reload()  # the points carry their tooltip text
        super().changeEvent(event)

    def reload(self) -> None:
        ep = self.controller.project.episode(self.selection.episode_id)
        main, cuts, total = [], [], 0.0
        if ep is not None and ep.beats:
            # The times the player, the PDF and the Board view show (core.timeline).
            times = EpisodeTimes(ep)
            main = _points(times.main.beat_spans(), True)
            total = main[-1].end if main else 0.0
            main_ids = {p.beat_id for p in main}
            for tl in times.other_timelines(MAX_CUTS):
                pts = _points(tl.beat_spans(), False)
                cuts.append([p if p.beat_id not in main_ids else
                             CurvePoint(**{**p.__dict__, "on_main": True}) for p in pts])
                total = max(total, pts[-1].end if pts else 0.0)
        if (main, cuts, total) != (self._main, self._cuts, self._total):
            self._main, self._cuts, self._total = main, cuts, total
            self.update()  # not when the edit changed nothing drawn (cards moved)

    def main_points(self) -> list[tuple[str, QPointF]]:
        """Where each main-line beat's point is drawn (widget coordinates)."""
        return [(p.beat_id, self._xy(p)) for p in self._main]

    # -- geometry --------------------------------------------------------------------------
    def _span(self) -> float:
        _, _, max_s = guides_of(self.findings)
        return max(self._total, max_s) * 1.03 or 1.0

    def _plot(self) -> QRectF:
        return QRectF(LEFT, TOP, max(10, self.width() - LEFT - RIGHT), max(10, self.height() - TOP - BOTTOM))

    def _scale(self) -> tuple[float, float, float, float]:
        """(left, px per second, zero y, px per intensity step) for the current size."""
        r = self._plot()
        return r.left(), r.width() / self._span(), r.center().y(), (r.height() / 2 - 6) / 5.0

    def _x(self, t: float) -> float:
        left, px_s, _, _ = self._geom or self._scale()
        return left + t * px_s

    def _y(self, v: float) -> float:
        _, _, zero, px_v = self._geom or self._scale()
        return zero - v * px_v

    def _xy(self, p: CurvePoint) -> QPointF:
        return QPointF(self._x((p.start + p.end) / 2), self._y(p.value))

    def _hit(self, pos: QPointF) -> CurvePoint | None:
        best, best_d = None, HIT_RADIUS ** 2
        for p in self._main + [q for cut in self._cuts for q in cut if not q.on_main]:
            d = self._xy(p) - pos
            dd = d.x() ** 2 + d.y() ** 2
            if dd <= best_d:
                best, best_d = p, dd
        if best is None:
            t = (pos.x() - self._plot().left()) / self._plot().width() * self._span()
            best = next((p for p in self._main if p.start <= t < p.end), None)
        return best

    # -- events ----------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton:
            x = event.position().x()
            if self._plot().left() <= x <= self._plot().right():
                self.seekRequested.emit((x - self._plot().left()) / self._plot().width()
                                        * self._span())
            p = self._hit(event.position())
            if p is not None:
                self.selection.set_beats([p.beat_id])
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        p = self._hit(event.position())
        if p is not None:
            t = (event.position().x() - self._plot().left()) / self._plot().width() * self._span()
            viewers = self.retention_overlay.describe_at(t) if self.retention_overlay else ""
            QToolTip.showText(event.globalPosition().toPoint(),
                              f"{p.label}\n{p.start:.1f}–{p.end:.1f} s · {p.value:+d}"
                              + (f"\n{viewers}" if viewers else ""), self)
        else:
            QToolTip.hideText()

    # -- drawing -----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        self._geom = self._scale()
        try:
            self._paint()
        finally:
            self._geom = None

    def _paint(self) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing, True)
        pal = self.palette()
        text, muted = pal.color(QPalette.Text), pal.color(QPalette.PlaceholderText)
        p.fillRect(self.rect(), pal.color(QPalette.Base))
        r = self._plot()
        hook_s, min_s, max_s = guides_of(self.findings)
        p.fillRect(QRectF(self._x(0), r.top(), self._x(hook_s) - self._x(0), r.height()),
                   QColor(242, 183, 5, 40))
        p.setFont(font(10))
        for v in (-5, -3, 3, 5):
            p.setPen(QPen(pal.color(QPalette.Midlight), 1, Qt.DotLine))
            p.drawLine(QPointF(r.left(), self._y(v)), QPointF(r.right(), self._y(v)))
        p.setPen(muted)
        for v, label in ((5, "↑5"), (3, "↑3"), (0, "0 →"), (-3, "↓3"), (-5, "↓5")):
            p.drawText(QRectF(2, self._y(v) - 8, LEFT - 8, 16), Qt.AlignRight | Qt.AlignVCenter, label)
        p.setPen(QPen(text, 1))
        p.drawLine(QPointF(r.left(), self._y(0)), QPointF(r.right(), self._y(0)))
        for secs in (min_s, max_s):
            x = self._x(secs)
            p.setPen(QPen(QColor("#C2410C"), 1.2, Qt.DashLine))
            p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()))
            p.drawText(QRectF(x + 3, r.top(), 60, 14), Qt.AlignLeft, f"{secs:g} s")
        p.setPen(muted)
        p.drawText(QRectF(self._x(0), r.bottom() + 3, 80, 16), Qt.AlignLeft, "0 s")
        p.drawText(QRectF(self._x(0) + 2, r.top(), 80, 14), Qt.AlignLeft, QCoreApplication.translate("BeatCanvas", "HOOK ≤%1s").replace("%1", f"{hook_s:g}"))
        if not self._main:
            p.drawText(r, Qt.AlignCenter, self.tr("No beats in this episode"))
            return
        if self._total:
            x = self._x(self._total)
            p.setPen(QPen(text, 1.5))
            p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()))
            p.drawText(QRectF(x - 84, r.bottom() + 3, 80, 16), Qt.AlignRight, QCoreApplication.translate("BeatCanvas", "END %1s").replace("%1", f"{self._total:.1f}"))
        for cut in self._cuts:
            p.setPen(QPen(muted, 1.2, Qt.DashLine))
            p.setBrush(Qt.NoBrush)
            p.drawPath(self._step_path(cut))
        selected = set(self.selection.beat_ids)
        for pt in self._main:
            if pt.beat_id in selected:
                p.fillRect(QRectF(self._x(pt.start), r.top(), self._x(pt.end) - self._x(pt.start),
                                  r.height()), QColor(37, 99, 235, 40))
        p.setPen(QPen(text, 2))
        p.setBrush(Qt.NoBrush)
        p.drawPath(self._step_path(self._main))
        for pt in [q for cut in self._cuts for q in cut if not q.on_main]:
            self._marker(p, pt, 4.5, pt.beat_id in selected, text)
        for pt in self._main:
            self._marker(p, pt, 6.5, pt.beat_id in selected, text)
        if self.retention_overlay is not None:
            self.retention_overlay.paint(p, r, self._x, muted)
        if self.playhead is not None:
            x = self._x(self.playhead)
            p.setPen(QPen(pal.color(QPalette.Highlight), 2))
            p.drawLine(QPointF(x, r.top() - 4), QPointF(x, r.bottom() + 4))

    def _step_path(self, pts: list[CurvePoint]) -> QPainterPath:
        path = QPainterPath(QPointF(self._x(pts[0].start), self._y(pts[0].value)))
        for pt in pts:
            path.lineTo(self._x(pt.start), self._y(pt.value))
            path.lineTo(self._x(pt.end), self._y(pt.value))
        return path

    def _marker(self, p: QPainter, pt: CurvePoint, size: float, selected: bool, ink: QColor) -> None:
        c = self._xy(pt)
        if selected:
            p.setPen(QPen(QColor("#2563EB"), 2.5))
            p.setBrush(Qt.NoBrush)
            p.drawEllipse(c, size + 5, size + 5)
        p.setPen(QPen(ink, 1.2))
        p.setBrush(pt.colour)
        s = size
        if pt.direction == Direction.UP:
            shape = [QPointF(c.x(), c.y() - s), QPointF(c.x() + s, c.y() + s * 0.8), QPointF(c.x() - s, c.y() + s * 0.8)]
        elif pt.direction == Direction.DOWN:
            shape = [QPointF(c.x(), c.y() + s), QPointF(c.x() + s, c.y() - s * 0.8), QPointF(c.x() - s, c.y() - s * 0.8)]
        else:
            shape = [QPointF(c.x(), c.y() - s), QPointF(c.x() + s, c.y()), QPointF(c.x(), c.y() + s), QPointF(c.x() - s, c.y())]
        p.drawPolygon(QPolygonF(shape))


def _points(spans: list[tuple[Beat, float, float]], on_main: bool) -> list[CurvePoint]:
    out = []
    for b, start, end in spans:
        e = b.emotion
        lang = ui_language()
        emotion = tag_label(e.tag, lang) if e.tag else label("direction", e.direction.value, lang)
        text = (f"{b.title or untitled()} · {label('kind', b.kind, lang)} · {emotion} "
                f"{e.direction.glyph}{e.intensity}")
        out.append(CurvePoint(b.id, start, end, e.signed_intensity, e.direction,
                              beat_colour(e.tag, e.direction), on_main, text))
    return out

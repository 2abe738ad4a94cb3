"""BoardView: the current episode's panels as a grid of large pictures, in reading order.

It follows Selection both ways (a click makes a panel current, the canvas and inspector
follow; a panel made current elsewhere is outlined and scrolled into view), opens the
sketch pad on a double-click or Enter, and reorders by drag: the drop is the filmstrips'
own MovePanel edit (``move_panel``, the canvas's ``move_panel_to``), one undo step.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from ...core.timeline import series_speakers
from ..canvas.palette import DARK, LIGHT
from .cells import board_cells
from .grid import grid_for
from .paint import paint_board
from .picture import BoardPictures


class BoardView(QAbstractScrollArea):
    panelActivated = Signal(str, str)  # double-click or Enter: open the sketch pad

    def __init__(self, controller, selection, move_panel, parent=None):
        super().__init__(parent)
        self.setObjectName("board-view")
        self.controller, self.selection, self.move_panel = controller, selection, move_panel
        self.pictures = BoardPictures(self)
        self.palette_ = LIGHT
        self.cells = []
        self.grid = grid_for(800, 600)
        self.drop_at: tuple[int, bool] | None = None
        self._press: tuple[int, QPoint] | None = None
        self._dragging = False
        self.setFocusPolicy(Qt.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.verticalScrollBar().setSingleStep(40)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.viewport().update())
        controller.changed.connect(self._on_changed)
        controller.documentReplaced.connect(self.reload)
        selection.episodeChanged.connect(lambda _e: self.reload())
        selection.panelChanged.connect(lambda _p: self._on_panel())
        selection.beatsChanged.connect(lambda _b: self.viewport().update())
        self.reload()

    # -- model -> view -----------------------------------------------------------------
    def _episode(self):
        eid = self.selection.episode_id
        return self.controller.project.episode(eid) if eid else None

    def reload(self) -> None:
        self.cells = board_cells(self._episode(), series_speakers(self.controller.project))
        self.pictures.forget_keys()
        self._relayout()

    def _on_changed(self, change) -> None:
        if self.selection.episode_id in change.episodes or change.episode_list:
            self.reload()

    def _on_panel(self) -> None:
        self.viewport().update()
        cur = self.current_key()
        if cur is None or not self.isVisible():
            return
        for i, c in enumerate(self.cells):
            if (c.beat.id, c.panel.id) == cur:
                self.reveal(i)
                return

    def reveal(self, i: int) -> None:
        cell = self.grid.cell(i)
        bar = self.verticalScrollBar()
        top, h = bar.value(), self.viewport().height()
        if cell.y < top:
            bar.setValue(int(cell.y - 10))
        elif cell.y + cell.h > top + h:
            bar.setValue(int(cell.y + cell.h - h + 10))

    def _relayout(self) -> None:
        vp = self.viewport()
        self.grid = grid_for(vp.width(), vp.height(), len(self.cells))
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, int(self.grid.height(len(self.cells)) - vp.height())))
        bar.setPageStep(vp.height())
        vp.update()

    def current_key(self) -> tuple[str, str] | None:
        return self.selection.current_panel

    def empty_text(self) -> str:
        if self._episode() is None:
            return QCoreApplication.translate("BoardView", "Select an episode to see its board.")
        return QCoreApplication.translate("BoardView", "This episode has no panels yet.")

    def picture(self, i: int, w: int, h: int):
        c = self.cells[i]
        doc = self.controller.document
        return self.pictures.panel_picture(self.controller.project, doc.base_dir, c.beat,
                                           c.panel, w, h, self.viewport())

    def set_dark(self, dark: bool) -> None:
        self.palette_ = DARK if dark else LIGHT
        self.viewport().update()

    # -- Qt events -----------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._on_panel()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.reload()  # cells hold display words: shot, move, emotion
        super().changeEvent(event)

    def paintEvent(self, event) -> None:
        p = QPainter(self.viewport())
        top = self.verticalScrollBar().value()
        p.translate(0, -top)
        visible = QRectF(event.rect()).translated(0, top)
        paint_board(p, self, self.palette_, visible)
        p.end()

    def _board_point(self, pos) -> tuple[float, float]:
        return pos.x(), pos.y() + self.verticalScrollBar().value()

    def index_at(self, pos) -> int | None:
        return self.grid.index_at(*self._board_point(pos), len(self.cells))

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.LeftButton:
            return super().mousePressEvent(event)
        i = self.index_at(event.position())
        if i is not None:
            c = self.cells[i]
            self.selection.set_panel(c.beat.id, c.panel.id)
            self._press = (i, event.position().toPoint())
        self.setFocus()

    def mouseMoveEvent(self, event) -> None:
        if self._press is None:
            return
        pos = event.position().toPoint()
        if not self._dragging and (pos - self._press[1]).manhattanLength() \
                < QApplication.startDragDistance():
            return
        self._dragging = True
        self.setCursor(Qt.ClosedHandCursor)
        if pos.y() < 30 or pos.y() > self.viewport().height() - 30:  # scroll near the edges
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + (-30 if pos.y() < 30 else 30))
        drop = self.grid.insertion_at(*self._board_point(event.position()), len(self.cells))
        if drop != self.drop_at:
            self.drop_at = drop
            self.viewport().update()

    def mouseReleaseEvent(self, event) -> None:
        press, drop, dragging = self._press, self.drop_at, self._dragging
        self._press, self.drop_at, self._dragging = None, None, False
        self.unsetCursor()
        self.viewport().update()
        if press is not None and dragging and drop is not None:
            self._drop(press[0], *drop)

    def _drop(self, source: int, target: int, after: bool) -> bool:
        """Move the panel at ``source`` before or after the one at ``target`` (into
        that panel's beat); nothing when it would stay where it is."""
        src, dst = self.cells[source], self.cells[target]
        index = dst.item.index + (1 if after else 0)
        if dst.beat.id == src.beat.id and index in (src.item.index, src.item.index + 1):
            return False
        return bool(self.move_panel(src.beat.id, src.panel.id, dst.beat.id, index))

    def mouseDoubleClickEvent(self, event) -> None:
        i = self.index_at(event.position()) if event.button() == Qt.LeftButton else None
        if i is not None:
            c = self.cells[i]
            self.panelActivated.emit(c.beat.id, c.panel.id)

    def keyPressEvent(self, event) -> None:
        cur = self.current_key()
        i = next((k for k, c in enumerate(self.cells) if (c.beat.id, c.panel.id) == cur), None)
        step = {Qt.Key_Left: -1, Qt.Key_Right: 1, Qt.Key_Up: -self.grid.columns,
                Qt.Key_Down: self.grid.columns}.get(event.key())
        if step is not None and self.cells:
            k = 0 if i is None else max(0, min(len(self.cells) - 1, i + step))
            self.selection.set_panel(self.cells[k].beat.id, self.cells[k].panel.id)
            return
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and i is not None:
            self.panelActivated.emit(*cur)
            return
        super().keyPressEvent(event)

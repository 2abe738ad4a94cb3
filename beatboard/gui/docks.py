"""The main window's central canvas and docks: navigator, inspector, findings, history,
emotion curve and series strip."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QStackedWidget, QWidget

from .board_view import BoardView

from .findings_panel import FindingsPanel
from .history import history_view
from .inspector import Inspector
from .navigator import EpisodeNavigator
from .shell import EditorShell


def _missing(text: str) -> QWidget:
    label = QLabel(text)
    label.setAlignment(Qt.AlignCenter)
    label.setEnabled(False)
    return label


class Docks(QObject):
    def __init__(self, win: EditorShell):
        super().__init__(win)
        c, s, f = win.controller, win.selection, win.findings
        try:
            from .canvas import BeatCanvas
            self.canvas = BeatCanvas(c, s, f)
        except ImportError:  # the canvas package is optional while it is being built
            self.canvas = None
        # The centre shows the beat canvas or the Board view (View › Board View).
        self.board = BoardView(c, s, self.canvas.move_panel_to if self.canvas is not None
                               else lambda *_a: False)
        self.central = QStackedWidget()
        self.central.addWidget(self.canvas or _missing(self.tr("The beat canvas is not available.")))
        self.central.addWidget(self.board)
        win.setCentralWidget(self.central)

        self.navigator = EpisodeNavigator(c, s, f)
        self.inspector = Inspector(c, s)
        self.findings_panel = FindingsPanel(f, s, win.finding_lang)
        self.history = history_view(c.stack)
        try:
            from .curve import EpisodeCurveWidget, SeriesStripWidget
            self.curve = EpisodeCurveWidget(c, s, f)
            self.strip = SeriesStripWidget(c, s, f)
        except ImportError:
            self.curve = self.strip = None

        self.nav_dock = self._dock(win, "navigator", self.navigator, Qt.LeftDockWidgetArea)
        self.inspector_dock = self._dock(win, "inspector", self.inspector,
                                         Qt.RightDockWidgetArea)
        self.history_dock = self._dock(win, "history", self.history, Qt.RightDockWidgetArea)
        win.tabifyDockWidget(self.inspector_dock, self.history_dock)
        self.inspector_dock.raise_()
        self.curve_dock = self._dock(win, "curve", self.curve or _missing(self.tr("Not available")),
                                     Qt.BottomDockWidgetArea)
        self.strip_dock = self._dock(win, "strip", self.strip or _missing(self.tr("Not available")),
                                     Qt.BottomDockWidgetArea)
        self.findings_dock = self._dock(win, "findings", self.findings_panel,
                                        Qt.BottomDockWidgetArea)
        win.tabifyDockWidget(self.strip_dock, self.findings_dock)
        self.strip_dock.raise_()
        win.resizeDocks([self.nav_dock, self.inspector_dock], [260, 360], Qt.Horizontal)
        win.resizeDocks([self.curve_dock], [200], Qt.Vertical)
        self._findings_count = 0
        self.findings_panel.countChanged.connect(self._show_findings_count)
        self.retranslate()
        self.findings_panel.refresh()

    def _show_findings_count(self, n: int) -> None:
        self._findings_count = n
        self.findings_dock.setWindowTitle(self.tr("Findings (%1)").replace("%1", str(n)))

    def retranslate(self) -> None:
        """Dock titles in the UI language (the widgets inside retranslate themselves)."""
        for dock, title in ((self.nav_dock, self.tr("Episodes")),
                            (self.inspector_dock, self.tr("Inspector")),
                            (self.history_dock, self.tr("History")),
                            (self.curve_dock, self.tr("Emotion Curve")),
                            (self.strip_dock, self.tr("Series Strip"))):
            dock.setWindowTitle(title)
        self._show_findings_count(self._findings_count)

    @staticmethod
    def _dock(win, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(win)
        dock.setObjectName(f"dock-{name}")  # saveState/restoreState need stable names
        dock.setWidget(widget)
        win.addDockWidget(area, dock)
        return dock

    def show_board(self, on: bool) -> None:
        self.central.setCurrentIndex(1 if on else 0)
        self.central.currentWidget().setFocus()

    def all(self) -> list[QDockWidget]:
        return [self.nav_dock, self.inspector_dock, self.history_dock, self.curve_dock,
                self.strip_dock, self.findings_dock]

"""The main window's central canvas and docks: navigator, inspector, findings, history,
emotion curve and series strip."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QWidget

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
        win.setCentralWidget(self.canvas or _missing(self.tr("The beat canvas is not available.")))

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

        self.nav_dock = self._dock(win, "navigator", self.tr("Episodes"), self.navigator,
                                   Qt.LeftDockWidgetArea)
        self.inspector_dock = self._dock(win, "inspector", self.tr("Inspector"), self.inspector,
                                         Qt.RightDockWidgetArea)
        self.history_dock = self._dock(win, "history", self.tr("History"), self.history,
                                       Qt.RightDockWidgetArea)
        win.tabifyDockWidget(self.inspector_dock, self.history_dock)
        self.inspector_dock.raise_()
        self.curve_dock = self._dock(win, "curve", self.tr("Emotion Curve"),
                                     self.curve or _missing(self.tr("Not available")),
                                     Qt.BottomDockWidgetArea)
        self.strip_dock = self._dock(win, "strip", self.tr("Series Strip"),
                                     self.strip or _missing(self.tr("Not available")),
                                     Qt.BottomDockWidgetArea)
        self.findings_dock = self._dock(win, "findings", self.tr("Findings"), self.findings_panel,
                                        Qt.BottomDockWidgetArea)
        win.tabifyDockWidget(self.strip_dock, self.findings_dock)
        self.strip_dock.raise_()
        win.resizeDocks([self.nav_dock, self.inspector_dock], [260, 360], Qt.Horizontal)
        win.resizeDocks([self.curve_dock], [200], Qt.Vertical)
        self._findings_title = self.tr("Findings (%1)")
        self.findings_panel.countChanged.connect(
            lambda n: self.findings_dock.setWindowTitle(self._findings_title.replace("%1", str(n))))
        self.findings_panel.refresh()

    @staticmethod
    def _dock(win, name: str, title: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, win)
        dock.setObjectName(f"dock-{name}")  # saveState/restoreState need stable names
        dock.setWidget(widget)
        win.addDockWidget(area, dock)
        return dock

    def all(self) -> list[QDockWidget]:
        return [self.nav_dock, self.inspector_dock, self.history_dock, self.curve_dock,
                self.strip_dock, self.findings_dock]

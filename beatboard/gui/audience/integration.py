"""Puts audience data into the main window: File › Import Audience Data… and Import Series
Audience Table…, the retention overlays on the emotion curve and the scrubber, the
per-beat retention dock and the Series Audience view (continuation per episode)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from .beat_table import BeatRetentionTable
from .overlay import AudienceData, CurveOverlay, scrubber_segments


class AudienceIntegration(QObject):
    def __init__(self, win):
        super().__init__(win)
        self.win = win
        self.import_action = QAction(win)
        self.import_action.triggered.connect(lambda _c=False: self.import_data())
        win.addAction(self.import_action)
        self.series_import_action = QAction(win)
        self.series_import_action.triggered.connect(lambda _c=False: self.import_series())
        self.series_action = QAction(win)
        self.series_action.triggered.connect(lambda _c=False: self.show_series())
        self.series_dialog = None
        self.data = AudienceData(win.controller, win.findings, self)
        curve = getattr(win.docks, "curve", None)
        self.curve_overlay = (CurveOverlay(curve, self.data, win.selection)
                              if curve is not None and hasattr(curve, "retention_overlay")
                              else None)
        player = getattr(getattr(win, "player", None), "player", None)
        self.scrubber = getattr(player, "scrubber", None)
        if self.scrubber is not None:
            self.scrubber.retention_for = lambda tl: scrubber_segments(self.data, tl)
            self.data.updated.connect(self.scrubber.refresh_retention)
            self.scrubber.refresh_retention()
        self.table = BeatRetentionTable(win.controller, win.selection, self.data)
        self.table.importRequested.connect(self.import_data)
        self.table.compareRequested.connect(self.compare)
        self.table.seriesRequested.connect(self.show_series)
        self.dock = QDockWidget(win)
        self.dock.setObjectName("dock-audience")
        self.dock.setWidget(self.table)
        win.addDockWidget(Qt.BottomDockWidgetArea, self.dock)
        findings = getattr(win.docks, "findings_dock", None)
        if findings is not None:
            win.tabifyDockWidget(findings, self.dock)
            win.docks.strip_dock.raise_()
        self.retranslate()
        self._menus()

    def retranslate(self) -> None:
        self.import_action.setText(self.tr("Import &Audience Data…"))
        self.series_import_action.setText(self.tr("Import &Series Audience Table…"))
        self.series_action.setText(self.tr("Series A&udience…"))
        self.dock.setWindowTitle(self.tr("Audience"))
        self.table.retranslate()
        if self.series_dialog is not None:
            self.series_dialog.retranslate()

    def _menus(self) -> None:
        file_menu = getattr(self.win, "menus", {}).get("file")
        if file_menu is None:
            return
        actions = file_menu.actions()
        script = getattr(self.win.acts, "update_from_script", None)
        after = actions[actions.index(script) + 1] if script in actions else None
        file_menu.insertAction(after, self.import_action)
        file_menu.insertAction(after, self.series_import_action)
        view = self.win.menus.get("view")
        if view is not None:
            view.addAction(self.dock.toggleViewAction())
            view.addAction(self.series_action)

    def import_data(self):
        """The import dialog on the shown episode; the dataset is added as one edit."""
        from .import_dialog import AudienceImportDialog
        win = self.win
        win.inspector.commit_pending()
        dialog = AudienceImportDialog(win.controller, win.selection.episode_id,
                                      win.settings.get("files/last_dir"), win)
        self.dialog = dialog  # tests drive it
        if dialog.exec() and dialog.added_id:
            win.statusBar().showMessage(self.tr("Audience data added (%1 points)").replace(
                "%1", str(len(dialog.dataset.points))), 6000)
        return dialog

    def compare(self):
        """A against B for the shown episode (two cuts, or two datasets of one cut)."""
        from .ab_dialog import CompareDialog
        dialog = CompareDialog(self.win.controller, self.data, self.win.selection.episode_id,
                               self.table.datasets.currentData(), self.win)
        self.compare_dialog = dialog
        dialog.show()
        return dialog

    def show_series(self):
        """The Series Audience view (one per window, kept up to date by the edits)."""
        from .series_dialog import SeriesAudienceDialog
        if self.series_dialog is None:
            self.series_dialog = SeriesAudienceDialog(
                self.win.controller, self.win.settings.get("files/last_dir"), self.win)
        self.series_dialog.refresh()
        self.series_dialog.show()
        self.series_dialog.raise_()
        return self.series_dialog

    def import_series(self):
        """File › Import Series Audience Table…: choose the CSV, then see it in the view."""
        self.win.inspector.commit_pending()
        dialog = self.show_series()
        dialog.choose_file()
        return dialog

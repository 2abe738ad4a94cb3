"""Puts audience data into the main window: File › Import Audience Data…, the retention
overlays on the emotion curve and the scrubber, and the per-beat retention dock."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction


class AudienceIntegration(QObject):
    def __init__(self, win):
        super().__init__(win)
        self.win = win
        self.import_action = QAction(win)
        self.import_action.triggered.connect(lambda _c=False: self.import_data())
        win.addAction(self.import_action)
        self.retranslate()
        self._menus()

    def retranslate(self) -> None:
        self.import_action.setText(self.tr("Import &Audience Data…"))

    def _menus(self) -> None:
        file_menu = getattr(self.win, "menus", {}).get("file")
        if file_menu is None:
            return
        actions = file_menu.actions()
        script = getattr(self.win.acts, "update_from_script", None)
        after = actions[actions.index(script) + 1] if script in actions else None
        file_menu.insertAction(after, self.import_action)

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

"""File ▸ Export Animatic…: the same export as the command line, with progress and cancel."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QMessageBox, QWidget)

from ...core.errors import BeatBoardError
from ...core.model import Project
from ..jobs import run_job
from ..output_row import OutputRow


class AnimaticExportDialog(QDialog):
    def __init__(self, project: Project, project_path: Path | None, episode_number: int | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Animatic"))
        self.project, self.project_path = project, project_path
        self.result_text = ""
        self.scope = QComboBox(self)
        if episode_number is not None:
            self.scope.addItem(self.tr("Current episode (%1)").replace("%1", str(episode_number)),
                               str(episode_number))
        self.scope.addItem(self.tr("All episodes"), None)
        self.cuts = QComboBox(self)
        self.cuts.addItem(self.tr("Main line"), "main")
        self.cuts.addItem(self.tr("Every cut (one video each, for A/B tests)"), "all")
        self.size = QComboBox(self)
        self.size.addItem(self.tr("720×1280 (preview)"), "720x1280")
        self.size.addItem(self.tr("1080×1920 (master)"), "1080x1920")
        self.fps = QComboBox(self)
        for fps in (24, 25, 30):
            self.fps.addItem(f"{fps} fps", fps)
        self.fps.setCurrentIndex(2)
        self.captions = QComboBox(self)
        self.captions.addItem(self.tr("Burnt in, and an SRT file"), "burn")
        self.captions.addItem(self.tr("SRT file only"), "srt")
        self.captions.addItem(self.tr("None"), "none")
        self.title_cards = QCheckBox(self.tr("Title card before each episode"), self)
        default = (project_path.parent / f"{project_path.stem} animatic") if project_path else Path.home()
        self.out_row = OutputRow(default, self.tr("Choose…"), self.tr("Folder for the videos"),
                                 self, folder=True)
        self.folder = self.out_row.edit
        form = QFormLayout(self)
        form.addRow(self.tr("Episodes:"), self.scope)
        form.addRow(self.tr("Cuts:"), self.cuts)
        form.addRow(self.tr("Size:"), self.size)
        form.addRow(self.tr("Frame rate:"), self.fps)
        form.addRow(self.tr("Captions:"), self.captions)
        form.addRow("", self.title_cards)
        form.addRow(self.tr("Folder:"), self.out_row)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, parent=self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def options(self):
        from ...export.animatic import AnimaticOptions, parse_size
        width, height = parse_size(self.size.currentData())
        number = self.scope.currentData()
        return AnimaticOptions(width=width, height=height, fps=self.fps.currentData(),
                               captions=self.captions.currentData(),
                               cuts=self.cuts.currentData(),
                               episodes=(int(number),) if number else None,
                               title_cards=self.title_cards.isChecked())

    def accept(self) -> None:
        folder = Path(self.folder.text().strip())
        if not self.folder.text().strip():
            QMessageBox.warning(self, self.windowTitle(), self.tr("Choose a folder for the videos."))
            return
        if folder.suffix.lower() == ".beatboard" or (folder.exists() and not folder.is_dir()):
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("%1 is a file, not a folder.").replace("%1", str(folder)))
            return
        if self.out_row.refused(self.project_path, self.windowTitle()):
            return
        ok, result = export_animatic_in_background(self, self.project, folder, self.options(),
                                                   self.project_path)
        if ok:
            self.result_text = self.tr("Exported %1 videos to %2").replace(
                "%1", str(len(result.files))).replace("%2", str(folder))
            super().accept()
        else:
            QMessageBox.warning(self, self.windowTitle(), result)


def export_animatic_in_background(parent, project: Project, out: Path, options,
                                  project_path: Path | None):
    from ...export.animatic import export_animatic
    snapshot = project.model_copy(deep=True)  # the user may keep editing meanwhile
    base = project_path.parent if project_path else None

    def job(progress, cancelled):
        return export_animatic(snapshot, base, out, options, progress, cancelled)

    try:
        return run_job(parent, QCoreApplication.translate("Jobs", "Exporting animatic…"), job)
    except BeatBoardError as e:
        return False, str(e)

"""File › Export for Editing…: each cut as timelines for editing applications (OTIO,
FCP 7 XML, FCPXML, EDL) with stills, SRT and the animatic, on a worker thread with
progress and cancel. A thin shell over ``export.editorial`` (the command line's too)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLineEdit, QMessageBox, QPushButton,
                               QWidget)

from ..core.errors import BeatBoardError
from ..core.export_guard import check_export_target
from ..core.model import Project
from ..export.editorial import FORMATS, EditorialOptions, EditorialResult, write_editorial
from ..export.editorial.options import (FPS_CHOICES, SIZES, check_writable_folder,
                                        chosen_episodes)
from .export_dialog import option_problem
from .i18n import ui_language
from .jobs import run_job
from .shell import STATUS_TIMEOUT_MS

FORMAT_LABELS = {"otio": "OpenTimelineIO (.otio)", "fcp7": "FCP 7 XML (.xml)",
                 "fcpx": "FCPXML (.fcpxml)", "edl": "CMX 3600 EDL (.edl)"}


class ExportEditorialDialog(QDialog):
    def __init__(self, project: Project, source: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export for Editing"))
        self.project, self.source = project, source
        self.result_text = ""
        form = QFormLayout(self)
        self.output = QLineEdit(self)
        default = (source.parent / f"{source.stem} edit" if source else Path.home() / "edit")
        self.output.setText(str(default))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)
        self.episodes = QLineEdit(self)
        self.episodes.setPlaceholderText(self.tr("all (or e.g. 1-10, 12)"))
        self.cuts = QComboBox(self)
        self.cuts.addItem(self.tr("Main cut of each episode"), "main")
        self.cuts.addItem(self.tr("Every A/B cut"), "all")
        self.formats = {}
        fmt_row = QHBoxLayout()
        for fmt in FORMATS:
            box = QCheckBox(FORMAT_LABELS[fmt], self)
            box.setChecked(True)
            self.formats[fmt] = box
            fmt_row.addWidget(box)
        self.size = QComboBox(self)
        for text, wh in SIZES.items():
            self.size.addItem(text.replace("x", " × "), wh)
        self.fps = QComboBox(self)
        for fps in FPS_CHOICES:
            self.fps.addItem(self.tr("%1 fps").replace("%1", str(fps)), fps)
        self.fps.setCurrentIndex(FPS_CHOICES.index(30))
        self.video = QCheckBox(self.tr("Animatic video of each cut (constant frame rate)"), self)
        self.video.setChecked(True)
        form.addRow(self.tr("Folder"), out_row)
        form.addRow(self.tr("Episodes"), self.episodes)
        form.addRow(self.tr("Cuts"), self.cuts)
        form.addRow(self.tr("Formats"), fmt_row)
        form.addRow(self.tr("Sequence size"), self.size)
        form.addRow(self.tr("Frame rate"), self.fps)
        form.addRow("", self.video)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Export for Editing"),
                                                self.output.text())
        if path:
            self.output.setText(path)

    def options(self) -> EditorialOptions:
        """The chosen options; OptionError or BeatBoardError names a bad entry."""
        from ..export.pdf.options import parse_episode_spec
        spec = self.episodes.text().strip()
        episodes = None if spec in ("", "all") else parse_episode_spec(spec)
        formats = tuple(f for f, box in self.formats.items() if box.isChecked())
        if not formats:
            raise BeatBoardError(self.tr("Choose at least one format."))
        width, height = self.size.currentData()
        options = EditorialOptions(formats=formats, width=width, height=height,
                                   fps=self.fps.currentData(), cuts=self.cuts.currentData(),
                                   episodes=episodes, video=self.video.isChecked(),
                                   lang=ui_language())  # markers in the UI's language
        chosen_episodes(self.project, episodes, spec)
        return options

    def accept(self) -> None:
        from ..export.pdf.options import OptionError
        title = self.tr("Export for Editing")
        try:
            options = self.options()
        except OptionError as e:
            QMessageBox.warning(self, title, option_problem(e, self.project))
            return
        except BeatBoardError as e:
            QMessageBox.warning(self, title, str(e))
            return
        out = self.output.text().strip()
        if not out:
            QMessageBox.warning(self, title, self.tr("Choose a folder for the export."))
            return
        try:
            check_export_target(Path(out), self.source)
            check_writable_folder(Path(out))
        except BeatBoardError as e:
            QMessageBox.warning(self, title, str(e))
            return
        if not self._replace_ok(Path(out), options):
            return
        ok, result = export_editorial_in_background(self, self.project, self.source,
                                                    Path(out), options)
        if not ok:
            QMessageBox.warning(self, title, result)
            return
        self.result_text = self.tr("Exported %1 files and %2 stills to %3").replace(
            "%1", str(len(result.files))).replace("%2", str(result.stills)).replace("%3", out)
        if result.warnings:
            QMessageBox.warning(self, title, "\n".join(
                [self.tr("Some panels were drawn with a placeholder:")] + result.warnings[:10]))
        super().accept()

    def _replace_ok(self, out: Path, options: EditorialOptions) -> bool:
        """Ask before replacing timelines already in the folder (an earlier export)."""
        from ..export.editorial.options import SUFFIXES
        from ..export.editorial.plan import plan_editorial
        if not out.is_dir():
            return True
        plan = plan_editorial(self.project, options)
        clashes = sum(1 for job in plan.cuts for fmt in options.formats
                      if (out / f"{job.stem}{SUFFIXES[fmt]}").exists())
        if not clashes:
            return True
        box = QMessageBox(QMessageBox.Warning, self.tr("Export for Editing"),
                          self.tr("“%1” already holds %2 of these timelines. Replace them?")
                          .replace("%1", str(out)).replace("%2", str(clashes)),
                          QMessageBox.Yes | QMessageBox.No, self)
        box.setDefaultButton(QMessageBox.No)
        return box.exec() == QMessageBox.Yes


def export_editorial_in_background(parent: QWidget, project: Project, source: Path | None,
                                   out: Path, options: EditorialOptions
                                   ) -> tuple[bool, EditorialResult | str]:
    """Write the export of a snapshot of ``project`` on a worker thread;
    (True, EditorialResult) or (False, message)."""
    snapshot = project.model_copy(deep=True)  # the user may keep editing meanwhile
    base = source.resolve().parent if source else None

    def job(progress, cancelled):
        def step(fraction, name):
            progress(fraction, QCoreApplication.translate(
                "ExportEditorialDialog", "Writing %1").replace("%1", name) if name else "")
        return write_editorial(snapshot, base, out, options, progress=step, cancel=cancelled)

    return run_job(parent, QCoreApplication.translate("Jobs", "Exporting for editing…"), job)


def show_export_editorial(win) -> None:
    """The File menu's Export for Editing…: the dialog, then the result in the status bar."""
    win.inspector.commit_pending()
    dialog = ExportEditorialDialog(win.controller.project, win.controller.document.path, win)
    if dialog.exec():
        win.statusBar().showMessage(dialog.result_text, STATUS_TIMEOUT_MS)

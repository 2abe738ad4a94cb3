"""File › Export Frames…: one PNG per panel into a folder, on a worker thread with
progress and cancel. A thin shell over ``export.frames`` (the command line's too)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QLineEdit, QMessageBox, QWidget)

from ..core.model import Project
from ..export.frames import SIZES, FramesResult, frame_jobs, write_frames
from .export_dialog import option_problem
from .jobs import run_job
from .output_row import OutputRow
from .shell import STATUS_TIMEOUT_MS


class ExportFramesDialog(QDialog):
    def __init__(self, project: Project, source: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Frames"))
        self.project, self.source = project, source
        self.result_text = ""
        form = QFormLayout(self)
        self.size = QComboBox(self)
        for w, h in SIZES:
            self.size.addItem(f"{w} × {h}", (w, h))
        self.episodes = QLineEdit(self)
        self.episodes.setPlaceholderText(self.tr("all (or e.g. 1-10, 12)"))
        self.variants = QComboBox(self)
        self.variants.addItem(self.tr("Main line and variants"), True)
        self.variants.addItem(self.tr("Main line only"), False)
        self.guides = QCheckBox(self.tr("Draw safe areas and platform zones"), self)
        default = (source.parent / f"{source.stem} frames" if source
                   else Path.home() / "frames")
        self.out_row = OutputRow(default, self.tr("Browse…"), self.tr("Export Frames"), self,
                                 folder=True)
        self.output = self.out_row.edit
        form.addRow(self.tr("Frame size"), self.size)
        form.addRow(self.tr("Episodes"), self.episodes)
        form.addRow(self.tr("Variants"), self.variants)
        form.addRow("", self.guides)
        form.addRow(self.tr("Folder"), self.out_row)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen_episodes(self) -> tuple[int, ...] | None:
        """The episode numbers typed (None: all); OptionError names a bad entry."""
        from ..export.pdf.options import OptionError, parse_episode_spec
        spec = self.episodes.text().strip()
        episodes = None if spec in ("", "all") else parse_episode_spec(spec)
        if episodes is not None and not frame_jobs(self.project, episodes, False):
            raise OptionError("episodes", "no_match", have="")
        return episodes

    def accept(self) -> None:
        from ..export.pdf.options import OptionError
        title = self.tr("Export Frames")
        try:
            episodes = self.chosen_episodes()
        except OptionError as e:
            QMessageBox.warning(self, title, option_problem(e, self.project))
            return
        out = self.output.text().strip()
        if not out:
            QMessageBox.warning(self, title, self.tr("Choose a folder for the frames."))
            return
        variants = self.variants.currentData()
        if not self._target_ok(Path(out), frame_jobs(self.project, episodes, variants)):
            return
        ok, result = export_frames_in_background(
            self, self.project, self.source, Path(out), episodes, variants,
            self.size.currentData(), self.guides.isChecked())
        if not ok:
            QMessageBox.warning(self, title, result)
            return
        self.result_text = self.tr("Exported %1 frames to %2").replace(
            "%1", str(result.written)).replace("%2", out)
        if result.warnings:
            QMessageBox.warning(self, title, "\n".join(
                [self.tr("Some panels were drawn with a placeholder:")] + result.warnings[:10]))
        super().accept()

    def _target_ok(self, out: Path, jobs) -> bool:
        """Never into a project's own files; ask before replacing frames already there."""
        title = self.tr("Export Frames")
        if self.out_row.refused(self.source, title):
            return False
        if out.exists() and not out.is_dir():
            QMessageBox.warning(self, title, self.tr("“%1” is a file, not a folder.")
                                .replace("%1", str(out)))
            return False
        clashes = sum(1 for job in jobs if (out / job.name).exists())
        if not clashes:
            return True
        box = QMessageBox(QMessageBox.Warning, title,
                          self.tr("“%1” already holds %2 of these frames. Replace them?")
                          .replace("%1", str(out)).replace("%2", str(clashes)),
                          QMessageBox.Yes | QMessageBox.No, self)
        box.setDefaultButton(QMessageBox.No)
        return box.exec() == QMessageBox.Yes


def export_frames_in_background(parent: QWidget, project: Project, source: Path | None,
                                out: Path, episodes: tuple[int, ...] | None, variants: bool,
                                size: tuple[int, int], guides: bool
                                ) -> tuple[bool, FramesResult | str]:
    """Write the frames of a snapshot of ``project`` on a worker thread;
    (True, FramesResult) or (False, message)."""
    snapshot = project.model_copy(deep=True)  # the user may keep editing meanwhile
    jobs = frame_jobs(snapshot, episodes, variants)
    base = source.resolve().parent if source else Path.cwd()

    def job(progress, cancelled):
        def step(done, total, frame):
            progress(done / max(1, total), QCoreApplication.translate(
                "ExportFramesDialog", "Frame %1 of %2").replace("%1", str(done))
                     .replace("%2", str(total)))
        return write_frames(snapshot, base, jobs, out, size, guides, progress=step,
                            cancel=cancelled)

    return run_job(parent, QCoreApplication.translate("Jobs", "Exporting frames…"), job)


def show_export_frames(win) -> None:
    """The File menu's Export Frames…: the dialog, then the result in the status bar."""
    win.inspector.commit_pending()
    dialog = ExportFramesDialog(win.controller.project, win.controller.document.path, win)
    if dialog.exec():
        win.statusBar().showMessage(dialog.result_text, STATUS_TIMEOUT_MS)

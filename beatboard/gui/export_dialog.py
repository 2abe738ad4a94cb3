"""Export PDF: print options, then a worker-thread export with progress and cancel."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QHBoxLayout, QLineEdit, QMessageBox, QPushButton,
                               QWidget)

from ..core.errors import BeatBoardError
from ..core.export_guard import check_export_target
from ..core.model import Project
from .jobs import run_job


class ExportPdfDialog(QDialog):
    def __init__(self, project: Project, source: Path | None, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        from ..export.pdf.options import PANEL_COUNTS, PAPERS
        self.setWindowTitle(self.tr("Export PDF Boards"))
        self.project, self.source = project, source
        self._confirmed = ""  # an output path whose replacement the user already confirmed
        form = QFormLayout(self)
        self.paper = QComboBox(self)
        self.paper.addItems(list(PAPERS))
        self.orientation = QComboBox(self)
        self.orientation.addItem(self.tr("Portrait"), "portrait")
        self.orientation.addItem(self.tr("Landscape"), "landscape")
        self.panels = QComboBox(self)
        for n in PANEL_COUNTS:
            self.panels.addItem(str(n), n)
        self.episodes = QLineEdit(self)
        self.episodes.setPlaceholderText(self.tr("all (or e.g. 1-10, 12)"))
        self.variants = QComboBox(self)
        self.variants.addItem(self.tr("Main line and variants"), "all")
        self.variants.addItem(self.tr("Main line only"), "main")
        self.bw = QCheckBox(self.tr("Black and white (grey-scale)"), self)
        self.lang = QComboBox(self)
        self.lang.addItem("English", "en")
        self.lang.addItem("简体中文", "zh")
        self.lang.setCurrentIndex(1 if lang.startswith("zh") else 0)
        self.sections = {
            "boards": QCheckBox(self.tr("Boards"), self),
            "overview": QCheckBox(self.tr("Series overview"), self),
            "shotlist": QCheckBox(self.tr("Shot list"), self),
            "audience": QCheckBox(self.tr("Audience"), self),
        }
        row = QHBoxLayout()
        for name, box in self.sections.items():  # audience pages when there is data
            box.setChecked(name != "audience"
                           or bool(project.audience or project.series_audience))
            row.addWidget(box)
        self.output = QLineEdit(self)
        default = (source.with_suffix(".pdf") if source else Path.home() / "board.pdf")
        self.output.setText(str(default))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Orientation"), self.orientation)
        form.addRow(self.tr("Panels per page"), self.panels)
        form.addRow(self.tr("Episodes"), self.episodes)
        form.addRow(self.tr("Variants"), self.variants)
        form.addRow("", self.bw)
        form.addRow(self.tr("Label language"), self.lang)
        form.addRow(self.tr("Sections"), row)
        form.addRow(self.tr("Save to"), out_row)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF"), self.output.text(),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.output.setText(path if path.lower().endswith(".pdf") else path + ".pdf")
            self._confirmed = self.output.text()  # the file dialog asked about replacing

    def options(self):
        """PdfOptions from the form; BeatBoardError names a bad entry."""
        from ..export.pdf.options import PdfOptions, parse_episode_spec
        spec = self.episodes.text().strip()
        episodes = None if spec in ("", "all") else parse_episode_spec(spec)
        return PdfOptions(paper=self.paper.currentText(),
                          orientation=self.orientation.currentData(),
                          panels=self.panels.currentData(), episodes=episodes,
                          variants=self.variants.currentData(), bw=self.bw.isChecked(),
                          lang=self.lang.currentData(),
                          sections=tuple(k for k, b in self.sections.items() if b.isChecked()))

    def option_problem(self, e) -> str:
        return option_problem(e, self.project)

    def accept(self) -> None:
        from ..export.pdf.document import select_episodes
        from ..export.pdf.options import OptionError
        try:
            options = self.options()
            select_episodes(self.project, options)  # say it here, not after a worker starts
        except OptionError as e:
            QMessageBox.warning(self, self.tr("Export PDF"), self.option_problem(e))
            return
        except BeatBoardError as e:
            QMessageBox.warning(self, self.tr("Export PDF"), str(e))
            return
        out = self.output.text().strip()
        if not out:
            QMessageBox.warning(self, self.tr("Export PDF"),
                                self.tr("Choose where to save the PDF."))
            return
        if not self._target_ok(Path(out)):
            return
        ok, result = export_in_background(self, self.project, Path(out), options, self.source)
        if ok:
            self.result_text = self.tr("Exported %1 pages to %2").replace(
                "%1", str(result.pages)).replace("%2", out)
            super().accept()
        else:
            QMessageBox.warning(self, self.tr("Export PDF"), result)

    def _target_ok(self, out: Path) -> bool:
        """Never export onto a project; ask before replacing any other existing file."""
        try:
            check_export_target(out, self.source)
        except BeatBoardError as e:
            QMessageBox.warning(self, self.tr("Export PDF"), str(e))
            return False
        if not out.exists() or self._confirmed == str(out):
            return True
        box = QMessageBox(QMessageBox.Warning, self.tr("Export PDF"),
                          self.tr("“%1” already exists. Replace it?").replace("%1", str(out)),
                          QMessageBox.Yes | QMessageBox.No, self)
        box.setDefaultButton(QMessageBox.No)
        return box.exec() == QMessageBox.Yes


def export_in_background(parent: QWidget, project: Project, out: Path, options,
                         source: Path | None):
    """Export a snapshot of ``project`` on a worker thread; (ok, ExportResult | message)."""
    from ..export import export_pdf
    snapshot = project.model_copy(deep=True)  # the user may keep editing meanwhile

    def job(progress, cancelled):
        return export_pdf(snapshot, out, options,
                          progress=lambda done, total: progress(done / max(1, total),
                                                                ""),
                          cancel=cancelled, source_name=source.name if source else None,
                          base_dir=source.parent if source else None)

    return run_job(parent, QCoreApplication.translate("Jobs", "Exporting PDF…"), job)


def option_problem(e, project: Project) -> str:
    """An OptionError in the export dialogs' words: their field names, the UI's language."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("ExportPdfDialog", text)

    fields = {"episodes": tr("Episodes"), "sections": tr("Sections"),
              "panels": tr("Panels per page"), "paper": tr("Paper"),
              "orientation": tr("Orientation"), "variants": tr("Variants"),
              "lang": tr("Label language")}
    p = e.params
    if e.code == "empty":
        problem = tr("empty; type e.g. 1-10 or 1-3, 7, or leave it blank for all")
    elif e.code == "not_a_range":
        problem = tr("%1 is not a number or a range like 1-3").replace("%1", p["part"])
    elif e.code == "bad_range":
        problem = tr("%1 is not a valid range (1 to %2, low to high)").replace(
            "%1", p["part"]).replace("%2", str(p["max"]))
    elif e.code == "no_match":
        have = ", ".join(str(ep.number) for ep in project.ordered_episodes()[:20])
        problem = (tr("no episode matches; this series has episodes %1").replace("%1", have)
                   if have else tr("this series has no episodes"))
    elif e.code == "none_chosen":
        problem = tr("tick at least one")
    else:
        problem = e.problem
    return tr("%1: %2").replace("%1", fields.get(e.option, e.option)).replace("%2", problem)

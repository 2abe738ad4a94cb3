"""Export PDF: print options, then a worker-thread export with progress and cancel."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLineEdit, QMessageBox, QWidget)

from ..core.errors import BeatBoardError
from ..core.model import Project
from .jobs import run_job
from .output_row import OutputRow


class ExportPdfDialog(QDialog):
    def __init__(self, project: Project, source: Path | None, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        from ..export.pdf.options import PANEL_COUNTS, PAPERS
        self.setWindowTitle(self.tr("Export PDF Boards"))
        self.project, self.source = project, source
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
        self.comments = QCheckBox(self.tr("Review comments (pins and notes)"), self)
        self.comments.setChecked(any(c.is_open for c in project.comments))
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
        # Revision marks: what changed since a named version of this file.
        self.since = QComboBox(self)
        self.since.addItem(self.tr("None"), "")
        if source is not None:
            from ..versioning.versions import list_versions
            for v in reversed(list_versions(source).versions):
                self.since.addItem(self.tr("Changes since “%1”").replace("%1", v.name), v.name)
        self.since.setEnabled(self.since.count() > 1)
        default = (source.with_suffix(".pdf") if source else Path.home() / "board.pdf")
        self.out_row = OutputRow(default, self.tr("Browse…"), self.tr("Export PDF"), self,
                                 file_filter=self.tr("PDF files (*.pdf)"), suffix=".pdf")
        self.output = self.out_row.edit
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Orientation"), self.orientation)
        form.addRow(self.tr("Panels per page"), self.panels)
        form.addRow(self.tr("Episodes"), self.episodes)
        form.addRow(self.tr("Variants"), self.variants)
        form.addRow("", self.bw)
        form.addRow("", self.comments)
        form.addRow(self.tr("Label language"), self.lang)
        form.addRow(self.tr("Sections"), row)
        form.addRow(self.tr("Revision marks"), self.since)
        form.addRow(self.tr("Save to"), self.out_row)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def options(self):
        """PdfOptions from the form; BeatBoardError names a bad entry."""
        from ..export.pdf.options import PdfOptions, parse_episode_spec
        spec = self.episodes.text().strip()
        episodes = None if spec in ("", "all") else parse_episode_spec(spec)
        revision = None
        if self.since.currentData():
            from ..export.pdf.revision import revision_since
            revision = revision_since(self.project, self.source, self.since.currentData())
        return PdfOptions(revision=revision, paper=self.paper.currentText(),
                          orientation=self.orientation.currentData(),
                          panels=self.panels.currentData(), episodes=episodes,
                          variants=self.variants.currentData(), bw=self.bw.isChecked(),
                          lang=self.lang.currentData(),
                          sections=tuple(k for k, b in self.sections.items() if b.isChecked()),
                          comments=self.comments.isChecked())

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
        if self.out_row.refused(self.source, self.tr("Export PDF")):
            return False
        if not out.exists() or self.out_row.confirmed == str(out):
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
    translate = QCoreApplication.translate  # called with its context, so lupdate sees it
    fields = {"episodes": translate("ExportPdfDialog", "Episodes"),
              "sections": translate("ExportPdfDialog", "Sections"),
              "panels": translate("ExportPdfDialog", "Panels per page"),
              "paper": translate("ExportPdfDialog", "Paper"),
              "orientation": translate("ExportPdfDialog", "Orientation"),
              "variants": translate("ExportPdfDialog", "Variants"),
              "lang": translate("ExportPdfDialog", "Label language")}
    p = e.params
    if e.code == "empty":
        problem = translate("ExportPdfDialog",
                            "empty; type e.g. 1-10 or 1-3, 7, or leave it blank for all")
    elif e.code == "not_a_range":
        problem = translate("ExportPdfDialog",
                            "%1 is not a number or a range like 1-3").replace("%1", p["part"])
    elif e.code == "bad_range":
        problem = translate("ExportPdfDialog",
                            "%1 is not a valid range (1 to %2, low to high)").replace(
            "%1", p["part"]).replace("%2", str(p["max"]))
    elif e.code == "no_match":
        have = ", ".join(str(ep.number) for ep in project.ordered_episodes()[:20])
        problem = (translate("ExportPdfDialog",
                             "no episode matches; this series has episodes %1").replace("%1", have)
                   if have else translate("ExportPdfDialog", "this series has no episodes"))
    elif e.code == "none_chosen":
        problem = translate("ExportPdfDialog", "tick at least one")
    else:
        problem = e.problem
    field_name = fields.get(e.option, e.option)
    return translate("ExportPdfDialog", "%1: %2").replace("%1", field_name).replace("%2", problem)
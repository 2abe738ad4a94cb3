"""The editor's main window: wires the document, selection, findings, docks and actions."""
from __future__ import annotations

import os

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from ..core.errors import BeatBoardError
from ..core.model import Project
from ..core.recovery import document_key
from ..edit import Document, SetField
from ..rules import counts
from .actions import EditorActions
from .autosave import AutosaveWarning, Autosaver
from .disk_guard import DiskGuard
from .docks import Docks
from .files import FileController
from .history import retitle_all
from .findings_hub import FindingsHub
from .i18n import current_language, effective_language, finding_language, install_language
from .lock_guard import LockGuard
from .palettes import apply_theme
from .recent import RecentFiles
from .recovery_dialog import RecoveryDialog
from .selection import Selection
from .settings import Settings
from .shell import STATUS_TIMEOUT_MS
from .undo import UndoController


class MainWindow(QMainWindow):
    def __init__(self, document: Document | None = None, settings: Settings | None = None):
        super().__init__()
        self.settings = settings or Settings()
        self.language = effective_language(self.settings.get("ui/language"))
        self.finding_lang = finding_language(self.language)
        self.controller = UndoController(document or Document(Project()), self)
        self.selection = Selection(self)
        self.findings = FindingsHub(self.controller, self)
        self.recent = RecentFiles(self.settings)
        self.files = FileController(self, self.controller, self.settings, self.recent)
        self.autosaver = Autosaver(self.files, self.settings, self)
        self.disk_guard = DiskGuard(self, self.files)
        self.lock_guard = LockGuard(self, self.files, self.autosaver.store.registry)
        self._later: set = set()  # recovery files the user left for later this session
        self.files.offer_recovery_for = lambda path: self.offer_recovery(original=path)
        self.docks = Docks(self)
        self.canvas = self.docks.canvas
        self.canvas.set_finding_language(self.finding_lang)
        self.inspector = self.docks.inspector
        self.autosaver.flush_pending = self.inspector.commit_pending
        self.acts = EditorActions(self)
        self.acts.build_menus(self)
        from .player.integration import PlayerIntegration
        self.player = PlayerIntegration(self)
        from .audience.integration import AudienceIntegration
        self.audience = AudienceIntegration(self)
        from .versions import VersionsIntegration
        self.versions = VersionsIntegration(self)
        from .comments.integration import CommentsIntegration
        self.comments = CommentsIntegration(self)
        self.acts.light.setChecked(self.settings.get("ui/theme") != "dark")
        self.acts.dark.setChecked(self.settings.get("ui/theme") == "dark")
        self.summary = QLabel(self)
        self.autosave_warning = AutosaveWarning(self.autosaver, self.files, self)
        self.statusBar().addPermanentWidget(self.autosave_warning)
        self.statusBar().addPermanentWidget(self.summary)
        self.findings.updated.connect(lambda _f: self.update_summary())

        self.controller.refused.connect(self.show_problem)
        self.controller.changed.connect(self._on_changed)
        self.controller.documentReplaced.connect(self._on_document_replaced)
        self.files.modifiedChanged.connect(lambda _m: self.update_title())
        self.files.pathChanged.connect(self.update_title)
        self.files.saved.connect(lambda _p: self.findings.check_assets())
        self.files.saved.connect(lambda p: self.statusBar().showMessage(
            self.tr("Saved %1").replace("%1", p), STATUS_TIMEOUT_MS))
        self.inspector.problem.connect(self.show_problem)
        self.findings.profileProblem.connect(self.show_problem)
        self._on_document_replaced()
        self.update_summary()
        self._apply_view_theme(self.settings.get("ui/theme") == "dark")
        if self.canvas is not None and hasattr(self.canvas, "beatActivated"):
            self.canvas.beatActivated.connect(self.focus_inspector)
            self.canvas.panelActivated.connect(self.open_panel)
            self.inspector.beat_form.title.returnPressed.connect(self._title_returned)
        self.inspector.panel_form.drawRequested.connect(self.open_panel)
        self.docks.board.panelActivated.connect(self.open_panel)
        if self.canvas is not None and hasattr(self.canvas, "set_thumbnail_height"):
            self.canvas.set_thumbnail_height(self.settings.get("canvas/thumbnail_height"))
            self.canvas.thumbnailHeightChanged.connect(
                lambda h: self.settings.set("canvas/thumbnail_height", h))
        self.resize(1440, 900)
        geometry = self.settings.get("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.get("window/state")
        if not state.isEmpty():
            self.restoreState(state)

    # --- state shown in the chrome ---------------------------------------------------
    def update_title(self) -> None:
        self.setWindowTitle(f"{self.files.display_name()}[*] — BeatBoard")
        self.setWindowModified(self.files.is_modified())

    def update_summary(self) -> None:
        c = counts(self.findings.findings)
        self.summary.setText(self.tr("%1 episodes   ✕ %2   ⚠ %3").replace(
            "%1", str(len(self.controller.project.episodes))).replace(
            "%2", str(c["error"])).replace("%3", str(c["warning"])))

    def show_problem(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def _on_changed(self, change) -> None:
        if change.series:
            series = self.controller.project.series
            self.acts.sync_series(series.profile, series.genre)

    def _on_document_replaced(self) -> None:
        project = self.controller.project
        eps = project.ordered_episodes()
        self.selection.set_episode(eps[0].id if eps else "")
        if hasattr(self, "acts"):
            self.acts.sync_series(project.series.profile, project.series.genre)
        self.update_title()
        if self.canvas is not None:
            self.canvas.show_start()

    def canvas_call(self, name: str, *args):
        """Forward an Edit/View action to the canvas (absent while it is being built)."""
        method = getattr(self.canvas, name, None)
        if method is None:
            self.show_problem(self.tr("The beat canvas is not available."))
            return None
        self.inspector.commit_pending()
        return method(*args)

    # --- series commands -------------------------------------------------------------
    def set_series_field(self, path: str, value) -> None:
        if getattr(self.controller.project.series, path) != value:
            self.controller.push(SetField.series(path, value))

    def set_paywall_here(self) -> None:
        ep = self.controller.project.episode(self.selection.episode_id)
        if ep is not None:
            self.set_series_field("paywall_after", ep.id)

    def clear_paywall(self) -> None:
        self.set_series_field("paywall_after", None)

    def show_series_board(self):
        """The series board in its own window (made on first use), raised."""
        if getattr(self, "series_board", None) is None:
            from .series_board import SeriesBoard
            self.series_board = SeriesBoard(self.controller, self.selection, self.findings, self)
            self.series_board.setWindowFlag(Qt.Window)
            self.series_board.resize(1400, 860)
        self.series_board.show()
        self.series_board.raise_()
        return self.series_board

    # --- dialogs ---------------------------------------------------------------------
    def new_from_skeleton(self) -> None:
        from .new_dialog import NewSeriesDialog
        if not self.files.maybe_save():
            return
        dialog = NewSeriesDialog(self.language, self)
        if dialog.exec() and dialog.project is not None:
            self.files.replace_document(Document(dialog.project))

    def import_script(self) -> None:
        from .import_dialog import (ask_episode_marker, ask_script_beats, choose_script,
                                    import_in_background)
        if not self.files.maybe_save():
            return
        path = choose_script(self, self.settings.get("files/last_dir"))
        if not path:
            return
        marker = ask_episode_marker(self)
        if marker is None:
            return
        from ..interchange.episode_marker import EpisodeMarker, MarkerError
        try:
            EpisodeMarker(marker or None)
        except MarkerError as e:  # said here, in the dialog's words, not the CLI's flag
            QMessageBox.warning(self, self.tr("Cannot import the script"), self.tr(
                "Episode headings: not a valid regular expression (%1)").replace("%1", e.detail))
            return
        beats = ask_script_beats(self, self.settings.get("import/beats"))
        if beats is None:
            return
        self.settings.set("import/beats", beats)
        ok, result = import_in_background(self, path, marker, beats=beats)
        if not ok:
            QMessageBox.critical(self, self.tr("Cannot import the script"), result)
            return
        if result is None:  # cancelled: the open document stays as it was
            self.statusBar().showMessage(self.tr("Import cancelled"), STATUS_TIMEOUT_MS)
            return
        # An imported script is a new, unsaved project.
        self.files.replace_document(Document(result), modified=True)
        self.statusBar().showMessage(self.tr("Imported %1 episodes from %2").replace(
            "%1", str(len(result.episodes))).replace("%2", os.path.basename(path)),
            STATUS_TIMEOUT_MS)

    def update_from_script(self) -> None:
        from .import_dialog import choose_script
        from .resync_dialog import update_from_script
        self.inspector.commit_pending()
        path = choose_script(self, self.settings.get("files/last_dir"))
        if path:
            update_from_script(self, path)

    def export_pdf(self) -> None:
        from .export_dialog import ExportPdfDialog
        self.inspector.commit_pending()
        dialog = ExportPdfDialog(self.controller.project, self.controller.document.path,
                                 self.finding_lang, self)
        if dialog.exec():
            self.statusBar().showMessage(dialog.result_text, STATUS_TIMEOUT_MS)

    def show_preferences(self) -> None:
        from .preferences import PreferencesDialog
        dialog = PreferencesDialog(self.settings, self)
        if dialog.exec():
            dialog.apply()
            self.set_theme(self.settings.get("ui/theme"))
            self.autosaver.set_interval(self.settings.get("autosave/interval_s"))
            self.set_language(effective_language(self.settings.get("ui/language")))

    def set_language(self, language: str) -> None:
        """Switch the UI language now: every widget hears LanguageChange and retranslates."""
        if language != self.language:
            install_language(QApplication.instance(), language)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange and hasattr(self, "acts"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """What the window itself shows; docks and panels retranslate on the same event."""
        self.language = current_language()
        self.finding_lang = finding_language(self.language)
        retitle_all(self.controller.stack)  # before the Undo/Redo texts quote them
        self.acts.retranslate()
        self.docks.retranslate()
        self.audience.retranslate()
        self.versions.retranslate()
        self.comments.retranslate()
        if self.canvas is not None:
            self.canvas.set_finding_language(self.finding_lang)
        self.docks.findings_panel.set_language(self.finding_lang)
        self.update_title()
        self.update_summary()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About BeatBoard"), self.tr(
            "<b>BeatBoard</b><br>Storyboard and emotion-beat editor for vertical "
            "micro-short dramas."))

    def set_theme(self, theme: str) -> None:
        self.settings.set("ui/theme", theme)
        apply_theme(QApplication.instance(), theme)
        (self.acts.dark if theme == "dark" else self.acts.light).setChecked(True)
        self._apply_view_theme(theme == "dark")
        self.docks.navigator.update_status()
        self.docks.findings_panel.refresh()

    def _apply_view_theme(self, dark: bool) -> None:
        for view in (self.canvas, self.docks.board, self.docks.curve, self.docks.strip):
            if view is not None and hasattr(view, "set_dark"):
                view.set_dark(dark)

    def open_current_panel(self) -> None:
        cur = self.selection.current_panel
        if cur is None:
            self.show_problem(self.tr("Select a panel first (click a thumbnail)."))
            return
        self.open_panel(*cur)

    def open_panel(self, beat_id: str, panel_id: str) -> None:
        """The sketch pad on a panel (one window, reused; strokes go to the same history)."""
        from .sketchpad.dialog import SketchPadDialog
        self.inspector.commit_pending()
        pad = getattr(self, "sketch_pad", None)
        if pad is None:
            pad = self.sketch_pad = SketchPadDialog(self.controller, self.selection, self,
                                                    save_as=self.files.save_as)
        pad.open_panel(self.selection.episode_id, beat_id, panel_id)
        pad.show()
        pad.raise_()
        pad.activateWindow()

    def import_images(self) -> None:
        from PySide6.QtWidgets import QFileDialog
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import Images into Episode"), str(self.controller.document.base_dir or ""))
        if folder:
            self.canvas_call("import_images", folder)

    def focus_inspector(self, _beat_id: str = "") -> None:
        """A double-click, Return or F2 on a card: the inspector's title, ready to edit.
        Return there commits and hands the keyboard back to the canvas."""
        self.docks.inspector_dock.show()
        self.docks.inspector_dock.raise_()
        if self.inspector.pages.currentWidget() is self.inspector.beat_form:
            title = self.inspector.beat_form.title
            self._title_from_canvas = self.canvas is not None and self.canvas.hasFocus()
            title.setFocus()
            title.selectAll()

    def _title_returned(self) -> None:
        if getattr(self, "_title_from_canvas", False):
            self._title_from_canvas = False
            self.canvas.setFocus()

    def edit_beat_title(self) -> None:
        """F2: edit the title of the one selected beat."""
        if len(self.selection.beat_ids) == 1:
            self.focus_inspector(self.selection.beat_ids[0])
        else:
            self.show_problem(self.tr("Select one beat to edit its title."))

    def fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        paths = self.recent.paths()
        for i, path in enumerate(paths, 1):
            act = QAction(f"&{i % 10} {os.path.basename(path)}", menu)
            act.setToolTip(path)
            act.setStatusTip(path)
            act.triggered.connect(lambda _c=False, p=path: self.files.open_path(p))
            menu.addAction(act)
        if not paths:
            empty = menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear List"), self.recent.clear)

    # --- recovery and closing ----------------------------------------------------------
    def offer_recovery(self, original: str | None = None) -> bool:
        """Offer autosaves left by editors that are gone (only those of ``original``, when
        a file is being opened); True if one was opened."""
        for _ in range(100):  # each answer but Compare and Discard ends the dialog
            entries = self.autosaver.recoverable()
            if original is not None:
                key = document_key(original)
                entries = [e for e in entries if e.data_path not in self._later
                           and e.original and document_key(e.original) == key]
            if not entries:
                return False
            dialog = RecoveryDialog(entries, self)
            dialog.exec()
            entry = dialog.selected()
            if entry is None or dialog.choice == "later":
                self._later.update(e.data_path for e in entries)  # not again on Open
                return False
            if dialog.choice == "discard":
                entry.discard()
            elif dialog.choice == "compare":
                from .compare import compare_recovery_entry
                compare_recovery_entry(self, entry)
            else:
                return self._recover(entry, keep_both=dialog.choice == "keep-both")
        return False

    def _recover(self, entry, keep_both: bool) -> bool:
        try:
            if keep_both:
                copy = entry.keep_both()
            else:
                document = Document(entry.project(), entry.original or None)
        except BeatBoardError as e:  # a damaged recovery file must not stop start-up
            QMessageBox.critical(self, self.tr("Cannot recover"), str(e))
            return False
        if keep_both:
            opened = self.files.open_path(str(copy), ask=False)
            self.statusBar().showMessage(self.tr("Saved the recovered work as %1").replace(
                "%1", str(copy)), STATUS_TIMEOUT_MS)
            return opened
        self.files.replace_document(document, modified=True)
        self.autosaver.adopt(entry)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.inspector.commit_pending()
        if not self.files.maybe_save():
            event.ignore()
            return
        self.autosaver.end_session()
        self.lock_guard.release()
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/state", self.saveState())
        self.settings.sync()
        event.accept()

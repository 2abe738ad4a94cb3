"""The main window's actions and menus (File, Edit, View, Series, Help)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu

from ..core.vocab import GENRES, LinkKind
from ..rules import BUILTIN_PROFILES
from .inspector_meta import genre_label

if TYPE_CHECKING:
    from .main_window import MainWindow


class EditorActions(QObject):
    def __init__(self, win: "MainWindow"):
        super().__init__(win)
        self.win = win
        files, stack = win.files, win.controller.stack
        a = self._action
        # File
        self.new = a(self.tr("&New"), lambda: files.new_document(), QKeySequence.New,
                     "document-new")
        self.new_skeleton = a(self.tr("New from &Genre Skeleton…"), win.new_from_skeleton,
                              QKeySequence("Ctrl+Shift+N"))
        self.open = a(self.tr("&Open…"), files.open_dialog, QKeySequence.Open, "document-open")
        # Saving first finishes a half-typed inspector field, so the file has it.
        self.save = a(self.tr("&Save"), lambda: win.inspector.commit_pending() or files.save(),
                      QKeySequence.Save, "document-save")
        self.save_as = a(self.tr("Save &As…"),
                         lambda: win.inspector.commit_pending() or files.save_as(),
                         QKeySequence.SaveAs, "document-save-as")
        self.import_script = a(self.tr("&Import Script (Fountain, Final Draft)…"),
                               win.import_script)
        self.update_from_script = a(self.tr("&Update from Script…"), win.update_from_script)
        self.export_pdf = a(self.tr("&Export PDF Boards…"), win.export_pdf,
                            QKeySequence("Ctrl+E"))
        self.quit = a(self.tr("&Quit"), win.close, QKeySequence.Quit, "application-exit")
        # Edit
        # Own undo/redo actions (not QUndoStack's) so a half-typed inspector field is
        # committed first and then undone, instead of silently dropped.
        self.undo = a(self.tr("&Undo"), lambda: win.inspector.commit_pending() or stack.undo(),
                      QKeySequence.Undo, "edit-undo")
        self.redo = a(self.tr("&Redo"), lambda: win.inspector.commit_pending() or stack.redo(),
                      QKeySequence.Redo, "edit-redo")
        self._undo_prefix, self._redo_prefix = self.undo.text(), self.redo.text()
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.undoTextChanged.connect(
            lambda t: self.undo.setText(f"{self._undo_prefix} {t}".strip()))
        stack.redoTextChanged.connect(
            lambda t: self.redo.setText(f"{self._redo_prefix} {t}".strip()))
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())
        canvas = win.canvas_call
        self.cut = a(self.tr("Cu&t"), lambda: canvas("copy_selected") and canvas("delete_selected"),
                     QKeySequence.Cut, "edit-cut")
        self.copy = a(self.tr("&Copy"), lambda: canvas("copy_selected"), QKeySequence.Copy,
                      "edit-copy")
        self.paste = a(self.tr("&Paste"), lambda: canvas("paste"), QKeySequence.Paste,
                       "edit-paste")
        self.delete = a(self.tr("&Delete"), lambda: canvas("delete_selected"),
                        QKeySequence.Delete, "edit-delete")
        self.select_all = a(self.tr("Select &All"), lambda: canvas("select_all"),
                            QKeySequence.SelectAll)
        self.add_beat = a(self.tr("Add &Beat"), lambda: canvas("add_beat"), QKeySequence("N"),
                          "list-add")
        self.duplicate_variant = a(self.tr("Duplicate as &Variant"),
                                   lambda: canvas("duplicate_selected_as_variant"),
                                   QKeySequence("Ctrl+D"))
        self.link_next = a(self.tr("Link as &Next"), lambda: canvas("link_selected", LinkKind.NEXT),
                           QKeySequence("Ctrl+L"))
        self.link_variant = a(self.tr("Link as V&ariant"),
                              lambda: canvas("link_selected", LinkKind.VARIANT),
                              QKeySequence("Ctrl+Shift+L"))
        self.link_choice = a(self.tr("Link as &Choice"),
                             lambda: canvas("link_selected", LinkKind.CHOICE))
        self.preferences = a(self.tr("&Preferences…"), win.show_preferences,
                             QKeySequence.Preferences)
        # View
        self.zoom_in = a(self.tr("Zoom &In"), lambda: canvas("zoom_in"), QKeySequence.ZoomIn,
                         "zoom-in")
        self.zoom_out = a(self.tr("Zoom &Out"), lambda: canvas("zoom_out"), QKeySequence.ZoomOut,
                          "zoom-out")
        self.fit = a(self.tr("&Fit Episode"), lambda: canvas("fit"), QKeySequence("F"),
                     "zoom-fit-best")
        self.series_board = a(self.tr("Series &Board"), win.show_series_board,
                              QKeySequence("Ctrl+Shift+B"))
        self.themes = QActionGroup(self)
        self.light = a(self.tr("&Light Theme"), lambda: win.set_theme("light"))
        self.dark = a(self.tr("&Dark Theme"), lambda: win.set_theme("dark"))
        for t in (self.light, self.dark):
            t.setCheckable(True)
            self.themes.addAction(t)
        # Series
        self.paywall_here = a(self.tr("Set &Paywall After Current Episode"), win.set_paywall_here)
        self.paywall_clear = a(self.tr("&Clear Paywall"), win.clear_paywall)
        self.profiles = QActionGroup(self)
        self.profile_actions: dict[str, QAction] = {}
        for pid, profile in BUILTIN_PROFILES.items():
            act = a(profile.name or pid, lambda _c=False, pid=pid: win.set_series_field(
                "profile", pid))
            act.setCheckable(True)
            self.profiles.addAction(act)
            self.profile_actions[pid] = act
        self.genres = QActionGroup(self)
        self.genre_actions: dict[str, QAction] = {}
        for g in GENRES:
            act = a(genre_label(g), lambda _c=False, g=g: win.set_series_field("genre", g))
            act.setCheckable(True)
            self.genres.addAction(act)
            self.genre_actions[g] = act
        self.about = a(self.tr("&About BeatBoard"), win.show_about)

    def _action(self, text: str, slot, shortcut=None, icon: str = "") -> QAction:
        act = QAction(QIcon.fromTheme(icon) if icon else QIcon(), text, self.win)
        if shortcut is not None:
            act.setShortcut(shortcut)
        act.triggered.connect(lambda _checked=False: slot())
        self.win.addAction(act)  # shortcuts work even when the menu bar is hidden
        return act

    def sync_series(self, profile: str, genre: str) -> None:
        for pid, act in self.profile_actions.items():
            act.setChecked(pid == profile)
        for g, act in self.genre_actions.items():
            act.setChecked(g == genre)

    def build_menus(self, win: "MainWindow") -> None:
        bar = win.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new, self.new_skeleton, self.open])
        win.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        win.recent_menu.aboutToShow.connect(win.fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as])
        file_menu.addSeparator()
        file_menu.addActions([self.import_script, self.update_from_script, self.export_pdf])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.cut, self.copy, self.paste, self.delete, self.select_all])
        edit.addSeparator()
        edit.addActions([self.add_beat, self.duplicate_variant])
        link = edit.addMenu(self.tr("&Link Selected Beats"))
        link.addActions([self.link_next, self.link_variant, self.link_choice])
        edit.addSeparator()
        edit.addAction(self.preferences)

        view = bar.addMenu(self.tr("&View"))
        view.addActions([self.zoom_in, self.zoom_out, self.fit])
        view.addSeparator()
        view.addAction(self.series_board)
        view.addSeparator()
        for dock in win.docks.all():
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        view.addActions([self.light, self.dark])

        series = bar.addMenu(self.tr("&Series"))
        profile_menu: QMenu = series.addMenu(self.tr("Rule &Profile"))
        profile_menu.addActions(list(self.profile_actions.values()))
        genre_menu: QMenu = series.addMenu(self.tr("&Genre"))
        genre_menu.addActions(list(self.genre_actions.values()))
        series.addActions([self.paywall_here, self.paywall_clear])
        series.addSeparator()
        series.addActions(win.docks.navigator.actions_.all())

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about)
        win.menus = {"file": file_menu, "edit": edit, "view": view, "series": series,
                     "help": help_menu}

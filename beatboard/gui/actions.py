"""The main window's actions and menus (File, Edit, Panel, View, Series, Help)."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QMenu

from ..core.vocab import GENRES, LinkKind
from ..core.vocab_labels import label
from ..rules import BUILTIN_PROFILES
from .editorial_dialog import show_export_editorial
from .frames_dialog import show_export_frames
from .retime_dialog import show_update_timing
from .i18n import ui_language
from .shell import EditorShell


def standard_keys(standard: QKeySequence.StandardKey, *fallbacks: str) -> list[QKeySequence]:
    """The platform's keys for a standard action, then fallbacks it lacks (the first is the
    one menus show). Some platforms bind nothing for e.g. Preferences."""
    keys = list(QKeySequence.keyBindings(standard))
    for text in fallbacks:
        key = QKeySequence(text)
        if key not in keys:
            keys.append(key)
    return keys


def redo_keys() -> list[QKeySequence]:
    """Redo: the platform's keys, plus both conventions outside macOS (Ctrl+Shift+Z and
    Ctrl+Y), since users bring their habits from other editors."""
    if sys.platform == "darwin":
        return standard_keys(QKeySequence.Redo)
    return standard_keys(QKeySequence.Redo, "Ctrl+Shift+Z", "Ctrl+Y")


class EditorActions(QObject):
    def __init__(self, win: EditorShell):
        super().__init__(win)
        self.win = win
        files, stack = win.files, win.controller.stack
        a = self._action
        texts = self._texts()
        # File
        self.new = a(texts["new"], lambda: files.new_document(), QKeySequence.New,
                     "document-new")
        self.new_skeleton = a(texts["new_skeleton"], win.new_from_skeleton,
                              QKeySequence("Ctrl+Shift+N"))
        self.open = a(texts["open"], files.open_dialog, QKeySequence.Open, "document-open")
        # Saving first finishes a half-typed inspector field, so the file has it.
        self.save = a(texts["save"], lambda: win.inspector.commit_pending() or files.save(),
                      QKeySequence.Save, "document-save")
        self.save_as = a(texts["save_as"],
                         lambda: win.inspector.commit_pending() or files.save_as(),
                         QKeySequence.SaveAs, "document-save-as")
        self.import_script = a(texts["import_script"],
                               win.import_script)
        self.update_from_script = a(texts["update_from_script"], win.update_from_script)
        self.update_timing = a(texts["update_timing"], lambda: show_update_timing(win))
        self.export_pdf = a(texts["export_pdf"], win.export_pdf,
                            QKeySequence("Ctrl+E"))
        self.export_frames = a(texts["export_frames"], lambda: show_export_frames(win))
        self.export_editorial = a(texts["export_editorial"], lambda: show_export_editorial(win))
        self.quit = a(texts["quit"], win.close, QKeySequence.Quit, "application-exit")
        # Edit
        # Own undo/redo actions (not QUndoStack's) so a half-typed inspector field is
        # committed first and then undone, instead of silently dropped.
        self.undo = a(texts["undo"], lambda: win.inspector.commit_pending() or stack.undo(),
                      QKeySequence.Undo, "edit-undo")
        self.redo = a(texts["redo"], lambda: win.inspector.commit_pending() or stack.redo(),
                      redo_keys(), "edit-redo")
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
        self.cut = a(texts["cut"], lambda: canvas("copy_selected") and canvas("delete_selected"),
                     QKeySequence.Cut, "edit-cut")
        self.copy = a(texts["copy"], lambda: canvas("copy_selected"), QKeySequence.Copy,
                      "edit-copy")
        self.paste = a(texts["paste"], lambda: canvas("paste"), QKeySequence.Paste,
                       "edit-paste")
        self.delete = a(texts["delete"], lambda: canvas("delete_selected"),
                        QKeySequence.Delete, "edit-delete")
        self.select_all = a(texts["select_all"], lambda: canvas("select_all"),
                            QKeySequence.SelectAll)
        self.add_beat = a(texts["add_beat"], lambda: canvas("add_beat"), QKeySequence("N"),
                          "list-add")
        self.duplicate_variant = a(texts["duplicate_variant"],
                                   lambda: canvas("duplicate_selected_as_variant"),
                                   QKeySequence("Ctrl+D"))
        self.split_beat = a(texts["split_beat"], lambda: canvas("split_beat"),
                            QKeySequence("Ctrl+Alt+K"))
        self.link_next = a(texts["link_next"], lambda: canvas("link_selected", LinkKind.NEXT),
                           QKeySequence("Ctrl+L"))
        self.link_variant = a(texts["link_variant"],
                              lambda: canvas("link_selected", LinkKind.VARIANT),
                              QKeySequence("Ctrl+Shift+L"))
        self.link_choice = a(texts["link_choice"],
                             lambda: canvas("link_selected", LinkKind.CHOICE))
        # Panels: Ctrl+Shift for strip edits, Ctrl+Alt+arrows move, Alt+Shift+arrows walk
        # (Alt+arrows alone move the selected beats along the main line).
        self.add_panel = a(texts["add_panel"], lambda: canvas("add_panel"),
                           QKeySequence("Ctrl+Shift+P"))
        self.duplicate_panel = a(texts["duplicate_panel"], lambda: canvas("duplicate_panel"),
                                 QKeySequence("Ctrl+Shift+D"))
        self.split_panel = a(texts["split_panel"], lambda: canvas("split_panel"),
                             QKeySequence("Ctrl+Shift+K"))
        self.remove_panel = a(texts["remove_panel"], lambda: canvas("remove_panel"),
                              QKeySequence("Ctrl+Shift+Del"))
        self.move_panel_left = a(texts["move_panel_left"], lambda: canvas("move_panel_step", -1),
                                 QKeySequence("Ctrl+Alt+Left"))
        self.move_panel_right = a(texts["move_panel_right"],
                                  lambda: canvas("move_panel_step", 1),
                                  QKeySequence("Ctrl+Alt+Right"))
        self.prev_panel = a(texts["prev_panel"], lambda: canvas("select_panel_step", -1),
                            QKeySequence("Alt+Shift+Left"))
        self.next_panel = a(texts["next_panel"], lambda: canvas("select_panel_step", 1),
                            QKeySequence("Alt+Shift+Right"))
        self.open_panel = a(texts["open_panel"], win.open_current_panel)
        self.import_images = a(texts["import_images"], win.import_images,
                               QKeySequence("Ctrl+Shift+I"))
        self.preferences = a(texts["preferences"], win.show_preferences,
                             standard_keys(QKeySequence.Preferences, "Ctrl+,"))
        self.edit_title = a(texts["edit_title"], win.edit_beat_title,
                            QKeySequence(Qt.Key_F2))
        # View
        self.zoom_in = a(texts["zoom_in"], lambda: canvas("zoom_in"), QKeySequence.ZoomIn,
                         "zoom-in")
        self.zoom_out = a(texts["zoom_out"], lambda: canvas("zoom_out"), QKeySequence.ZoomOut,
                          "zoom-out")
        self.fit = a(texts["fit"], lambda: canvas("fit"), QKeySequence("F"),
                     "zoom-fit-best")
        self.larger_filmstrips = a(texts["larger_filmstrips"],
                                   lambda: canvas("larger_filmstrips"), QKeySequence("Ctrl+]"))
        self.smaller_filmstrips = a(texts["smaller_filmstrips"],
                                    lambda: canvas("smaller_filmstrips"), QKeySequence("Ctrl+["))
        self.board_view = a(texts["board_view"], lambda: win.docks.show_board(self.board_view.isChecked()),
                            QKeySequence("Ctrl+B"))
        self.board_view.setCheckable(True)
        self.series_board = a(texts["series_board"], win.show_series_board,
                              QKeySequence("Ctrl+Shift+B"))
        self.themes = QActionGroup(self)
        self.light = a(texts["light"], lambda: win.set_theme("light"))
        self.dark = a(texts["dark"], lambda: win.set_theme("dark"))
        for t in (self.light, self.dark):
            t.setCheckable(True)
            self.themes.addAction(t)
        # Series
        self.paywall_here = a(texts["paywall_here"], win.set_paywall_here)
        self.paywall_clear = a(texts["paywall_clear"], win.clear_paywall)
        self.profiles = QActionGroup(self)
        self.profile_actions: dict[str, QAction] = {}
        for pid in BUILTIN_PROFILES:
            act = a(label("profile", pid, ui_language()),
                    lambda _c=False, pid=pid: win.set_series_field("profile", pid))
            act.setCheckable(True)
            self.profiles.addAction(act)
            self.profile_actions[pid] = act
        self.genres = QActionGroup(self)
        self.genre_actions: dict[str, QAction] = {}
        for g in GENRES:
            act = a(label("genre", g, ui_language()),
                    lambda _c=False, g=g: win.set_series_field("genre", g))
            act.setCheckable(True)
            self.genres.addAction(act)
            self.genre_actions[g] = act
        self.about = a(texts["about"], win.show_about)

    def _texts(self) -> dict[str, str]:
        """Action texts in the UI language (called again when the language changes)."""
        return {
            "new": self.tr("&New"),
            "new_skeleton": self.tr("New from &Genre Skeleton…"),
            "open": self.tr("&Open…"),
            "save": self.tr("&Save"),
            "save_as": self.tr("Save &As…"),
            "import_script": self.tr("&Import Script (Fountain, Final Draft)…"),
            "export_pdf": self.tr("&Export PDF Boards…"),
            "export_frames": self.tr("Export &Frames…"),
            "export_editorial": self.tr("Export for E&diting…"),
            "update_from_script": self.tr("&Update from Script…"),
            "update_timing": self.tr("Update &Timing from Edit…"),
            "series_board": self.tr("Series &Board"),
            "quit": self.tr("&Quit"),
            "undo": self.tr("&Undo"),
            "redo": self.tr("&Redo"),
            "cut": self.tr("Cu&t"),
            "copy": self.tr("&Copy"),
            "paste": self.tr("&Paste"),
            "delete": self.tr("&Delete"),
            "select_all": self.tr("Select &All"),
            "add_beat": self.tr("Add &Beat"),
            "duplicate_variant": self.tr("Duplicate as &Variant"),
            "split_beat": self.tr("Split Beat at &Panel"),
            "link_next": self.tr("Link as &Next"),
            "link_variant": self.tr("Link as V&ariant"),
            "link_choice": self.tr("Link as &Choice"),
            "preferences": self.tr("&Preferences…"),
            "edit_title": self.tr("Edit Beat &Title"),
            "add_panel": self.tr("&Add Panel"),
            "duplicate_panel": self.tr("&Duplicate Panel"),
            "split_panel": self.tr("&Split Panel"),
            "remove_panel": self.tr("De&lete Panel"),
            "move_panel_left": self.tr("Move Panel &Left"),
            "move_panel_right": self.tr("Move Panel &Right"),
            "prev_panel": self.tr("&Previous Panel"),
            "next_panel": self.tr("&Next Panel"),
            "open_panel": self.tr("&Open Panel in Sketch Pad (Enter)"),
            "import_images": self.tr("&Import Images into Episode…"),
            "zoom_in": self.tr("Zoom &In"),
            "zoom_out": self.tr("Zoom &Out"),
            "fit": self.tr("&Fit Episode"),
            "larger_filmstrips": self.tr("&Larger Filmstrips"),
            "smaller_filmstrips": self.tr("S&maller Filmstrips"),
            "board_view": self.tr("&Board View"),
            "light": self.tr("&Light Theme"),
            "dark": self.tr("&Dark Theme"),
            "paywall_here": self.tr("Set &Paywall After Current Episode"),
            "paywall_clear": self.tr("&Clear Paywall"),
            "about": self.tr("&About BeatBoard"),
        }

    def _menu_titles(self) -> dict[str, str]:
        return {"file": self.tr("&File"), "recent": self.tr("Open &Recent"),
                "edit": self.tr("&Edit"), "link": self.tr("&Link Selected Beats"),
                "panel": self.tr("Pa&nel"),
                "view": self.tr("&View"), "series": self.tr("&Series"),
                "profile": self.tr("Rule &Profile"), "genre": self.tr("&Genre"),
                "help": self.tr("&Help")}

    def retranslate(self) -> None:
        """Re-read every text in the UI language; shortcuts and state stay."""
        for name, text in self._texts().items():
            getattr(self, name).setText(text)
        stack = self.win.controller.stack
        self._undo_prefix, self._redo_prefix = self.undo.text(), self.redo.text()
        self.undo.setText(f"{self._undo_prefix} {stack.undoText()}".strip())
        self.redo.setText(f"{self._redo_prefix} {stack.redoText()}".strip())
        lang = ui_language()
        for pid, act in self.profile_actions.items():
            act.setText(label("profile", pid, lang))
        for g, act in self.genre_actions.items():
            act.setText(label("genre", g, lang))
        titles = self._menu_titles()
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])

    def _action(self, text: str, slot, shortcut=None, icon: str = "") -> QAction:
        act = QAction(QIcon.fromTheme(icon) if icon else QIcon(), text, self.win)
        if isinstance(shortcut, list):
            act.setShortcuts(shortcut)
        elif shortcut is not None:
            act.setShortcut(shortcut)
        act.triggered.connect(lambda _checked=False: slot())
        self.win.addAction(act)  # shortcuts work even when the menu bar is hidden
        return act

    def sync_series(self, profile: str, genre: str) -> None:
        for pid, act in self.profile_actions.items():
            act.setChecked(pid == profile)
        for g, act in self.genre_actions.items():
            act.setChecked(g == genre)

    def build_menus(self, win: EditorShell) -> None:
        t = self._menu_titles()
        bar = win.menuBar()
        file_menu = bar.addMenu(t["file"])
        file_menu.addActions([self.new, self.new_skeleton, self.open])
        win.recent_menu = file_menu.addMenu(t["recent"])
        win.recent_menu.aboutToShow.connect(win.fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as])
        file_menu.addSeparator()
        file_menu.addActions([self.import_script, self.update_from_script, self.update_timing,
                              self.export_pdf, self.export_frames, self.export_editorial])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit = bar.addMenu(t["edit"])
        edit.addActions([self.undo, self.redo])
        edit.addSeparator()
        edit.addActions([self.cut, self.copy, self.paste, self.delete, self.select_all])
        edit.addSeparator()
        edit.addActions([self.add_beat, self.edit_title, self.duplicate_variant,
                         self.split_beat])
        link = edit.addMenu(t["link"])
        link.addActions([self.link_next, self.link_variant, self.link_choice])
        edit.addSeparator()
        edit.addAction(self.preferences)

        panel = bar.addMenu(t["panel"])
        panel.addActions([self.open_panel, self.add_panel, self.duplicate_panel,
                          self.split_panel, self.remove_panel])
        panel.addSeparator()
        panel.addActions([self.move_panel_left, self.move_panel_right, self.prev_panel,
                          self.next_panel])
        panel.addSeparator()
        panel.addAction(self.import_images)

        view = bar.addMenu(t["view"])
        view.addActions([self.zoom_in, self.zoom_out, self.fit])
        view.addActions([self.larger_filmstrips, self.smaller_filmstrips])
        view.addSeparator()
        view.addAction(self.board_view)
        view.addAction(self.series_board)
        view.addSeparator()
        for dock in win.docks.all():
            view.addAction(dock.toggleViewAction())
        view.addSeparator()
        view.addActions([self.light, self.dark])

        series = bar.addMenu(t["series"])
        profile_menu: QMenu = series.addMenu(t["profile"])
        profile_menu.addActions(list(self.profile_actions.values()))
        genre_menu: QMenu = series.addMenu(t["genre"])
        genre_menu.addActions(list(self.genre_actions.values()))
        series.addActions([self.paywall_here, self.paywall_clear])
        series.addSeparator()
        series.addActions(win.docks.navigator.actions_.all())

        help_menu = bar.addMenu(t["help"])
        help_menu.addAction(self.about)
        win.menus = {"file": file_menu, "edit": edit, "panel": panel, "view": view,
                     "series": series,
                     "help": help_menu}
        self.menus = {**win.menus, "recent": win.recent_menu, "link": link,
                      "profile": profile_menu, "genre": genre_menu}

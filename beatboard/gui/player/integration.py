"""Puts the animatic player into the main window: its dock, menu entries and the links
that keep the player, the emotion curve and the canvas on one playhead."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget

from .player_widget import AnimaticPlayer


class PlayerIntegration(QObject):
    def __init__(self, win):
        super().__init__(win)
        self.win = win
        self.player = AnimaticPlayer(win.controller, win.selection, win.findings)
        self.dock = QDockWidget(win)
        self.dock.setObjectName("dock-animatic")
        self.dock.setWidget(self.player)
        win.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        inspector = getattr(win.docks, "inspector_dock", None)
        if inspector is not None:
            win.tabifyDockWidget(inspector, self.dock)
            inspector.raise_()
        self.export_action = QAction(win)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.triggered.connect(self.export)
        self.play_action = QAction(win)
        self.play_action.setShortcut(QKeySequence("Ctrl+Space"))
        self.play_action.triggered.connect(self.play_from_here)
        win.addAction(self.export_action)
        win.addAction(self.play_action)
        self.retranslate()
        self.player.languageChanged.connect(self.retranslate)
        self._menus()
        curve = getattr(win.docks, "curve", None)
        if curve is not None and hasattr(curve, "set_playhead"):
            self.player.positionChanged.connect(self._curve_playhead)
            curve.seekRequested.connect(self._seek_from_curve)
        canvas = win.canvas
        if canvas is not None and hasattr(canvas, "set_playing_beat"):
            self.player.playingBeatChanged.connect(lambda _ep, beat: canvas.set_playing_beat(beat))

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Animatic"))
        self.export_action.setText(self.tr("Export &Animatic…"))
        self.play_action.setText(self.tr("&Play Animatic"))

    def _menus(self) -> None:
        menus = getattr(self.win, "menus", {})
        file_menu, view = menus.get("file"), menus.get("view")
        if file_menu is not None:
            actions = file_menu.actions()
            pdf = getattr(self.win.acts, "export_pdf", None)
            after = actions[actions.index(pdf) + 1] if pdf in actions else None
            file_menu.insertAction(after, self.export_action)
        if view is not None:
            view.addSeparator()
            view.addActions([self.dock.toggleViewAction(), self.play_action])

    def _curve_playhead(self, t: float) -> None:
        """The curve shows episode time: the player's time minus any title card."""
        curve = self.win.docks.curve
        tl = self.player.transport.timeline
        clip = tl.clips[tl.index_at(t)] if tl.clips else None
        if clip is None or clip.episode_id != self.win.selection.episode_id:
            curve.set_playhead(None)
            return
        start = next((c.start for c in tl.clips if c.episode_id == clip.episode_id
                      and not c.is_title), 0.0)
        curve.set_playhead(t - start)

    def _seek_from_curve(self, t: float) -> None:
        tl = self.player.transport.timeline
        start = next((c.start for c in tl.clips if not c.is_title), 0.0)
        self.dock.show()
        self.player.seek(start + t)

    def play_from_here(self) -> None:
        """Ctrl+Space: show the player and play from the selected beat (or the start)."""
        self.dock.show()
        self.dock.raise_()
        beat = self.win.selection.current_beat
        span = self.player.transport.timeline.clip_span(beat) if beat else None
        self.player.seek(span[0] if span else 0.0)
        self.player.toggle() if not self.player.transport.playing else None

    def export(self) -> None:
        from .export_dialog import AnimaticExportDialog
        win = self.win
        win.inspector.commit_pending()
        ep = win.controller.project.episode(win.selection.episode_id)
        dialog = AnimaticExportDialog(win.controller.project, win.controller.document.path,
                                      ep.number if ep is not None else None, win)
        if dialog.exec():
            win.statusBar().showMessage(dialog.result_text, 6000)

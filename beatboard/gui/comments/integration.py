"""Puts review comments into the main window: the Comments dock, Edit › Add Comment… and
Next Open Comment, and the approval choosers in the inspector."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel

from ...core.timeline import frame_at
from ...core.review import frame_pins, time_marks
from .approval import ApprovalChooser
from .panel import CommentsPanel

ADD_KEY = "Ctrl+Alt+M"
NEXT_KEY = "Ctrl+Alt+N"  # Ctrl+Shift+N is New From Skeleton


class CommentsIntegration(QObject):
    def __init__(self, win):
        super().__init__(win)
        self.win = win
        self.panel = CommentsPanel(win.controller, win.selection)
        self.dock = QDockWidget(win)
        self.dock.setObjectName("dock-comments")
        self.dock.setWidget(self.panel)
        win.addDockWidget(Qt.BottomDockWidgetArea, self.dock)
        findings = getattr(win.docks, "findings_dock", None)
        if findings is not None:
            win.tabifyDockWidget(findings, self.dock)
            win.docks.strip_dock.raise_()
            self.panel.set_on_screen(False)  # a tab behind the strip: filled when chosen
        self.dock.visibilityChanged.connect(self.panel.set_on_screen)
        self._open = 0
        self._pad = None  # the sketch pad, once hooked
        self.panel.countChanged.connect(self._count)
        self.add_action = QAction(win)
        self.add_action.setShortcut(QKeySequence(ADD_KEY))
        self.add_action.triggered.connect(lambda _c=False: self.add_comment())
        self.next_action = QAction(win)
        self.next_action.setShortcut(QKeySequence(NEXT_KEY))
        self.next_action.triggered.connect(lambda _c=False: self.next_open())
        self.moment_action = QAction(win)
        self.moment_action.triggered.connect(lambda _c=False: self.add_moment_comment())
        for a in (self.add_action, self.next_action, self.moment_action):
            a.setShortcutContext(Qt.ApplicationShortcut)
            win.addAction(a)
        self._approvals(win)
        self._player(win)
        win.installEventFilter(self)  # the sketch pad when it is made; language changes
        self.retranslate()
        self._menus()
        self.panel.refresh(force=True)

    def _approvals(self, win) -> None:
        inspector = win.inspector
        self.beat_approval, self.episode_approval = ApprovalChooser(), ApprovalChooser()
        self.beat_label, self.episode_label = QLabel(), QLabel()
        inspector.beat_form.layout().addRow(self.beat_label, self.beat_approval)
        inspector.episode_form.form.addRow(self.episode_label, self.episode_approval)
        for chooser in (self.beat_approval, self.episode_approval):
            chooser.editRequested.connect(inspector._push)
        s = win.selection
        s.episodeChanged.connect(lambda _e: self.load_approvals())
        s.beatsChanged.connect(lambda _b: self.load_approvals())
        win.controller.changed.connect(lambda _c: self.load_approvals())
        win.controller.documentReplaced.connect(self.load_approvals)
        self.load_approvals()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.win:
            if event.type() == QEvent.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.ChildAdded and self._pad is None:
                # The sketch pad is made on first use, and is still being built here.
                QTimer.singleShot(0, self._hook_pad)
        return False

    def _hook_pad(self) -> None:
        pad = getattr(self.win, "sketch_pad", None)
        canvas = getattr(pad, "canvas", None)
        if self._pad is None and canvas is not None and hasattr(canvas, "pinRequested"):
            self._pad = pad
            canvas.pinRequested.connect(lambda x, y: self.add_point_comment(pad, x, y))

    def add_point_comment(self, pad, x: float, y: float, text: str | None = None):
        """A comment pinned where the sketch pad was right-clicked on its panel."""
        if not pad.panel_id:
            return None
        at = {"x": min(max(x, 0.0), 1.0), "y": min(max(y, 0.0), 1.0)}
        return self.panel.add_comment(text, episode=pad.episode_id, beat=pad.beat_id,
                                      panel=pad.panel_id, at=at)

    def _player(self, win) -> None:
        """Pins on the player's picture, marks of time-range comments on its scrubber."""
        player = getattr(getattr(win, "player", None), "player", None)
        if player is None:
            return
        self.player = player
        player.scrubber.comments_for = lambda tl: time_marks(win.controller.project, tl)
        player.positionChanged.connect(lambda _t: self.refresh_player())
        win.controller.changed.connect(lambda _c: self.refresh_player())
        win.controller.documentReplaced.connect(self.refresh_player)
        self.refresh_player()

    def refresh_player(self) -> None:
        player = getattr(self, "player", None)
        if player is None:
            return
        project = self.win.controller.project
        player.scrubber.refresh_comments()
        state = frame_at(player.transport.timeline, player.transport.position)
        player.view.set_pins(frame_pins(project, state) if project.comments else [])

    def load_approvals(self) -> None:
        project = self.win.controller.project
        ep = project.episode(self.win.selection.episode_id)
        if ep is None:
            return
        self.episode_approval.load(ep.id, None, ep.approval)
        beat = ep.beat(self.win.selection.current_beat or "")
        if beat is not None:
            self.beat_approval.load(ep.id, beat.id, beat.approval)

    def _count(self, n: int) -> None:
        self._open = n
        self.dock.setWindowTitle(self.tr("Comments (%1)").replace("%1", str(n)))

    def retranslate(self) -> None:
        self.add_action.setText(self.tr("Add &Comment…"))
        self.next_action.setText(self.tr("Next Open Comment"))
        self.moment_action.setText(self.tr("Comment on the Animatic's Moment…"))
        self.beat_label.setText(self.tr("Approval"))
        self.episode_label.setText(self.tr("Approval"))
        self._count(self._open)

    def _menus(self) -> None:
        menus = getattr(self.win, "menus", {})
        edit = menus.get("edit")
        if edit is not None:
            prefs = getattr(self.win.acts, "preferences", None)
            actions = edit.actions()
            before = actions[actions.index(prefs) - 1] if prefs in actions else None
            edit.insertActions(before, [self.add_action, self.moment_action, self.next_action])
            edit.insertSeparator(before)
        view = menus.get("view")
        if view is not None:
            view.addAction(self.dock.toggleViewAction())

    def add_comment(self, text: str | None = None, **place):
        self.win.inspector.commit_pending()
        self.dock.show()
        self.dock.raise_()
        return self.panel.add_comment(text, **place)

    def add_moment_comment(self, text: str | None = None, length_s: float = 2.0):
        """A comment on the animatic's time range from the playhead (``length_s`` long),
        in the cut being played."""
        player = getattr(self, "player", None)
        tl = player.transport.timeline if player is not None else None
        state = frame_at(tl, player.transport.position) if tl is not None else None
        if state is None or state.clip.is_title:
            self.win.statusBar().showMessage(self.tr("Play the animatic to a picture first"),
                                             4000)
            return None
        ep_id = state.clip.episode_id
        cut = next((c for c in tl.cuts if c.episode_id == ep_id), None)
        start = next((c.start for c in tl.clips if c.episode_id == ep_id and not c.is_title),
                     None)
        if cut is None or start is None:
            return None
        at = max(0.0, player.transport.position - start)
        end = max(at, min(at + length_s, cut.seconds))
        return self.add_comment(text, episode=ep_id,
                                time={"start": round(at, 2), "end": round(end, 2),
                                      "cut": cut.name})

    def next_open(self):
        self.dock.show()
        self.dock.raise_()
        found = self.panel.next_open()
        if found is None:
            self.win.statusBar().showMessage(self.tr("No open comments"), 4000)
        return found

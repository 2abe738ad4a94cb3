"""The inspector dock's content: the selected beat, or the episode and series."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from ..core.timeline import EpisodeTimes
from ..edit import Change, Edit
from .inspector_beat import BeatForm
from .inspector_meta import EpisodeForm, SeriesForm
from .inspector_panel import PanelForm
from .selection import Selection
from .undo import UndoController


class Inspector(QScrollArea):
    problem = Signal(str)

    def __init__(self, controller: UndoController, selection: Selection,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.controller, self.selection = controller, selection
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setMinimumWidth(300)
        self.pages = QStackedWidget(self)
        self.beat_form = BeatForm()
        # The current panel's section sits at the top of the beat page.
        self.panel_form = PanelForm()
        self.beat_form.layout().insertRow(1, self.panel_form)
        meta = QWidget()
        col = QVBoxLayout(meta)
        self.episode_form = EpisodeForm()
        self.series_form = SeriesForm()
        self.multi = QLabel()
        self.multi.setWordWrap(True)
        col.addWidget(self.multi)
        col.addWidget(self.episode_form)
        col.addWidget(self.series_form)
        col.addStretch(1)
        self.pages.addWidget(self.beat_form)
        self.pages.addWidget(meta)
        self.setWidget(self.pages)
        for form in (self.beat_form, self.panel_form, self.episode_form, self.series_form):
            form.editRequested.connect(self._push)
        self.beat_form.problem.connect(self.problem)
        self.panel_form.problem.connect(self.problem)
        selection.panelChanged.connect(lambda _p: self.refresh())
        selection.episodeChanged.connect(lambda _e: self.refresh())
        selection.beatsChanged.connect(lambda _b: self.refresh())
        controller.changed.connect(self._on_changed)
        controller.documentReplaced.connect(self.refresh)
        self._target: tuple[str, str, str] = ("", "", "")
        self.refresh()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.refresh()  # headers and notes the forms wrote with the values
        super().changeEvent(event)

    def _push(self, edit: Edit) -> None:
        if not self.controller.push(edit):
            self.refresh()  # show the model's value again, not the refused one

    def _on_changed(self, change: Change) -> None:
        ep_id, beat_id, _panel = self._target
        if (change.series or change.episode_list or ep_id in change.episodes
                or beat_id in change.beats):
            self.refresh()

    def commit_pending(self) -> None:
        """Finish any half-typed field before the target or the document changes."""
        if self.pages.currentWidget() is self.beat_form:
            self.panel_form.commit_pending()
            self.beat_form.commit_pending()
        else:
            self.episode_form.commit_pending()
            self.series_form.commit_pending()

    def refresh(self) -> None:
        project = self.controller.project
        ep = project.episode(self.selection.episode_id)
        beat_id = self.selection.current_beat
        cur = self.selection.current_panel
        target = (ep.id if ep else "", beat_id or "", cur[1] if cur else "")
        if target != self._target:
            self.commit_pending()  # pushes to the old target; may re-enter refresh
            project = self.controller.project
            ep = project.episode(self.selection.episode_id)
        self._target = target
        beat = ep.beat(beat_id) if (ep and beat_id) else None
        path = self.controller.document.path
        if beat is not None:
            # where the beat plays, as the PDF and the exports print it (a variant: on
            # the first cut through it)
            start = EpisodeTimes(ep).beat_start(beat.id)
            self.beat_form.load(ep.id, ep.number, beat, start,
                                str(path) if path else None, project)
            panel = beat.panel(cur[1]) if cur and cur[0] == beat.id else None
            self.panel_form.setVisible(panel is not None)
            if panel is not None:
                self.panel_form.load(ep.id, beat, panel, str(path) if path else None,
                                     _shared_seconds(beat), project)
            self.pages.setCurrentWidget(self.beat_form)
            return
        self.pages.setCurrentIndex(1)
        n = len(self.selection.beat_ids)
        self.multi.setVisible(n > 1)
        self.multi.setText(self.tr("%1 beats selected").replace("%1", str(n)))
        self.episode_form.setVisible(ep is not None)
        if ep is not None:
            self.episode_form.load(ep)
        self.series_form.load(project.series, project.ordered_episodes())


def _shared_seconds(beat) -> float | None:
    """Screen time a panel without its own duration gets (its share of the beat)."""
    from ..core.panel_timing import panel_times
    shares = [d for p, (_s, d) in zip(beat.panels, panel_times(beat)) if p.duration_s is None]
    return shares[0] if shares else None

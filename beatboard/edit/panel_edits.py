"""Edits of a beat's strip of panels: add, duplicate, remove, move, split, set the picture.

Every panel edit works by replacing whole ``Beat.panels`` lists (never mutating a Panel
in place), recorded before and after on the first apply, so undo and redo swap lists and
undo-all restores the exact file. A move keeps the panel's id; new panels get an id that
is unique in the series.
"""
from __future__ import annotations

import re
from abc import abstractmethod

from ..core.model import Beat, Panel, Project, check_relative_path
from .base import Change, Edit, EditError, find_beat, find_episode
from .ids import new_id

BeatKey = tuple[str, str]  # (episode id, beat id)


def all_panel_ids(project: Project) -> set[str]:
    return {p.id for ep in project.episodes for b in ep.beats for p in b.panels}


def new_panel_id(beat_id: str, taken: set[str]) -> str:
    """``<beat>-p`` and 4 random characters: readable in the file, and two branches that
    each add a panel to the same beat never mint the same id (older ``-p<n>`` ids stay)."""
    return new_id(f"{beat_id[:56]}-p", taken, 4)


def _index(beat: Beat, panel_id: str) -> int:
    for i, p in enumerate(beat.panels):
        if p.id == panel_id:
            return i
    raise EditError(f"panel {panel_id!r} is not in beat {beat.id!r}")


class PanelListsEdit(Edit):
    """Base: compute new panel lists for some beats once, then swap lists."""

    def __init__(self):
        self._before: dict[BeatKey, list[Panel]] = {}
        self._after: dict[BeatKey, list[Panel]] | None = None

    @abstractmethod
    def build(self, project: Project) -> dict[BeatKey, list[Panel]]:
        """New panel lists by (episode id, beat id); raise EditError to refuse."""

    def _beat(self, project: Project, key: BeatKey) -> Beat:
        return find_beat(find_episode(project, key[0]), key[1])

    def apply(self, project: Project) -> Change:
        if self._after is None:
            after = self.build(project)
            for key, panels in after.items():
                if not panels:
                    raise EditError("a beat keeps at least one panel")
            self._before = {k: list(self._beat(project, k).panels) for k in after}
            self._after = after
        self._install(project, self._after)
        return self._change()

    def revert(self, project: Project) -> Change:
        self._install(project, self._before)
        return self._change()

    def _install(self, project: Project, lists: dict[BeatKey, list[Panel]]) -> None:
        for key, panels in lists.items():
            self._beat(project, key).panels = list(panels)

    def _change(self) -> Change:
        keys = list(self._before)
        return Change(episodes=frozenset(k[0] for k in keys), beats=frozenset(k[1] for k in keys))


class OnePanelEdit(PanelListsEdit):
    """An edit of one panel in one beat's strip; ``new_id`` names a panel it creates."""

    def __init__(self, episode_id: str, beat_id: str, panel_id: str):
        super().__init__()
        self.key = (episode_id, beat_id)
        self.panel_id = panel_id
        self.new_id = ""

    def strip(self, project: Project) -> tuple[Beat, int]:
        """The beat and the panel's index in it."""
        beat = self._beat(project, self.key)
        return beat, _index(beat, self.panel_id)


class AddPanel(PanelListsEdit):
    """A new empty panel right after ``after`` (None: at the end of the strip)."""

    label = "Add panel"

    def __init__(self, episode_id: str, beat_id: str, after: str | None = None,
                 panel: Panel | None = None):
        super().__init__()
        self.key = (episode_id, beat_id)
        self.after = after
        self.panel = panel
        self.new_id = ""

    def build(self, project: Project):
        beat = self._beat(project, self.key)
        taken = all_panel_ids(project)
        if self.panel is not None and self.panel.id not in taken:
            panel = self.panel.model_copy(deep=True)
        else:
            base = self.panel or Panel(id="x")
            panel = base.model_copy(deep=True, update={"id": new_panel_id(beat.id, taken)})
        self.new_id = panel.id
        panels = list(beat.panels)
        idx = len(panels) if self.after is None else _index(beat, self.after) + 1
        panels.insert(idx, panel)
        return {self.key: panels}


class DuplicatePanel(OnePanelEdit):
    """A copy of a panel (same picture, shot, caption) right after it, with a new id."""

    label = "Duplicate panel"

    def build(self, project: Project):
        beat, i = self.strip(project)
        copy = beat.panels[i].model_copy(
            deep=True, update={"id": new_panel_id(beat.id, all_panel_ids(project))})
        self.new_id = copy.id
        panels = list(beat.panels)
        panels.insert(i + 1, copy)
        return {self.key: panels}


class RemovePanel(OnePanelEdit):
    label = "Delete panel"

    def build(self, project: Project):
        beat, _i = self.strip(project)
        if len(beat.panels) == 1:
            raise EditError("a beat keeps at least one panel")
        return {self.key: [p for p in beat.panels if p.id != self.panel_id]}


class MovePanel(PanelListsEdit):
    """Move a panel to ``index`` in a target beat (the same beat, another beat, or a beat
    of another episode). ``index`` counts in the target strip without the moved panel;
    None puts it at the end. The panel keeps its id."""

    label = "Move panel"

    def __init__(self, episode_id: str, beat_id: str, panel_id: str,
                 to_episode: str | None = None, to_beat: str | None = None,
                 index: int | None = None):
        super().__init__()
        self.source = (episode_id, beat_id)
        self.target = (to_episode or episode_id, to_beat or beat_id)
        self.panel_id = panel_id
        self.index = index

    def build(self, project: Project):
        src = self._beat(project, self.source)
        dst = self._beat(project, self.target)
        i = _index(src, self.panel_id)
        panel = src.panels[i]
        rest = [p for p in src.panels if p.id != self.panel_id]
        if self.target == self.source:
            idx = len(rest) if self.index is None else max(0, min(self.index, len(rest)))
            if idx == i:
                raise EditError("the panel is already there")
            rest.insert(idx, panel)
            return {self.source: rest}
        if not rest:
            raise EditError("a beat keeps at least one panel: add another before moving "
                            "its last one")
        panels = list(dst.panels)
        idx = len(panels) if self.index is None else max(0, min(self.index, len(panels)))
        panels.insert(idx, panel)
        return {self.source: rest, self.target: panels}


_SENTENCE_END = re.compile(r"(?<=[.!?。！？…；;])\s*")


def split_caption(text: str) -> tuple[str, str]:
    """Two halves of a caption, cut at the sentence end (else the space) nearest the
    middle; CJK text without either is cut at the middle character."""
    text = text.strip()
    if len(text) < 2:
        return text, ""
    mid = len(text) / 2
    cuts = [m.end() for m in _SENTENCE_END.finditer(text) if 0 < m.end() < len(text)]
    if not cuts:
        cuts = [m.end() for m in re.finditer(r"\s+", text) if 0 < m.end() < len(text)]
    cut = min(cuts, key=lambda c: abs(c - mid)) if cuts else int(mid)
    return text[:cut].strip(), text[cut:].strip()


class SplitPanel(OnePanelEdit):
    """One shot becomes two: the same picture and shot, half the duration each, the
    caption cut in two. The first half keeps the id."""

    label = "Split panel"

    def build(self, project: Project):
        beat, i = self.strip(project)
        old = beat.panels[i]
        duration = None if old.duration_s is None else round(old.duration_s / 2, 3)
        first_caption = second_caption = None
        if old.caption:
            first_caption, second_caption = split_caption(old.caption)
        first = old.model_copy(deep=True, update={"duration_s": duration,
                                                  "caption": first_caption})
        second = old.model_copy(deep=True, update={
            "id": new_panel_id(beat.id, all_panel_ids(project)), "duration_s": duration,
            "caption": second_caption, "notes": ""})
        self.new_id = second.id
        panels = list(beat.panels)
        panels[i:i + 1] = [first, second]
        return {self.key: panels}


class SetPanelPicture(OnePanelEdit):
    """Set (or clear, with None) a panel's image and/or sketch asset path.

    ``image``/``sketch`` left as ``KEEP`` stay as they are."""

    KEEP = object()
    label = "Set panel picture"

    def __init__(self, episode_id: str, beat_id: str, panel_id: str, image=KEEP, sketch=KEEP,
                 label: str | None = None):
        super().__init__(episode_id, beat_id, panel_id)
        self.image, self.sketch = image, sketch
        if label:
            self.label = label

    def build(self, project: Project):
        beat, i = self.strip(project)
        update = {}
        if self.image is not self.KEEP:
            update["image"] = self.image
        if self.sketch is not self.KEEP:
            update["sketch"] = self.sketch
        if not update:
            raise EditError("nothing to change")
        for path in update.values():
            if path:  # a file may carry such a path; an edit never makes one
                try:
                    check_relative_path(path)
                except ValueError as e:
                    raise EditError(f"panel picture: {e}") from None
        data = beat.panels[i].model_dump()
        data.update(update)
        try:
            panel = Panel.model_validate(data)
        except ValueError as e:
            raise EditError(f"panel picture: {e}") from None
        panels = list(beat.panels)
        panels[i] = panel
        return {self.key: panels}


def panel_location(project: Project, panel_id: str) -> tuple[str, str, int] | None:
    """(episode id, beat id, index in the strip) of a panel, or None."""
    for ep in project.episodes:
        for b in ep.beats:
            for i, p in enumerate(b.panels):
                if p.id == panel_id:
                    return ep.id, b.id, i
    return None

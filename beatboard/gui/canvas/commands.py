"""The canvas's public actions (menu, toolbar, shortcuts): each builds one edit and pushes it."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from ...core.errors import BeatBoardError
from ...core.model import Beat, Episode, Point
from ...core.vocab import LinkKind
from ...edit import (AddBeat, AddLink, Compound, DuplicateAsVariant, PasteBeats, RemoveBeats,
                     RemoveLink, SetLinkKind, new_id)
from ...edit.ids import all_beat_ids
from .clipboard import beats_from_mime, beats_to_mime, put_on_clipboard

NEW_BEAT_TITLE = "New beat"


class CanvasCommands:
    """Mixin for BeatCanvas: needs ``controller``, ``selection``, ``canvas_scene``."""

    def _episode(self) -> Episode | None:
        eid = self.canvas_scene.episode_id
        return self.controller.project.episode(eid) if eid else None

    def _need_episode(self) -> Episode | None:
        ep = self._episode()
        if ep is None:
            self.controller.refused.emit(self.tr("Select an episode first."))
        return ep

    def _selected_ids(self) -> list[str]:
        return self.canvas_scene.selected_beat_ids(self._episode())

    def _anchor_on_main_line(self) -> str | None:
        """The last selected main-line beat, else the end of the main line."""
        lay = self.canvas_scene.layout
        if lay is None or not lay.main_ids:
            return None
        chosen = set(self._selected_ids())
        on_main = [bid for bid in lay.main_ids if bid in chosen]
        return on_main[-1] if on_main else lay.main_ids[-1]

    def _new_beat(self, pos: tuple[float, float] | None = None) -> Beat:
        bid = new_id("b", all_beat_ids(self.controller.project))
        point = Point.clamped(round(pos[0], 1), round(pos[1], 1)) if pos is not None else None
        return Beat(id=bid, title=self.tr(NEW_BEAT_TITLE), kind="other", pos=point)

    # -- public actions -------------------------------------------------------------------
    def add_beat(self) -> str | None:
        """A new beat after the selected main-line beat, else at the end of the main line."""
        ep = self._need_episode()
        if ep is None:
            return None
        beat = self._new_beat()
        if self.controller.push(AddBeat(ep.id, beat, after=self._anchor_on_main_line())):
            self.selection.set_beats([beat.id])
            return beat.id
        return None

    def add_beat_at(self, x: float, y: float) -> str | None:
        ep = self._need_episode()
        if ep is None:
            return None
        beat = self._new_beat((x, y))
        if self.controller.push(AddBeat(ep.id, beat)):
            self.selection.set_beats([beat.id])
            return beat.id
        return None

    def delete_selected(self) -> bool:
        ep = self._episode()
        if ep is None:
            return False
        beat_ids = self._selected_ids()
        gone = set(beat_ids)
        edits = [RemoveBeats(ep.id, beat_ids)] if beat_ids else []
        edits += [RemoveLink(ep.id, l.from_id, l.to_id) for l in self.canvas_scene.selected_links()
                  if l.from_id not in gone and l.to_id not in gone]
        if not edits:
            return False
        edit = edits[0] if len(edits) == 1 else Compound("Delete", edits)
        return self.controller.push(edit)

    def copy_selected(self) -> bool:
        ep = self._episode()
        ids = self._selected_ids()
        if ep is None or not ids:
            return False
        put_on_clipboard(beats_to_mime(ep, ids))
        return True

    def paste(self) -> list[str]:
        ep = self._need_episode()
        if ep is None:
            return []
        try:
            content = beats_from_mime(QGuiApplication.clipboard().mimeData())
        except BeatBoardError as e:
            self.controller.refused.emit(str(e))
            return []
        if content is None and self.paste_image() is not None:
            return []  # a picture from a browser or an image editor went onto the panel
        if content is None:
            self.controller.refused.emit(self.tr("The clipboard holds no beats."))
            return []
        edit = PasteBeats(ep.id, content[0], content[1], after=self._anchor_on_main_line())
        if self.controller.push(edit):
            self.selection.set_beats(edit.new_ids)
            return list(edit.new_ids)
        return []

    def duplicate_selected_as_variant(self) -> list[str]:
        ep = self._episode()
        ids = self._selected_ids()
        if ep is None or not ids:
            self.controller.refused.emit(self.tr("Select a stretch of the main line to duplicate."))
            return []
        edit = DuplicateAsVariant(ep.id, ids)
        if self.controller.push(edit):
            self.selection.set_beats(edit.new_ids)
            return list(edit.new_ids)
        return []

    def link_selected(self, kind: LinkKind | str = LinkKind.NEXT) -> bool:
        """Link two selected beats, from the earlier one (play order) to the later."""
        ep = self._episode()
        ids = self._selected_ids()
        if ep is None or len(ids) != 2:
            self.controller.refused.emit(self.tr("Select exactly two beats to link."))
            return False
        lay = self.canvas_scene.layout
        main = lay.main_ids if lay else []
        if all(i in main for i in ids):
            ids.sort(key=main.index)
        return self.controller.push(AddLink(ep.id, ids[0], ids[1], LinkKind(kind)))

    def link_beats(self, from_id: str, to_id: str, kind: LinkKind | str = LinkKind.NEXT) -> bool:
        ep = self._need_episode()
        return ep is not None and self.controller.push(AddLink(ep.id, from_id, to_id, LinkKind(kind)))

    def set_link_kind(self, from_id: str, to_id: str, kind: LinkKind | str) -> bool:
        ep = self._need_episode()
        return ep is not None and self.controller.push(SetLinkKind(ep.id, from_id, to_id, LinkKind(kind)))

    def remove_link(self, from_id: str, to_id: str) -> bool:
        ep = self._need_episode()
        return ep is not None and self.controller.push(RemoveLink(ep.id, from_id, to_id))

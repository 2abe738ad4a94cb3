"""The canvas's panel actions: add, duplicate, delete, split, move, pictures, import.

Each builds one edit (or one Compound) and pushes it: one undo step per action. The
current panel comes from Selection; with only a beat selected, actions that need a panel
use its last one.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from ...core.errors import BeatBoardError
from ...core.model import Panel
from ...edit import (AddPanel, Compound, DuplicatePanel, MovePanel, RemovePanel,
                     SetPanelPicture, SplitPanel)
from ...edit.panel_edits import all_panel_ids, new_panel_id
from ...edit.split_beat import SplitBeat, carried_split, dialogue_lines
from ...edit.asset_edits import give_panel_picture, stored_picture
from ..image_assets import image_from_mime, images_in_folder, picture_source


def _tr(text: str) -> str:
    return QCoreApplication.translate("PanelCommands", text)


class PanelCommands:
    """Mixin for BeatCanvas: needs ``controller``, ``selection``, ``canvas_scene``."""

    def _beat_order(self, ep) -> list[str]:
        """Beats in play order: the main line, then the rest in list order."""
        lay = self.canvas_scene.layout
        main = list(lay.main_ids) if lay else []
        return main + [b.id for b in ep.beats if b.id not in main]

    def _target_panel(self, need_panel: bool = True):
        """(episode, beat, panel) the panel actions work on, or None (with a message)."""
        ep = self._episode()
        cur = self.selection.current_panel
        if ep is not None and cur is not None:
            beat = ep.beat(cur[0])
            panel = beat.panel(cur[1]) if beat else None
            if panel is not None:
                return ep, beat, panel
        bid = self.selection.current_beat
        beat = ep.beat(bid) if ep is not None and bid else None
        if beat is None:
            if need_panel:
                self.controller.refused.emit(_tr("Select a panel (or a beat) first."))
            return None
        return ep, beat, beat.panels[-1]

    def select_panel(self, beat_id: str, panel_id: str) -> None:
        self.selection.set_panel(beat_id, panel_id)

    def _push_new_panel(self, make) -> str | None:
        """Push ``make(episode, beat, panel)`` (an edit that creates a panel) and make the
        new panel current."""
        t = self._target_panel()
        if t is None:
            return None
        edit = make(*t)
        if self.controller.push(edit):
            self.select_panel(t[1].id, edit.new_id)
            return edit.new_id
        return None

    def add_panel(self) -> str | None:
        return self._push_new_panel(lambda ep, b, p: AddPanel(ep.id, b.id, after=p.id))

    def duplicate_panel(self) -> str | None:
        return self._push_new_panel(lambda ep, b, p: DuplicatePanel(ep.id, b.id, p.id))

    def split_panel(self) -> str | None:
        return self._push_new_panel(lambda ep, b, p: SplitPanel(ep.id, b.id, p.id))

    def split_beat(self) -> str | None:
        """Split the current beat before the current panel: that panel and the ones after
        it become a new beat right after, one undo step. The dialogue goes with the panels
        that show it, else where the user says."""
        t = self._target_panel()
        if t is None:
            return None
        ep, beat, panel = t
        at = [p.id for p in beat.panels].index(panel.id)
        if at == 0:
            self.controller.refused.emit(_tr(
                "Select the panel the new beat starts with (any panel but the first)."))
            return None
        k = carried_split(beat, at)
        lines = dialogue_lines(beat)
        if k is None and lines:
            k = self.choose_dialogue_split(lines)
            if k is None:
                return None
        edit = SplitBeat(ep.id, beat.id, at, k)
        if not self.controller.push(edit):
            return None
        self.select_panel(edit.new_id, panel.id)
        return edit.new_id

    def choose_dialogue_split(self, lines: list[str]) -> int | None:
        """Which of ``lines`` the new beat's dialogue starts with (len(lines): none of
        them); None when the user cancels."""
        from PySide6.QtWidgets import QInputDialog
        keep = _tr("Keep all the dialogue in the first beat")
        items = [_tr("The new beat starts with: %1").replace("%1", line) for line in lines]
        choice, ok = QInputDialog.getItem(
            self, _tr("Split Beat"),
            _tr("The panels do not carry the dialogue. Where does it split?"),
            [keep] + items, 0, False)
        if not ok:
            return None
        return len(lines) if choice == keep else items.index(choice)

    def remove_panel(self) -> bool:
        t = self._target_panel()
        if t is None:
            return False
        ep, beat, panel = t
        i = [p.id for p in beat.panels].index(panel.id)
        if not self.controller.push(RemovePanel(ep.id, beat.id, panel.id)):
            return False
        rest = ep.beat(beat.id).panels
        self.select_panel(beat.id, rest[min(i, len(rest) - 1)].id)
        return True

    def move_panel_to(self, beat_id: str, panel_id: str, to_beat: str, index: int) -> bool:
        """Drop a panel at ``index`` of ``to_beat``'s strip (counted with the panel still
        in place, as the user sees the strip)."""
        ep = self._episode()
        if ep is None or ep.beat(beat_id) is None:
            return False
        if to_beat == beat_id:
            ids = [p.id for p in ep.beat(beat_id).panels]
            if index > ids.index(panel_id):
                index -= 1  # the strip closes over the panel's old place
        ok = self.controller.push(MovePanel(ep.id, beat_id, panel_id, to_beat=to_beat,
                                            index=index))
        if ok:
            self.select_panel(to_beat, panel_id)
        return ok

    def move_panel_step(self, delta: int) -> bool:
        """One place left or right; past the strip's end, into the neighbouring beat."""
        t = self._target_panel()
        if t is None:
            return False
        ep, beat, panel = t
        ids = [p.id for p in beat.panels]
        i = ids.index(panel.id) + delta
        if 0 <= i < len(ids):
            edit = MovePanel(ep.id, beat.id, panel.id, index=i)
            to_beat = beat.id
        else:
            order = self._beat_order(ep)
            j = order.index(beat.id) + delta
            if not 0 <= j < len(order):
                return False
            to_beat = order[j]
            edit = MovePanel(ep.id, beat.id, panel.id, to_beat=to_beat,
                             index=None if delta < 0 else 0)
        if self.controller.push(edit):
            self.select_panel(to_beat, panel.id)
            return True
        return False

    def select_panel_step(self, delta: int) -> bool:
        """The previous or next panel in play order, across beats."""
        ep = self._episode()
        t = self._target_panel(need_panel=False)
        if ep is None or t is None:
            return False
        flat = [(bid, p.id) for bid in self._beat_order(ep) for p in ep.beat(bid).panels]
        cur = (t[1].id, t[2].id) if self.selection.current_panel else None
        if cur is None:  # a beat is selected: step into its strip
            k = next(i for i, (b, _) in enumerate(flat) if b == t[1].id)
        else:
            k = flat.index(cur) + delta
        if not 0 <= k < len(flat):
            return False
        self.select_panel(*flat[k])
        return True

    # -- pictures ---------------------------------------------------------------------
    def _project_path(self):
        path = self.controller.document.path
        if path is None:
            self.controller.refused.emit(
                _tr("Save the project first: pictures are stored beside it."))
        return path

    def set_panel_image(self, beat_id: str, panel_id: str, source) -> bool:
        """``source``: a file path or a QImage. One undo step."""
        ep = self._episode()
        path = self._project_path()
        if ep is None or path is None:
            return False
        try:
            edit = give_panel_picture(path, ep.id, beat_id, panel_id, picture_source(source),
                                      _tr("Set panel picture"))
        except (BeatBoardError, OSError) as e:
            self.controller.refused.emit(str(e))
            return False
        ok = self.controller.push(edit)
        if ok:
            self.select_panel(beat_id, panel_id)
        return ok

    def clear_panel_picture(self) -> bool:
        t = self._target_panel()
        if t is None or not (t[2].image or t[2].sketch):
            return False
        return self.controller.push(SetPanelPicture(t[0].id, t[1].id, t[2].id, image=None,
                                                    sketch=None,
                                                    label=_tr("Clear panel picture")))

    def paste_image(self) -> bool | None:
        """Paste a clipboard picture onto the current panel; None when the clipboard
        holds no picture (the caller then pastes beats)."""
        img, path = image_from_mime(QGuiApplication.clipboard().mimeData())
        if img is None and path is None:
            return None
        t = self._target_panel()
        if t is None:
            return False
        return self.set_panel_image(t[1].id, t[2].id, path if path else img)

    def import_images(self, folder) -> int:
        """Images of a folder (natural order) onto the episode's panels in play order,
        adding panels to the last beat when there are more images. One undo step."""
        ep = self._need_episode()
        path = self._project_path() if ep is not None else None
        if ep is None or path is None:
            return 0
        try:
            files = images_in_folder(folder)
        except OSError as e:
            self.controller.refused.emit(f"{folder}: {e.strerror or e}")
            return 0
        if not files:
            self.controller.refused.emit(f"{folder}: " + _tr("no PNG or JPEG images here"))
            return 0
        slots = [(bid, p.id) for bid in self._beat_order(ep) for p in ep.beat(bid).panels]
        edits, taken, problems = [], all_panel_ids(self.controller.project), []
        last_beat = slots[-1][0] if slots else None
        if last_beat is None:
            self.controller.refused.emit(_tr("The episode has no beats to hold the images."))
            return 0
        after = slots[-1][1]
        for k, f in enumerate(files):
            try:
                rel = stored_picture(path, f)
            except (BeatBoardError, OSError) as e:
                problems.append(str(e))
                continue
            if k < len(slots):
                edits.append(SetPanelPicture(ep.id, slots[k][0], slots[k][1], image=rel))
            else:
                pid = new_panel_id(last_beat, taken)
                edits.append(AddPanel(ep.id, last_beat, after=after, panel=Panel(id=pid, image=rel)))
                after = pid
        if problems:
            self.controller.refused.emit("\n".join(problems[:5]))
        if not edits:
            return 0
        ok = self.controller.push(Compound(_tr("Import images"), edits))
        return len(edits) if ok else 0

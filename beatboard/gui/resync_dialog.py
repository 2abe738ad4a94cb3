"""File › Update from Script…: re-sync the open series with a revised script.

The script is imported in the background, matched to the board's beats, and the changes
are shown for review (unchanged / changed / new / gone) before they are applied as one
undo step. Gone beats are set aside, never deleted.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QMessageBox, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ..core.errors import BeatBoardError
from ..core.model import Project
from ..interchange.resync import ResyncPlan, fields_changed, plan_resync, resync_edit
from ..interchange.script_guard import require_script_content, set_aside_count, sets_aside_most

FIELD_WORDS = {"title": QT_TRANSLATE_NOOP("ResyncReviewDialog", "title"),
               "action": QT_TRANSLATE_NOOP("ResyncReviewDialog", "action"),
               "dialogue": QT_TRANSLATE_NOOP("ResyncReviewDialog", "dialogue"),
               "location": QT_TRANSLATE_NOOP("ResyncReviewDialog", "location"),
               "characters": QT_TRANSLATE_NOOP("ResyncReviewDialog", "characters")}


def _snippet(value) -> str:
    text = ", ".join(value) if isinstance(value, list) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= 70 else text[:69] + "…"


class ResyncReviewDialog(QDialog):
    def __init__(self, project: Project, plan: ResyncPlan, script_name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Update from Script"))
        self.resize(720, 520)
        col = QVBoxLayout(self)
        intro = self.tr("Changes from %1. Matched beats keep their emotion, kind, timing, "
                        "shot, panels and notes. Beats whose scene is gone are set aside "
                        "(not deleted) until you place them again or delete them.")
        label = QLabel(intro.replace("%1", script_name), self)
        label.setWordWrap(True)
        col.addWidget(label)
        self.fields_label = QLabel(self._fields_text(project, plan), self)
        self.fields_label.setWordWrap(True)
        self.fields_label.setVisible(bool(self.fields_label.text()))
        col.addWidget(self.fields_label)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Scene"), self.tr("What changes")])
        self.tree.setColumnWidth(0, 380)
        col.addWidget(self.tree, 1)
        self.groups: dict[str, QTreeWidgetItem] = {}

        beats_by_id = {b.id: (ep, b) for ep in project.episodes for b in ep.beats}

        def where(bid: str) -> str:  # one dict, not a scan of the series per row
            found = beats_by_id.get(bid)
            return (self.tr("Episode %1 · %2").replace("%1", str(found[0].number))
                    .replace("%2", found[1].title or bid)) if found else bid

        def group(key: str, title: str, rows: list[tuple[str, str]], expand: bool) -> None:
            item = QTreeWidgetItem([f"{title} ({len(rows)})", ""])
            self.groups[key] = item
            self.tree.addTopLevelItem(item)
            for a, b in rows:
                item.addChild(QTreeWidgetItem([a, b]))
            item.setExpanded(expand)

        group("changed", self.tr("Changed"),
              [(where(m.beat_id), "; ".join(f"{self.tr(FIELD_WORDS[f])}: {_snippet(v)}"
                                            for f, v in sorted(m.changes.items())))
               for m in plan.changed], True)
        group("new", self.tr("New scenes"),
              [(self.tr("Episode %1 · %2").replace("%1", str(ns.episode_number))
                .replace("%2", ns.beat.title), self.tr("added as a new beat"))
               for ns in plan.new], True)
        group("gone", self.tr("Gone from the script"),
              [(where(bid), self.tr("set aside")) for _ep, bid in plan.gone], True)
        group("unchanged", self.tr("Matched, unchanged"),
              [(where(m.beat_id), "") for m in plan.unchanged], False)
        if plan.reordered:
            text = (self.tr("1 scene is in another order in the script; the board keeps its "
                            "order.") if plan.reordered == 1 else
                    self.tr("%1 scenes are in another order in the script; the board keeps "
                            "its order.").replace("%1", str(plan.reordered)))
            note = QLabel(text, self)
            note.setWordWrap(True)
            col.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.apply_button = buttons.addButton(self.tr("Apply Changes"),
                                              QDialogButtonBox.AcceptRole)
        # The compare view: per-field old → new text, accept or reject each change.
        self.wants_review = False
        self.review_button = buttons.addButton(self.tr("Review Change by Change…"),
                                               QDialogButtonBox.ActionRole)
        self.review_button.clicked.connect(self._review)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col.addWidget(buttons)

    def _review(self) -> None:
        self.wants_review = True
        self.accept()

    def _fields_text(self, project: Project, plan: ResyncPlan) -> str:
        """One line per field that changes, naming its beats (a new scene heading moves
        every beat after it: the director sees the location moved, and where)."""
        lines = []
        for f, ids in fields_changed(plan).items():
            names = [project.find_beat(b)[1].title or b if project.find_beat(b) else b
                     for b in ids]
            text = (self.tr("%1 changes in 1 beat: %3") if len(ids) == 1 else
                    self.tr("%1 changes in %2 beats: %3").replace("%2", str(len(ids))))
            lines.append(text.replace("%1", self.tr(FIELD_WORDS[f]))
                         .replace("%3", "; ".join(names)))
        return "\n".join(lines)


def _confirm_set_aside(win, gone: int, total: int) -> bool:
    # QCoreApplication.translate spelled out: lupdate reads a bare tr(a, b) as (text, comment)
    text = (QCoreApplication.translate(
        "ResyncReviewDialog",
        "This script would set aside %1 of the %2 beats of the series (their scenes "
        "are not in it). Is it the right script? Set-aside beats are kept, not "
        "deleted.").replace("%1", str(gone)).replace("%2", str(total)))
    title = QCoreApplication.translate("ResyncReviewDialog", "Set aside most of the series?")
    answer = QMessageBox.warning(win, title, text, QMessageBox.Yes | QMessageBox.Cancel,
                                 QMessageBox.Cancel)
    return answer == QMessageBox.Yes


def update_from_script(win, path: str, review=None, confirm_set_aside=None) -> bool:
    """Import ``path``, show the review, apply on confirmation. True when applied.

    A file that is not a script is refused; a plan that sets aside more than half the
    beats is confirmed first. ``review(dialog) -> bool`` replaces ``dialog.exec()`` and
    ``confirm_set_aside(gone, total) -> bool`` the question (tests)."""
    from .import_dialog import import_in_background
    from pathlib import Path
    from ..interchange.script_import import recorded_beats
    # the revised script is cut into beats the way the series was imported
    ok, result = import_in_background(win, path, None,
                                      beats=recorded_beats(win.controller.project))
    if ok:
        try:
            require_script_content(result, path)
        except BeatBoardError as e:
            ok, result = False, str(e)
    if not ok:
        if not result:  # cancelled
            return False
        QMessageBox.critical(win, QCoreApplication.translate(
            "ResyncReviewDialog", "Cannot update from the script"), result)
        return False
    project = win.controller.project
    plan = plan_resync(project, result)
    if plan.is_empty:
        win.statusBar().showMessage(
            QCoreApplication.translate("ResyncReviewDialog",
                                       "The script matches the board: nothing to update."),
            8000)
        return False
    if sets_aside_most(project, plan):
        gone, total = set_aside_count(project, plan)
        ask = confirm_set_aside or (lambda g, t: _confirm_set_aside(win, g, t))
        if not ask(gone, total):
            return False
    dialog = ResyncReviewDialog(project, plan, Path(path).name, win)
    accepted = review(dialog) if review is not None else bool(dialog.exec())
    if not accepted:
        return False
    if dialog.wants_review:  # change by change in the compare view, each undoable
        from .compare import review_resync
        after = project.model_copy(deep=True)
        resync_edit(after, plan).apply(after)
        win.resync_review = review_resync(win, after, Path(path).name)
        return False
    return win.controller.push(resync_edit(project, plan))

"""A readable summary of what differs between two versions of a project."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from ..core.compare import ProjectDiff


def _tr(text: str) -> str:
    return QCoreApplication.translate("Compare", text)


def _names(items: list[str], limit: int = 12) -> str:
    shown = [f"“{n}”" for n in items[:limit]]
    if len(items) > limit:
        shown.append(_tr("and %1 more").replace("%1", str(len(items) - limit)))
    return ", ".join(shown)


def _episode(number: int, title: str) -> str:
    label = _tr("Episode %1").replace("%1", str(number))
    return f"{label} “{title}”" if title else label


def describe_diff(diff: ProjectDiff, old: str, new: str) -> str:
    """Plain text: counts first, then series fields, then episode by episode."""
    lines = [_tr("%1 → %2").replace("%1", old).replace("%2", new), "",
             _tr("Episodes: %1 → %2").replace("%1", str(diff.episodes[0])).replace(
                 "%2", str(diff.episodes[1])),
             _tr("Beats: %1 → %2").replace("%1", str(diff.beats[0])).replace(
                 "%2", str(diff.beats[1]))]
    if diff.same:
        return "\n".join(lines + ["", _tr("The two versions have the same content.")])
    if diff.series_fields:
        lines += ["", _tr("Series changed: %1").replace(
            "%1", ", ".join(_tr(f) for f in diff.series_fields))]
    for number, title in diff.episodes_added:
        lines.append(_tr("+ Added: %1").replace("%1", _episode(number, title)))
    for number, title in diff.episodes_removed:
        lines.append(_tr("− Removed: %1").replace("%1", _episode(number, title)))
    for ep in diff.episodes_changed:
        lines += ["", _tr("Changed: %1").replace("%1", _episode(ep.number, ep.title))]
        if ep.fields:
            lines.append("  " + _tr("episode fields: %1").replace(
                "%1", ", ".join(_tr(f) for f in ep.fields)))
        if ep.beats_added:
            lines.append("  " + _tr("beats added: %1").replace("%1", _names(ep.beats_added)))
        if ep.beats_removed:
            lines.append("  " + _tr("beats removed: %1").replace(
                "%1", _names(ep.beats_removed)))
        for name, fields in ep.beats_changed[:20]:
            lines.append("  " + _tr("beat “%1” changed: %2").replace("%1", name).replace(
                "%2", ", ".join(_tr(f) for f in fields)))
        if len(ep.beats_changed) > 20:
            lines.append("  " + _tr("and %1 more changed beats").replace(
                "%1", str(len(ep.beats_changed) - 20)))
    return "\n".join(lines)


class CompareDialog(QDialog):
    def __init__(self, title: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = text
        view = QPlainTextEdit(self)
        view.setReadOnly(True)
        view.setPlainText(text)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.resize(620, 420)

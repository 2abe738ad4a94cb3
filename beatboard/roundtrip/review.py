"""The review as text (the command line prints it) and what the rules say after it."""
from __future__ import annotations

from ..core.model import Project
from ..edit.base import Edit
from ..rules import Finding, RuleProfile, check_project
from .proposal import Proposal, Row

KIND_TEXT = {
    "duration": "duration",
    "order": "order in beat",
    "drop": "dropped",
    "restore": "back in the cut",
    "add": "new clip",
    "moved": "moved (not applied)",
    "repeat": "used twice (not applied)",
    "beat_order": "beats reordered (not applied)",
    "beat_removed": "beat left out (not applied)",
    "elsewhere": "from elsewhere (not applied)",
}
HEADER = ("", "Shot", "Panel / beat", "Change", "Old", "", "New")


def row_cells(row: Row) -> tuple[str, ...]:
    mark = ("[x]" if row.accepted else "[ ]") if row.applicable else " - "
    return (mark, row.shot, row.panel_id or row.beat_id, KIND_TEXT.get(row.kind, row.kind),
            row.old, "→", row.new)


def review_lines(prop: Proposal) -> list[str]:
    """A table, one row per panel change ([x] applied, [ ] offered, - reported only),
    then the notes."""
    lines = list(prop.notes)
    if not prop.rows:
        return lines + ["The edit changes no panel's timing."]
    table = [HEADER] + [row_cells(r) for r in prop.rows]
    widths = [min(40, max(len(r[i]) for r in table)) for i in range(len(HEADER) - 1)]
    for cells in table:
        head = "  ".join(c[:w].ljust(w) for c, w in zip(cells, widths))
        lines.append(f"{head}  {cells[-1]}".rstrip())
    n = len([r for r in prop.changes if r.accepted])
    offered = len([r for r in prop.changes if not r.accepted])
    lines.append(f"{n} change(s) to apply, {offered} offered but not applied, "
                 f"{len(prop.reported)} reported only.")
    return lines


def _episode_findings(project: Project, episode_id: str,
                      profile: RuleProfile | None) -> set[tuple[str, str]]:
    return {(f.rule, f.message) for f in check_project(project, profile)
            if f.episode == episode_id}


def rules_after(project: Project, prop: Proposal, edit: Edit,
                profile: RuleProfile | None = None, keep: bool = True
                ) -> tuple[list[Finding], list[tuple[str, str]]]:
    """Apply ``edit``; return the episode's findings that are new after it and the
    (rule, message) of those it cleared. ``keep=False`` reverts it again."""
    ep = prop.episode.id
    before = _episode_findings(project, ep, profile)
    edit.apply(project)
    try:
        after = [f for f in check_project(project, profile) if f.episode == ep]
    finally:
        if not keep:
            edit.revert(project)
    new = [f for f in after if (f.rule, f.message) not in before]
    gone = sorted(before - {(f.rule, f.message) for f in after})
    return new, gone

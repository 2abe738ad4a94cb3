"""Commands that write a project refuse while an editor holds it (its lock file), so the
command and the editor never overwrite each other's work."""
from __future__ import annotations

from pathlib import Path

from ..core.errors import BeatBoardError


def refuse_if_open(path: Path, instead: str) -> None:
    """Raise with the lock holder's name; ``instead`` says how to do it in the editor."""
    from ..core.lock import holder
    owner = holder(path)
    if owner is not None:
        who = f" by {owner.user} on {owner.host}" if owner.user or owner.host else ""
        raise BeatBoardError(f"{path} is open in BeatBoard{who}; close it there (or "
                             f"{instead}) so the two do not overwrite each other; "
                             "nothing written")


def apply_and_save(project, edit, path: Path, instead: str, failure: str) -> None:
    """The one write of a command that changes a project: refuse while an editor holds
    it, apply ``edit`` (an EditError becomes ``failure: why``), save atomically."""
    from ..core.fileio import save
    from ..edit import EditError
    refuse_if_open(path, instead)
    try:
        edit.apply(project)
    except EditError as e:
        raise BeatBoardError(f"{failure}: {e}") from None
    save(project, path)

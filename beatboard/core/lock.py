"""A lock file beside an open document, so a second editor knows it is in use.

``.name.beatboard.lock`` holds the owning session (host, process, user, session id, when
it started, a heartbeat refreshed every 30 s). A lock whose heartbeat is older than two
minutes, or whose process on this host is gone, is stale and may be taken over. A folder
where the lock cannot be written (read-only, a full disk) is no reason to refuse to work:
the caller is told and carries on without a lock.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from .atomic import atomic_write_text
from .session import STALE_S, Owner, read_owner

ACQUIRED, TAKEN_OVER, HELD, UNAVAILABLE = "acquired", "taken-over", "held", "unavailable"


def lock_path(document: str | Path) -> Path:
    document = Path(document)
    return document.parent / f".{document.name}.lock"


@dataclass(frozen=True)
class LockResult:
    status: str  # acquired | taken-over | held | unavailable
    other: Owner | None = None  # the live holder (held) or the stale one (taken-over)
    problem: str = ""  # why the lock could not be written (unavailable)


def holder(document: str | Path, session: str = "") -> Owner | None:
    """The live editor (other than ``session``) holding the document's lock, if any."""
    path = lock_path(document)
    owner = read_owner(path)
    if owner is None:
        return None if not _fresh_unreadable(path) else Owner("?", "", 0, "", 0, time.time())
    if owner.session == session or not owner.alive():
        return None
    return owner


def _fresh_unreadable(path: Path) -> bool:
    """A lock file that exists but cannot be parsed yet (being written) and is recent."""
    try:
        return time.time() - path.stat().st_mtime < STALE_S
    except OSError:
        return False


class DocumentLock:
    def __init__(self, document: str | Path, owner: Owner):
        self.document = Path(document)
        self.path = lock_path(self.document)
        self.owner = owner
        self.held = False

    def _content(self) -> str:
        self.owner = self.owner.beating()
        return json.dumps({**self.owner.to_dict(), "document": self.document.name},
                          ensure_ascii=False)

    def acquire(self) -> LockResult:
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return self._contend()
        except OSError as e:
            return LockResult(UNAVAILABLE, problem=e.strerror or str(e))
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(self._content())
        except OSError as e:
            self.path.unlink(missing_ok=True)
            return LockResult(UNAVAILABLE, problem=e.strerror or str(e))
        self.held = True
        return LockResult(ACQUIRED)

    def _contend(self) -> LockResult:
        other = holder(self.document, self.owner.session)
        if other is not None:
            return LockResult(HELD, other)
        stale = read_owner(self.path)
        try:
            atomic_write_text(self.path, self._content())
        except OSError as e:
            return LockResult(UNAVAILABLE, problem=e.strerror or str(e))
        now = read_owner(self.path)  # two editors taking over at once: one wins
        if now is None or now.session != self.owner.session:
            return LockResult(HELD, now)
        self.held = True
        if stale is None or stale.session == self.owner.session:
            return LockResult(ACQUIRED)
        return LockResult(TAKEN_OVER, stale)

    def refresh(self) -> bool:
        """Renew the heartbeat; False if another editor has taken the lock meanwhile."""
        if not self.held:
            return False
        current = read_owner(self.path)
        if current is not None and current.session != self.owner.session:
            self.held = False
            return False
        try:
            atomic_write_text(self.path, self._content())
        except OSError:
            pass  # keep working; the next heartbeat tries again
        return True

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        current = read_owner(self.path)
        if current is None or current.session == self.owner.session:
            try:
                self.path.unlink(missing_ok=True)
            except OSError:
                pass

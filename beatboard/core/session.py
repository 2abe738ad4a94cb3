"""Who is running: an editor session's identity, its heartbeat, and whether it still lives.

Lock files and recovery files name the session that wrote them. A session is alive while
its heartbeat is fresh and, on this host, its process still exists; a crashed or killed
editor stops beating, so its locks and autosaves can be taken over safely.
"""
from __future__ import annotations

import getpass
import json
import os
import socket
import sys
import time
import uuid
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from .atomic import atomic_write_text

HEARTBEAT_S = 30  # how often a running editor refreshes its heartbeat
STALE_S = 120  # a heartbeat older than this belongs to an editor that stopped


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name (containers): not worth failing for
        return ""


@dataclass(frozen=True)
class Owner:
    """A running editor as recorded in a lock or recovery file."""

    session: str
    host: str
    pid: int
    user: str
    started: float
    heartbeat: float

    @classmethod
    def current(cls) -> "Owner":
        now = time.time()
        return cls(uuid.uuid4().hex[:12], socket.gethostname(), os.getpid(), _user(), now, now)

    @classmethod
    def from_dict(cls, data) -> "Owner | None":
        try:
            return cls(str(data["session"]), str(data.get("host", "")), int(data.get("pid", 0)),
                       str(data.get("user", "")), float(data.get("started", 0)),
                       float(data.get("heartbeat", 0)))
        except (KeyError, TypeError, ValueError, AttributeError):
            return None

    def to_dict(self) -> dict:
        return asdict(self)

    def beating(self) -> "Owner":
        return replace(self, heartbeat=time.time())

    def alive(self, now: float | None = None) -> bool:
        now = time.time() if now is None else now
        if now - self.heartbeat > STALE_S:
            return False
        if self.host == socket.gethostname():
            return pid_alive(self.pid)
        return True  # another machine (a shared folder): only the heartbeat can tell

    def describe(self) -> str:
        """``user on host (process 123)``, for messages."""
        who = self.user or "?"
        return f"{who} on {self.host or '?'} (process {self.pid})"


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return True  # os.kill(pid, 0) would not probe on Windows; rely on the heartbeat
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return False
    return True


def read_owner(path: Path) -> Owner | None:
    try:
        return Owner.from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


class SessionRegistry:
    """``<folder>/sessions/<id>.json`` per running editor: recovery files name their
    session, and only the files of sessions that are gone are offered as crashes."""

    def __init__(self, folder: Path, owner: Owner | None = None):
        self.folder = Path(folder) / "sessions"
        self.owner = owner or Owner.current()

    @property
    def session(self) -> str:
        return self.owner.session

    def _file(self, session: str) -> Path:
        return self.folder / f"{session}.json"

    def beat(self) -> None:
        """Register or refresh this session; failures (read-only disk) are not fatal."""
        self.owner = self.owner.beating()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self._file(self.session), json.dumps(self.owner.to_dict()))
        except OSError:
            pass

    def end(self) -> None:
        self._file(self.session).unlink(missing_ok=True)

    def alive(self, session: str) -> bool:
        if session == self.session:
            return True
        owner = read_owner(self._file(session))
        return owner is not None and owner.alive()

    def prune(self) -> None:
        """Forget sessions that are gone (their recovery files stay until resolved)."""
        for path in self.folder.glob("*.json") if self.folder.is_dir() else []:
            owner = read_owner(path)
            if owner is None or not owner.alive():
                path.unlink(missing_ok=True)

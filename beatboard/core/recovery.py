"""Recovery files: autosaves of unsaved work, kept until the user resolves each one.

Each editor session writes its own file per document, named by the document's key (a
hash of its path, or ``untitled``), the time the file was started and the session id:
``<key>-<YYYYmmdd-HHMMSS>-<session>.beatboard`` with a ``.json`` sidecar naming the
original file, the autosave time, the title and the owning session. So a second session
never overwrites an earlier crash's autosave, and a running editor's autosave is never
offered as a crash: only files whose session is gone are recoverable.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from . import fileio
from .atomic import atomic_write_text
from .model import Project
from .session import SessionRegistry

UNTITLED = "untitled"


def document_key(path: str | Path | None) -> str:
    if path is None:
        return UNTITLED
    return hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]


def beside(original: Path, label: str, when: float | None = None) -> Path:
    """A free name next to ``original``: ``name (label 2026-11-29 2315).beatboard``."""
    stamp = datetime.datetime.fromtimestamp(time.time() if when is None else when)
    base = f"{original.stem} ({label} {stamp:%Y-%m-%d %H%M})"
    candidate = original.with_name(base + original.suffix)
    n = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = original.with_name(f"{base} {n}{original.suffix}")
        n += 1
    return candidate


def remove_files(data_path: Path) -> None:
    """Delete a recovery file and its sidecar; a folder that is gone is no error (a
    leftover is offered again next time, which is harmless)."""
    for p in (data_path, data_path.with_suffix(".json")):
        try:
            p.unlink(missing_ok=True)
        except OSError:
            pass


@dataclass(frozen=True)
class RecoveryEntry:
    data_path: Path
    original: str  # "" for a never-saved document
    saved_at: float  # seconds since the epoch
    title: str
    session: str

    @property
    def key(self) -> str:
        return self.data_path.stem

    @property
    def meta_path(self) -> Path:
        return self.data_path.with_suffix(".json")

    def project(self) -> Project:
        return fileio.load(self.data_path)

    def original_mtime(self) -> float | None:
        """When the original file last changed, or None if it is gone (or never was)."""
        if not self.original:
            return None
        try:
            return os.stat(self.original).st_mtime
        except OSError:
            return None

    def newer(self) -> str:
        """``autosave`` or ``original``: which copy changed last; ``autosave`` if the
        original is missing."""
        mtime = self.original_mtime()
        return "original" if mtime is not None and mtime > self.saved_at else "autosave"

    def keep_both(self) -> Path:
        """Save the recovered work as a new file beside the original; resolves the entry."""
        original = Path(self.original)
        target = beside(original, "recovered", self.saved_at)
        fileio.save(self.project(), target)
        self.discard()
        return target

    def discard(self) -> None:
        remove_files(self.data_path)


class RecoveryStore:
    """The recovery folder as one editor session sees it."""

    def __init__(self, folder: Path, registry: SessionRegistry | None = None):
        self.folder = Path(folder)
        self.registry = registry or SessionRegistry(self.folder)

    @property
    def session(self) -> str:
        return self.registry.session

    def new_file(self, document_path: str | Path | None) -> Path:
        """This session's recovery file for a document (not written yet)."""
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        return self.folder / f"{document_key(document_path)}-{stamp}-{self.session}.beatboard"

    def write(self, data_path: Path, project: Project, original: str | Path | None) -> None:
        """Autosave ``project`` into ``data_path``; raises OSError or BeatBoardError."""
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write_text(data_path, fileio.dumps(project))
        meta = {"original": str(Path(original).resolve()) if original else "",
                "time": time.time(), "title": project.series.title, "session": self.session}
        atomic_write_text(data_path.with_suffix(".json"), json.dumps(meta, ensure_ascii=False))

    def adopt(self, entry: RecoveryEntry) -> None:
        """Carry on a recovered entry in this session: its sidecar now names us, so
        another editor does not offer it while we run; our autosaves go into it."""
        try:
            meta = json.loads(entry.meta_path.read_text(encoding="utf-8"))
            meta["session"] = self.session
            atomic_write_text(entry.meta_path, json.dumps(meta, ensure_ascii=False))
        except (OSError, ValueError):
            pass

    def entries(self, include_live: bool = False) -> list[RecoveryEntry]:
        """Recovery files left by sessions that are gone (every one, whether the original
        is newer or not), newest first."""
        found = []
        for meta_path in sorted(self.folder.glob("*.json")) if self.folder.is_dir() else []:
            data_path = meta_path.with_suffix(".beatboard")
            try:
                meta = json.loads(meta_path.read_text(encoding="utf-8"))
                data_mtime = data_path.stat().st_mtime
            except (OSError, ValueError):
                continue
            if not isinstance(meta, dict):
                continue
            session = str(meta.get("session") or "")
            if not include_live and session and self.registry.alive(session):
                continue  # a running editor's autosave, not a crash
            try:
                saved_at = float(meta.get("time", data_mtime))
            except (TypeError, ValueError):
                saved_at = data_mtime
            found.append(RecoveryEntry(data_path, str(meta.get("original") or ""), saved_at,
                                       str(meta.get("title", "")), session))
        return sorted(found, key=lambda e: -e.saved_at)

"""The lock file beside an open document (issue 8, item 5), without Qt."""
from __future__ import annotations

import json
import os
import time

from beatboard.core.lock import (ACQUIRED, HELD, TAKEN_OVER, UNAVAILABLE, DocumentLock,
                                 holder, lock_path)
from beatboard.core.session import Owner

from .test_recovery import dead_owner


def other_live_owner() -> Owner:
    """Another editor session in a running process (this one)."""
    return Owner.current()


def test_lock_records_its_owner_and_keeps_a_second_editor_out(tmp_path):
    doc = tmp_path / "show.beatboard"
    doc.write_text("{}")
    first, second = DocumentLock(doc, Owner.current()), DocumentLock(doc, other_live_owner())
    assert first.acquire().status == ACQUIRED
    assert lock_path(doc) == tmp_path / ".show.beatboard.lock"
    data = json.loads(lock_path(doc).read_text(encoding="utf-8"))
    assert {"host", "pid", "user", "session", "started", "heartbeat"} <= set(data)
    assert data["pid"] == os.getpid() and data["document"] == "show.beatboard"
    result = second.acquire()
    assert result.status == HELD and result.other.session == first.owner.session
    assert holder(doc, second.owner.session).session == first.owner.session
    assert holder(doc, first.owner.session) is None  # our own lock holds nobody back
    second.release()  # not ours: the lock stays
    assert lock_path(doc).exists()
    first.release()
    assert not lock_path(doc).exists()
    assert second.acquire().status == ACQUIRED


def test_a_crashed_editors_lock_is_taken_over(tmp_path):
    doc = tmp_path / "show.beatboard"
    crashed = DocumentLock(doc, dead_owner())
    assert crashed.acquire().status == ACQUIRED
    mine = DocumentLock(doc, Owner.current())
    result = mine.acquire()
    assert result.status == TAKEN_OVER and result.other.session == crashed.owner.session
    assert not crashed.refresh()  # the old owner, were it to wake, learns it lost the lock
    assert mine.refresh()


def test_a_lock_without_heartbeat_for_minutes_is_stale(tmp_path):
    doc = tmp_path / "show.beatboard"
    hung = DocumentLock(doc, Owner.current())
    hung.acquire()
    data = json.loads(hung.path.read_text(encoding="utf-8"))
    hung.path.write_text(json.dumps({**data, "heartbeat": time.time() - 600}))
    assert DocumentLock(doc, Owner.current()).acquire().status == TAKEN_OVER


def test_heartbeat_is_refreshed(tmp_path):
    lock = DocumentLock(tmp_path / "show.beatboard", Owner.current())
    lock.acquire()
    data = json.loads(lock.path.read_text(encoding="utf-8"))
    lock.path.write_text(json.dumps({**data, "heartbeat": 1.0}))
    assert lock.refresh()
    assert json.loads(lock.path.read_text(encoding="utf-8"))["heartbeat"] > time.time() - 60


def test_a_folder_without_write_access_gives_a_reason_not_an_error(tmp_path,
                                                                   lock_files_refused):
    result = DocumentLock(tmp_path / "show.beatboard", Owner.current()).acquire()
    assert result.status == UNAVAILABLE and result.problem == "Read-only file system"

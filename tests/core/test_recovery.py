"""Recovery files kept per session, offered whenever they exist, compared and kept both
(issue 8, items 2, 3 and the recovery half of 5), without Qt."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from beatboard.core import fileio
from beatboard.core.compare import compare_projects
from beatboard.core.model import Beat, Episode, Project, Series
from beatboard.core.recovery import RecoveryStore, beside
from beatboard.core.session import Owner, SessionRegistry


def project(title: str = "Iron Heiress") -> Project:
    return Project(series=Series(title=title), episodes=[
        Episode(id="ep1", number=1, title="The gala", beats=[
            Beat(id="h1", title="Slap at the gala"), Beat(id="s1", title="Ultimatum")]),
        Episode(id="ep2", number=2, title="Morning after", beats=[Beat(id="h2", title="Phone")]),
    ])


def dead_owner() -> Owner:
    """The identity of a process that has exited."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    owner = Owner.current()
    return Owner(owner.session, owner.host, child.pid, owner.user, owner.started,
                 owner.heartbeat)


def crashed_store(folder, owner: Owner | None = None) -> RecoveryStore:
    """A store whose session registered (heartbeat as in ``owner``) and then stopped."""
    registry = SessionRegistry(folder, owner or dead_owner())
    registry.folder.mkdir(parents=True, exist_ok=True)
    (registry.folder / f"{registry.session}.json").write_text(
        json.dumps(registry.owner.to_dict()), encoding="utf-8")
    return RecoveryStore(folder, registry)


def test_recovery_is_offered_even_when_the_original_is_newer(tmp_path):
    doc = tmp_path / "show.beatboard"
    fileio.save(project(), doc)
    crashed = crashed_store(tmp_path / "rec")
    edited = project("Edited before the crash")
    crashed.write(crashed.new_file(doc), edited, doc)
    later = time.time() + 120
    os.utime(doc, (later, later))  # a sync client touches the file after the crash
    [entry] = RecoveryStore(tmp_path / "rec").entries()
    assert entry.original == str(doc.resolve())
    assert entry.newer() == "original"
    assert entry.project().series.title == "Edited before the crash"


def test_keep_both_saves_the_recovery_beside_the_original(tmp_path):
    doc = tmp_path / "show.beatboard"
    fileio.save(project(), doc)
    before = doc.read_bytes()
    crashed = crashed_store(tmp_path / "rec")
    crashed.write(crashed.new_file(doc), project("Recovered 找回"), doc)
    [entry] = RecoveryStore(tmp_path / "rec").entries()
    copy = entry.keep_both()
    assert copy.parent == tmp_path
    assert copy.name.startswith("show (recovered ") and copy.suffix == ".beatboard"
    assert fileio.load(copy).series.title == "Recovered 找回"
    assert doc.read_bytes() == before
    assert RecoveryStore(tmp_path / "rec").entries() == []  # resolved
    assert beside(doc, "recovered", entry.saved_at) != copy  # the next copy gets a new name


def test_a_second_crash_never_overwrites_an_earlier_recovery(tmp_path):
    doc = tmp_path / "show.beatboard"
    fileio.save(project(), doc)
    first = crashed_store(tmp_path / "rec")
    first.write(first.new_file(doc), project("edit A"), doc)
    second = crashed_store(tmp_path / "rec")
    second.write(second.new_file(doc), project("edit B"), doc)
    entries = RecoveryStore(tmp_path / "rec").entries()
    assert sorted(e.project().series.title for e in entries) == ["edit A", "edit B"]
    assert len({e.data_path for e in entries}) == 2
    assert {e.session for e in entries} == {first.session, second.session}


def test_a_running_editors_autosave_is_not_a_crash(tmp_path):
    doc = tmp_path / "show.beatboard"
    running = RecoveryStore(tmp_path / "rec")  # this very process: alive
    running.registry.beat()
    running.write(running.new_file(doc), project("still editing"), doc)
    assert RecoveryStore(tmp_path / "rec").entries() == []
    stale = Owner.current()
    stale = Owner(stale.session, stale.host, stale.pid, stale.user, 0.0, time.time() - 600)
    hung = crashed_store(tmp_path / "rec", stale)  # alive pid but no heartbeat for 10 min
    hung.write(hung.new_file(doc), project("hung"), doc)
    assert [e.title for e in RecoveryStore(tmp_path / "rec").entries()] == ["hung"]
    running.registry.end()  # a session gone without cleaning up
    assert len(RecoveryStore(tmp_path / "rec").entries()) == 2


def test_compare_names_what_differs():
    old, new = project(), project("Iron Heiress 2")
    new.episodes[0].beats[0].title = "Slap at the gala (longer)"
    new.episodes[0].beats[0].dialogue = "LIN: Never again."
    new.episodes[0].beats.pop(1)
    new.episodes[0].beats.append(Beat(id="n1", title="New cliffhanger"))
    new.episodes.pop(1)
    new.episodes.append(Episode(id="ep3", number=3, title="The will"))
    diff = compare_projects(old, new)
    assert diff.episodes == (2, 2) and diff.beats == (3, 2)
    assert diff.series_fields == ["title"]
    assert diff.episodes_added == [(3, "The will")]
    assert diff.episodes_removed == [(2, "Morning after")]
    [ep] = diff.episodes_changed
    assert ep.beats_added == ["New cliffhanger"] and ep.beats_removed == ["Ultimatum"]
    assert ep.beats_changed == [("Slap at the gala (longer)", ["title", "dialogue"])]
    assert compare_projects(old, project()).same
